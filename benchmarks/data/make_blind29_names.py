"""Write the name lists of the guard's 'blind29' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's two data files read as JSON (no code of
    # it is run, nothing installed): ndricimrr/albanian-names-dataset at 983e2f3
    mkdir -p /tmp/b29src/al
    for f in male female; do
        git -C <clone of ndricimrr/albanian-names-dataset> show 983e2f3:$f.json \
            > /tmp/b29src/al/$f.json
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind29_names.py /tmp/b29src /tmp/ssa/raw-data

Run on main at c6d9de7 (a later change to the guard's lists can change the draw); its output
(blind29_first_names.tsv, blind29_last_names.tsv) is committed.

The set is the twenty-ninth to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists,
persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig, the
Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme, hungarian-names,
ivkeapp/serbian-dictionary-api, icelandic-names and onexcz/czech-names) are not read. Its names
come from a source no earlier set and no guard list used, Albanian given names (Albanians from
Kosovo, Albania and North Macedonia are a sizeable group in Sweden):

- the two data files of ndricimrr/albanian-names-dataset at 983e2f3 (its last commit; the
  files last changed in 1c8bc88), a curated list of Albanian given names published as an npm
  package: ``male.json`` (1,666 names) and ``female.json`` (1,359 names), each a JSON list of
  names with one capital, with the Albanian ë and ç. The repository is MIT-licensed (its
  LICENSE file, its package.json and its README say so); names are facts, read as data (the
  files are parsed as JSON, its ``index.js`` and scripts are neither read nor run), and
  nothing is shipped but the drawn names. Its ``all_names.json`` (the two merged) is not read.

A first name's group is its file (male, female), not its bearer's origin; nine names are in
both files, and a name is drawn at most once. Only one-word names of the Albanian alphabet's
letters are read (a to z with ç and ë).

The source has no surnames. Surnames are formed as Albanian, and above all Kosovar, surnames
commonly are, from a given name of ``male.json`` (three to nine letters) by the patterns
(PATTERNS) that turn a father's or forefather's name into a family name:

- ``aj``: the Kosovar and northern Albanian clan suffix: the name without a final a, e, ë, o or
  u, with -aj (a name ending in i keeps it: -iaj);
- ``ku``: a name ending in a or ë with -aku (ë typed a), and a name ending in k with the
  definite article -u;
- ``i``: the definite form: a name ending in a consonant with -i, or -u after k, g and h;
- ``ani-iu``: a name ending in a or ë with -ani instead of the vowel, and a name ending in i
  with the article -u (-iu).

Albanian surnames do not change with their bearer's sex; the groups of the surname list are
these patterns (ku 20, ani-iu 55, i 85, aj 90, drawn in that order, the smallest pool
first). A surname that is itself a given name of the
source is not formed. A given name gives at most one drawn surname, and no drawn surname's
given name is drawn as a first name.

Names are typed with one capital. Staff in Sweden write Albanian names both with and without
ë and ç: after the draw a name with ë or ç keeps them with a chance of one in two
(KEEP_DIACRITICS), otherwise ë is typed e and ç c. A name is drawn only if, in lower case, it
is unknown with its diacritics and without them: every name is dropped that is an entry of any
file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets
listed in EARLIER_SETS (blind27's included) or a word of benchmarks/_guard_corpus.py outside
this set's templates; names shorter than three letters are dropped, and a fixed number is then
drawn per group with a fixed seed. The source spells few names with ë or ç, so in each group
the usable names with one of them are taken first (in shuffled order) and the rest after, so
that the set holds both forms. The blind28 set was written at the same time on another
branch; its lists were not there to bar and are not read, and its templates, like this set's
own, are left out of the module's words (OWN_TEMPLATES), so that the draw stays the same once
both are merged.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20270102
# The files' commit; the files read are ``al/male.json`` and ``al/female.json`` in the source
# folder.
SOURCE_COMMIT = "983e2f3"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and this set's own templates, whose words were not there either (nor
# blind28's, written at the same time; whichever of the two comes first in the module, the
# match runs from it to the end of the sets).
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
    "blind22_",
    "blind23_",
    "blind24_",
    "blind25_",
    "blind26_",
    "blind27_",
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind2[89]\".*?(?=\nTEMPLATE_SETS = )"
# First names drawn per group (300 in all), surnames per pattern (250), the smallest pool first.
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"ku": 20, "ani-iu": 55, "i": 85, "aj": 90}
FILES = {"male": "male.json", "female": "female.json"}
KEEP_DIACRITICS = 1 / 2
ALBANIAN = re.compile(r"[a-zçë]+")
MARKS = frozenset("çë")
VOWELS = frozenset("aeiouyë")


def typed(name: str) -> str:
    """A name with one capital, as typed."""
    name = name.strip().lower()
    return name[:1].upper() + name[1:]


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed: with ë and ç and without them."""
    return {name.lower(), folded(name)}


