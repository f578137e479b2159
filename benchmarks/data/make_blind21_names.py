"""Write the name lists of the guard's 'blind21' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data files read as text (no code of
    # it is run): the cleaned per-district CSV files of every year
    for f in $(git -C <clone of berlinonline/haeufige-vornamen-berlin> ls-tree -r --name-only \
            e8760a7 data/cleaned | grep '\\.csv$'); do y=$(echo $f | cut -d/ -f3); \
        mkdir -p /tmp/b21src/berlin/$y; git -C <clone> show e8760a7:$f \
        > /tmp/b21src/berlin/$y/$(basename $f); done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind21_names.py /tmp/b21src /tmp/ssa/raw-data

Run on main at ab3acdb (a later change to the guard's lists can change the draw); its output
(blind21_first_names.tsv, blind21_last_names.tsv) is committed.

The set is the twenty-first to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists,
persian-names and ArabicNames) are not read. Its names come from one source no earlier set and
no guard list used, a civil register's own lists rather than a library's:

- the lists of the given names of all children born in Berlin and registered at its register
  offices, per district and year, 2012 to 2023, as published on Berlin's open-data portal by
  the Landesamt für Bürger- und Ordnungsangelegenheiten (LABO) and cleaned by BerlinOnline
  (berlinonline/haeufige-vornamen-berlin at e8760a7, its last commit; ``data/cleaned/<year>/
  <district>.csv``, columns ``vorname``, ``anzahl``, ``geschlecht`` and from 2017
  ``position``; CC BY 3.0 DE, "Berliner Landesamt für Bürger- und Ordnungsangelegenheiten
  (LABO) / BerlinOnline Stadtportal GmbH & Co. KG"). The register holds every name given, in
  the spelling the parents chose, so the children of Berlin's Turkish, Kurdish, Arab,
  Palestinian, Syrian, Lebanese, Afghan, Iranian, Polish, Balkan, Vietnamese, Russian-speaking
  and West African families are in it with German children.

Only names given to two or more children in Berlin over the twelve years are read (a name
given once may be one child's own, or a slip of the register), and for first names only those
given to two or more children as their first given name in 2017 to 2023 (the lists of 2012 to
2016 do not say the place of a name; the later ones hold many second and third names that are
no first names, such as the patronymics of Bulgarian and Russian-speaking families); of
spellings that are one name typed without diacritics, the one given to most children is read.
A first name's group is the
district whose lists it is drawn from, not its bearer's origin; the districts read are the
seven with the largest shares of residents of foreign origin, where the lists hold most names
of the groups Swedish social services meet, and a name any list of Pankow, Treptow-Köpenick
or Steglitz-Zehlendorf (the three districts with the smallest shares) holds in any year is
not read, so that names of German families are few among those drawn. The source has no
surnames. Surnames are formed as the surnames of many Somali, Eritrean, Ethiopian, Afghan,
Iraqi and Syrian clients in Sweden are: the father's or grandfather's given name. They are
drawn from the boys' names (``geschlecht`` m, in any place among a child's names) of the
lists of Neukölln and Mitte, with the same exclusion, after the first names (no name is in
both lists).

Names are typed with one capital as staff in Sweden type them (letters of the Swedish keyboard
and the diacritics earlier sets kept, others dropped). Then every name is dropped that,
compared in lower case with and without diacritics, is an entry of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS (blind20's included) or a word of benchmarks/_guard_corpus.py outside this set's
templates; names shorter than three letters or with a hyphen, apostrophe, stop, slash, bracket
or space are dropped, and a fixed number is then drawn per group with a fixed seed.
"""

from __future__ import annotations

import csv
import random
import sys
from collections import Counter
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names
from make_blind20_names import _draw, _usable, typed

