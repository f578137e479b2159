"""Write the name lists of the guard's 'blind36' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's two data files read as data (no code of
    # it is run, nothing installed): JumpStartGeorgia/Georgian-Names at f9099e4
    mkdir -p /tmp/b36src
    git -C <clone of JumpStartGeorgia/Georgian-Names> \
        show f9099e4:db/spreadsheets/first_name_gender.csv > /tmp/b36src/first_name_gender.csv
    git -C <clone of JumpStartGeorgia/Georgian-Names> \
        show f9099e4:db/spreadsheets/georgian-names_first.ods > /tmp/b36src/georgian-names_first.ods
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind36_names.py /tmp/b36src /tmp/ssa/raw-data

Run on main at 9355c3b (a later change to the guard's lists can change the draw); its output
(blind36_first_names.tsv, blind36_last_names.tsv) is committed.

The set is the thirty-sixth to measure client names typed in Latin script that no list of
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
shantdashjian/armenian-names) are not read. Its names come from a source no earlier set and no
guard list used, the given names of Georgia's voter list, in Georgian script, written in
Latin letters (people from Georgia, many of them asylum seekers and labour migrants since
Georgians need no visa for the Schengen area, live in Sweden):

- two data files of JumpStartGeorgia/Georgian-Names at f9099e4 (its last commit; the files
  last changed in 89f33da, November 2012, and fd41aa1, January 2014), the data of JumpStart
  Georgia's web site on the popularity of names in Georgia, built from the Central Election
  Commission's voter list of August 2012 (every registered voter, 18 and over):
  ``db/spreadsheets/georgian-names_first.ods`` (a spreadsheet of the list's 47,180 distinct
  first names with their bearers, read with zipfile as the XML it is) and
  ``db/spreadsheets/first_name_gender.csv`` (1,618 of those names, each marked M, F or B, both,
  by the site's authors, parsed as CSV). The repository's code, its database dumps and its
  surname data are neither read nor run. Its LICENSE file is MIT (© 2017 JumpStart Georgia).
  Names are facts, read as data, and nothing is shipped but the drawn names.

Only names of the gender file marked M or F, written in Georgian letters alone (entries with a
bracket, space, hyphen or Latin letters are not read) and borne by MIN_BEARERS or more voters
in the spreadsheet, are read. They are written in Latin letters as Georgian passports write
them, by Georgia's national system of 2002 (ROMAN), one capital: ქ and კ are both k, თ and ტ
t, ფ and პ p, ც and წ ts, ჩ and ჭ ch, ყ q, ხ kh, ღ gh, ჟ zh, შ sh, ძ dz, ჯ j; two names one
spelling are one name. Groups = the gender file's mark for first names (``male`` 150,
``female`` 150), not the bearer's origin; the voter list holds names of Georgia's minorities
(Azerbaijani, Armenian, Ossetian and others) too.

The source's surname data is not in the repository (only in database dumps it does not hold).
Georgian surnames are mostly formed from a forefather's given name or a place: surnames are
formed from the male given names read (three to nine letters in Latin letters) as the four
common patterns form them, a name ending in a consonant, in i or e, or in a, o or u as the
examples show:

- ``shvili`` ("child of", east Georgia; 75): Davit-a-shvili, Ivan-i-shvili (Ivane), Goderdz-i-
  shvili (Goderdzi), Mamuka-shvili;
- ``dze`` ("son of", west Georgia; 75): the same stems with -dze (Davitadze, Ivanidze,
  Mamukadze);
- ``ia`` (Mingrelian; 50): a final vowel dropped, then -ia (Gogi: Gogia, Davit: Davitia);
- ``ani`` (Svan, -iani; 50): a final vowel dropped, then -iani (Giorgi: Giorgiani).

A stem shorter than three letters, or one that ends in a vowel once a final vowel is dropped,
forms no -ia or -iani surname. Georgian surnames do not change with their bearer's sex. Each
given name forms at most one drawn surname; a surname may come from a given name drawn as a
first name or barred as one (the guard knowing "Davit" does not make "Davitashvili" known).

A name is drawn only if, in lower case, it is unknown: every name is dropped that is an entry
of any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the
sets listed in EARLIER_SETS (blind34's included) or a word of benchmarks/_guard_corpus.py
outside the templates of the sets written at the same time (OWN_TEMPLATES); names shorter
than three letters are dropped, and a fixed number is then drawn per group with a fixed seed.
The blind35, blind37 and blind38 sets were written at the same time on other branches; their
lists were not there to bar and are not read, and their templates, like this set's own, are
left out of the module's words, so that the draw stays the same once all are merged.
"""

