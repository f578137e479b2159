"""Write the name lists of the guard's 'blind31' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data file read as CSV (no code of it is
    # run, nothing installed): akngs/k-families-data, branch gh-pages at 8f89036
    mkdir -p /tmp/b31src
    git -C <clone of akngs/k-families-data> show 8f89036:persons.csv > /tmp/b31src/persons.csv
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind31_names.py /tmp/b31src /tmp/ssa/raw-data

Run on main at 5e62ed9 (a later change to the guard's lists can change the draw); its output
(blind31_first_names.tsv, blind31_last_names.tsv) is committed.

The set is the thirty-first to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names, @faker-js/faker,
arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language packages and the
PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular Names by Country
dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists, persian-names,
ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig, the Turkish given-name
table of yasinetli/turkce_isimlerden_cinsiyet_belirleme, hungarian-names,
ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the Ukrainian-Names-Database,
albanian-names-dataset and robertostling/chinese-names) are not read. Its names come from a
source no earlier set and no guard list used, Korean names written in Revised Romanization
(people from South Korea, many of them adopted as children, are a group of their own in Sweden):

- ``persons.csv`` of akngs/k-families-data on its branch gh-pages at 8f89036 (the last deploy
  there, of c70a100 on main): 35,265 people with a nationality of a state on the Korean
  peninsula (South Korea, North Korea, Joseon, Goryeo ...) and their direct relatives, as
  Wikidata holds them (its daily query, ``queries/persons.sparql``, takes each person's label in
  Korean, else English), with a sex (``m``, ``f``), birth and death dates and a description.
  Wikidata's data is CC0; the repository is under the ISC licence. Only the columns ``name``
  and ``gender`` are read; no full name is written anywhere, only single given names and
  family names, drawn apart from each other.

A label is read only if it is written in Hangul alone (after a trailing bracketed qualifier
such as "(축구 선수)" is dropped) and its sex is ``m`` or ``f``. Korean names are a family name
and a given name, the family name first: a label of three syllables is read as a one-syllable
family name and a two-syllable given name. Two syllables are a compound family name if they
begin MIN_COMPOUND or more four-syllable labels whose last two syllables are different given
names of three-syllable labels, and at least one three-syllable label (a compound family name
with a one-syllable given name): 2 in the source (a native given name of three syllables
behind a one-syllable family name is not taken for one); their four-syllable labels give
their given names, their three-syllable labels are not read. Other labels (two syllables,
stage names, foreign names) are not read.

Given names are the two-syllable given names of MIN_BEARERS or more people; a name's group is
the sex of LEANING or more of its bearers (``male``, ``female``; the rest, names given to both,
are not read). Family names are the one-syllable family names of MIN_FAMILY or more
three-syllable labels whose given name has MIN_BEARERS or more bearers (group ``single``; 122
spellings, so a stage name's first syllable is not taken for one) and the compound family
names (group ``compound``).

Names are written in the Revised Romanization of Korean (2000), as its rules for personal names
write them: each syllable romanized on its own, with no sound change across syllables
(``romanized``); one capital. After the draw one given name in three (HYPHEN; 108 of 300) is
typed with a hyphen between its syllables, the second in lower case, as the rules allow and as
many Koreans write their names abroad.

A name is drawn only if, in lower case, it is unknown with and without its hyphen: every name
is dropped that is an entry of any file in src/iub/privacy/data, a US SSA baby name with 20 or
more bearers, a name of the sets listed in EARLIER_SETS (blind30's included) or a word of
benchmarks/_guard_corpus.py outside this set's templates (OWN_TEMPLATES); names shorter than
three letters are dropped. Korean family names are few and short: of the 124 only 39 are
usable (37 single, 2 compound; the common ones are barred or of one or two letters), far fewer
than LAST_COUNT, so all are drawn, in a shuffled order with a fixed seed; rare ones are thus
far more frequent in the set than among people. 150 given names are drawn per group, each
usable name of the group as likely as any other; no family name is typed like a drawn given
name.
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

HERE = Path(__file__).resolve().parent
SEED = 20270104
# The file's commit (branch gh-pages); the file read is ``persons.csv`` in the source folder.
SOURCE_COMMIT = "8f89036"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and this set's own templates, whose words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 31)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind31\".*?(?=\nTEMPLATE_SETS = )"
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_COUNT = 250
MIN_BEARERS = 2
MIN_FAMILY = 2
MIN_COMPOUND = 2
LEANING = 2 / 3
HYPHEN = 1 / 3
SEXES = {"m": "male", "f": "female"}
HANGUL = re.compile(r"[\uac00-\ud7a3]+")
QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")

# The Revised Romanization's letters: initial consonants, vowels and final consonants, in the
# order of Unicode's Hangul syllables (19 x 21 x 28). Finals are written as the rules write a
# syllable's last sound before a pause (ㄱ ㄲ ㅋ k, ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ t, ㅂ ㅍ p, ㄹ l).
INITIALS = tuple(re.findall(r"\S+", "g kk n d tt r m b pp s ss - j jj ch k t p h"))
VOWELS = tuple(re.findall(r"\S+", "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i"))
FINALS = ("", *re.findall(r"\S+", "k k k n n n t l k m l l l p l m p p t t ng t t k t p t"))


def romanized(hangul: str) -> str:
    """Hangul syllables in Revised Romanization, each syllable on its own, in lower case."""
    out = []
    for char in hangul:
        index = ord(char) - 0xAC00
        if not 0 <= index < 19 * 21 * 28:
            raise ValueError(f"not a Hangul syllable: {char!r}")
        initial = INITIALS[index // (21 * 28)]
        out.append(
            ("" if initial == "-" else initial) + VOWELS[index // 28 % 21] + FINALS[index % 28]
        )
    return "".join(out)


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


def read_labels(source: Path) -> list[tuple[str, str]]:
    """Every Hangul-only label with its sex (``male`` or ``female``)."""
    labels: list[tuple[str, str]] = []
    with (source / "persons.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            sex = SEXES.get(row["gender"].strip())
            label = QUALIFIER.sub("", row["name"].strip())
            if sex and HANGUL.fullmatch(label):
                labels.append((label, sex))
    if not labels:
        raise SystemExit(f"no labels read from {source / 'persons.csv'}")
    return labels


def split_names(
    labels: list[tuple[str, str]],
) -> tuple[dict[str, Counter[str]], Counter[str], set[str]]:
    """Given names with their bearers per sex, one-syllable family names' bearers, compounds."""
    attested = {label[1:] for label, _ in labels if len(label) == 3}
    heads = {label[:2] for label, _ in labels if len(label) == 3}
    rests: dict[str, set[str]] = {}
    for label, _ in labels:
        if len(label) == 4 and label[2:] in attested:
            rests.setdefault(label[:2], set()).add(label[2:])
    compounds = {p for p, rest in rests.items() if len(rest) >= MIN_COMPOUND and p in heads}
    given: dict[str, Counter[str]] = {}
    for label, sex in labels:
        if len(label) == 3 and label[:2] not in compounds:
            given.setdefault(label[1:], Counter())[sex] += 1
        elif len(label) == 4 and label[:2] in compounds:
            given.setdefault(label[2:], Counter())[sex] += 1
    family: Counter[str] = Counter()
    for label, _ in labels:
        short = len(label) == 3 and label[:2] not in compounds
        if short and sum(given[label[1:]].values()) >= MIN_BEARERS:
            family[label[0]] += 1
    return given, family, compounds


