"""Write the name lists of the guard's 'blind26' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data file read as JSON (no code of it
    # is run, nothing installed): snaerth/icelandic-names at 60a7888
    mkdir -p /tmp/b26src/icn
    git -C <clone of snaerth/icelandic-names> show 60a7888:src/data/names.json \
        > /tmp/b26src/icn/names.json
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind26_names.py /tmp/b26src /tmp/ssa/raw-data

Run on main at 3400ed7 (a later change to the guard's lists can change the draw); its output
(blind26_first_names.tsv, blind26_last_names.tsv) is committed.

The set is the twenty-sixth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists,
persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig, the
Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme, hungarian-names and
serbian-dictionary-api) are not read. Its names come from a source no earlier set and no guard
list used, Iceland's approved given names:

- ``src/data/names.json`` of snaerth/icelandic-names at 60a7888 (its last commit, which last
  changed the file), the data of a small REST service of Icelandic names scraped from the
  Icelandic naming committee's register of approved names: a JSON object whose ``boys`` (1,935
  names) and ``girls`` (2,318) each hold a ``list`` of entries with a ``name`` and, for most,
  ``declesions``, the name's four cases (nominative, accusative, dative, genitive); its
  ``middle`` list (middle names) and the entries' meanings and counts are not read. The
  package's package.json states the ISC licence (no licence file); names are facts, read as
  data (the JSON is parsed, no code of the repository is run), and nothing but the drawn names
  is shipped.

A first name's group is the list it was drawn from (``boys``, ``girls``), not its bearer's
origin. The source has no surnames: surnames are formed as Icelanders' are, a parent's given
name in the genitive with -son or -dóttir: the genitive is the fourth item of the entry's
``declesions`` (Jón's genitive with -sson, Bjarni's Bjarna with -son, a woman's -ar or -u with
-dóttir); a name without a declension list, or whose genitive is its nominative form
(undeclined foreign names), forms none. Surname groups: patronymics from the ``boys`` list with
-son (``son``) and -dóttir (``dottir``), and matronymics from the ``girls`` list with either
(``modir``), fewer, as in Iceland.

Names are typed with one capital. Staff in Sweden write Icelandic names both with and without
their letters: after the draw, a name with á, é, í, ó, ú, ý or æ keeps them with a chance of
KEEP_ACCENTS (ö is on the Swedish keyboard and is always kept), and then ð and þ are typed d
and th with a chance of REPLACE_ETH; otherwise ð is typed d, þ th, æ ae and the acute accents
are dropped. Before the draw every name is dropped that, compared in lower case as written,
with its letters replaced in every way above (and æ as ä, ö as o, all diacritics dropped), is
an entry of any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a
name of the sets listed in EARLIER_SETS (blind25's included) or a word of
benchmarks/_guard_corpus.py outside this set's templates; names shorter than three letters are
dropped, and a fixed number is then drawn per group with a fixed seed.
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
SEED = 20261230
# The file's commit; it is read as ``icn/names.json`` in the source folder.
SOURCE_COMMIT = "60a7888"
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
    "blind22_",
    "blind23_",
    "blind24_",
    "blind25_",
)
OWN_TEMPLATES = r"(?s)# A twenty-ninth set, \"blind26\".*?(?=\n(?:# A |TEMPLATE_SETS = ))"
# First names drawn per group (300 in all), surnames (250).
FIRST_GROUPS = {"boys": 150, "girls": 150}
LAST_GROUPS = {"son": 110, "dottir": 110, "modir": 30}
KEEP_ACCENTS = 0.6
REPLACE_ETH = 0.7
ICELANDIC = re.compile(r"[A-Za-zÁÉÍÓÚÝÞÆÖÐáéíóúýþæöð]+")
ACCENTS = str.maketrans("áéíóúýÁÉÍÓÚÝ", "aeiouyAEIOUY")
ETH = str.maketrans({"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})
ASH = str.maketrans({"æ": "ae", "Æ": "Ae"})
MARKS = frozenset("áéíóúýæðþÁÉÍÓÚÝÆÐÞ")


def capital(name: str) -> str:
    """One capital, the rest lower case."""
    return name[:1].upper() + name[1:].lower()


def plain(name: str) -> str:
    """The name typed without Iceland's letters: ð d, þ th, æ ae, no acute accents (ö kept)."""
    return capital(name.translate(ETH).translate(ASH).translate(ACCENTS))


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed, with and without its letters."""
    low = name.lower()
    eth = low.translate(ETH)
    variants = {low, eth, plain(low).lower(), low.replace("æ", "ä"), eth.replace("æ", "ä")}
    variants |= {v.replace("ö", "o") for v in variants}
    return variants | {folded(v) for v in variants}


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: one word of Icelandic letters, three or more, unknown."""
    if len(name) < 3 or ICELANDIC.fullmatch(name) is None:
        return False
    return not forms(name) & barred


