"""Write the name lists of the guard's 'blind34' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data file read as text (no code of it
    # is run, nothing installed): shantdashjian/armenian-names at ea4e527
    mkdir -p /tmp/b34src
    git -C <clone of shantdashjian/armenian-names> show ea4e527:data.js > /tmp/b34src/data.js
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind34_names.py /tmp/b34src /tmp/ssa/raw-data

Run on main at 5e62ed9 (a later change to the guard's lists can change the draw); its output
(blind34_first_names.tsv, blind34_last_names.tsv) is committed.

The set is the thirty-fourth to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's
lists, persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig,
the Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme,
hungarian-names, ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the
Ukrainian-Names-Database, albanian-names-dataset and robertostling/chinese-names) are not
read. Its names come from a source no earlier set and no guard list used, Armenian given names
in Latin letters (people from Armenia, and Armenians from Syria, Iran, Iraq and Lebanon, live
in Sweden):

- ``data.js`` of shantdashjian/armenian-names at ea4e527 (the file's only version; the
  repository's last commit, 2594d30, changed its README only), the data of a small npm package
  of Armenian given names: two JavaScript array literals, ``boyNames`` and ``girlNames``,
  of names in the Latin spelling used in the diaspora (Western Armenian: Hagop, Kevork,
  Hasmig), read as text with a regular expression (never run; its ``index.js`` is not read).
  Its README names Wiktionary's appendix of Armenian given names as the source. Its LICENSE
  file is MIT (its package.json says ISC). Names are facts, read as data, and nothing is
  shipped but the drawn names.

Only entries that are one word of the letters a-z with one capital are read (entries with a
comma, space, asterisk or bracket are not). Groups = the array drawn from for first names
(``male`` 150, ``female`` 150; a name in both arrays is drawn at most once), not the bearer's
origin.

The source has no surnames. Armenian surnames are formed from a forefather's given name with
the patronymic suffix -yan (Armenia's own spelling, Hovhannisyan) or -ian (the diaspora's,
Hagopian): surnames are formed from the names of ``boyNames`` (three to nine letters): a name
ending in a consonant takes the suffix whole, a name ending in a or i drops that vowel first,
and then every i or y before it (Anania gives Ananyan and Ananian, Zakariya Zakaryan and
Zakarian); a stem that then ends in a vowel (Saro) takes -yan only, as both spellings write it
(Saroyan); names ending in e, -eh, u or y form none, nor a stem shorter than three letters.
Armenian surnames do not change with their bearer's sex; the groups of the surname list are
the two spellings (``yan`` 125, ``ian`` 125), each given name forming at most one drawn
surname. A surname may come from a given name drawn as a first name or barred as one (the
guard knowing "Aram" does not make "Aramyan" known).

Names are typed with one capital, as the source spells them. A name is drawn only if, in
lower case, it is unknown: every name is dropped that is an entry of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS (blind30's included) or a word of benchmarks/_guard_corpus.py outside the
templates of the sets written at the same time (OWN_TEMPLATES); names shorter than three
letters are dropped, and a fixed number is then drawn per group with a fixed seed. The
blind31, blind32 and blind33 sets were written at the same time on other branches; their lists
were not there to bar and are not read, and their templates, like this set's own, are left
out of the module's words, so that the draw stays the same once all are merged.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20270107
# The file's commit; the file read is ``data.js`` in the source folder.
SOURCE_COMMIT = "ea4e527"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 31)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind3[1-4]\".*?(?=\nTEMPLATE_SETS = )"
ARRAYS = {"male": "boyNames", "female": "girlNames"}
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"yan": 125, "ian": 125}
STEM_LENGTH = (3, 9)
ONE_WORD = re.compile(r"[A-Z][a-z]+")


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


def read_arrays(source: Path) -> dict[str, list[str]]:
    """The one-word names of each array of ``data.js``, in the file's order, each once."""
    text = (source / "data.js").read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    for group, array in ARRAYS.items():
        match = re.search(rf"const {array} = \[(.*?)\]", text, re.S)
        if match is None:
            raise SystemExit(f"no array {array} in {source / 'data.js'}")
        entries = re.findall(r"'([^']*)'", match.group(1))
        names = [e for e in entries if ONE_WORD.fullmatch(e)]
        found[group] = list(dict.fromkeys(names))
    return found


def surnames(name: str) -> dict[str, str]:
    """The surnames a given name forms, per spelling; empty if it forms none."""
    stem = name.lower()
    if not STEM_LENGTH[0] <= len(stem) <= STEM_LENGTH[1] or stem.endswith("eh"):
        return {}
    if stem[-1] in "euy":
        return {}
    if stem[-1] in "ai":
        stem = stem[:-1]
        while stem and stem[-1] in "iy":
            stem = stem[:-1]
    if len(stem) < 3:
        return {}
    if stem[-1] in "aeiou":
        return {"yan": typed(stem + "yan")}
    return {"yan": typed(stem + "yan"), "ian": typed(stem + "ian")}


def draw_first(
    rng: random.Random, arrays: dict[str, list[str]], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw ``FIRST_GROUPS[g]`` usable names per group; ``taken`` grows with them."""
    drawn: list[tuple[str, str]] = []
    for group, count in FIRST_GROUPS.items():
        pool = sorted(n for n in arrays[group] if usable(n, known | taken))
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
    """Draw ``LAST_GROUPS[g]`` usable surnames per spelling, one per given name."""
    drawn: list[tuple[str, str]] = []
    used: set[str] = set()
    for group, count in LAST_GROUPS.items():
        pool = sorted(
            (formed[group], name)
            for name in boys
            if name not in used
            and (formed := surnames(name)).get(group)
            and usable(formed[group], known | taken)
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
        "# {what} for the guard's 'blind34' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: data.js of shantdashjian/armenian-names at {commit} (Armenian given names\n"
        "# in the diaspora's Latin spelling, after Wiktionary's appendix; MIT; names read as\n"
        "# data, no code run, only drawn names ship). Surnames formed from its boys' names with\n"
        "# -yan or -ian. Drawn by benchmarks/data/make_blind34_names.py (seed {seed}) after\n"
        "# dropping every name the guard's lists, the SSA baby names with 20 or more bearers,\n"
        "# any other evaluation set or _guard_corpus.py hold. Second column: the pool drawn\n"
        "# from. Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind34_first_names.tsv", "First names", firsts),
        ("blind34_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    arrays = read_arrays(source)
    counts: dict[str, int] = {}
    for group, names in arrays.items():
        counts[f"read/{group}"] = len(names)
        counts[f"usable/{group}"] = sum(usable(n, known) for n in names)
    for group in LAST_GROUPS:
        formed = {surnames(n).get(group) for n in arrays["male"]} - {None}
        counts[f"surname/{group}"] = sum(usable(s, known) for s in formed if s)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    arrays = read_arrays(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw_first(rng, arrays, known, taken)
    lasts = draw_last(rng, arrays["male"], known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
