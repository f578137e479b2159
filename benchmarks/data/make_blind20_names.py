"""Write the name lists of the guard's 'blind20' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's two data files read as text (no code of
    # it is run; the package's PyPI source archive runs its code to build, so it is not used)
    mkdir -p /tmp/b20src/an && for f in names lastnames; do git -C <clone of \
        AhmedMadbouly/ArabicNames> show 82e84f8:ArabicNames/$f.csv > /tmp/b20src/an/$f.csv; done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind20_names.py /tmp/b20src /tmp/ssa/raw-data

Run on main at d37ff96 (a later change to the guard's lists can change the draw); its output
(blind20_first_names.tsv, blind20_last_names.tsv) is committed.

The set is the twentieth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists
and persian-names) are not read. Its names come from one source no earlier set and no guard
list used:

- the two data files of ArabicNames, a random Arabic name generator published on PyPI as
  ArabicNames (AhmedMadbouly/ArabicNames at 82e84f8, its last commit, of 3 July 2021; MIT;
  lists gathered by its author, their sources not stated): ``ArabicNames/names.csv``, given
  names in Latin letters, of which only the rows it marks Male or Female are read (its
  unmarked rows are machine transliterations, many without vowels), and
  ``ArabicNames/lastnames.csv``, surnames in Latin letters in three runs: Arabic surnames of
  the Maghreb, the Levant, Egypt and the Gulf (from the top; a few Indian surnames common in
  the Gulf among them), Pakistani surnames (from its first ``Abdul-Hafeez``) and Iranian
  surnames (from its first ``Abedzadeh``); four rows that are no surname (a company form, a
  country, an adjective and a web page's word) are not read. Thirteen Pakistani surnames were
  left, five drawn.

Names are typed with one capital as staff in Sweden type them (letters of the Swedish keyboard
and the diacritics earlier sets kept, others dropped). A name's group is the pool it was drawn
from, not its bearer's origin. Then every name is dropped that, compared in lower case with
and without diacritics, is an entry of any file in src/iub/privacy/data, a US SSA baby name
with 20 or more bearers, a name of the sets listed in EARLIER_SETS (blind19's included) or a
word of benchmarks/_guard_corpus.py outside this set's templates; names shorter than three
letters or with a hyphen, apostrophe, stop, slash, bracket or space are dropped, and a fixed
number is then drawn per group with a fixed seed.
"""

from __future__ import annotations

import csv
import random
import sys
import unicodedata
from pathlib import Path

from make_blind7_names import TYPABLE, folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20261224
# The repository's commit; the files read are ``an/names.csv`` and ``an/lastnames.csv`` in
# the source folder.
ARABICNAMES_COMMIT = "82e84f8"
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
)
OWN_TEMPLATES = r"(?s)# A twenty-third set, \"blind20\".*?(?=\nTEMPLATE_SETS = )"
# The genders names.csv marks (its other rows are not read).
GENDERS = ("Male", "Female")
# The surname runs of lastnames.csv: a group from the first row that holds its marker on, up
# to the next group's marker.
SURNAME_RUNS = (("arabic", None), ("pakistani", "Abdul-Hafeez"), ("iranian", "Abedzadeh"))
# Rows of lastnames.csv that are no surname: a company form, a country, an adjective and a web
# page's word.
NOT_NAMES = frozenset({"Sarl", "Maroc", "Saudi", "Pagination"})
# First names drawn per group (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {"arabic": 300}
LAST_GROUPS = {"arabic": 190, "iranian": 55, "pakistani": 5}


def typed(name: str) -> str:
    """A name as staff in Sweden type it: one capital, keyboard letters, other accents dropped."""
    out: list[str] = []
    for char in name.strip():
        if TYPABLE.fullmatch(char):
            out.append(char)
        else:
            plain = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in plain if not unicodedata.combining(c)))
    word = "".join(out)
    return word[:1].upper() + word[1:].lower()


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of one of the source's CSV files (a header row names the columns)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name and surname pools per group."""
    given = _rows(source / "an" / "names.csv")
    first = {"arabic": {typed(r["Name"]) for r in given if (r["Gender"] or "").strip() in GENDERS}}
    last: dict[str, set[str]] = {group: set() for group, _marker in SURNAME_RUNS}
    markers = {marker: group for group, marker in SURNAME_RUNS if marker}
    group = SURNAME_RUNS[0][0]
    for row in _rows(source / "an" / "lastnames.csv"):
        name = row["Name"].strip()
        if name in markers:
            group = markers.pop(name)
        if name not in NOT_NAMES:
            last[group].add(typed(name))
    if markers:
        raise SystemExit(f"surname runs not found: {sorted(markers)}")
    return first, last


def _usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: one word of typable letters, three or more, unknown."""
    if len(name) < 3 or TYPABLE.fullmatch(name) is None:
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


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = ({n.lower() for n in names} | {folded(n) for n in names}) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind20' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the data files of ArabicNames (AhmedMadbouly/ArabicNames at {commit},\n"
        "# ArabicNames/names.csv and lastnames.csv; MIT). Typed as staff in Sweden\n"
        "# type; drawn by benchmarks/data/make_blind20_names.py (seed {seed}) after dropping\n"
        "# every name the guard's lists, the SSA baby names with 20 or more bearers, any other\n"
        "# evaluation set or _guard_corpus.py hold. Second column: the pool drawn from.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind20_first_names.tsv", "First names", firsts),
        ("blind20_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=ARABICNAMES_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, tuple[int, int]]:
    """Usable first names and surnames per group before the draw (to size FIRST/LAST_GROUPS)."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first, last = pools(source)
    return {
        g: (
            sum(_usable(n, known) for n in first.get(g, set())),
            sum(_usable(n, known) for n in last.get(g, set())),
        )
        for g in sorted(set(first) | set(last))
    }


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first_pool, last_pool = pools(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = _draw(rng, first_pool, FIRST_GROUPS, known, taken)
    lasts = _draw(rng, last_pool, LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
