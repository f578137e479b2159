"""Write the name lists of the guard's 'blind38' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: two public repositories' data files read as text (no code of
    # them is run, nothing installed): datasets-br/prenomes at efa834c and
    # Tremocex/ALL_NAMES_PORTUGAL at 988d1c2
    mkdir -p /tmp/b38src
    git -C <clone of datasets-br/prenomes> show efa834c:data/nomes-censos-ibge.csv \
        > /tmp/b38src/nomes-censos-ibge.csv
    git -C <clone of Tremocex/ALL_NAMES_PORTUGAL> show 988d1c2:surnames_final.txt \
        > /tmp/b38src/surnames_final.txt
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind38_names.py /tmp/b38src /tmp/ssa/raw-data

Run on main at 1744595 (a later change to the guard's lists can change the draw); its output
(blind38_first_names.tsv, blind38_last_names.tsv) is committed.

The set is the thirty-eighth to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's
lists, persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig,
the Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme,
hungarian-names, ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the
Ukrainian-Names-Database, albanian-names-dataset, robertostling/chinese-names,
akngs/k-families-data, nozomiyamada/thai_romanization, mdistiakahmed/baby-name and
shantdashjian/armenian-names) are not read. Its names come from two sources no earlier set and
no guard list used, Brazilian and Portuguese names (people from Brazil and Portugal live and
work in Sweden):

- ``data/nomes-censos-ibge.csv`` of datasets-br/prenomes at efa834c (the file last changed in
  b745134): the first names of Brazil's 2010 census as the Brazilian Institute of Geography
  and Statistics (IBGE) published them (censo2010.ibge.gov.br/nomes), one row per name,
  written in capitals without accents as IBGE writes them, with the number of bearers born in
  each decade (columns ``ate1930`` to ``ate2010``). The data package's licence is
  ODC-PDDL-1.0. The file has no sex column.
- ``surnames_final.txt`` of Tremocex/ALL_NAMES_PORTUGAL at 988d1c2 (the file last changed in
  81616c9): surnames of Portuguese origin in capitals with their accents, each repeated by its
  frequency; its README names Portuguese Wikipedia's list of family names of the Portuguese
  language and its list of the hundred most frequent surnames in Portugal as sources. The
  repository has no licence file; names are facts, read as data, and nothing is shipped but
  the drawn names.

First names: rows whose name is one word of the letters A-Z, with ``MIN_BEARERS`` or more
bearers in all decades, and not one edit (a letter left out, added, changed or two swapped)
from a name of the file with ``TYPO_RATIO`` (ten) times its bearers, which is taken for a
misspelling in the census records. As the file gives no sex, the groups are the decade most
of a name's bearers were born in: ``before1970`` (columns up to ``ate1970``, born before
1970) and ``since1970`` (``ate1980`` to ``ate2010``), 150 each. Surnames: each distinct line
of one word of letters (accented letters kept); one group, ``surname``, 250.

Names are typed with one capital, as a Swedish writer copies them (first names without
accents, as IBGE writes them; surnames with the source's accents). A name is drawn only if,
in lower case, it is unknown: every name is dropped that is an entry of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS (blind34's included) or a word of benchmarks/_guard_corpus.py outside the
templates of the sets written at the same time (OWN_TEMPLATES), each with and without
diacritics; names shorter than three letters are dropped, and a fixed number is then drawn
per group with a fixed seed. The blind35, blind36 and blind37 sets were written at the same
time on other branches; their lists were not there to bar and are not read, and their
templates, like this set's own, are left out of the module's words, so that the draw stays
the same once all are merged.
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
SEED = 20270111
# The repositories' commits; the files read are in the source folder.
FIRST_SOURCE = ("datasets-br/prenomes", "efa834c", "nomes-censos-ibge.csv")
LAST_SOURCE = ("Tremocex/ALL_NAMES_PORTUGAL", "988d1c2", "surnames_final.txt")
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 35)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind3[5-8]\".*?(?=\nTEMPLATE_SETS = )"
MIN_BEARERS = 1000
# A name one edit (a letter left out, added, changed or two swapped) from a name of the file
# with ``TYPO_RATIO`` times its bearers is taken for a misspelling in the census records.
TYPO_RATIO = 10
# The decade columns; a name belongs to ``before1970`` if its largest count is in one of the
# first five (born up to 1970).
DECADES = ("ate1930", "ate1940", "ate1950", "ate1960", "ate1970")
LATER = ("ate1980", "ate1990", "ate2000", "ate2010")
FIRST_GROUPS = {"before1970": 150, "since1970": 150}
LAST_GROUPS = {"surname": 250}
FIRST_WORD = re.compile(r"[A-Z]+")
LAST_WORD = re.compile(r"[A-ZÀ-ÖØ-Ý]+")


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


def read_first(source: Path) -> dict[str, list[str]]:
    """The one-word census names with ``MIN_BEARERS`` bearers, per group of peak decade."""
    found: dict[str, list[str]] = {group: [] for group in FIRST_GROUPS}
    with (source / FIRST_SOURCE[2]).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    totals: dict[str, int] = {}
    for row in rows:
        name = row["Nome"].strip()
        total = sum(int(row[c] or 0) for c in DECADES + LATER)
        totals[name] = max(total, totals.get(name, 0))
    for row in rows:
        name = row["Nome"].strip()
        if not FIRST_WORD.fullmatch(name) or totals[name] < MIN_BEARERS:
            continue
        if any(totals.get(e, 0) >= TYPO_RATIO * totals[name] for e in edits(name)):
            continue
        counts = {c: int(row[c] or 0) for c in DECADES + LATER}
        peak = max(DECADES + LATER, key=lambda c: counts[c])
        group = "before1970" if peak in DECADES else "since1970"
        found[group].append(typed(name))
    return {group: list(dict.fromkeys(names)) for group, names in found.items()}


def read_last(source: Path) -> list[str]:
    """The distinct one-word surnames, in the file's order."""
    lines = (source / LAST_SOURCE[2]).read_text(encoding="utf-8").splitlines()
    names = [line.strip() for line in lines if LAST_WORD.fullmatch(line.strip())]
    return list(dict.fromkeys(typed(n) for n in names))


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
        pool = sorted(n for n in pools[group] if usable(n, known | taken))
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
        "# {what} for the guard's 'blind38' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: nomes-censos-ibge.csv of datasets-br/prenomes at {first} (first names of\n"
        "# Brazil's 2010 census, IBGE; ODC-PDDL-1.0) and surnames_final.txt of\n"
        "# Tremocex/ALL_NAMES_PORTUGAL at {last} (Portuguese surnames after Portuguese\n"
        "# Wikipedia's lists; no licence file); names read as data, no code run, only drawn\n"
        "# names ship. Drawn by benchmarks/data/make_blind38_names.py (seed {seed}) after\n"
        "# dropping every name the guard's lists, the SSA baby names with 20 or more bearers,\n"
        "# any other evaluation set or _guard_corpus.py hold. Second column: the pool drawn\n"
        "# from. Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind38_first_names.tsv", "First names", firsts),
        ("blind38_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, first=FIRST_SOURCE[1], last=LAST_SOURCE[1], seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    pools = {**read_first(source), "surname": read_last(source)}
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
    lasts = draw(rng, {"surname": read_last(source)}, LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
