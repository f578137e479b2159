"""Write the name lists of the guard's 'blind32' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data file read as CSV (no code of it is
    # run, nothing installed): nozomiyamada/thai_romanization at 9968ea4
    mkdir -p /tmp/b32src
    git -C <clone of nozomiyamada/thai_romanization> \
        show 9968ea4:data/name_romanization.csv > /tmp/b32src/name_romanization.csv
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind32_names.py /tmp/b32src /tmp/ssa/raw-data

Run on main at 5e62ed9 (a later change to the guard's lists can change the draw); its output
(blind32_first_names.tsv, blind32_last_names.tsv) is committed.

The set is the thirty-second to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names, @faker-js/faker,
arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language packages and the
PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular Names by Country
dataset, faker-cxx, FakerPHP, Ruby's Faker (whose en-TH list of romanised Thai names blind18
drew from), the Random User Generator's lists, persian-names, ArabicNames, the given-name lists
of Berlin, Cologne, Munich and Leipzig, the Turkish given-name table of
yasinetli/turkce_isimlerden_cinsiyet_belirleme, hungarian-names, ivkeapp/serbian-dictionary-api,
icelandic-names, onexcz/czech-names, the Ukrainian-Names-Database, albanian-names-dataset and
robertostling/chinese-names) are not read. Its names come from a source no earlier set and no
guard list used, Thai given names in Latin letters (people from Thailand are a sizeable group
in Sweden):

- ``data/name_romanization.csv`` of nozomiyamada/thai_romanization at 9968ea4 (its last
  commit; the file last changed in ede4764), the data of a study of the romanisation of Thai
  person names: 3,849 rows of 3,808 Thai given names, each with its Thai spelling, its sex
  (``f`` 1,923 rows, ``m`` 1,926), an encoded IPA transcription, ``romanize1``, the name in the
  Royal Thai General System (RTGS), and ``romanize2`` and ``romanize3``, other spellings of it
  in use (as passports and name cards write it: "Pattarapan" beside RTGS "phattharaphan").
  Its README says the names were annotated by hand ("by Prim"); the repository states no
  licence. Names are facts, read as data (the file is parsed as CSV; the repository's code,
  models, word dictionary and scraped name list are neither read nor run), and nothing is
  shipped but the drawn names.

A name's spellings are its three romanisations, in lower case (a Thai name given in two rows,
an ambiguous reading, has the spellings of both); a spelling of fewer than three letters or
with anything but a-z (a hyphen) is not read. Groups = the source's sex for first names
(``male`` 150, ``female`` 150), not the bearer's origin.

The source has no surnames. Surnames are formed as many Thai surnames are, a name-like word
with a word meaning lineage or family: a given name of the source (any sex, none drawn as a
first name; four to eight letters in RTGS, none whose spelling already ends in such a word)
with -wong (วงศ์, "lineage"; RTGS and passports wong; group ``wong`` 70), -sakul (สกุล,
"family"; RTGS sakun, passports sakul; ``sakul`` 60), -kul (กุล, "family"; RTGS kun, passports
kul; ``kul`` 60) or -phan (พันธุ์, "lineage"; RTGS phan, passports pan; ``phan`` 60): the RTGS
spelling of the name with the RTGS word, and each of its other spellings with the passports'
word. One surname per given name.

After the draw a name is typed in its RTGS spelling with a chance of RTGS_SHARE, otherwise in
one of its other spellings (each as likely; RTGS if it has none), with one capital, as staff
in Sweden copy it from a passport or a form. A name is drawn only if every spelling of it is
unknown in lower case: every name is dropped that is an entry of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS (blind30's included; blind31, written at the same time, was not there) or a word
of benchmarks/_guard_corpus.py outside this set's templates (OWN_TEMPLATES), and no spelling of
a drawn name is a spelling of another drawn name. Of the source's 1,904 male and 1,899 female
names with a usable spelling, 1,696 and 1,618 passed the exclusions, and 2,448 given names
formed a usable surname with each word before the draw; 300 and 250 drawn.
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
SEED = 20270105
# The file's commit; the file read is ``name_romanization.csv`` in the source folder.
SOURCE_COMMIT = "9968ea4"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and this set's own templates, whose words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 31)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind32\".*?(?=\nTEMPLATE_SETS = )"
FIRST_GROUPS = {"male": ("m", 150), "female": ("f", 150)}
# Surname groups: the lineage word (RTGS, passports) and how many are drawn (250 in all).
LAST_GROUPS = {
    "wong": (("wong", "wong"), 70),
    "sakul": (("sakun", "sakul"), 60),
    "kul": (("kun", "kul"), 60),
    "phan": (("phan", "pan"), 60),
}
LINEAGE = ("wong", "sakun", "sakul", "kun", "kul", "phan", "pan", "phun", "phong", "pong")
BASE_LETTERS = (4, 8)
RTGS_SHARE = 1 / 4
SPELLING = re.compile(r"[a-z]{3,}")

# One name: its RTGS spelling and its other spellings, in the source's order.
Spellings = tuple[str, tuple[str, ...]]


def typed(name: str) -> str:
    """A name with one capital, as typed."""
    name = name.strip().lower()
    return name[:1].upper() + name[1:]


def forms(spellings: Spellings) -> set[str]:
    """Every spelling of a name in lower case, with and without diacritics."""
    rtgs, others = spellings
    return {f(s) for s in (rtgs, *others) for f in (str.lower, folded)}


def read_source(source: Path) -> dict[str, dict[str, Spellings]]:
    """Per sex (``m``, ``f``) the source's names: Thai spelling -> its Latin spellings."""
    merged: dict[tuple[str, str], list[str]] = {}
    with (source / "name_romanization.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            sex = row["gender"].strip()
            if sex not in ("m", "f"):
                continue
            seen = merged.setdefault((sex, row["name"].strip()), [])
            for column in ("romanize1", "romanize2", "romanize3"):
                spelling = row[column].strip().lower()
                if SPELLING.fullmatch(spelling) and spelling not in seen:
                    seen.append(spelling)
    names: dict[str, dict[str, Spellings]] = {"m": {}, "f": {}}
    for (sex, thai), spellings in merged.items():
        if spellings:
            names[sex][thai] = (spellings[0], tuple(spellings[1:]))
    if not names["m"] or not names["f"]:
        raise SystemExit(f"no names read from {source / 'name_romanization.csv'}")
    return names


def surname(base: Spellings, words: tuple[str, str]) -> Spellings | None:
    """The surname a given name forms with a lineage word; None if it forms none."""
    rtgs, others = base
    low, high = BASE_LETTERS
    if not low <= len(rtgs) <= high or any(s.endswith(LINEAGE) for s in (rtgs, *others)):
        return None
    rtgs_word, passport_word = words
    spelt = [rtgs + rtgs_word]
    spelt += [s + passport_word for s in others if s + passport_word not in spelt]
    return spelt[0], tuple(spelt[1:])


def draw(
    rng: random.Random,
    pool: dict[str, Spellings],
    count: int,
    barred: set[str],
    taken: set[str],
) -> list[tuple[str, Spellings]]:
    """Draw ``count`` names of ``pool`` no spelling of which is barred or taken."""
    order = sorted(pool)
    rng.shuffle(order)
    pick: list[tuple[str, Spellings]] = []
    for thai in order:
        if len(pick) == count:
            break
        spellings = pool[thai]
        if forms(spellings) & (barred | taken):
            continue
        pick.append((thai, spellings))
        taken |= forms(spellings)
    if len(pick) < count:
        raise SystemExit(f"only {len(pick)} usable names, {count} wanted")
    return pick


def as_typed(rng: random.Random, spellings: Spellings) -> str:
    """A drawn name as one writer types it: RTGS, or one of its other spellings."""
    rtgs, others = spellings
    if not others or rng.random() < RTGS_SHARE:
        return typed(rtgs)
    return typed(rng.choice(others))


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = {n.lower() for n in names} & known
    if leaked or len({n.lower() for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind32' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: data/name_romanization.csv of nozomiyamada/thai_romanization at {commit}\n"
        "# (Thai given names with their RTGS and other romanisations; no licence stated;\n"
        "# names read as data, no code run, only drawn names ship). Typed in RTGS or in\n"
        "# another of the source's spellings, one capital; surnames formed from the source's\n"
        "# given names with a Thai word for lineage or family (-wong, -sakul, -kul, -phan).\n"
        "# Drawn by benchmarks/data/make_blind32_names.py (seed {seed}) after dropping every\n"
        "# name the guard's lists, the SSA baby names with 20 or more bearers, any other\n"
        "# evaluation set or _guard_corpus.py hold. Second column: the pool drawn from. Nobody\n"
        "# tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind32_first_names.tsv", "First names", firsts),
        ("blind32_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def surname_pools(
    names: dict[str, dict[str, Spellings]], drawn: set[str]
) -> dict[str, dict[str, Spellings]]:
    """Per surname group, the surnames the source's given names (not ``drawn``) form."""
    pools: dict[str, dict[str, Spellings]] = {}
    for group, (words, _count) in LAST_GROUPS.items():
        pool: dict[str, Spellings] = {}
        for sex in ("m", "f"):
            for thai, spellings in names[sex].items():
                formed = surname(spellings, words)
                if thai not in drawn and formed is not None:
                    pool[thai] = formed
        pools[group] = pool
    return pools


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Usable names per group before the draw."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    names = read_source(source)
    counts = {f"source/{sex}": len(pool) for sex, pool in names.items()}
    for group, (sex, _count) in FIRST_GROUPS.items():
        counts[f"first/{group}"] = sum(not forms(s) & known for s in names[sex].values())
    for group, pool in surname_pools(names, set()).items():
        counts[f"last/{group}"] = sum(not forms(s) & known for s in pool.values())
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    names = read_source(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts: list[tuple[str, str]] = []
    drawn: set[str] = set()
    for group, (sex, count) in FIRST_GROUPS.items():
        for thai, spellings in draw(rng, names[sex], count, known, taken):
            drawn.add(thai)
            firsts.append((as_typed(rng, spellings), group))
    pools = surname_pools(names, drawn)
    lasts: list[tuple[str, str]] = []
    for group, (_words, count) in LAST_GROUPS.items():
        for thai, spellings in draw(rng, pools[group], count, known, taken):
            drawn.add(thai)
            for other in pools.values():
                other.pop(thai, None)
            lasts.append((as_typed(rng, spellings), group))
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
