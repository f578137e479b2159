"""Benchmark the identity guard against Presidio's built-in recognisers, in the same run.

    .venv/bin/python benchmarks/guard.py [--quick] [--notes 5000] [--seed 20251126]
        [--templates all | blind5,unseen,holdout,dev,staff | dev | held-out | fresh | review
        | staff | holdout | unseen | blind5 | blind6 | blind7 | blind8 | blind9 | blind10
        | blind11 | blind12 | blind13 | blind14 | blind15 | blind16 | blind17 | blind18
        | blind19 | blind20 | blind21 | blind22 | blind23 | blind24 | blind25 | blind26
        | blind27 | blind28 | blind29 | blind30 | blind31 | blind32 | blind33 | blind34
        | blind35 | blind36 | blind37 | blind38 | blind39 | blind40 | blind41
        | blind42 | blind43 | blind44 | blind45 | blind46 | blind47 | blind48]
        [--no-install]

Prints precision, recall and F1 per identifier kind, note-level figures, throughput, per-note
latency (p50, p99) and start-up time for our guard and for Presidio with the recognisers it
ships for Swedish (personnummer, e-mail, phone with region SE) on its no-op NLP engine, so no
spaCy model is needed (docs/privacy.md, "Measured figures"). By default (what ``make bench``
runs) every template set is run on its own 5,000-note corpus; ``--quick`` runs forty-eight
sets of 2,000 notes: "blind48" to "blind6" (written and frozen by engineers other than the
rules' author; each measured the rules once, then its clean notes' false flags were read),
"blind5" (the fifth staff-style set, frozen before the guard's SSA first-name
list and capitals rule were added; its names can be in no list of the guard), "unseen" (the
fourth staff-style set, frozen before its first figures were seen
and never tuned on; names from other Faker locales and SCB surnames beyond the top 500),
"holdout" (staff-style notes, names from Faker's person providers; its misses were read while
tuning, so it is no longer blind), "dev" (the set the word lists were tuned on) and "staff"
(short lower-case staff notes with names from SCB beyond the top 500; rules were tuned on it);
see _guard_corpus.py. A new blind set for a next round must be written by someone other
than the rules' author and run only by name until its first figures are recorded (blind13
to blind38 were, on 7 December 2026, and blind39 to blind48 on 8 December; docs/privacy.md).
A third row, "iub guard + combinations", times the guard together with the quasi-identifier
check, as the desk runs them; the benchmark also reports how often that check warns or blocks
on clean notes and on notes written to identify. Notes per CPU-second
(``time.process_time``) is the figure that does not depend on the load; wall-clock notes/s on
a shared machine falls with every other process.

Presidio is not a project dependency. If ``presidio-analyzer`` is missing, the benchmark
installs it into the running interpreter's environment with pip (it pulls spaCy, about
400 MB, but no model); ``--no-install`` skips that. If the install fails, the guard's figures
are printed alone, with the reason.

Scoring (as in the research note): a gold identifier counts as found when any prediction
overlaps it, whatever the predicted kind, because a refusal does not care about the kind;
precision per kind counts the predictions of that kind that overlap some gold identifier.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _guard_corpus import LABELS, TEMPLATE_SETS, UNITS, Note, build_corpus, build_quasi_notes

Span = tuple[int, int, str, float]  # start, end, label, score
System = Callable[[str], list[Span]]

OUR_LABELS = {
    "name": "PERSON",
    "phone": "PHONE",
    "personnummer": "PNR",
    "samordningsnummer": "PNR",
    "address": "ADDRESS",
    "email": "EMAIL",
    "licence_plate": "PLATE",
    "postcode": "POSTCODE",
}
PRESIDIO_LABELS = {"SE_PERSONNUMMER": "PNR", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL"}
THRESHOLD = 0.35
BLOCKING = 0.5  # the guard's policy: 0.5 and above blocks, 0.35-0.5 asks to confirm

OURS_STARTUP = (
    "import time; t = time.perf_counter(); from iub.privacy import analyze; "
    "analyze('Mamma Lena nås på 070-123 45 67.'); print(time.perf_counter() - t)"
)
PRESIDIO_STARTUP = (
    "import time; t = time.perf_counter(); import sys; sys.path.insert(0, 'benchmarks'); "
    "from guard import presidio_system; s = presidio_system(); "
    "s('Mamma Lena nås på 070-123 45 67.'); print(time.perf_counter() - t)"
)


@dataclass
class Score:
    """Counts for one system over the corpus."""

    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    subtype_gold: Counter[str] = field(default_factory=Counter)
    subtype_found: Counter[str] = field(default_factory=Counter)
    notes_with_ids: int = 0
    notes_caught: int = 0
    clean_notes: int = 0
    clean_flagged: int = 0
    clean_blocked: int = 0
    clean_quasi_warned: int = 0
    clean_quasi_blocked: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    notes: int = 0
    latencies: list[float] = field(default_factory=list)

    def percentile_ms(self, share: float) -> float:
        """Return a per-note latency percentile in milliseconds."""
        ordered = sorted(self.latencies)
        if not ordered:
            return 0.0
        return 1000 * ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def our_system() -> System:
    """Return our guard, with the catalog's unit names as its allow-list."""
    from iub.privacy import Guard

    guard = Guard(allow=UNITS, min_score=THRESHOLD)

    def run(text: str) -> list[Span]:
        return [(f.start, f.end, OUR_LABELS[f.kind], f.score) for f in guard.analyze(text)]

    return run