def pools(
    labels: list[tuple[str, str]],
) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """Per group the given names (typed: Hangul), and the family names (typed: group)."""
    given, family, compounds = split_names(labels)
    firsts: dict[str, dict[str, str]] = {group: {} for group in FIRST_GROUPS}
    for hangul, sexes in sorted(given.items()):
        bearers = sum(sexes.values())
        if bearers < MIN_BEARERS:
            continue
        for group in FIRST_GROUPS:
            if sexes[group] >= LEANING * bearers:
                firsts[group].setdefault(typed(romanized(hangul)), hangul)
    lasts: dict[str, str] = {}
    for hangul, bearers in sorted(family.items()):
        if bearers >= MIN_FAMILY:
            lasts.setdefault(typed(romanized(hangul)), "single")
    for hangul in sorted(compounds):
        lasts.setdefault(typed(romanized(hangul)), "compound")
    return firsts, lasts


def draw_first(
    rng: random.Random,
    firsts: dict[str, dict[str, str]],
    known: set[str],
    taken: set[str],
    splits: dict[str, tuple[str, str]],
) -> list[tuple[str, str]]:
    """Draw ``FIRST_GROUPS[g]`` usable given names per group.

    ``taken`` grows with them, ``splits`` records each name's two syllables.
    """
    drawn: list[tuple[str, str]] = []
    for group, count in FIRST_GROUPS.items():
        order = sorted(firsts[group])
        rng.shuffle(order)
        pick: list[str] = []
        for name in order:
            hangul = firsts[group][name]
            first, second = romanized(hangul[0]), romanized(hangul[1])
            if usable(name, known | taken) and usable(f"{first}-{second}", known | taken):
                pick.append(name)
                taken |= forms(name) | forms(f"{first}-{second}")
                splits[name] = (typed(first), second)
            if len(pick) == count:
                break
        if len(pick) < count:
            raise SystemExit(f"only {len(pick)} usable given names in {group}")
        drawn += [(n, group) for n in pick]
    return drawn