def genitive(entry: dict[str, object]) -> str | None:
    """The genitive of a source entry's name, or None if the source declines it not at all."""
    cases = entry.get("declesions")
    if not isinstance(cases, list) or len(cases) != 4:
        return None
    name, gen = str(entry["name"]), str(cases[3]).strip()
    if not gen or gen.lower() == name.lower() or ICELANDIC.fullmatch(gen) is None:
        return None
    return gen


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name pools per list and the three surname pools."""
    data = json.loads((source / "icn" / "names.json").read_text(encoding="utf-8"))
    lists = {g: data[g]["list"] for g in FIRST_GROUPS}
    first = {g: {capital(str(e["name"]).strip()) for e in lists[g]} for g in FIRST_GROUPS}
    fathers = [g for e in lists["boys"] if (g := genitive(e))]
    mothers = [g for e in lists["girls"] if (g := genitive(e))]
    last = {
        "son": {capital(f + "son") for f in fathers},
        "dottir": {capital(f + "dóttir") for f in fathers},
        "modir": {capital(m + end) for m in mothers for end in ("son", "dóttir")},
    }
    if not all(first.values()) or not all(last.values()):
        raise SystemExit(f"no names read from {source / 'icn'}")
    return first, last


def draw(
    rng: random.Random,
    pool: dict[str, set[str]],
    groups: dict[str, int],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw ``groups[g]`` usable names from each pool, in order; ``taken`` grows with them.

    Names are taken in a shuffled order, skipping one that is typed like a name already taken,
    so no two drawn names fold to the same word.
    """
    drawn: list[tuple[str, str]] = []
    for group, count in groups.items():
        order = sorted(n for n in pool[group] if usable(n, known | taken))
        rng.shuffle(order)
        pick: list[str] = []
        for name in order:
            if len(pick) < count and not forms(name) & taken:
                pick.append(name)
                taken |= forms(name)
        if len(pick) < count:
            raise SystemExit(f"only {len(pick)} usable names in pool {group}")
        drawn += [(n, group) for n in pick]
    return drawn


def as_typed(rng: random.Random, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each drawn name as one writer types it: with Iceland's letters, some, or none."""
    out: list[tuple[str, str]] = []
    for name, group in rows:
        if MARKS & set(name):
            if rng.random() < KEEP_ACCENTS:
                if rng.random() < REPLACE_ETH:
                    name = name.translate(ETH)
            else:
                name = plain(name)
        out.append((name, group))
    return out


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = set().union(*(forms(n) for n in names)) & known
    if leaked or len({plain(n).lower() for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind26' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: src/data/names.json of snaerth/icelandic-names at {commit} (Iceland's\n"
        "# approved given names, boys and girls; ISC per its package.json; read as data, no\n"
        "# code run). Surnames: a given name's genitive + -son / -dóttir. Typed as staff in\n"
        "# Sweden type, with or without Iceland's letters; drawn by\n"
        "# benchmarks/data/make_blind26_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from. Nobody tunes on this\n"
        "# file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind26_first_names.tsv", "First names", firsts),
        ("blind26_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Usable names per group before the draw (to size FIRST/LAST_GROUPS)."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first, last = pools(source)
    both = first | last
    return {g: sum(usable(n, known) for n in both[g]) for g in [*FIRST_GROUPS, *LAST_GROUPS]}


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first_pool, last_pool = pools(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw(rng, first_pool, FIRST_GROUPS, known, taken)
    lasts = draw(rng, last_pool, LAST_GROUPS, known, taken)
    write_lists(as_typed(rng, firsts), as_typed(rng, lasts), known)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