def our_system_with_combinations() -> System:
    """Return our guard plus the quasi-identifier check, as the desk runs them on a note."""
    from iub.privacy import quasi_check

    guard = our_system()

    def run(text: str) -> list[Span]:
        quasi_check(text, allow=UNITS)
        return guard(text)

    return run


def presidio_system() -> System:
    """Return Presidio's Swedish built-ins on the no-op NLP engine (no spaCy model)."""
    import logging

    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        EmailRecognizer,
        PhoneRecognizer,
        SePersonnummerRecognizer,
    )

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    # EmailRecognizer would fetch the Public Suffix List from the network on first use.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    nlp = NoOpNlpEngine(models=[{"lang_code": "sv", "model_name": "no_op"}])
    nlp.load()
    registry = RecognizerRegistry(supported_languages=["sv"])
    registry.add_recognizer(SePersonnummerRecognizer())
    registry.add_recognizer(EmailRecognizer(supported_language="sv"))
    registry.add_recognizer(PhoneRecognizer(supported_language="sv", supported_regions=("SE",)))
    engine = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["sv"])

    def run(text: str) -> list[Span]:
        results = engine.analyze(text, language="sv", score_threshold=THRESHOLD)
        return [
            (r.start, r.end, PRESIDIO_LABELS[r.entity_type], r.score)
            for r in results
            if r.entity_type in PRESIDIO_LABELS
        ]

    return run


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Say whether two half-open spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def evaluate(system: System, corpus: list[Note]) -> Score:
    """Run a system over the corpus and count hits, misses and false alarms."""
    score = Score()
    predictions: list[list[Span]] = []
    clock = time.perf_counter
    start = clock()
    cpu_start = time.process_time()
    for note in corpus:
        before = clock()
        predictions.append(system(note.text))
        score.latencies.append(clock() - before)
    score.seconds = clock() - start
    score.cpu_seconds = time.process_time() - cpu_start
    score.notes = len(corpus)
    for note, predicted in zip(corpus, predictions, strict=True):
        for g_start, g_end, label, subtype in note.gold:
            hit = any(_overlaps((g_start, g_end), (p[0], p[1])) for p in predicted)
            key = f"{label} {subtype.split('/')[0]}" if label in ("PNR", "PERSON") else label
            if label == "PERSON":
                key = f"PERSON {subtype}"
            score.gold[label] += 1
            score.found[label] += hit
            score.subtype_gold[key] += 1
            score.subtype_found[key] += hit
        for p_start, p_end, label, _score in predicted:
            score.predicted[label] += 1
            score.correct[label] += any(
                _overlaps((p_start, p_end), (g[0], g[1])) for g in note.gold
            )
        if note.gold:
            score.notes_with_ids += 1
            score.notes_caught += bool(predicted)
        else:
            score.clean_notes += 1
            score.clean_flagged += bool(predicted)
            score.clean_blocked += any(p[3] >= BLOCKING for p in predicted)
    return score


def quasi_rates(corpus: list[Note]) -> tuple[float, float]:
    """Share of the clean notes on which the quasi-identifier check warns, and blocks."""
    from iub.privacy import quasi_check

    clean = [note.text for note in corpus if not note.gold]
    if not clean:
        return 0.0, 0.0
    screens = [quasi_check(text, allow=UNITS) for text in clean]
    return (
        sum(s.warns for s in screens) / len(clean),
        sum(s.blocks for s in screens) / len(clean),
    )