from __future__ import annotations

import csv
import random
import re
import sys
import zipfile
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20270109
# The repository's commit; the files read are in the source folder.
SOURCE_COMMIT = "f9099e4"
GENDER_FILE = "first_name_gender.csv"
COUNTS_FILE = "georgian-names_first.ods"
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
MARKS = {"M": "male", "F": "female"}
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"shvili": 75, "dze": 75, "ia": 50, "ani": 50}
MIN_BEARERS = 20
STEM_LENGTH = (3, 9)
GEORGIAN = re.compile(r"[\u10d0-\u10f0]+")
# Georgia's national romanisation (2002), as its passports write names.
ROMAN = {
    "ა": "a",
    "ბ": "b",
    "გ": "g",
    "დ": "d",
    "ე": "e",
    "ვ": "v",
    "ზ": "z",
    "თ": "t",
    "ი": "i",
    "კ": "k",
    "ლ": "l",
    "მ": "m",
    "ნ": "n",
    "ო": "o",
    "პ": "p",
    "ჟ": "zh",
    "რ": "r",
    "ს": "s",
    "ტ": "t",
    "უ": "u",
    "ფ": "p",
    "ქ": "k",
    "ღ": "gh",
    "ყ": "q",
    "შ": "sh",
    "ჩ": "ch",
    "ც": "ts",
    "ძ": "dz",
    "წ": "ts",
    "ჭ": "ch",
    "ხ": "kh",
    "ჯ": "j",
    "ჰ": "h",
}
VOWELS = "aeiou"


def typed(name: str) -> str:
    """A name with one capital, as typed."""
    name = name.strip().lower()
    return name[:1].upper() + name[1:]


def romanised(name: str) -> str | None:
    """A name in Georgian letters in Latin letters, one capital; None if a letter is unknown."""
    if any(letter not in ROMAN for letter in name):
        return None
    return typed("".join(ROMAN[letter] for letter in name))


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed: as written and without diacritics."""
    return {name.lower(), folded(name)}


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: three or more letters, unknown."""
    return len(name) >= 3 and not forms(name) & barred


def read_counts(source: Path) -> dict[str, int]:
    """Voters per first name in the spreadsheet (its first sheet: name, count)."""
    with zipfile.ZipFile(source / COUNTS_FILE) as ods:
        text = ods.read("content.xml").decode("utf-8")
    sheet = re.search(r'<table:table table:name="Sheet1".*?</table:table>', text, re.S)
    if sheet is None:
        raise SystemExit(f"no Sheet1 in {source / COUNTS_FILE}")
    counts: dict[str, int] = {}
    for row in re.findall(r"<table:table-row[^>]*>(.*?)</table:table-row>", sheet.group(0), re.S):
        cells = re.findall(r"<text:p>(.*?)</text:p>", row)
        if len(cells) >= 2 and cells[1].isdigit():
            counts[cells[0]] = counts.get(cells[0], 0) + int(cells[1])
    return counts


