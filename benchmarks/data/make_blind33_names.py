"""Write the name lists of the guard's 'blind33' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's four data files read as text (no code
    # of it is run, nothing installed): mdistiakahmed/baby-name at 152d129
    mkdir -p /tmp/b33src
    for f in india/boy/india-boy-names india/girl/india-girl-names \
             india-tamil/boy/india-tamil-boy-names india-tamil/girl/india-tamil-girl-names; do
        git -C <clone of mdistiakahmed/baby-name> \
            show 152d129:data/country/$f.ts > /tmp/b33src/$(basename $f).ts
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind33_names.py /tmp/b33src /tmp/ssa/raw-data

Run on main at 5e62ed9 (a later change to the guard's lists can change the draw); its output
(blind33_first_names.tsv, blind33_last_names.tsv) is committed.

The set is the thirty-third to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names, @faker-js/faker,
arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language packages and the
PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular Names by Country
dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists, persian-names,
ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig, the Turkish given-name
table of yasinetli/turkce_isimlerden_cinsiyet_belirleme, hungarian-names,
ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the Ukrainian-Names-Database,
albanian-names-dataset and robertostling/chinese-names) are not read. Its names come from a
source no earlier set and no guard list used, Indian and Tamil given names in Latin letters
(people from India, with Tamils from India and Sri Lanka among them, are a sizeable and growing
group in Sweden):

- the four Indian data files of mdistiakahmed/baby-name at 152d129 (its last commit; the
  files added July and August 2024, last changed in 9aa481b, 33ccde8 and 697145e, August
  2024), the data of a baby-name web site (a curated list of given names with their meanings,
  no person's record):
  ``data/country/india/boy/india-boy-names.ts`` (2,539 entries) and ``.../girl/
  india-girl-names.ts`` (1,920), Indian given names of many languages (Hindi and Sanskrit,
  Bengali, Marathi, Gujarati, Punjabi, Telugu, Kannada, Malayalam and Tamil among them), and
  ``data/country/india-tamil/boy/india-tamil-boy-names.ts`` (2,799) and ``.../girl/
  india-tamil-girl-names.ts`` (1,242), Tamil given names. Each is a TypeScript list of objects
  whose ``name`` field is read as text with a regular expression (the files are neither
  imported nor run; the meanings and notes are not read). The repository states no licence;
  names are facts, read as data, and nothing is shipped but the drawn names. Its
  ``data/religion/hindu`` files are copies of the India files and are not read; its Muslim,
  Christian and US lists are not read. (2,431, 1,824, 2,025 and 819 one-word names read;
  1,714, 1,218, 1,746 and 762 of them usable before the draw.)

Only one-word entries with one capital and the letters a-z (``Name``) of three to MAX_LETTERS
letters are read: entries of two words, joined words with a second capital
("FirstSecond"), entries in lower case (a few of them no name), names with a letter typed
three times in a row (typos) and anything else are not.

Groups = the file drawn from for first names (``india-boy`` 90, ``india-girl`` 90,
``tamil-boy`` 60, ``tamil-girl`` 60; a name in two files is drawn at most once), not the
bearer's origin. The source has no surnames: surnames are formed as those of many Tamil clients
from Sri Lanka and southern India in Sweden are, the father's given name as the family name:
male names of the Tamil boys' file (``tamil-father``, 150) and of the Indian boys' file
(``india-father``, 100), none also drawn as a first name and none that a girls' file holds.

Names are kept as the source spells them, with one capital (the source's spelling is the
English-style one Indian passports use; it has no diacritics to drop). A name is drawn only if,
in lower case, it is unknown: every name is dropped that is an entry of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS (blind30's included; blind31 and blind32, written at the same time, were not
there) or a word of benchmarks/_guard_corpus.py outside this set's templates (OWN_TEMPLATES).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20270106
# The files' commit; the files read are the four ``*.ts`` files in the source folder.
SOURCE_COMMIT = "152d129"
FILES = {
    "india-boy": "india-boy-names.ts",
    "india-girl": "india-girl-names.ts",
    "tamil-boy": "india-tamil-boy-names.ts",
    "tamil-girl": "india-tamil-girl-names.ts",
}
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and this set's own templates, whose words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 31)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind33\".*?(?=\nTEMPLATE_SETS = )"
FIRST_GROUPS = {"india-boy": 90, "india-girl": 90, "tamil-boy": 60, "tamil-girl": 60}
# Surname group: the boys' file its father's given name is drawn from, and how many.
LAST_GROUPS = {"tamil-father": ("tamil-boy", 150), "india-father": ("india-boy", 100)}
MIN_LETTERS = 3
MAX_LETTERS = 13
ENTRY = re.compile(r'^\s*name:\s*"([^"\n]*)"', re.M)
ONE_WORD = re.compile(r"[A-Z][a-z]+")
TRIPLE = re.compile(r"(.)\1\1")


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed (the source has no diacritics)."""
    return {name.lower(), folded(name)}


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: three to MAX_LETTERS letters, unknown."""
    if not MIN_LETTERS <= len(name) <= MAX_LETTERS:
        return False
    return not forms(name) & barred


def read_files(source: Path) -> dict[str, set[str]]:
    """The one-word names (``Name``) of each file, per group."""
    pools: dict[str, set[str]] = {}
    for group, file in FILES.items():
        text = (source / file).read_text(encoding="utf-8")
        entries = [e.strip() for e in ENTRY.findall(text)]
        if not entries:
            raise SystemExit(f"no names read from {source / file}")
        pools[group] = {e for e in entries if ONE_WORD.fullmatch(e) and not TRIPLE.search(e)}
    return pools


def draw_first(
    rng: random.Random, pools: dict[str, set[str]], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw ``FIRST_GROUPS[g]`` usable names per group; ``taken`` grows with them."""
    drawn: list[tuple[str, str]] = []
    for group, count in FIRST_GROUPS.items():
        order = sorted(pools[group])
        rng.shuffle(order)
        pick: list[str] = []
        for name in order:
            if len(pick) == count:
                break
            if usable(name, known | taken):
                pick.append(name)
                taken |= forms(name)
        if len(pick) < count:
            raise SystemExit(f"only {len(pick)} usable first names in {group}")
        drawn += [(n, group) for n in pick]
    return drawn