def print_quasi(count: int, seed: int) -> None:
    """How the quasi-identifier check does on notes written to identify and on clean ones."""
    from iub.privacy import quasi_check

    notes = build_quasi_notes(count, seed=seed)
    positive = [quasi_check(text) for text, identifying in notes if identifying]
    negative = [quasi_check(text) for text, identifying in notes if not identifying]
    print("\n# Combinations that identify (quasi-identifier check)\n")
    print("| notes | n | warn (score >= 2) | block (score >= 3) |")
    print("|---|---|---|---|")
    for label, screens in (("written to identify", positive), ("de-identified", negative)):
        print(
            f"| {label} | {len(screens)} | {_share(sum(s.warns for s in screens), len(screens))} "
            f"| {_share(sum(s.blocks for s in screens), len(screens))} |"
        )


def _share(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f}" if denominator else "–"


def startup_seconds(code: str) -> float | None:
    """Return import + first-scan time in a fresh interpreter (best of three)."""
    times: list[float] = []
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            return None
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return min(times)


def _ratio(numerator: int, denominator: int) -> str:
    """Format a ratio, or a dash when it is undefined."""
    return f"{numerator / denominator:.3f}" if denominator else "–"


def _f1(precision: str, recall: str) -> str:
    """Return F1 from two formatted ratios."""
    if "–" in (precision, recall):
        return "–"
    p, r = float(precision), float(recall)
    return f"{2 * p * r / (p + r):.3f}" if p + r else "0.000"


def print_report(scores: dict[str, Score], startups: dict[str, float | None]) -> None:
    """Print the comparison as Markdown tables."""
    names = list(scores)
    print("\n## Per kind: precision / recall / F1 (recall = gold overlapped by any finding)\n")
    header = "| kind | n | " + " | ".join(f"{n} P | {n} R | {n} F1" for n in names) + " |"
    print(header)
    print("|" + "---|" * (2 + 3 * len(names)))
    for label in LABELS:
        cells: list[str] = []
        gold = next(iter(scores.values())).gold[label]
        for name in names:
            s = scores[name]
            precision = _ratio(s.correct[label], s.predicted[label])
            recall = _ratio(s.found[label], s.gold[label])
            cells += [precision, recall, _f1(precision, recall)]
        print(f"| {label} | {gold} | " + " | ".join(cells) + " |")
    print("\n## Overall\n")
    print(
        "| system | entity recall | span precision | note recall | clean notes flagged "
        "| clean notes blocked (score >= 0.5) | notes/s | ms/note p50 | ms/note p99 "
        "| start-up (import + first scan) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in names:
        s = scores[name]
        startup = startups.get(name)
        print(
            f"| {name} | {_ratio(sum(s.found.values()), sum(s.gold.values()))} "
            f"| {_ratio(sum(s.correct.values()), sum(s.predicted.values()))} "
            f"| {_ratio(s.notes_caught, s.notes_with_ids)} "
            f"| {_ratio(s.clean_flagged, s.clean_notes)} "
            f"| {_ratio(s.clean_blocked, s.clean_notes)} "
            f"| {s.notes / s.seconds:,.0f} | {s.percentile_ms(0.5):.3f} "
            f"| {s.percentile_ms(0.99):.3f} "
            f"| {'–' if startup is None else f'{startup:.2f} s'} |"
        )
    print("\n## Recall by subtype\n")
    print("| subtype | n | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    first = next(iter(scores.values()))
    for key in sorted(first.subtype_gold):
        row = [_ratio(scores[n].subtype_found[key], scores[n].subtype_gold[key]) for n in names]
        print(f"| {key} | {first.subtype_gold[key]} | " + " | ".join(row) + " |")


def ensure_presidio(*, install: bool) -> str | None:
    """Make presidio-analyzer importable, installing it with pip if allowed.

    Returns:
        None when Presidio can be used, else the reason it cannot.
    """
    if importlib.util.find_spec("presidio_analyzer") is not None:
        return None
    if not install:
        return "presidio-analyzer is not installed and --no-install was given"
    print("\npresidio-analyzer is not installed: installing it with pip (pulls spaCy, no model)")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "presidio-analyzer"],
        capture_output=True,
        text=True,
        check=False,
    )
    importlib.invalidate_caches()
    if done.returncode != 0 or importlib.util.find_spec("presidio_analyzer") is None:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return f"pip install presidio-analyzer failed ({last})"
    return None