def read_names(source: Path) -> dict[str, list[str]]:
    """The romanised names of each mark, in the gender file's order, each once."""
    counts = read_counts(source)
    with (source / GENDER_FILE).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    found: dict[str, list[str]] = {group: [] for group in MARKS.values()}
    for mark, name in rows:
        group = MARKS.get(mark.strip())
        name = name.strip()
        if group is None or not GEORGIAN.fullmatch(name) or counts.get(name, 0) < MIN_BEARERS:
            continue
        latin = romanised(name)
        if latin is not None:
            found[group].append(latin)
    return {group: list(dict.fromkeys(names)) for group, names in found.items()}


def surnames(name: str) -> dict[str, str]:
    """The surnames a given name forms, per pattern; empty if it forms none."""
    stem = name.lower()
    if not STEM_LENGTH[0] <= len(stem) <= STEM_LENGTH[1]:
        return {}
    if stem[-1] not in VOWELS:
        linked = stem + "a"
    elif stem[-1] in "ie":
        linked = stem[:-1] + "i"
    else:
        linked = stem
    formed = {"shvili": typed(linked + "shvili"), "dze": typed(linked + "dze")}
    bare = stem[:-1] if stem[-1] in VOWELS else stem
    if len(bare) >= 3 and bare[-1] not in VOWELS:
        formed["ia"] = typed(bare + "ia")
        formed["ani"] = typed(bare + "iani")
    return formed


def draw_first(
    rng: random.Random, names: dict[str, list[str]], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw ``FIRST_GROUPS[g]`` usable names per group; ``taken`` grows with them."""
    drawn: list[tuple[str, str]] = []
    for group, count in FIRST_GROUPS.items():
        pool = sorted(n for n in names[group] if usable(n, known | taken))
        if len(pool) < count:
            raise SystemExit(f"only {len(pool)} usable first names in {group}")
        pick = rng.sample(pool, count)
        for name in pick:
            taken |= forms(name)
        drawn += [(n, group) for n in pick]
    return drawn


def draw_last(
    rng: random.Random, boys: list[str], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw ``LAST_GROUPS[g]`` usable surnames per pattern, one per given name."""
    drawn: list[tuple[str, str]] = []
    used: set[str] = set()
    for group, count in LAST_GROUPS.items():
        # Two given names may form one surname (Ivane, Ivani): it is drawn once, for the first.
        pool = sorted(
            {
                formed[group]: name
                for name in sorted(boys, reverse=True)
                if name not in used
                and (formed := surnames(name)).get(group)
                and usable(formed[group], known | taken)
            }.items()
        )
        if len(pool) < count:
            raise SystemExit(f"only {len(pool)} usable surnames in {group}")
        for surname, name in rng.sample(pool, count):
            used.add(name)
            taken |= forms(surname)
            drawn.append((surname, group))
    return drawn


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = set().union(*(forms(n) for n in names)) & known
    if leaked or len({n.lower() for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind36' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the first names of Georgia's voter list (August 2012) with their bearers\n"
        "# and sex, db/spreadsheets/ of JumpStartGeorgia/Georgian-Names at {commit} (MIT;\n"
        "# names read as data, no code run, only drawn names ship), in Latin letters by\n"
        "# Georgia's national system. Surnames formed from its male names with -shvili, -dze,\n"
        "# -ia or -iani. Drawn by benchmarks/data/make_blind36_names.py (seed {seed}) after\n"
        "# dropping every name the guard's lists, the SSA baby names with 20 or more bearers,\n"
        "# any other evaluation set or _guard_corpus.py hold. Second column: the pool drawn\n"
        "# from. Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind36_first_names.tsv", "First names", firsts),
        ("blind36_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    names = read_names(source)
    counts: dict[str, int] = {}
    for group, found in names.items():
        counts[f"read/{group}"] = len(found)
        counts[f"usable/{group}"] = sum(usable(n, known) for n in found)
    for group in LAST_GROUPS:
        formed = {surnames(n).get(group) for n in names["male"]} - {None}
        counts[f"surname/{group}"] = sum(usable(s, known) for s in formed if s)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    names = read_names(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw_first(rng, names, known, taken)
    lasts = draw_last(rng, names["male"], known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
