"""Write the name lists of the guard's 'blind24' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's three data files read as JSON (no code
    # of it is run, nothing installed): doomhyena/hungarian-names at f6ac3c5
    mkdir -p /tmp/b24hu/hn && for f in ferfinevek noinevek csaladnevek; do git -C <clone of \
        doomhyena/hungarian-names> show f6ac3c5:names/$f.json > /tmp/b24hu/hn/$f.json; done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind24_names.py /tmp/b24hu /tmp/ssa/raw-data

Run on main at 04a086e (a later change to the guard's lists can change the draw); its output
(blind24_first_names.tsv, blind24_last_names.tsv) is committed.

The set is the twenty-fourth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists,
persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig and the
Turkish name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme) are not read. Its names
come from a source no earlier set and no guard list used:

- the three name lists of hungarian-names (doomhyena/hungarian-names; the files' only version
  is f6ac3c5, the repository's last commit is 2cb6e89; ISC, as its package.json and README
  state, no licence file): ``names/ferfinevek.json`` (Hungary's approved male given names,
  2,003), ``names/noinevek.json`` (approved female given names, 2,677) and
  ``names/csaladnevek.json`` (family names, 31,006), each a JSON object whose ``names`` holds
  one list of names. Read as data (the JSON is parsed; the package's ``index.js`` is neither
  read nor run); nothing but the drawn names is shipped.

A first name's group is the list it was drawn from (ferfi, male; noi, female), a surname's
is ``csalad``; not its bearer's origin. Names are kept as the lists spell them, one word with
one capital and Hungarian letters (á é í ó ö ő ú ü ű); entries with a hyphen, a space, a
bracket or a letter outside Hungarian and Swedish spelling are not read; of spellings in one
list that are one name without diacritics, the one with the most diacritics is read. Staff in
Sweden write Hungarian names both with and without diacritics: after the draw, ``PLAIN_SHARE``
of the drawn names that have diacritics are typed without them (á é í ó ö ő ú ü ű as a e i o o
o u u u), the rest keep them. Before the draw every name is dropped that, compared in lower
case with and without diacritics, is an entry of any file in src/iub/privacy/data, a US SSA
baby name with 20 or more bearers, a name of the sets listed in EARLIER_SETS (blind23's
included) or a word of benchmarks/_guard_corpus.py outside this set's templates; names shorter
than three letters are dropped, and a fixed number is then drawn per group with a fixed seed
(a name in both a given-name and the family-name list is drawn at most once).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20261228
# The commit of the three files; they are read as ``hn/<file>.json`` in the source folder.
SOURCE_COMMIT = "f6ac3c5"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and this set's own templates, whose words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    "blind5_",
    "blind6_",
    "blind7_",
    "blind8_",
    "blind9_",
    "blind10_",
    "blind11_",
    "blind12_",
    "blind13_",
    "blind14_",
    "blind15_",
    "blind16_",
    "blind17_",
    "blind18_",
    "blind19_",
    "blind20_",
    "blind21_",
    "blind22_",
    "blind23_",
)
OWN_TEMPLATES = r"(?s)# A twenty-seventh set, \"blind24\".*?(?=\nTEMPLATE_SETS = )"
# Source file per group: male and female given names, family names.
FILES = {"ferfi": "ferfinevek", "noi": "noinevek", "csalad": "csaladnevek"}
# First names drawn per group (300 in all), surnames (250).
FIRST_GROUPS = {"ferfi": 150, "noi": 150}
LAST_GROUPS = {"csalad": 250}
# One word of Hungarian (and Swedish) letters: a name the lists spell otherwise is not read.
HUNGARIAN = re.compile(r"[A-Za-zÁáÉéÍíÓóÖöŐőÚúÜüŰűÅåÄä]+")
# The share of drawn names with diacritics that are typed without them.
PLAIN_SHARE = 0.3
PLAIN = str.maketrans(
    {"á": "a", "é": "e", "í": "i", "ó": "o", "ö": "o", "ő": "o", "ú": "u", "ü": "u", "ű": "u"}
    | {"Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ö": "O", "Ő": "O", "Ú": "U", "Ü": "U", "Ű": "U"}
)


def typed(name: str) -> str:
    """A name with one capital, as the lists spell it."""
    word = name.strip()
    return word[:1].upper() + word[1:].lower()


def read_list(source: Path, group: str) -> set[str]:
    """The names of one of the three files (a JSON object whose ``names`` holds lists)."""
    path = source / "hn" / f"{FILES[group]}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for part in data["names"]:
        for entry in part if isinstance(part, list) else [part]:
            if isinstance(entry, str) and HUNGARIAN.fullmatch(entry.strip()):
                names.add(typed(entry))
    if not names:
        raise SystemExit(f"no names read from {path}")
    # Of spellings that are one name without diacritics, the one with the most of them.
    spellings: dict[str, str] = {}
    for name in sorted(names):
        kept = spellings.get(folded(name))
        if kept is None or _marks(name) > _marks(kept):
            spellings[folded(name)] = name
    return set(spellings.values())


def _marks(name: str) -> int:
    """The number of letters with diacritics in a name."""
    return sum(1 for char in name if not char.isascii())


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name pools per sex and the surname pool."""
    first = {group: read_list(source, group) for group in FIRST_GROUPS}
    last = {group: read_list(source, group) for group in LAST_GROUPS}
    return first, last


def _usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: three or more letters, unknown with and without diacritics."""
    if len(name) < 3 or HUNGARIAN.fullmatch(name) is None:
        return False
    return name.lower() not in barred and folded(name) not in barred


def _draw(
    rng: random.Random,
    pool: dict[str, set[str]],
    groups: dict[str, int],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw ``groups[g]`` usable names from each pool, in order; ``taken`` grows with them."""
    drawn: list[tuple[str, str]] = []
    for group, count in groups.items():
        barred = known | taken
        pick = rng.sample(sorted(n for n in pool[group] if _usable(n, barred)), count)
        taken |= {n.lower() for n in pick} | {folded(n) for n in pick}
        drawn += [(n, group) for n in pick]
    return drawn


def _some_plain(rng: random.Random, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``PLAIN_SHARE`` of the names with diacritics typed without them, in drawn order."""
    out: list[tuple[str, str]] = []
    for name, group in rows:
        plain = name.translate(PLAIN)
        out.append((plain if plain != name and rng.random() < PLAIN_SHARE else name, group))
    return out


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = ({n.lower() for n in names} | {folded(n) for n in names}) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind24' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the name lists of hungarian-names (doomhyena/hungarian-names at {commit},\n"
        "# names/ferfinevek.json, noinevek.json and csaladnevek.json; ISC): Hungary's\n"
        "# approved given names and family names, read as data, no code run. Hungarian\n"
        "# spelling, some typed without diacritics as staff in Sweden type; drawn by\n"
        "# benchmarks/data/make_blind24_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from. Nobody tunes on this\n"
        "# file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind24_first_names.tsv", "First names", firsts),
        ("blind24_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Usable names per group before the draw (to size FIRST/LAST_GROUPS)."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first, last = pools(source)
    both = first | last
    return {g: sum(_usable(n, known) for n in both[g]) for g in [*FIRST_GROUPS, *LAST_GROUPS]}


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first_pool, last_pool = pools(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = _some_plain(rng, _draw(rng, first_pool, FIRST_GROUPS, known, taken))
    lasts = _some_plain(rng, _draw(rng, last_pool, LAST_GROUPS, known, taken))
    write_lists(firsts, lasts, known)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
