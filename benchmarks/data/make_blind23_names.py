"""Write the name lists of the guard's 'blind23' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data file read as text (no code of it
    # is run): the name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme at 4396ce6
    mkdir -p /tmp/b23src/yi
    git -C <clone of yasinetli/turkce_isimlerden_cinsiyet_belirleme> show 4396ce6:data.py \
        > /tmp/b23src/yi/data.py
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind23_names.py /tmp/b23src /tmp/ssa/raw-data

Run on main at fd4740e (a later change to the guard's lists can change the draw); its output
(blind23_first_names.tsv, blind23_last_names.tsv) is committed.

The set is the twenty-third to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists,
persian-names, ArabicNames and the given-name lists of Berlin, Cologne, Munich and Leipzig) are
not read. Its names come from a source no earlier set and no guard list used:

- the table of Turkish given names in ``data.py`` of yasinetli/turkce_isimlerden_cinsiyet_belirleme
  at 4396ce6 (the only version of the file; the repository's last commit is 271ba7e), a Python
  dict literal mapping some 9,700 Turkish given names, in Turkish spelling and lower case, to a
  sex (1 male, 2 female, 3 either). Its README says the table was made from the name and sex
  list of ismailbaskin's gist 1325813 (revision 9157dd8); it is a dictionary of the Turkish
  given names in use, old and new (Turkic, Arabic and Persian, Quranic names among them), no
  library of fake data and none of the forbidden sources. The repository states no licence;
  names are facts, read as data (the file is read as text, never imported or run), and nothing
  but the drawn names is shipped.

A first name's group is its sex in the table (erkek, kadin, unisex), not its bearer's origin.
The source has no surnames. Surnames are formed as Turkish surnames commonly are, from a male
given name of the table with -oglu ("son of", -oğlu typed without the letter), and as the
surnames of many Kurdish and Arab clients in Sweden are, the father's given name itself: both
from the table's male names (sex 1), after the first names (no name is in both lists).

Names are typed with one capital as staff in Sweden type them: ç, ş, ğ and ı as c, s, g and i,
ü as u, ö kept, circumflexes dropped. Then every name is dropped that, compared in lower case
with and without diacritics, is an entry of any file in src/iub/privacy/data, a US SSA baby
name with 20 or more bearers, a name of the sets listed in EARLIER_SETS (blind22's included) or
a word of benchmarks/_guard_corpus.py outside this set's templates; names shorter than three
letters or with a space or other sign are dropped, and a fixed number is then drawn per group
with a fixed seed.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names
from make_blind20_names import _draw, _usable, typed

HERE = Path(__file__).resolve().parent
SEED = 20261227
# The file's commit; the file read is ``yi/data.py`` in the source folder.
SOURCE_COMMIT = "4396ce6"
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
)
OWN_TEMPLATES = r"(?s)# A twenty-sixth set, \"blind23\".*?(?=\nTEMPLATE_SETS = )"
SEXES = {"1": "erkek", "2": "kadin", "3": "unisex"}
# First names drawn per group (300 in all), surnames (250).
FIRST_GROUPS = {"erkek": 130, "kadin": 130, "unisex": 40}
LAST_GROUPS = {"oglu": 125, "patronymic": 125}
# Turkish letters as typed on a Swedish keyboard (ö is on it; ü is typed u).
TURKISH = str.maketrans(
    {"ç": "c", "Ç": "C", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G"}
    | {"ı": "i", "İ": "I", "ü": "u", "Ü": "U", "â": "a", "î": "i", "û": "u"}
)
ENTRY = re.compile(r'^"([^"]+)":\s*([123])\s*,?\s*$')


def typed_tr(name: str) -> str:
    """A Turkish name as staff in Sweden type it."""
    return typed(name.strip().translate(TURKISH))


def table(source: Path) -> list[tuple[str, str]]:
    """(name, sex group) for every entry of the table, read as text."""
    rows: list[tuple[str, str]] = []
    for line in (source / "yi" / "data.py").read_text(encoding="utf-8").splitlines():
        match = ENTRY.match(line.strip())
        if match and match.group(1).strip() and " " not in match.group(1).strip():
            rows.append((match.group(1).strip(), SEXES[match.group(2)]))
    if not rows:
        raise SystemExit(f"no names read from {source / 'yi' / 'data.py'}")
    return rows


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name pools per sex and the two surname pools."""
    rows = table(source)
    first = {g: {typed_tr(n) for n, s in rows if s == g} for g in FIRST_GROUPS}
    boys = {typed_tr(n) for n, s in rows if s == "erkek"}
    oglu = {b + "oglu" for b in boys if 3 <= len(b) <= 7 and not b.lower().endswith("oglu")}
    return first, {"oglu": oglu, "patronymic": boys}


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = ({n.lower() for n in names} | {folded(n) for n in names}) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind23' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the table of Turkish given names in data.py of\n"
        "# yasinetli/turkce_isimlerden_cinsiyet_belirleme at {commit} (no licence stated;\n"
        "# names read as data, no code run). Surnames are male names of the table with -oglu\n"
        "# or alone, as patronymics. Typed as staff in Sweden type; drawn by\n"
        "# benchmarks/data/make_blind23_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from. Nobody tunes on this\n"
        "# file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind23_first_names.tsv", "First names", firsts),
        ("blind23_last_names.tsv", "Surnames", lasts),
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
    firsts = _draw(rng, first_pool, FIRST_GROUPS, known, taken)
    lasts = _draw(rng, last_pool, LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
