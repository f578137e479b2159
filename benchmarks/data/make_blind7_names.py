"""Write the name lists of the guard's 'blind7' evaluation set (benchmarks/_guard_corpus.py).

    python3.11 -m venv /tmp/gen && /tmp/gen/bin/pip install mimesis==22.2.0 \
        gender-guesser==0.4.0 habesha-names==0.2.0     # never into the product's dependencies
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    /tmp/gen/bin/python benchmarks/data/make_blind7_names.py /tmp/ssa/raw-data

Run once; its output (blind7_first_names.tsv, blind7_last_names.tsv) is committed. Like
blind6, the set measures names of clients of Swedish social services, typed in Latin script,
that no list of the guard holds; it adds Ukrainian, Central Asian and Swedish names, and takes
only names blind6 (and every other set) did not. Its sources, none of which any guard list was
built from:

- mimesis 22.2.0 (MIT), person data: first names of the locales fi, pl, hr and tr, surnames
  of sv, fi, pl, hr, tr and uk; the Ukrainian surnames, in Cyrillic there, are written in
  Latin letters by Ukraine's official transliteration (Cabinet of Ministers resolution 55 of
  2010, the one its passports use);
- the first-name dictionary ``nam_dict.txt`` by Jörg Michael as shipped in gender-guesser 0.4.0
  (the data file: GNU Free Documentation License; the package's code, not used: GPLv3): names
  it gives a frequency class of 2 or more (Sweden: 1 or more) in Arabia/Persia (Arabic,
  Persian and Dari names), the Central Asian states, Turkey, Azerbaijan, the Balkan
  countries, Ukraine, Poland, Finland or Sweden;
- habesha-names 0.2.0 (MIT), Ethiopian and Eritrean given names, canonical spellings and the
  variant spellings it lists.

Part of the surnames are fathers' given names (Arabic- and Persian-speaking, Eritrean and
Ethiopian clients), never the same name as a first name of the set. Every name the guard's
lists (every file in src/iub/privacy/data), the US SSA baby names with 20 or more bearers (the
source of ``first_names_world.txt``), any other evaluation set's list, or any word of
benchmarks/_guard_corpus.py (its hand-written names and templates) hold is dropped, compared in
lower case with and without diacritics; names shorter than three letters, not purely
alphabetic, or with letters a Swedish keyboard does not type (Cyrillic, Arabic script, ø, æ)
are dropped; then a fixed number is drawn per group of origin with a fixed seed. No Somali or
Kurdish source was at hand: such names appear only where the Arabic/Persian and Turkish
columns hold them.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

from make_blind5_names import _entries, ssa_names  # the same lists, read the same way
from make_blind6_names import _mimesis  # the same source, read the same way

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = ROOT / "src" / "iub" / "privacy" / "data"
CORPUS = HERE.parent / "_guard_corpus.py"

SEED = 20261211
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same).
EARLIER_SETS = ("eval_", "holdout_", "unseen_", "blind5_", "blind6_")
WORLD_MIN = 20  # the lowest SSA threshold the guard's list may ever use
# nam_dict.txt's country columns (gender_guesser.detector.Detector.COUNTRIES), by index.
NAM_COLUMNS = {
    "sweden": 18,
    "finland": 19,
    "poland": 23,
    "bosnia": 29,
    "croatia": 30,
    "kosovo": 31,
    "macedonia": 32,
    "montenegro": 33,
    "serbia": 34,
    "slovenia": 35,
    "albania": 36,
    "ukraine": 41,
    "azerbaijan": 43,
    "the_stans": 45,
    "turkey": 46,
    "arabia": 47,
}
# The lowest frequency class (1-13, nam_dict's hexadecimal digit) a name needs in a column:
# 2 drops the rarest spellings; Sweden's column holds few names no guard list has, so 1.
NAM_MIN = {"sweden": 1}
NAM_MIN_DEFAULT = 2
# First names drawn per group of origin (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "arabic-persian": 80,
    "central-asian": 15,
    "eritrean-ethiopian": 35,
    "balkan": 35,
    "turkish-kurdish": 35,
    "ukrainian": 35,
    "polish": 25,
    "finnish": 28,
    "swedish": 12,
}
LAST_GROUPS = {
    "swedish": 40,
    "finnish": 25,
    "polish": 25,
    "balkan": 30,
    "turkish": 30,
    "ukrainian": 25,
    "arabic-patronymic": 45,
    "eritrean-patronymic": 30,
}
# Letters staff in Sweden type in a name: the Latin alphabet and the diacritics of the
# groups above (Turkish, Balkan, Polish, Finnish, Swedish).
TYPABLE = re.compile(r"[A-Za-zÅÄÖåäöÉéÜüÇçŞşĞğİıČčĆćŠšŽžĐđŁłŃńÓóŚśŹźŻżĘęĄąËë]+")
_FOLD = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "İ": "i"})
# Ukraine's official Latin transliteration (KMU 2010); the second table holds the spellings of
# letters at the start of a word.
_UK_LATIN = (
    *("a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m"),
    *("n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "_", "iu", "ia"),
    *("_", "_", "_"),
)
_UK = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'ʼ’", _UK_LATIN, strict=True))
_UK_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def latin_uk(name: str) -> str:
    """Write a Ukrainian name in Latin letters as a Ukrainian passport does."""
    out: list[str] = []
    lower = name.lower().replace("зг", "zgh")
    for index, char in enumerate(lower):
        table = _UK_FIRST if index == 0 and char in _UK_FIRST else _UK
        part = table.get(char, char)
        out.append("" if part == "_" else part)
    text = "".join(out)
    return text[:1].upper() + text[1:]


def excluded() -> set[str]:
    """Every name or word the set must not draw: guard lists, other sets, the corpus module."""
    known: set[str] = set()
    for path in sorted(DATA.glob("*.txt")):
        known |= _entries(path)
    for path in sorted(HERE.glob("*.t*")):
        if path.name.startswith(EARLIER_SETS):
            known |= _entries(path)
    # The module's words as they were when the names were drawn: without this set's templates.
    own = r"(?s)# A tenth set, \"blind7\".*?(?=\nTEMPLATE_SETS = )"
    text = re.sub(own, "", CORPUS.read_text(encoding="utf-8"))
    words = re.findall(r"[^\W\d_]+", text)
    known |= {word.lower() for word in words}
    return known | {folded(word) for word in known}


def _nam_lines() -> list[str]:
    """The data lines of gender-guesser's nam_dict.txt."""
    import gender_guesser  # type: ignore[import-not-found]

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and line.strip()[0] not in "#="]