def draw_last(
    rng: random.Random, pools: dict[str, set[str]], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw the fathers' given names used as surnames, per ``LAST_GROUPS``."""
    female = {f for n in pools["india-girl"] | pools["tamil-girl"] for f in forms(n)}
    drawn: list[tuple[str, str]] = []
    for group, (source, count) in LAST_GROUPS.items():
        order = sorted(pools[source])
        rng.shuffle(order)
        pick: list[str] = []
        for name in order:
            if len(pick) == count:
                break
            if usable(name, known | taken | female):
                pick.append(name)
                taken |= forms(name)
        if len(pick) < count:
            raise SystemExit(f"only {len(pick)} usable surnames in {group}")
        drawn += [(n, group) for n in pick]
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
        "# {what} for the guard's 'blind33' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the Indian and Tamil given-name files (data/country/india*/) of\n"
        "# mdistiakahmed/baby-name at {commit}, a baby-name web site's curated list (no\n"
        "# licence stated; names read as data, no code run, only drawn names ship). One-word\n"
        "# names as the source spells them; surnames are fathers' given names from its boys'\n"
        "# files. Drawn by benchmarks/data/make_blind33_names.py (seed {seed}) after dropping\n"
        "# every name the guard's lists, the SSA baby names with 20 or more bearers, any other\n"
        "# evaluation set or _guard_corpus.py hold. Second column: the pool drawn from. Nobody\n"
        "# tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind33_first_names.tsv", "First names", firsts),
        ("blind33_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Usable names per file before the draw (not yet checked against each other)."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    pools = read_files(source)
    counts = {f"read/{g}": len(p) for g, p in pools.items()}
    for group, pool in pools.items():
        counts[f"usable/{group}"] = sum(usable(n, known) for n in pool)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    pools = read_files(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw_first(rng, pools, known, taken)
    lasts = draw_last(rng, pools, known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