HERE = Path(__file__).resolve().parent
SEED = 20261225
# The repository's commit; the files read are ``berlin/<year>/<district>.csv`` in the source
# folder.
BERLIN_COMMIT = "e8760a7"
YEARS = tuple(range(2012, 2024))
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
)
OWN_TEMPLATES = r"(?s)# A twenty-fourth set, \"blind21\".*?(?=\nTEMPLATE_SETS = )"
# A name is read if it was given to at least this many children in Berlin over the years.
MIN_CHILDREN = 2
# The districts whose lists are read for first names, in the order drawn.
FIRST_GROUPS = {
    "neukoelln": 70,
    "mitte": 70,
    "friedrichshain-kreuzberg": 40,
    "spandau": 35,
    "reinickendorf": 30,
    "tempelhof-schoeneberg": 30,
    "charlottenburg-wilmersdorf": 25,
}
# The three districts with the smallest shares of residents of foreign origin: a name their
# lists hold in any year, as a boy's or a girl's name, is not read.
LEAST_FOREIGN = ("pankow", "treptow-koepenick", "steglitz-zehlendorf")
# Surnames: the boys' names of these districts.
PATRONYMIC_FROM = ("neukoelln", "mitte")
LAST_GROUPS = {"patronymic": 250}


Row = tuple[str, str, str, int, str]


def _rows(source: Path) -> list[Row]:
    """(district, name, sex, children, position) for every row of the lists of every year.

    ``position`` is the place of the name among a child's given names ("1" the first), and
    "" in the lists of 2012 to 2016, which do not say it.
    """
    rows: list[Row] = []
    for year in YEARS:
        for path in sorted((source / "berlin" / str(year)).glob("*.csv")):
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    name = (row["vorname"] or "").strip()
                    count = int(row["anzahl"] or 0)
                    sex = (row["geschlecht"] or "").strip()
                    rows.append((path.stem, name, sex, count, (row.get("position") or "").strip()))
    if not rows:
        raise SystemExit(f"no lists read from {source / 'berlin'}")
    return rows


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name pools per district and the surname pool."""
    rows = _rows(source)
    children: Counter[str] = Counter()
    firsts: Counter[str] = Counter()
    for _district, name, _sex, count, position in rows:
        children[name] += count
        firsts[name] += count if position == "1" else 0
    # One spelling per name as typed without diacritics: the one given to most children.
    spelling: dict[str, str] = {}
    for name in sorted(children, key=lambda n: (-children[n], n)):
        spelling.setdefault(folded(typed(name)), name)
    barred = {folded(typed(r[1])) for r in rows if r[0] in LEAST_FOREIGN}
    read = [r for r in rows if spelling[folded(typed(r[1]))] == r[1]]
    read = [r for r in read if folded(typed(r[1])) not in barred]
    first = {
        g: {typed(n) for d, n, _s, _c, _p in read if d == g and firsts[n] >= MIN_CHILDREN}
        for g in FIRST_GROUPS
    }
    boys = {
        typed(n)
        for d, n, s, _c, _p in read
        if d in PATRONYMIC_FROM and s == "m" and children[n] >= MIN_CHILDREN
    }
    return first, {"patronymic": boys}


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = ({n.lower() for n in names} | {folded(n) for n in names}) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind21' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: Berlin's lists of the given names of its newborn children, 2012-2023\n"
        "# (berlinonline/haeufige-vornamen-berlin at {commit}, data/cleaned; CC BY 3.0 DE,\n"
        "# Berliner Landesamt für Bürger- und Ordnungsangelegenheiten (LABO) / BerlinOnline\n"
        "# Stadtportal GmbH & Co. KG); surnames are boys' names of those lists, as patronymics.\n"
        "# Typed as staff in Sweden type; drawn by benchmarks/data/make_blind21_names.py\n"
        "# (seed {seed}) after dropping every name the guard's lists, the SSA baby names with\n"
        "# 20 or more bearers, any other evaluation set or _guard_corpus.py hold. Second\n"
        "# column: the pool drawn from. Nobody tunes on this file, nor reads it while writing\n"
        "# the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind21_first_names.tsv", "First names", firsts),
        ("blind21_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=BERLIN_COMMIT, seed=SEED)
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
        for g in [*FIRST_GROUPS, *LAST_GROUPS]
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
