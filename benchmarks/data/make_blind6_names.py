"""Write the name lists of the guard's 'blind6' evaluation set (benchmarks/_guard_corpus.py).

    python3.11 -m venv /tmp/gen && /tmp/gen/bin/pip install mimesis==22.2.0 \
        gender-guesser==0.4.0 habesha-names==0.2.0     # never into the product's dependencies
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    /tmp/gen/bin/python benchmarks/data/make_blind6_names.py /tmp/ssa/raw-data

Run once; its output (blind6_first_names.tsv, blind6_last_names.tsv) is committed. The set is
meant to measure names common among Sweden's larger immigrant groups, typed in Latin script,
that no list of the guard holds. Its sources, none of which any guard list or earlier set was
built from:

- mimesis 22.2.0 (MIT), person data of the locales fi, pl, hr and tr (first names and
  surnames; Polish surnames in both genders' forms);
- the first-name dictionary ``nam_dict.txt`` by Jörg Michael as shipped in gender-guesser 0.4.0
  (the data file: GNU Free Documentation License; the package's code, not used: GPLv3): names
  it gives a frequency in Arabia/Persia, Turkey, Bosnia and Herzegovina, Croatia, Kosovo,
  Serbia, Albania, Poland or Finland;
- habesha-names 0.2.0 (MIT), the canonical Latin spellings of its Ethiopian and Eritrean given
  names (Tigrinya, Amharic, Ge'ez, Oromo, Arabic and Biblical origins).

Surnames of Eritrean, Ethiopian and Arabic-speaking clients are often a father's given name, so
part of the surname list is drawn from those given names (never the same name as a first name
of the set). Every name the guard's lists (every file in src/iub/privacy/data), the US SSA
baby names with 20 or more bearers (the source of ``first_names_world.txt``, whose threshold
may never go below 20) or any other evaluation set hold is dropped, compared in lower case;
names shorter than three letters or not purely alphabetic are dropped; then a fixed number is
drawn per group of origin with a fixed seed.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

from make_blind5_names import _entries, ssa_names  # the same lists, read the same way

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = ROOT / "src" / "iub" / "privacy" / "data"

SEED = 20261210
WORLD_MIN = 20  # the lowest SSA threshold the guard's list may ever use
# nam_dict.txt's country columns (gender_guesser.detector.Detector.COUNTRIES), by index.
NAM_COLUMNS = {
    "finland": 19,
    "poland": 23,
    "bosnia": 29,
    "croatia": 30,
    "kosovo": 31,
    "serbia": 34,
    "albania": 36,
    "turkey": 46,
    "arabia": 47,
}
# First names drawn per group of origin (300 in all), surnames per source (250 in all).
FIRST_GROUPS = {
    "arabic-persian": 80,
    "eritrean-ethiopian": 40,
    "balkan": 50,
    "turkish": 45,
    "polish": 40,
    "finnish": 45,
}
LAST_GROUPS = {
    "finnish": 45,
    "polish": 45,
    "balkan": 45,
    "turkish": 45,
    "arabic-patronymic": 40,
    "eritrean-patronymic": 30,
}


def _held_out() -> set[str]:
    """The dev corpus's hand-written held-out names (benchmarks/_guard_corpus.py)."""
    spec = importlib.util.spec_from_file_location("_guard_corpus", HERE.parent / "_guard_corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    sys.modules["_guard_corpus"] = corpus  # dataclasses look their module up there
    spec.loader.exec_module(corpus)
    return {str(n).lower() for n in corpus.HELD_OUT_FIRST + corpus.HELD_OUT_LAST}


def excluded() -> set[str]:
    """Every name or word the set must not draw: the guard's lists and the other sets' lists."""
    known: set[str] = set()
    for path in sorted(DATA.glob("*.txt")):
        known |= _entries(path)
    for path in sorted(HERE.glob("*.t*")):
        if not path.name.startswith("blind6_"):
            known |= _entries(path)
    return known | _held_out()


def _mimesis(locale: str) -> tuple[set[str], set[str]]:
    """First names and surnames of one mimesis locale."""
    import mimesis  # type: ignore[import-not-found]

    path = Path(mimesis.__file__).parent / "datasets" / locale / "person.json"
    data = json.loads(path.read_text(encoding="utf-8"))

    def flat(value: dict[str, list[str]] | list[str]) -> set[str]:
        if isinstance(value, dict):
            return {str(n) for names in value.values() for n in names}
        return {str(n) for n in value}

    return flat(data["names"]), flat(data["surnames"])


def _nam_path() -> Path:
    """Where gender-guesser keeps nam_dict.txt."""
    import gender_guesser  # type: ignore[import-not-found]

    return Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"


def _nam_dict() -> dict[str, set[str]]:
    """Names per country column of gender-guesser's nam_dict.txt (any frequency given)."""
    path = _nam_path()
    found: dict[str, set[str]] = {country: set() for country in NAM_COLUMNS}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line[0] in "#=":
            continue
        name = line.split()[1]
        values = line[30:]
        for country, column in NAM_COLUMNS.items():
            if column < len(values) and values[column] != " ":
                found[country].add(name)
    return found


def _habesha() -> tuple[set[str], set[str]]:
    """All canonical Latin given names of habesha-names, and the male ones."""
    import habesha_names  # type: ignore[import-not-found]

    path = Path(habesha_names.__file__).parent / "data" / "given_names.json"
    entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
    names = {e["canonical"] for e in entries}
    male = {e["canonical"] for e in entries if e["gender"].get("m", 0) >= 0.5}
    return names, male


def _usable(name: str, known: set[str]) -> bool:
    """True if a name may be drawn: alphabetic, three letters or more, unknown everywhere."""
    return len(name) >= 3 and name.isalpha() and name.lower() not in known


def _draw(
    rng: random.Random,
    pools: dict[str, set[str]],
    groups: dict[str, int],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw ``groups[g]`` usable names from each pool, in order; ``taken`` grows with them."""
    drawn: list[tuple[str, str]] = []
    for group, count in groups.items():
        barred = known | taken
        pick = rng.sample(sorted(n for n in pools[group] if _usable(n, barred)), count)
        taken |= {n.lower() for n in pick}
        drawn += [(n, group) for n in pick]
    return drawn


def main(ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    ssa = ssa_names(ssa_dir, WORLD_MIN)
    if not ssa:
        raise SystemExit(f"no SSA names read from {ssa_dir}")
    known = excluded() | ssa
    nam = _nam_dict()
    fi_first, fi_last = _mimesis("fi")
    pl_first, pl_last = _mimesis("pl")
    hr_first, hr_last = _mimesis("hr")
    tr_first, tr_last = _mimesis("tr")
    habesha, habesha_male = _habesha()
    first_pools = {
        "arabic-persian": nam["arabia"],
        "eritrean-ethiopian": habesha,
        "balkan": hr_first
        | nam["bosnia"]
        | nam["croatia"]
        | nam["kosovo"]
        | nam["serbia"]
        | nam["albania"],
        "turkish": tr_first | nam["turkey"],
        "polish": pl_first | nam["poland"],
        "finnish": fi_first | nam["finland"],
    }
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = _draw(rng, first_pools, FIRST_GROUPS, known, taken)
    # Patronymic surnames: male given names of the same origins, never a first name above.
    arabic_male = nam["arabia"] & _arabic_male_names()
    last_pools = {
        "finnish": fi_last,
        "polish": pl_last,
        "balkan": hr_last,
        "turkish": tr_last,
        "arabic-patronymic": arabic_male,
        "eritrean-patronymic": habesha_male,
    }
    lasts = _draw(rng, last_pools, LAST_GROUPS, known, taken)
    names = [n for n, _ in firsts + lasts]
    leaked = {n.lower() for n in names} & known
    if leaked or len({n.lower() for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind6' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: mimesis 22.2.0 (MIT), nam_dict.txt of gender-guesser 0.4.0 (GNU FDL),\n"
        "# habesha-names 0.2.0 (MIT); drawn by benchmarks/data/make_blind6_names.py (seed {seed})\n"
        "# after dropping every name the guard's lists, the SSA baby names with 20 or more\n"
        "# bearers or any other evaluation set hold. Second column: group of origin.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind6_first_names.tsv", "First names", firsts),
        ("blind6_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        (HERE / file).write_text(header.format(what=what, seed=SEED) + body, encoding="utf-8")


def _arabic_male_names() -> set[str]:
    """Names nam_dict.txt marks male or mostly male."""
    path = _nam_path()
    male: set[str] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        parts = raw.strip().split()
        if len(parts) > 1 and parts[0] in ("M", "1M", "?M"):
            male.add(parts[1])
    return male


if __name__ == "__main__":
    main(Path(sys.argv[1]))
