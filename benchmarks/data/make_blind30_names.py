"""Write the name lists of the guard's 'blind30' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's two data files read as CSV (no code of
    # it is run, nothing installed): robertostling/chinese-names at e716dd0
    mkdir -p /tmp/b30src
    for f in familyname givenname; do
        git -C <clone of robertostling/chinese-names> \
            show e716dd0:src/chinese_names/data/$f.csv > /tmp/b30src/$f.csv
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind30_names.py /tmp/b30src /tmp/ssa/raw-data

Run on main at 8244a2a (a later change to the guard's lists can change the draw); its output
(blind30_first_names.tsv, blind30_last_names.tsv) is committed.

The set is the thirtieth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names, @faker-js/faker,
arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language packages and the
PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular Names by Country
dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists, persian-names,
ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig, the Turkish given-name
table of yasinetli/turkce_isimlerden_cinsiyet_belirleme, hungarian-names,
ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the Ukrainian-Names-Database
and albanian-names-dataset) are not read. Its names come from a source no earlier set and no
guard list used, Chinese names in pinyin (people from China are a sizeable group in Sweden):

- the two data files of robertostling/chinese-names at e716dd0 (its last commit):
  ``src/chinese_names/data/familyname.csv`` (1,806 family names, single and compound, in
  Chinese characters, with the letter their pinyin begins with and their bearers 1930-2008)
  and ``src/chinese_names/data/givenname.csv`` (2,614 characters used in given names, each with
  its pinyin with a tone number, its male and female bearers and a sex score from -1, female,
  to 1, male). Its data README says the data comes from the ChineseNames R library
  (psychbruce/ChineseNames) under CC BY-NC-SA; the repository's code is GPLv3 (not used).
  Names are facts, read as data (the files are parsed as CSV, its ``names.py`` is neither read
  nor run), and nothing is shipped but the drawn names.

Names are written as staff in Sweden write Chinese names: in pinyin without tone marks (the
tone numbers dropped), one capital. The family-name file has no pinyin: a family name's pinyin
is that of its characters in the given-name file, kept only if every character is there and
the pinyin begins with the family-name file's own initial (so a character read otherwise as a
surname, 曾 as zeng and not ceng, is dropped; 328 family names have a character the given-name
file lacks, 6 a syllable with ü, which is not read (the source types it v), and 21 disagree
with the initial). Family names that share a pinyin are one name (382 in all); a compound
family name (欧阳) is one word.

The source's given names are characters, not whole names. Given names are formed as most
Chinese given names are, of two syllables: two characters of one leaning (group ``male``: a
sex score of 0.4 or more and MIN_BEARERS or more male bearers; ``female``: -0.4 or less and as
many female bearers), each syllable drawn from that group's syllables with a weight of the
square root of its characters' bearers of that sex (common syllables more often, rare ones
still drawn), written as one word ("Xiaoming" is the pattern). A second syllable beginning
with a, e or o (where pinyin writes an apostrophe) is not formed. After the draw one given name
in six (HYPHEN; 55 of 300) is typed with a hyphen between its syllables, the second in lower
case. Which of the two names comes first is the
templates' matter (family name first or last).

A name is drawn only if, in lower case, it is unknown with and without its hyphen: every name
is dropped that is an entry of any file in src/iub/privacy/data, a US SSA baby name with 20 or
more bearers, a name of the sets listed in EARLIER_SETS (blind29's included) or a word of
benchmarks/_guard_corpus.py outside this set's templates (OWN_TEMPLATES); names shorter than
three letters are dropped. Chinese family names are few and short: of the 382 only 123 are
usable (70 single, 53 compound: the common short ones are barred), fewer than LAST_COUNT, so
all are drawn, in a shuffled order with a fixed seed (groups: ``single``, ``compound``, the
source's own mark); compound names are thus far more frequent in the set than among people.
150 given names are drawn per group; no surname is typed like a drawn given name.
"""

from __future__ import annotations

import csv
import math
import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20270103
# The files' commit; the files read are ``familyname.csv`` and ``givenname.csv`` in the source
# folder.
SOURCE_COMMIT = "e716dd0"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and this set's own templates, whose words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 30)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind30\".*?(?=\nTEMPLATE_SETS = )"
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_COUNT = 250
MIN_BEARERS = 20000
LEANING = 0.4
HYPHEN = 1 / 6
SYLLABLE = re.compile(r"[a-z]+")


def typed(name: str) -> str:
    """A name with one capital, as typed."""
    name = name.strip().lower()
    return name[:1].upper() + name[1:]


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed: with its hyphen and without."""
    return {name.lower(), folded(name), name.lower().replace("-", "")}


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: three or more letters, unknown."""
    if len(name.replace("-", "")) < 3:
        return False
    return not forms(name) & barred


def pinyin(raw: str) -> str | None:
    """A syllable's pinyin without its tone number; None for ü (v) or anything not a-z."""
    plain = re.sub(r"\d", "", raw.strip().lower())
    if "v" in plain or SYLLABLE.fullmatch(plain) is None:
        return None
    return plain


