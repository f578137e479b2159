"""Write the name lists of the guard's 'blind8' evaluation set (benchmarks/_guard_corpus.py).

    python3.11 -m venv /tmp/gen && /tmp/gen/bin/pip install mimesis==22.2.0 \
        gender-guesser==0.4.0 habesha-names==0.2.0     # never into the product's dependencies
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    /tmp/gen/bin/python benchmarks/data/make_blind8_names.py /tmp/ssa/raw-data

Run once; its output (blind8_first_names.tsv, blind8_last_names.tsv) is committed. Like
blind6 and blind7, the set measures names of clients of Swedish social services, typed in
Latin script, that no list of the guard holds, and takes only names no earlier set took. Its
sources are blind7's, none of which any guard list was built from:

- mimesis 22.2.0 (MIT), person data: first names of the locales fi, pl, hr, tr, sv and uk
  (the Ukrainian first names, which no earlier set drew, and the surnames of uk, in Cyrillic
  there, written in Latin letters by Ukraine's official transliteration, KMU 2010),
  surnames of sv, fi, pl, hr, tr and uk;
- the first-name dictionary ``nam_dict.txt`` by Jörg Michael as shipped in gender-guesser 0.4.0
  (the data file: GNU Free Documentation License; the package's code, not used: GPLv3): names
  it gives any frequency (class 1 or more, since blind6 and blind7 took many of the commoner
  ones) in Arabia/Persia (Arabic, Persian and Dari names), the Central Asian states, Turkey,
  Azerbaijan, the Balkan countries, Ukraine, Poland, Finland or Sweden;
- habesha-names 0.2.0 (MIT), Ethiopian and Eritrean given names, canonical and variant
  spellings.

Part of the surnames are fathers' given names (Arabic- and Persian-speaking, Eritrean and
Ethiopian clients), never the same name as a first name of the set. Every name the guard's
lists (every file in src/iub/privacy/data), the US SSA baby names with 20 or more bearers (the
source of ``first_names_world.txt``), any other evaluation set's list (blind7's included), or
any word of benchmarks/_guard_corpus.py (its hand-written names and every earlier set's
templates) hold is dropped, compared in lower case with and without diacritics; names shorter
than three letters, not purely alphabetic, or with letters a Swedish keyboard does not type
are dropped; then a fixed number is drawn per group of origin with a fixed seed. No Somali or
Kurdish source was at hand: such names appear only where the Arabic/Persian and Turkish
columns hold them.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from make_blind5_names import _entries, ssa_names  # the same lists, read the same way
from make_blind6_names import _mimesis  # the same source, read the same way
from make_blind7_names import NAM_COLUMNS, _draw, _habesha, _nam_lines, folded, latin_uk

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = ROOT / "src" / "iub" / "privacy" / "data"
CORPUS = HERE.parent / "_guard_corpus.py"

SEED = 20261212
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same).
EARLIER_SETS = ("eval_", "holdout_", "unseen_", "blind5_", "blind6_", "blind7_")
WORLD_MIN = 20  # the lowest SSA threshold the guard's list may ever use
NAM_MIN = 1  # any frequency class: blind6 and blind7 took many of the commoner names
# First names drawn per group of origin (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "arabic-persian": 75,
    "central-asian": 20,
    "eritrean-ethiopian": 35,
    "balkan": 35,
    "turkish-kurdish": 35,
    "ukrainian": 40,
    "polish": 25,
    "finnish": 25,
    "swedish": 10,
}
LAST_GROUPS = {
    "swedish": 35,
    "finnish": 25,
    "polish": 30,
    "balkan": 30,
    "turkish": 30,
    "ukrainian": 30,
    "arabic-patronymic": 35,
    "eritrean-patronymic": 35,
}


OWN_TEMPLATES = r"(?s)# An eleventh set, \"blind8\".*?(?=\nTEMPLATE_SETS = )"


def excluded(earlier: tuple[str, ...] = EARLIER_SETS, own: str = OWN_TEMPLATES) -> set[str]:
    """Every name or word a set must not draw: guard lists, other sets, the corpus module.

    ``earlier`` are the file prefixes of the sets drawn before it, ``own`` matches its own
    templates in the module, whose words were not there when its names were drawn.
    """
    known: set[str] = set()
    for path in sorted(DATA.glob("*.txt")):
        known |= _entries(path)
    for path in sorted(HERE.glob("*.t*")):
        if path.name.startswith(earlier):
            known |= _entries(path)
    text = re.sub(own, "", CORPUS.read_text(encoding="utf-8"))
    words = re.findall(r"[^\W\d_]+", text)
    known |= {word.lower() for word in words}
    return known | {folded(word) for word in known}


def _nam_dict() -> tuple[dict[str, set[str]], set[str]]:
    """Names per country column of nam_dict.txt (class ``NAM_MIN`` or more), and male names."""
    found: dict[str, set[str]] = {country: set() for country in NAM_COLUMNS}
    male: set[str] = set()
    for line in _nam_lines():
        parts = line.split()
        name = parts[1]
        if parts[0] in ("M", "1M", "?M"):
            male.add(name)
        values = line[30:]
        for country, column in NAM_COLUMNS.items():
            given = values[column] if column < len(values) else " "
            if given != " " and int(given, 16) >= NAM_MIN:
                found[country].add(name)
    return found, male


def known_names(ssa_dir: Path, earlier: tuple[str, ...], own: str) -> set[str]:
    """What a set must not draw: ``excluded()`` and the SSA names with ``WORLD_MIN`` bearers."""
    ssa = ssa_names(ssa_dir, WORLD_MIN)
    if not ssa:
        raise SystemExit(f"no SSA names read from {ssa_dir}")
    return excluded(earlier, own) | ssa


def source_pools() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name and surname pools per group of origin, as blind8 drew them."""
    nam, nam_male = _nam_dict()
    mim = {loc: _mimesis(loc) for loc in ("sv", "fi", "pl", "hr", "tr", "uk")}
    uk_first = {latin_uk(n) for n in mim["uk"][0]}
    uk_last = {latin_uk(n) for n in mim["uk"][1]}
    habesha, habesha_male = _habesha()
    balkan = set().union(
        *(nam[c] for c in ("bosnia", "croatia", "kosovo", "macedonia", "montenegro")),
        *(nam[c] for c in ("serbia", "slovenia", "albania")),
    )
    first_pools = {
        "arabic-persian": nam["arabia"],
        "central-asian": nam["the_stans"],
        "eritrean-ethiopian": habesha,
        "balkan": mim["hr"][0] | balkan,
        "turkish-kurdish": mim["tr"][0] | nam["turkey"] | nam["azerbaijan"],
        "ukrainian": nam["ukraine"] | uk_first,
        "polish": mim["pl"][0] | nam["poland"],
        "finnish": mim["fi"][0] | nam["finland"],
        "swedish": nam["sweden"] | mim["sv"][0],
    }
    last_pools = {
        "swedish": mim["sv"][1],
        "finnish": mim["fi"][1],
        "polish": mim["pl"][1],
        "balkan": mim["hr"][1],
        "turkish": mim["tr"][1],
        "ukrainian": uk_last,
        "arabic-patronymic": nam["arabia"] & nam_male,
        "eritrean-patronymic": habesha_male,
    }
    return first_pools, last_pools