def run_set(
    templates: str,
    *,
    notes: int,
    seed: int,
    systems: dict[str, System],
    startups: dict[str, float | None],
) -> dict[str, Score]:
    """Build one template set's corpus, run every system over it and print the tables."""
    corpus = build_corpus(notes, seed=seed, templates=templates)
    chars = sum(len(n.text) for n in corpus)
    planted = sum(len(n.gold) for n in corpus)
    print(
        f"\n# Template set: {templates}\n\nCorpus: {len(corpus)} synthetic notes (seed {seed}), "
        f"{chars / len(corpus):.0f} characters on average, {planted} planted identifiers, "
        f"{sum(1 for n in corpus if n.gold)} notes with identifiers. Threshold {THRESHOLD}."
    )
    scores: dict[str, Score] = {}
    for name, system in systems.items():
        system(corpus[0].text)  # warm up: word lists, regex caches
        scores[name] = evaluate(system, corpus)
    warned, blocked = quasi_rates(corpus)
    for name in scores:
        if name.startswith("iub"):
            clean = scores[name].clean_notes
            scores[name].clean_quasi_warned = round(warned * clean)
            scores[name].clean_quasi_blocked = round(blocked * clean)
    print_report(scores, startups)
    print(
        f"\nQuasi-identifier check on this set's clean notes: warns on {warned:.3f}, "
        f"blocks on {blocked:.3f}."
    )
    return scores


STRUCTURED = ("PNR", "PHONE", "EMAIL", "PLATE")
PLACES = ("ADDRESS", "POSTCODE")


def _sum(counter: Counter[str], labels: tuple[str, ...]) -> int:
    return sum(counter[label] for label in labels)


