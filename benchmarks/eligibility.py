"""Eligibility screening speed: IUB's engine against json-logic on the same conditions.

A synthetic national catalog — 290 municipalities × 30 interventions — is built from the
shapes of the shipped conditions (Alingsås and Stockholm), each copy pointed at its own
municipality. 10,000 synthetic profiles are screened:

* against one municipality's catalog (the profile's own registration municipality), and
* against the whole nation (every municipality's catalog), on a subset of profiles.

The baseline runs the same conditions, with the statutory consent rule, through json-logic
(json-logic-qubit), in the library's usual idiom: a ``missing`` pre-check (→ needs_info),
then a two-valued rule. It is therefore given *less* work than our engine, which keeps
unknown apart from unsure and computes only the questions that can change the outcome.
On profiles where every fact is known and none is unsure, both must agree exactly; the
script checks that before it prints a figure.

Run: ``make bench`` or ``.venv/bin/python benchmarks/eligibility.py [--profiles N]``.
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from json_logic import jsonLogic

from iub.catalog import (
    Age,
    AllOf,
    AnyOf,
    Catalog,
    Condition,
    Flag,
    GuardianConsent,
    IncludesAny,
    LivesIn,
    NotOf,
    RegisteredIn,
    School,
    load_catalog,
)
from iub.facts import CLOSE_PERSON_SITUATIONS, UNSURE, Facts, parse_facts
from iub.geo import all_municipalities
from iub.intake import EligibilityEngine
from iub.law import statutory_conditions

ROOT = Path(__file__).resolve().parents[1]
PER_MUNICIPALITY = 30


def national_catalogs() -> list[Catalog]:
    """290 catalogs of 30 interventions each, cycling the shipped interventions."""
    shipped = [
        load_catalog(ROOT / "catalogs" / f"{name}.yaml") for name in ("alingsas", "stockholm")
    ]
    template = shipped[0]
    items = [i for catalog in shipped for i in catalog.interventions]
    catalogs = []
    for municipality in all_municipalities():
        interventions = []
        for k in range(PER_MUNICIPALITY):
            source = items[k % len(items)]
            data = source.model_dump(mode="json", by_alias=True, exclude_none=True)
            data["title"] = f"{source.title} {k}"
            data["id"] = f"{source.id}-{k}"
            data["aliases"] = []
            data["area"] = "omrade"
            data["conditions"] = [_relocate(c, municipality.code) for c in data["conditions"]]
            interventions.append(data)
        base = template.model_dump(mode="json", by_alias=True, exclude_none=True)
        base.update(
            municipality={"name": municipality.name, "code": municipality.code},
            areas=[{"id": "omrade", "title": "Område"}],
            interventions=interventions,
        )
        catalogs.append(Catalog.model_validate(base))
    return catalogs


def _relocate(node: Any, code: str) -> Any:
    if isinstance(node, dict):
        return {k: (code if k == "municipality" else _relocate(v, code)) for k, v in node.items()}
    if isinstance(node, list):
        return [_relocate(v, code) for v in node]
    return node


def profiles(count: int, *, seed: int = 20261126) -> list[dict[str, Any]]:
    """Synthetic people at a desk: mostly complete, some facts missing, a few unsure."""
    rng = random.Random(seed)
    codes = [m.code for m in all_municipalities()]
    situations = list(CLOSE_PERSON_SITUATIONS)
    out = []
    for _ in range(count):
        home = rng.choice(codes)
        age = rng.randint(10, 80)
        raw: dict[str, Any] = {
            "person.age": age,
            "person.municipality": home,
            "person.lives_in": home if rng.random() < 0.9 else rng.choice(codes),
            "person.guardian_consent": rng.choice(["all", "some", "none"]),
            "person.requests_self": rng.random() < 0.8,
            "person.supports_close_person": rng.random() < 0.6,
            "close_person.situations": rng.sample(situations, rng.randint(0, 2)),
            "child.age": rng.randint(0, 20),
            "child.municipality": home if rng.random() < 0.9 else rng.choice(codes),
            "child.school_municipality": home,
            "child.school_grade": rng.randint(-1, 9),
            "child.placed_outside_home": rng.random() < 0.3,
            "parents.joint_request": rng.random() < 0.5,
            "offender.age": rng.randint(12, 30),
            "offender.municipality": home,
        }
        for key in list(raw):
            roll = rng.random()
            if roll < 0.15:
                del raw[key]
            elif roll < 0.17:
                raw[key] = "unsure"
        out.append(raw)
    return out


# --- the baseline: the same conditions as json-logic rules ------------------------------------


def to_json_logic(node: Condition) -> tuple[dict[str, Any], list[str]]:
    """A json-logic rule and the facts its ``missing`` pre-check requires."""
    if isinstance(node, Age):
        key = f"{node.subject}.age"
        parts: list[Any] = []
        if node.min is not None:
            parts.append({">=": [{"var": key}, node.min]})
        if node.max is not None:
            parts.append({"<=": [{"var": key}, node.max]})
        return {"and": parts or [True]}, [key]
    if isinstance(node, RegisteredIn):
        key = f"{node.subject}.municipality"
        return {"==": [{"var": key}, node.municipality]}, [key]
    if isinstance(node, LivesIn):
        return {"==": [{"var": "person.lives_in"}, node.municipality]}, ["person.lives_in"]
    if isinstance(node, School):
        grade = {"var": "child.school_grade"}
        rule = {
            "and": [
                {"==": [{"var": "child.school_municipality"}, node.municipality]},
                {">=": [grade, -1 if node.min_grade is None else node.min_grade]},
                {"<=": [grade, 99 if node.max_grade is None else node.max_grade]},
            ]
        }
        return rule, ["child.school_municipality", "child.school_grade"]
    if isinstance(node, GuardianConsent):
        rule = {
            "if": [
                {">=": [{"var": "person.age"}, node.below_age]},
                True,
                {"==": [{"var": "person.guardian_consent"}, "all"]},
            ]
        }
        return rule, ["person.age"]
    if isinstance(node, IncludesAny):
        rule = {"some": [{"var": node.fact}, {"in": [{"var": ""}, list(node.values)]}]}
        return rule, [node.fact]
    if isinstance(node, Flag):
        return {"==": [{"var": node.fact}, node.expected]}, [node.fact]
    if isinstance(node, AllOf | AnyOf):
        children = node.all if isinstance(node, AllOf) else node.any
        rules, keys = zip(*(to_json_logic(c) for c in children), strict=True)
        op = "and" if isinstance(node, AllOf) else "or"
        return {op: list(rules)}, [k for ks in keys for k in ks]
    if isinstance(node, NotOf):
        rule, keys = to_json_logic(node.not_)
        return {"!": [rule]}, keys
    raise TypeError(type(node).__name__)


Compiled = list[tuple[dict[str, Any], list[str]]]


def compile_baseline(catalog: Catalog) -> Compiled:
    out = []
    for intervention in catalog.interventions:
        conditions = [*intervention.conditions, *statutory_conditions(intervention)]
        rule, keys = to_json_logic(AllOf(id="rot", all=conditions))
        out.append((rule, sorted(set(keys))))
    return out


def nested(facts: Facts) -> dict[str, Any]:
    """json-logic reads dotted variables from nested objects; it has no 'unsure'."""
    data: dict[str, dict[str, Any]] = {}
    for key, value in facts.items():
        if value is UNSURE:
            continue
        head, tail = key.split(".", 1)
        data.setdefault(head, {})[tail] = list(value) if isinstance(value, tuple) else value
    return data


def baseline_screen(rules: Compiled, data: dict[str, Any]) -> list[str]:
    out = []
    for rule, keys in rules:
        if jsonLogic({"missing": keys}, data):
            out.append("needs_info")
        else:
            out.append("eligible" if jsonLogic(rule, data) else "not_eligible")
    return out


# --- measuring ---------------------------------------------------------------------------------


def timed(calls: Sequence[Callable[[], object]]) -> list[float]:
    """Milliseconds per call, with the garbage collector paused as timeit does, for both."""
    samples = []
    gc.collect()
    gc.disable()
    try:
        for call in calls:
            start = time.perf_counter_ns()
            call()
            samples.append((time.perf_counter_ns() - start) / 1e6)
    finally:
        gc.enable()
    return samples


def summary(samples: list[float]) -> tuple[float, float, float]:
    """(screens per second, p50 ms, p99 ms)."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return 1000 / statistics.fmean(ordered), statistics.median(ordered), p99


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--baseline-profiles", type=int, default=2_000)
    parser.add_argument("--nation-profiles", type=int, default=200)
    parser.add_argument("--baseline-nation-profiles", type=int, default=10)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    catalogs = national_catalogs()
    by_code = {c.municipality.code: i for i, c in enumerate(catalogs)}
    desks = [EligibilityEngine(c) for c in catalogs]
    rules = [compile_baseline(c) for c in catalogs]
    people = [parse_facts(p, vocabulary=desks[0].vocabulary) for p in profiles(args.profiles)]
    homes = [by_code.get(str(p.get("person.municipality")), 0) for p in people]
    datas = [nested(p) for p in people]
    build_s = time.perf_counter() - started

    # Both engines must decide alike wherever the baseline's two-valued logic applies.
    checked = disagreements = 0
    for facts, data, home in zip(people[:2000], datas, homes, strict=False):
        if any(v is UNSURE for v in facts.values()):
            continue
        ours = [o.outcome for o in desks[home].screen(facts)]
        theirs = baseline_screen(rules[home], data)
        for a, b in zip(ours, theirs, strict=True):
            if b != "needs_info" and a in ("eligible", "not_eligible"):
                checked += 1
                disagreements += a != b
    if disagreements:
        print(f"baseline disagrees on {disagreements} of {checked} decisions", file=sys.stderr)
        return 1

    ours_one = timed(
        [lambda d=desks[h], f=f: d.triage(f) for f, h in zip(people, homes, strict=True)]
    )
    screen_one = timed(
        [lambda d=desks[h], f=f: d.screen(f) for f, h in zip(people, homes, strict=True)]
    )
    n_base = min(args.baseline_profiles, len(people))
    base_one = timed(
        [
            lambda r=rules[h], d=d: baseline_screen(r, d)
            for d, h in zip(datas[:n_base], homes, strict=False)
        ]
    )
    n_nat = min(args.nation_profiles, len(people))
    ours_nat = timed([lambda f=f: [d.triage(f) for d in desks] for f in people[:n_nat]])
    n_bnat = min(args.baseline_nation_profiles, len(people))
    base_nat = timed([lambda d=d: [baseline_screen(r, d) for r in rules] for d in datas[:n_bnat]])
    explain = timed(
        [
            lambda d=desks[h], f=f: [o.to_json() for o in d.screen(f)]
            for f, h in zip(people[:2000], homes, strict=False)
        ]
    )

    rows = [
        ("IUB triage, one municipality (30)", len(ours_one), *summary(ours_one)),
        ("IUB screen → Outcome objects (30)", len(screen_one), *summary(screen_one)),
        ("IUB screen → full JSON with reasons", len(explain), *summary(explain)),
        ("json-logic baseline, one municipality", len(base_one), *summary(base_one)),
        ("IUB triage, whole nation (8,700)", len(ours_nat), *summary(ours_nat)),
        ("json-logic baseline, whole nation", len(base_nat), *summary(base_nat)),
    ]
    print(
        f"Eligibility screening — Python {platform.python_version()}, {platform.machine()}; "
        f"{len(catalogs)} catalogs × {PER_MUNICIPALITY} interventions built in {build_s:.1f} s; "
        f"{checked} decisions cross-checked with the baseline, 0 disagreements"
    )
    print(f"{'measurement':40} {'profiles':>8} {'screens/s':>11} {'p50 ms':>9} {'p99 ms':>9}")
    for name, n, rate, p50, p99 in rows:
        print(f"{name:40} {n:>8} {rate:>11,.0f} {p50:>9.3f} {p99:>9.3f}")
    speed_one = summary(ours_one)[0] / summary(base_one)[0]
    speed_nat = summary(ours_nat)[0] / summary(base_nat)[0]
    p99_one = summary(ours_one)[2]
    print(
        "Triage = the outcome of every intervention, the same output as the baseline's; "
        "screen adds questions, information and lazy reasons; full JSON renders every reason."
    )
    print(
        f"speed-up over json-logic: {speed_one:.1f}× (one municipality), {speed_nat:.1f}× (nation)"
        f" — target ≥ 10×: {'met' if min(speed_one, speed_nat) >= 10 else 'NOT met'}"
    )
    print(
        f"p99 for one municipality: {p99_one:.3f} ms — target < 1 ms: "
        f"{'met' if p99_one < 1 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