def marked(name: str) -> bool:
    """True if a name is spelt with ë or ç."""
    return bool(MARKS & set(name.lower()))


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: one word of Albanian letters, three or more, unknown."""
    if len(name) < 3 or ALBANIAN.fullmatch(name.lower()) is None:
        return False
    return not forms(name) & barred


def patterns(given: str) -> dict[str, str]:
    """The surnames formed from one given name, per pattern (PATTERNS in the docstring)."""
    word = given.lower()
    last = word[-1]
    out: dict[str, str] = {}
    # aj: the final a, e, ë, o or u dropped (a final i kept), with -aj.
    stem = word[:-1] if last in "aeëou" else word
    if len(stem) >= 2 and stem[-1] not in "aeëouy":
        out["aj"] = stem + "aj"
    elif last == "i":
        out["aj"] = word + "aj"
    # ku: -aku after a final a or ë, the article -u after a final k.
    if last in "aë" and word[-2] not in VOWELS:
        out["ku"] = word[:-1] + "aku"
    elif last == "k":
        out["ku"] = word + "u"
    # i: the definite form of a name ending in a consonant (-u after k, g and h).
    if last not in VOWELS and last != "k":
        out["i"] = word + ("u" if last in "gh" else "i")
    # ani-iu: -ani for a final a or ë, the article -u after a final i.
    if last in "aë" and word[-2] not in VOWELS:
        out["ani-iu"] = word[:-1] + "ani"
    elif last == "i" and word[-2] not in VOWELS:
        out["ani-iu"] = word + "u"
    return {group: typed(name) for group, name in out.items()}


def read(source: Path, group: str) -> set[str]:
    """The names of one file of the source, with one capital."""
    path = source / "al" / FILES[group]
    names = {typed(str(n)) for n in json.loads(path.read_text(encoding="utf-8")) if str(n).strip()}
    if not names:
        raise SystemExit(f"no names read from {path}")
    return names


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, dict[str, str]]]:
    """The first-name pools per file, and per male name the surnames formed from it."""
    first = {g: read(source, g) for g in FIRST_GROUPS}
    given = set().union(*(forms(n) for names in first.values() for n in names))
    formed: dict[str, dict[str, str]] = {}
    for name in sorted(first["male"]):
        if 3 <= len(name) <= 9 and ALBANIAN.fullmatch(name.lower()):
            made = {g: s for g, s in patterns(name).items() if not forms(s) & given}
            if made:
                formed[name] = made
    return first, formed


def draw_first(
    rng: random.Random, pool: dict[str, set[str]], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw ``FIRST_GROUPS[g]`` usable names per file; ``taken`` grows with them.

    Names are taken in a shuffled order, skipping one that is typed like a name already taken
    (two spellings of one name, or a name in both files), so no two drawn names fold alike.
    """
    drawn: list[tuple[str, str]] = []
    for group, count in FIRST_GROUPS.items():
        order = sorted(n for n in pool[group] if usable(n, known | taken))
        rng.shuffle(order)
        order.sort(key=lambda n: not marked(n))
        pick: list[str] = []
        for name in order:
            if len(pick) < count and not forms(name) & taken:
                pick.append(name)
                taken |= forms(name)
        if len(pick) < count:
            raise SystemExit(f"only {len(pick)} usable first names in {group}")
        drawn += [(n, group) for n in pick]
    return drawn


def draw_last(
    rng: random.Random,
    formed: dict[str, dict[str, str]],
    firsts: list[tuple[str, str]],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw the surnames: per pattern, the form of a shuffled given name, at most once each."""
    drawn_first = {folded(n) for n, _ in firsts}
    givens = [g for g in formed if folded(g) not in drawn_first]
    rng.shuffle(givens)
    used: set[str] = set()
    drawn: list[tuple[str, str]] = []
    for group, count in LAST_GROUPS.items():
        pick: list[str] = []
        for given in sorted(givens, key=lambda g: not marked(formed[g].get(group, ""))):
            if len(pick) == count:
                break
            name = formed[given].get(group)
            if given in used or name is None or not usable(name, known | taken):
                continue
            pick.append(name)
            used.add(given)
            taken |= forms(name)
        if len(pick) < count:
            raise SystemExit(f"only {len(pick)} usable surnames in {group}")
        drawn += [(n, group) for n in pick]
    return drawn


def as_typed(rng: random.Random, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each drawn name as one writer types it: with ë and ç, or with e and c."""
    out: list[tuple[str, str]] = []
    for name, group in rows:
        if marked(name) and rng.random() >= KEEP_DIACRITICS:
            name = typed(folded(name))
        out.append((name, group))
    return out


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = set().union(*(forms(n) for n in names)) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind29' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: male.json and female.json of ndricimrr/albanian-names-dataset at {commit},\n"
        "# Albanian given names (MIT; names read as data, no code run). Surnames formed from\n"
        "# its male names by Albanian and Kosovar surname patterns (-aj, -aku/-ku, -i/-u,\n"
        "# -ani/-iu). Typed as staff in Sweden type, with or without ë and ç; drawn by\n"
        "# benchmarks/data/make_blind29_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from. Nobody tunes on this\n"
        "# file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind29_first_names.tsv", "First names", firsts),
        ("blind29_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Usable names per group before the draw (to size FIRST/LAST_GROUPS)."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first, formed = pools(source)
    counts = {f"first/{g}": sum(usable(n, known) for n in first[g]) for g in FIRST_GROUPS}
    counts["first/either"] = len({folded(n) for g in first for n in first[g] if usable(n, known)})
    for group in LAST_GROUPS:
        counts[f"last/{group}"] = sum(
            usable(f[group], known) for f in formed.values() if group in f
        )
    counts["last/any"] = sum(any(usable(s, known) for s in f.values()) for f in formed.values())
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first_pool, formed = pools(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw_first(rng, first_pool, known, taken)
    lasts = draw_last(rng, formed, firsts, known, taken)
    write_lists(as_typed(rng, firsts), as_typed(rng, lasts), known)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