def write_lists(
    name: str,
    seed: int,
    firsts: list[tuple[str, str]],
    lasts: list[tuple[str, str]],
    known: set[str],
) -> None:
    """Check the drawn names against ``known`` and write set ``name``'s two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = ({n.lower() for n in names} | {folded(n) for n in names}) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's '{name}' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: mimesis 22.2.0 (MIT; Ukrainian names transliterated, KMU 2010),\n"
        "# nam_dict.txt of gender-guesser 0.4.0 (GNU FDL), habesha-names 0.2.0 (MIT);\n"
        "# drawn by benchmarks/data/make_{name}_names.py (seed {seed}) after dropping every\n"
        "# name the guard's lists, the SSA baby names with 20 or more bearers, any other\n"
        "# evaluation set or _guard_corpus.py hold. Second column: group of origin.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        (f"{name}_first_names.tsv", "First names", firsts),
        (f"{name}_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, name=name, seed=seed) + body
        (HERE / file).write_text(text, encoding="utf-8")


def draw_lists(
    name: str,
    seed: int,
    pools: tuple[dict[str, set[str]], dict[str, set[str]]],
    groups: tuple[dict[str, int], dict[str, int]],
    known: set[str],
) -> None:
    """Draw first names, then surnames, per group from the pools; write set ``name``'s lists."""
    rng = random.Random(seed)
    taken: set[str] = set()
    firsts = _draw(rng, pools[0], groups[0], known, taken)
    lasts = _draw(rng, pools[1], groups[1], known, taken)
    write_lists(name, seed, firsts, lasts, known)


def main(ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    draw_lists("blind8", SEED, source_pools(), (FIRST_GROUPS, LAST_GROUPS), known)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
