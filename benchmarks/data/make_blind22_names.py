"""Write the name lists of the guard's 'blind22' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data files read as text (no code of
    # it is run): the lists of Cologne, Munich and Leipzig (never its Berlin folder, nor its
    # aggregate file, which holds Berlin's lists)
    for f in $(git -C <clone of DerTee/prenames-germany> ls-tree -r --name-only e866fa6 raw \
            | grep -E 'Vornamen_(Koeln|Muenchen|Leipzig)_[0-9]+\\.csv$'); do mkdir -p \
        /tmp/b22src/pg; git -C <clone> show e866fa6:$f > /tmp/b22src/pg/$(basename $f); done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind22_names.py /tmp/b22src /tmp/ssa/raw-data

Run on main at 609c6e8 (a later change to the guard's lists can change the draw); its output
(blind22_first_names.tsv, blind22_last_names.tsv) is committed.

The set is the twenty-second to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists,
persian-names, ArabicNames and Berlin's given-name lists) are not read. Its names come from
sources no earlier set and no guard list used, civil registers' own lists rather than a
library's:

- the lists of the given names of all children born in Cologne (Köln) 2010 to 2018, as the
  city's register office gives them to Cologne's open-data portal (offenedaten-koeln.de,
  "Vornamen"; CC BY 3.0 DE, Stadt Köln), and of all children born in Munich (München) 2013 to
  2015, as the city gives them to its open-data portal (opendata.muenchen.de, "Vornamen von
  Neugeborenen"; dl-de/by-2-0, Landeshauptstadt München), both as collected unchanged but for
  file names and encoding in DerTee/prenames-germany at e866fa6, its last commit
  (``raw/Vornamen_Koeln_<year>.csv``, ``raw/Vornamen_Muenchen_<year>.csv``; columns
  ``vorname``, ``anzahl``, ``geschlecht`` and in Cologne's list of 2018 ``position``). The
  registers hold every name given, in the spelling the parents chose, so the children of the
  cities' Turkish, Kurdish, Arab, Syrian, Iraqi, Afghan, Iranian, Polish, Balkan, Eritrean,
  Somali and other families are in them with German children. The repository's Berlin folder
  and its aggregate file (which holds Berlin's lists, blind21's source) are not read.
- Leipzig's lists of the given names of its newborn children 2014 to 2021 (opendata.leipzig.de,
  "Vornamensstatistik"; dl-de/by-2-0, Stadt Leipzig), from the same repository, are read only
  to bar names: a city with a small share of residents of foreign origin, so that a name its
  lists hold in any year is likely a German family's and is not read.

Only names given to two or more children in one city over its years are read (a name given
once may be one child's own, or a slip of the register); a name Cologne's list of 2018 gives
only in second or later place (the lists of the other years do not say a name's place) is no
first name. Of spellings that are one name typed without diacritics, the one given to most
children is read. A first name's group is the city whose lists it is drawn from, not its
bearer's origin. The sources have no surnames. Surnames are formed as the surnames of many
Somali, Eritrean, Ethiopian, Afghan, Iraqi and Syrian clients in Sweden are: the father's or
grandfather's given name. They are drawn from the boys' names (``geschlecht`` m) of Cologne's
and Munich's lists, with the same exclusions, after the first names (no name is in both lists).

Names are typed with one capital as staff in Sweden type them (letters of the Swedish keyboard
and the diacritics earlier sets kept, others dropped). Then every name is dropped that,
compared in lower case with and without diacritics, is an entry of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS (blind21's included) or a word of benchmarks/_guard_corpus.py outside this set's
templates; names shorter than three letters or with a hyphen, apostrophe, stop, slash, bracket
or space are dropped, and a fixed number is then drawn per group with a fixed seed.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names
from make_blind20_names import _draw, _usable, typed

HERE = Path(__file__).resolve().parent
SEED = 20261226
# The repository's commit; the files read are ``pg/Vornamen_<city>_<year>.csv`` in the source
# folder.
PRENAMES_COMMIT = "e866fa6"
CITIES = {
    "koeln": tuple(range(2010, 2019)),
    "muenchen": (2013, 2014, 2015),
    "leipzig": tuple(range(2014, 2022)),
}
# The city whose lists only bar names.
BARRING = "leipzig"
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
)
OWN_TEMPLATES = r"(?s)# A twenty-fifth set, \"blind22\".*?(?=\nTEMPLATE_SETS = )"
# A name is read if it was given to at least this many children in one city over its years.
MIN_CHILDREN = 2
# First names drawn per city (300 in all), surnames (250).
FIRST_GROUPS = {"koeln": 240, "muenchen": 60}
PATRONYMIC_FROM = ("koeln", "muenchen")
LAST_GROUPS = {"patronymic": 250}
# Entries of the lists that are no given names: a word ("ohne", given for a child without a
# name), the column's own title, a country, Turkic patronymic particles and letter runs that
# name nobody.
NOT_NAMES = frozenset({"ohne", "vornamen", "monaco", "ogly", "oglu", "akdn", "euc"})
# Slavic patronymics and surnames among the later given names of Bulgarian and Russian-speaking
# families: no first name; as a surname only a Bulgarian one (-ov, -ev), no patronymic.
SURNAME_ENDING = re.compile(r"(?i)(ov|ev|ova|eva|iev|ieva)$")
PATRONYMIC_ENDING = re.compile(
    r"(?i)(ovic|evic|ovich|evich|owitsch|ewitsch|ovitch|evitch|ovna|evna|ivna|yivna)$"
)
# A letter typed three times in a row is a slip of the register.
SLIP = re.compile(r"(?i)(.)\1\1")


Row = tuple[str, str, str, int, str]


def _read(path: Path) -> list[dict[str, str]]:
    """The rows of one list, as {vorname, anzahl, geschlecht, position} (any of its layouts)."""
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    lines = text.splitlines()
    delimiter = ";" if ";" in lines[0] else ","
    rows = list(csv.reader(lines, delimiter=delimiter))
    header = [h.strip().lower() for h in rows[0]]
    out: list[dict[str, str]] = []
    if header.count("vorname") == 2 or "vorname1" in header:
        # Leipzig 2014-2020: girls' ranks left, boys' ranks right, side by side.
        for row in rows[1:]:
            for start in (0, 5):
                part = row[start : start + 4]
                if len(part) == 4 and part[2].strip():
                    out.append(
                        {
                            "vorname": part[2],
                            "anzahl": part[1],
                            "geschlecht": part[3],
                            "position": "",
                        }
                    )
        return out
    header = ["vorname" if h == "vornamen" else h for h in header]
    for row in rows[1:]:
        if row:
            item = dict(zip(header, row, strict=False))
            item.setdefault("position", "")
            out.append(item)
    return out


def _rows(source: Path) -> list[Row]:
    """(city, name, sex, children, position) for every row of the lists of every year."""
    rows: list[Row] = []
    for city, years in CITIES.items():
        for year in years:
            path = source / "pg" / f"Vornamen_{city.capitalize()}_{year}.csv"
            for row in _read(path):
                name = (row["vorname"] or "").strip()
                count = int((row["anzahl"] or "0").strip() or 0)
                sex = (row["geschlecht"] or "").strip()
                rows.append((city, name, sex, count, (row["position"] or "").strip()))
    if not rows:
        raise SystemExit(f"no lists read from {source / 'pg'}")
    return rows


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name pools per city and the surname pool."""
    rows = _rows(source)
    children: Counter[str] = Counter()
    per_city: Counter[tuple[str, str]] = Counter()
    first_place: set[str] = set()
    later_place: set[str] = set()
    for city, name, _sex, count, position in rows:
        children[name] += count
        per_city[(city, name)] += count
        if city == "koeln" and position == "1":
            first_place.add(name)
        elif city == "koeln" and position:
            later_place.add(name)
    # One spelling per name as typed without diacritics: the one given to most children.
    spelling: dict[str, str] = {}
    for name in sorted(children, key=lambda n: (-children[n], n)):
        spelling.setdefault(folded(typed(name)), name)
    barred = {folded(typed(r[1])) for r in rows if r[0] == BARRING}
    read = [r for r in rows if r[0] != BARRING and spelling[folded(typed(r[1]))] == r[1]]
    read = [r for r in read if folded(typed(r[1])) not in barred]
    read = [r for r in read if per_city[(r[0], r[1])] >= MIN_CHILDREN]
    no_first = later_place - first_place
    read = [r for r in read if folded(typed(r[1])) not in NOT_NAMES and not SLIP.search(r[1])]
    read = [r for r in read if not PATRONYMIC_ENDING.search(folded(typed(r[1])))]
    first = {
        g: {
            typed(n)
            for c, n, *_ in read
            if c == g and n not in no_first and not SURNAME_ENDING.search(folded(typed(n)))
        }
        for g in FIRST_GROUPS
    }
    boys = {typed(n) for c, n, s, *_ in read if c in PATRONYMIC_FROM and s == "m"}
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
        "# {what} for the guard's 'blind22' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: the lists of the given names of the newborn children of Cologne 2010-2018\n"
        "# (CC BY 3.0 DE, Stadt Köln) and Munich 2013-2015 (dl-de/by-2-0, Landeshauptstadt\n"
        "# München), as in DerTee/prenames-germany at {commit}, raw/; Leipzig's lists only bar\n"
        "# names. Surnames are boys' names of the Cologne and Munich lists, as patronymics.\n"
        "# Typed as staff in Sweden type; drawn by benchmarks/data/make_blind22_names.py\n"
        "# (seed {seed}) after dropping every name the guard's lists, the SSA baby names with\n"
        "# 20 or more bearers, any other evaluation set or _guard_corpus.py hold. Second\n"
        "# column: the pool drawn from. Nobody tunes on this file, nor reads it while writing\n"
        "# the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind22_first_names.tsv", "First names", firsts),
        ("blind22_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=PRENAMES_COMMIT, seed=SEED)
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