def _nam_dict() -> tuple[dict[str, set[str]], set[str]]:
    """Names per country column of nam_dict.txt (``NAM_MIN`` or more), and the male names."""
    found: dict[str, set[str]] = {country: set() for country in NAM_COLUMNS}
    male: set[str] = set()
    for line in _nam_lines():
        parts = line.split()
        name = parts[1]
        if parts[0] in ("M", "1M", "?M"):
            male.add(name)
        values = line[30:]
        for country, column in NAM_COLUMNS.items():
            minimum = NAM_MIN.get(country, NAM_MIN_DEFAULT)
            given = values[column] if column < len(values) else " "
            if given != " " and int(given, 16) >= minimum:
                found[country].add(name)
    return found, male


def _habesha() -> tuple[set[str], set[str]]:
    """All Latin spellings (canonical and variant) of habesha-names, and the male ones."""
    import habesha_names  # type: ignore[import-not-found]

    path = Path(habesha_names.__file__).parent / "data" / "given_names.json"
    entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
    names: set[str] = set()
    male: set[str] = set()
    for entry in entries:
        spellings = {entry["canonical"], *entry.get("variants", [])}
        names |= spellings
        if entry["gender"].get("m", 0) >= 0.5:
            male |= spellings
    return names, male


def folded(name: str) -> str:
    """A name in lower case without diacritics, as a writer without the letters types it."""
    lower = name.lower().translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))


def _usable(name: str, known: set[str]) -> bool:
    """True if a name may be drawn: typable letters, three or more, unknown everywhere.

    Unknown also without its diacritics: a list holding "ayse" would find "Ayşe" typed plainly.
    """
    if len(name) < 3 or TYPABLE.fullmatch(name) is None:
        return False
    return name.lower() not in known and folded(name) not in known


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
        taken |= {n.lower() for n in pick} | {folded(n) for n in pick}
        drawn += [(n, group) for n in pick]
    return drawn


def main(ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    ssa = ssa_names(ssa_dir, WORLD_MIN)
    if not ssa:
        raise SystemExit(f"no SSA names read from {ssa_dir}")
    known = excluded() | ssa
    nam, nam_male = _nam_dict()
    mim = {loc: _mimesis(loc) for loc in ("sv", "fi", "pl", "hr", "tr", "uk")}
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
        "ukrainian": nam["ukraine"],
        "polish": mim["pl"][0] | nam["poland"],
        "finnish": mim["fi"][0] | nam["finland"],
        "swedish": nam["sweden"],
    }
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = _draw(rng, first_pools, FIRST_GROUPS, known, taken)
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
    lasts = _draw(rng, last_pools, LAST_GROUPS, known, taken)
    names = [n for n, _ in firsts + lasts]
    leaked = ({n.lower() for n in names} | {folded(n) for n in names}) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind7' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: mimesis 22.2.0 (MIT; Ukrainian names transliterated, KMU 2010),\n"
        "# nam_dict.txt of gender-guesser 0.4.0 (GNU FDL), habesha-names 0.2.0 (MIT);\n"
        "# drawn by benchmarks/data/make_blind7_names.py (seed {seed}) after dropping every\n"
        "# name the guard's lists, the SSA baby names with 20 or more bearers, any other\n"
        "# evaluation set or _guard_corpus.py hold. Second column: group of origin.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind7_first_names.tsv", "First names", firsts),
        ("blind7_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        (HERE / file).write_text(header.format(what=what, seed=SEED) + body, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
