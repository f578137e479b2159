"""Write the name lists of the guard's 'blind25' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's two data files read as JSON (no code of
    # it is run): ivkeapp/serbian-dictionary-api at 006e072
    mkdir -p /tmp/b25src/sda
    for f in vocative surnames; do
        git -C <clone of ivkeapp/serbian-dictionary-api> show \
            006e072:public/resources/$f.json > /tmp/b25src/sda/$f.json
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind25_names.py /tmp/b25src /tmp/ssa/raw-data

Run on main at 04a086e (a later change to the guard's lists can change the draw); its output
(blind25_first_names.tsv, blind25_last_names.tsv) is committed.

The set is the twenty-fifth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists,
persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig and the
Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme) are not read. Its
names come from a source no earlier set and no guard list used, Serbian names, as people from
the former Yugoslavia (one of Sweden's largest immigrant groups) bear them:

- the data files of ivkeapp/serbian-dictionary-api at 006e072 (its last commit; both files
  were added in a383f26 and not changed since), a public API of Serbian words, names and
  surnames: ``public/resources/vocative.json``, 1,808 Serbian given names in Latin script
  with a sex (male, female, or both for two of them, not read) and the vocative form (not
  read); and ``public/resources/surnames.json``, 7,987 Serbian surnames in Cyrillic script,
  by initial letter, written here in Latin letters by the Serbian alphabets' one-to-one
  correspondence (љ lj, њ nj, џ dž, ђ đ, ћ ć ...). Its README thanks ogi-joo/deklinacija.com
  as the source of some of its names; neither is a library of fake data nor any of the
  forbidden sources. The repository's licence file is the GNU GPL v3 (for its code); names
  are facts, read as data (the files are read as JSON, no code of it is run), and nothing but
  the drawn names is shipped.

A first name's group is its sex in the source (male, female), not its bearer's origin; a
surname's group is its ending (-ić, the commonest, or any other), to keep both kinds.

Names are typed with one capital. Staff in Sweden write these names both with and without the
diacritics: after the draw, a name with ć, č, š, ž or đ keeps them with a chance of one in
three (KEEP_DIACRITICS); otherwise ć and č are typed c, š s, ž z and đ dj (d with a chance of
one in four, D_FOR_DJ). A name is drawn only if, in lower case, it is unknown with its
diacritics, without them (đ as d) and with đ as dj: every name is dropped that is an entry of
any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the
sets listed in EARLIER_SETS (blind23's included) or a word of benchmarks/_guard_corpus.py
outside this set's templates; names shorter than three letters or with a space or other sign
are dropped, and a fixed number is then drawn per group with a fixed seed.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names
from make_blind20_names import TYPABLE, typed

HERE = Path(__file__).resolve().parent
SEED = 20261229
# The files' commit; the files read are ``sda/vocative.json`` and ``sda/surnames.json`` in the
# source folder.
SOURCE_COMMIT = "006e072"
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
)
OWN_TEMPLATES = r"(?s)# A twenty-eighth set, \"blind25\".*?(?=\nTEMPLATE_SETS = )"
# First names drawn per group (300 in all), surnames (250).
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"ic": 175, "other": 75}
KEEP_DIACRITICS = 1 / 3
D_FOR_DJ = 1 / 4
# Serbian Cyrillic to Serbian Latin (Gaj's alphabet), letter for letter.
_CYR = "абвгдђежзијклљмнњопрстћуфхцчџш"
_LAT = (
    *("a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj"),
    *("o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"),
)
SERBIAN_LATIN = dict(zip(_CYR, _LAT, strict=True))
PLAIN = str.maketrans({"ć": "c", "č": "c", "š": "s", "ž": "z", "Ć": "C", "Č": "C"} | {"Š": "S"})
PLAIN_Z = str.maketrans({"Ž": "Z"})
SERBIAN_MARKS = frozenset("ćčšžđĆČŠŽĐ")


def latin(name: str) -> str:
    """A Serbian name in Cyrillic written in Latin letters (one capital, as typed)."""
    return typed("".join(SERBIAN_LATIN.get(c, c) for c in name.strip().lower()))


def plain(name: str, dj: str = "dj") -> str:
    """The name as typed without the diacritics: đ as ``dj`` (or ``d``)."""
    text = name.translate(PLAIN).translate(PLAIN_Z)
    text = text.replace("đ", dj).replace("Đ", dj.capitalize())
    return text[:1].upper() + text[1:]


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed: as written, without diacritics, đ as dj."""
    return {name.lower(), folded(name), plain(name).lower(), plain(name, "d").lower()}


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: one word of typable letters, three or more, unknown."""
    if len(name) < 3 or TYPABLE.fullmatch(name) is None:
        return False
    return not forms(name) & barred


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name pools per sex and the two surname pools."""
    given = json.loads((source / "sda" / "vocative.json").read_text(encoding="utf-8"))
    first = {g: {typed(r["name"]) for r in given if r.get("sex") == g} for g in FIRST_GROUPS}
    by_letter = json.loads((source / "sda" / "surnames.json").read_text(encoding="utf-8"))
    surnames = {latin(n) for names in by_letter.values() for n in names}
    last = {
        "ic": {n for n in surnames if n.endswith("ić")},
        "other": {n for n in surnames if not n.endswith("ić")},
    }
    if not all(first.values()) or not all(last.values()):
        raise SystemExit(f"no names read from {source / 'sda'}")
    return first, last


def draw(
    rng: random.Random,
    pool: dict[str, set[str]],
    groups: dict[str, int],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw ``groups[g]`` usable names from each pool, in order; ``taken`` grows with them.

    Names are taken in a shuffled order, skipping one that is typed like a name already taken
    (two spellings of one name in the same pool), so no two drawn names fold to the same word.
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
    """Each drawn name as one writer types it: with its diacritics, or without them."""
    out: list[tuple[str, str]] = []
    for name, group in rows:
        if SERBIAN_MARKS & set(name) and rng.random() >= KEEP_DIACRITICS:
            name = plain(name, "d" if rng.random() < D_FOR_DJ else "dj")
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
        "# {what} for the guard's 'blind25' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: public/resources/vocative.json (given names) and surnames.json (surnames,\n"
        "# Cyrillic, written in Latin letters) of ivkeapp/serbian-dictionary-api at {commit}\n"
        "# (its licence file: GNU GPL v3; names read as data, no code run). Typed as staff in\n"
        "# Sweden type, with or without the diacritics; drawn by\n"
        "# benchmarks/data/make_blind25_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from. Nobody tunes on this\n"
        "# file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind25_first_names.tsv", "First names", firsts),
        ("blind25_last_names.tsv", "Surnames", lasts),
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