def print_summary(results: dict[str, dict[str, Score]]) -> None:
    """Print one line per template set and system: the figures the targets are set for."""
    print("\n# Summary over template sets\n")
    print(
        "| templates | system | structured recall (pnr, phone, e-mail, plate) "
        "| address + postcode recall | name recall | clean notes flagged | clean notes blocked "
        "| clean notes, combination warns | notes/s | notes per CPU-second | ms/note p50 "
        "| ms/note p99 |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for templates, scores in results.items():
        for name, s in scores.items():
            combination = (
                _ratio(s.clean_quasi_warned, s.clean_notes) if name.startswith("iub") else "–"
            )
            print(
                f"| {templates} | {name} "
                f"| {_ratio(_sum(s.found, STRUCTURED), _sum(s.gold, STRUCTURED))} "
                f"| {_ratio(_sum(s.found, PLACES), _sum(s.gold, PLACES))} "
                f"| {_ratio(s.found['PERSON'], s.gold['PERSON'])} "
                f"| {_ratio(s.clean_flagged, s.clean_notes)} "
                f"| {_ratio(s.clean_blocked, s.clean_notes)} "
                f"| {combination} "
                f"| {s.notes / s.seconds:,.0f} | {s.notes / max(s.cpu_seconds, 1e-9):,.0f} "
                f"| {s.percentile_ms(0.5):.3f} "
                f"| {s.percentile_ms(0.99):.3f} |"
            )
    for templates in (
        "blind48",
        "blind47",
        "blind46",
        "blind45",
        "blind44",
        "blind43",
        "blind42",
        "blind41",
        "blind40",
        "blind39",
        "blind38",
        "blind37",
        "blind36",
        "blind35",
        "blind34",
        "blind33",
        "blind32",
        "blind31",
        "blind30",
        "blind29",
        "blind28",
        "blind27",
        "blind26",
        "blind25",
        "blind24",
        "blind23",
        "blind22",
        "blind21",
        "blind20",
        "blind19",
        "blind18",
        "blind17",
        "blind16",
        "blind15",
        "blind14",
        "blind13",
        "blind12",
        "blind11",
        "blind10",
        "blind9",
        "blind8",
        "blind7",
        "blind6",
        "blind5",
        "unseen",
        "holdout",
        "staff",
    ):
        staff = results.get(templates, {}).get("iub guard + combinations")
        if staff is not None:
            print_targets(templates, staff)


def print_targets(templates: str, staff: Score) -> None:
    """Print the targets set for the staff-style notes against one set's figures."""
    structured = _sum(staff.found, STRUCTURED) / max(1, _sum(staff.gold, STRUCTURED))
    names = staff.found["PERSON"] / max(1, staff.gold["PERSON"])
    flagged = staff.clean_flagged / max(1, staff.clean_notes)
    speed = staff.notes / staff.seconds
    cpu_speed = staff.notes / max(staff.cpu_seconds, 1e-9)
    print(f"\n# Targets on the {templates} set (iub guard + combinations)\n")
    print("| target | measured | met |")
    print("|---|---|---|")
    for label, value, met in (
        ("structured recall >= 0.97", f"{structured:.3f}", structured >= 0.97),
        ("name recall >= 0.90", f"{names:.3f}", names >= 0.90),
        ("clean notes flagged <= 0.05", f"{flagged:.3f}", flagged <= 0.05),
        (">= 1,000 notes/s (wall clock)", f"{speed:,.0f}", speed >= 1000),
        (">= 1,000 notes per CPU-second", f"{cpu_speed:,.0f}", cpu_speed >= 1000),
    ):
        print(f"| {label} | {value} | {'yes' if met else 'NO'} |")


# The sets of the short run: every set whose first run is on record, and the tuning sets.
QUICK_SETS = (
    "blind48",
    "blind47",
    "blind46",
    "blind45",
    "blind44",
    "blind43",
    "blind42",
    "blind41",
    "blind40",
    "blind39",
    "blind38",
    "blind37",
    "blind36",
    "blind35",
    "blind34",
    "blind33",
    "blind32",
    "blind31",
    "blind30",
    "blind29",
    "blind28",
    "blind27",
    "blind26",
    "blind25",
    "blind24",
    "blind23",
    "blind22",
    "blind21",
    "blind20",
    "blind19",
    "blind18",
    "blind17",
    "blind16",
    "blind15",
    "blind14",
    "blind13",
    "blind12",
    "blind11",
    "blind10",
    "blind9",
    "blind8",
    "blind7",
    "blind6",
    "blind5",
    "unseen",
    "holdout",
    "dev",
    "staff",
)


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser; the defaults are what ``make bench`` runs."""
    parser = argparse.ArgumentParser(description="Identity guard vs Presidio built-ins.")
    parser.add_argument("--notes", type=int, default=5000, help="Notes per template set.")
    parser.add_argument("--seed", type=int, default=20251126)
    parser.add_argument(
        "--templates",
        default="all",
        help="Comma-separated sentence sets: dev (tuned on), held-out, fresh, review, staff, "
        "holdout, unseen, blind5, blind6, blind7, blind8, blind9, blind10, blind11, blind12, "
        "blind13, blind14, blind15, blind16, blind17, blind18, blind19, blind20, blind21, "
        "blind22, blind23, blind24, blind25, blind26, blind27, blind28, blind29, blind30, "
        "blind31, blind32, blind33, blind34, blind35, blind36, blind37, blind38, blind39, "
        "blind40, blind41, blind42, blind43, blind44, blind45, blind46, blind47, blind48 "
        "(never tuned on; see _guard_corpus.py), "
        "or all.",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="The short run: the blind48 to blind5, unseen, holdout, dev and staff sets, "
        "2,000 notes each.",
    )
    parser.add_argument(
        "--no-install", action="store_true", help="Do not pip-install presidio-analyzer."
    )
    return parser


def main() -> None:
    """Build the corpora, run both systems and print the tables."""
    args = build_parser().parse_args()
    print("# Identity guard benchmark")
    if args.quick:
        args.templates, args.notes = ",".join(QUICK_SETS), 2000
    sets = list(TEMPLATE_SETS) if args.templates == "all" else args.templates.split(",")
    unknown = [name for name in sets if name not in TEMPLATE_SETS]
    if unknown:
        raise SystemExit(f"unknown template set(s): {', '.join(unknown)}")
    systems: dict[str, System] = {
        "iub guard": our_system(),
        "iub guard + combinations": our_system_with_combinations(),
    }
    startups: dict[str, float | None] = {"iub guard": startup_seconds(OURS_STARTUP)}
    problem = ensure_presidio(install=not args.no_install)
    if problem is None:
        systems["Presidio built-ins"] = presidio_system()
        startups["Presidio built-ins"] = startup_seconds(PRESIDIO_STARTUP)
    else:
        print(f"\nNo Presidio baseline in this run: {problem}.")
    print(
        "\nStart-up (fresh interpreter, import + first scan, best of 3): "
        + ", ".join(f"{name} {'–' if t is None else f'{t:.2f} s'}" for name, t in startups.items())
    )
    results = {
        templates: run_set(
            templates, notes=args.notes, seed=args.seed, systems=systems, startups=startups
        )
        for templates in sets
    }
    print_summary(results)
    print_quasi(1000, args.seed)


if __name__ == "__main__":
    main()