def read_given(source: Path) -> tuple[dict[str, str], dict[str, dict[str, int]]]:
    """Every character's pinyin, and per group its characters' syllables with their bearers."""
    reading: dict[str, str] = {}
    syllables: dict[str, dict[str, int]] = {g: {} for g in FIRST_GROUPS}
    with (source / "givenname.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            plain = pinyin(row["pinyin"])
            if plain is None:
                continue
            reading[row["character"]] = plain
            score = float(row["name.gender"])
            for group, sign in (("male", 1), ("female", -1)):
                bearers = int(row[f"n.{group}"])
                if score * sign >= LEANING and bearers >= MIN_BEARERS:
                    syllables[group][plain] = syllables[group].get(plain, 0) + bearers
    if not reading:
        raise SystemExit(f"no characters read from {source / 'givenname.csv'}")
    return reading, syllables


def read_family(source: Path, reading: dict[str, str]) -> dict[str, str]:
    """The family names in pinyin (one capital), each with its group (single or compound)."""
    names: dict[str, str] = {}
    with (source / "familyname.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            chars = row["surname"].strip()
            if not chars or any(c not in reading for c in chars):
                continue
            plain = "".join(reading[c] for c in chars)
            if not plain.startswith(row["initial"].strip().lower()):
                continue
            group = "compound" if row["compound"].strip() == "1" else "single"
            names.setdefault(typed(plain), group)
    return names


def draw_first(
    rng: random.Random,
    syllables: dict[str, dict[str, int]],
    known: set[str],
    taken: set[str],
    splits: dict[str, tuple[str, str]],
) -> list[tuple[str, str]]:
    """Form and draw ``FIRST_GROUPS[g]`` usable two-syllable names per group.

    ``taken`` grows with them, ``splits`` records each name's two syllables.
    """
    drawn: list[tuple[str, str]] = []
    for group, count in FIRST_GROUPS.items():
        pool = sorted(syllables[group])
        weights = [math.sqrt(syllables[group][s]) for s in pool]
        seconds = [s for s in pool if s[0] not in "aeo"]
        second_weights = [math.sqrt(syllables[group][s]) for s in seconds]
        pick: list[str] = []
        tries = 0
        while len(pick) < count:
            tries += 1
            if tries > 200 * count:
                raise SystemExit(f"only {len(pick)} usable first names in {group}")
            first = rng.choices(pool, weights)[0]
            second = rng.choices(seconds, second_weights)[0]
            name = typed(first + second)
            if usable(name, known | taken):
                pick.append(name)
                taken |= forms(name) | forms(f"{first}-{second}")
                splits[name] = (typed(first), second)
        drawn += [(n, group) for n in pick]
    return drawn


def draw_last(
    rng: random.Random, family: dict[str, str], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw up to ``LAST_COUNT`` usable family names (all of them if fewer pass)."""
    order = sorted(n for n in family if usable(n, known | taken))
    rng.shuffle(order)
    pick = order[:LAST_COUNT]
    for name in pick:
        taken |= forms(name)
    return [(n, family[n]) for n in pick]


def as_typed(
    rng: random.Random, rows: list[tuple[str, str]], splits: dict[str, tuple[str, str]]
) -> list[tuple[str, str]]:
    """Each drawn given name as one writer types it: one word, or hyphenated."""
    out: list[tuple[str, str]] = []
    for name, group in rows:
        if rng.random() < HYPHEN:
            name = "-".join(splits[name])
        out.append((name, group))
    return out


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = set().union(*(forms(n) for n in names)) & known
    if leaked or len({n.lower().replace("-", "") for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind30' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: familyname.csv and givenname.csv of robertostling/chinese-names at\n"
        "# {commit} (data from the ChineseNames R library, CC BY-NC-SA; names read as data,\n"
        "# no code run, only drawn names ship). Pinyin without tone marks; given names of\n"
        "# two syllables formed from the source's characters of one sex leaning, one word or\n"
        "# hyphenated; family names' pinyin taken from the given-name file. Drawn by\n"
        "# benchmarks/data/make_blind30_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from. Nobody tunes on this\n"
        "# file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind30_first_names.tsv", "First names", firsts),
        ("blind30_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Usable family names before the draw, and the syllables per group."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    reading, syllables = read_given(source)
    family = read_family(source, reading)
    counts = {f"syllables/{g}": len(s) for g, s in syllables.items()}
    counts["family/pinyin"] = len(family)
    for group in ("single", "compound"):
        counts[f"family/{group}"] = sum(usable(n, known) for n, g in family.items() if g == group)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    reading, syllables = read_given(source)
    family = read_family(source, reading)
    rng = random.Random(SEED)
    taken: set[str] = set()
    splits: dict[str, tuple[str, str]] = {}
    firsts = draw_first(rng, syllables, known, taken, splits)
    lasts = draw_last(rng, family, known, taken)
    if len(lasts) < 60:
        raise SystemExit(f"only {len(lasts)} usable family names")
    write_lists(as_typed(rng, firsts, splits), lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