def draw_last(
    rng: random.Random, lasts: dict[str, str], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw up to ``LAST_COUNT`` usable family names (all of them if fewer pass)."""
    order = sorted(n for n in lasts if usable(n, known | taken))
    rng.shuffle(order)
    pick = order[:LAST_COUNT]
    for name in pick:
        taken |= forms(name)
    return [(n, lasts[n]) for n in pick]


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
        "# {what} for the guard's 'blind31' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: persons.csv of akngs/k-families-data, branch gh-pages at {commit}\n"
        "# (Wikidata's labels of people of the Korean peninsula, CC0; repository ISC; read as\n"
        "# data, no code run, only single given and family names drawn apart ship). Revised\n"
        "# Romanization, each syllable on its own; given names of two syllables, one word or\n"
        "# hyphenated. Drawn by benchmarks/data/make_blind31_names.py (seed {seed}) after\n"
        "# dropping every name the guard's lists, the SSA baby names with 20 or more bearers,\n"
        "# any other evaluation set or _guard_corpus.py hold. Second column: the pool drawn\n"
        "# from. Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind31_first_names.tsv", "First names", firsts),
        ("blind31_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """The pools' sizes before the draw, and how many of each are usable."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    firsts, lasts = pools(read_labels(source))
    counts: dict[str, int] = {}
    for group, names in firsts.items():
        counts[f"given/{group}"] = len(names)
        counts[f"given/{group}/usable"] = sum(usable(n, known) for n in names)
    for group in ("single", "compound"):
        names = [n for n, g in lasts.items() if g == group]
        counts[f"family/{group}"] = len(names)
        counts[f"family/{group}/usable"] = sum(usable(n, known) for n in names)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    firsts, lasts = pools(read_labels(source))
    rng = random.Random(SEED)
    taken: set[str] = set()
    splits: dict[str, tuple[str, str]] = {}
    drawn_firsts = draw_first(rng, firsts, known, taken, splits)
    drawn_lasts = draw_last(rng, lasts, known, taken)
    if len(drawn_lasts) < 30:
        raise SystemExit(f"only {len(drawn_lasts)} usable family names")
    write_lists(as_typed(rng, drawn_firsts, splits), drawn_lasts, known)
    print(f"{len(drawn_firsts)} first names, {len(drawn_lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
