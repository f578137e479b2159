"""Write the name lists of the guard's 'blind39' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's two data files read as data (no code of
    # it is run, nothing installed): dsouflis/el-name-tools at 0b7bc99
    mkdir -p /tmp/b39src
    git -C <clone of dsouflis/el-name-tools> show 0b7bc99:maleNames.js > /tmp/b39src/maleNames.js
    git -C <clone of dsouflis/el-name-tools> show 0b7bc99:femaleNames.js \
        > /tmp/b39src/femaleNames.js
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind39_names.py /tmp/b39src /tmp/ssa/raw-data

Run on main at f9d3f63 (a later change to the guard's lists can change the draw); its output
(blind39_first_names.tsv, blind39_last_names.tsv) is committed.

The set is the thirty-ninth to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's
lists, persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig,
the Turkish given-name table of yasinetli/turkce_isimlerden_cinsiyet_belirleme,
hungarian-names, ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the
Ukrainian-Names-Database, albanian-names-dataset, robertostling/chinese-names,
akngs/k-families-data, nozomiyamada/thai_romanization, mdistiakahmed/baby-name,
shantdashjian/armenian-names, shuheilocale/japanese-personal-name-dataset,
JumpStartGeorgia/Georgian-Names, ajalamarvellous/Yoruba-Names, datasets-br/prenomes and
Tremocex/ALL_NAMES_PORTUGAL) are not read. Its names come from a source no earlier set and no
guard list used, a dictionary of Greek given names in Greek script, written in Latin letters
as Greek and Cypriot passports write them (people from Greece and Cyprus live and work in
Sweden, many of them since the 1960s and again since the crisis of 2010):

- ``maleNames.js`` and ``femaleNames.js`` of dsouflis/el-name-tools at 0b7bc99 (its last
  commit, version 2.0.0 of the npm package el-name-tools; the same lists were its
  ``maleNames.json`` and ``femaleNames.json`` since fe2f5e2): each a JSON array (after the
  ``export const ... =`` that opens the file and the ``;`` that closes it, parsed with
  json.loads, no code run) of entries whose ``namestext`` lists the forms of one Greek given
  name in Greek script, the church name first and its everyday and pet forms after it
  (Βασίλειος, Βασίλης), with ``gender`` MALE (652 entries) or FEMALE (608) and the name day;
  its author compiled it to recognise the given names, sex and name days of Greek
  recipients of an e-mail service (the blog post its README links). Its LICENSE.md is MIT
  (© 2019 Dimitrios Souflis). Names are facts, read as data, and nothing is shipped but the
  drawn names.

Every form of every entry is read, if it is one word of Greek letters. Forms are written in
Latin letters as Greek and Cypriot passports write them, by ELOT 743 (``latin``), one capital:
accents dropped, η and ι as i (ει, οι, αι as ei, oi, ai), υ as y, ω as o, ου as ou; αυ, ευ
and ηυ as av, ev and iv before a vowel or a voiced consonant and as af, ef and if otherwise;
β v, γ g (γγ ng, γκ gk, γξ nx, γχ nch), δ d, ζ z, θ th, ξ x, φ f, χ ch, ψ ps, μπ b at the
start or end of a word and mp elsewhere; two forms one spelling are one name. Groups = the
file read for first names (``male`` 150, ``female`` 150), not the bearer's origin.

The source has no surnames. Most Greek surnames are formed from a forefather's given name;
surnames are formed, in Greek script and then written as above, from the male forms of four
letters or more, as the five common patterns form them:

- ``opoulos`` ("son of", the Peloponnese; 60): the ending (-ειος, -ιος, -εας, -ος, -ης, -ας,
  -ις, -ων) and then a final vowel dropped, then -όπουλος (Γεώργιος: Georgopoulos);
- ``idis`` (northern Greece, Asia Minor, the Pontus and Cyprus; 50): the same stem with
  -ίδης, -ιάδης after a name in -ιος (Stavridis, Georgiadis);
- ``akis`` (Crete; 50): the same stem with -άκης (Georgakis);
- ``ou`` (the genitive, common in Cyprus; 50): -ος and -ης as -ου, -εας as -εου
  (Georgiou, Ioannou, Andreou);
- ``atos`` (the Ionian islands; 40): the same stem with -άτος (Georgatos).

A male form with none of those endings (Ζευς, Μίνως) or whose stem is shorter than three
letters forms no surname of the stem's four groups. Each male form forms at most one drawn
surname; a surname may come from a given name drawn as a first name or barred as one. Only the
masculine forms are formed (a woman's surname takes the genitive, -opoulou, -idou, -aki,
-atou; the ``ou`` group is the same for both).

A name is drawn only if, in lower case, it is unknown: every name is dropped that is an entry
or a word of any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a
name of the sets listed in EARLIER_SETS (blind38's included) or a word of
benchmarks/_guard_corpus.py outside the templates of the sets written at the same time
(OWN_TEMPLATES), each with and without diacritics; names shorter than three letters are
dropped, and a fixed number is then drawn per group with a fixed seed. The blind40 to blind44
sets were written at the same time on other branches; their lists were not there to bar and
are not read, and their templates, like this set's own, are left out of the module's words,
so that the draw stays the same once all are merged.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import DATA, known_names

HERE = Path(__file__).resolve().parent
SEED = 20270112
# The repository's commit; the files read are in the source folder.
SOURCE = ("dsouflis/el-name-tools", "0b7bc99", ("maleNames.js", "femaleNames.js"))
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
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"opoulos": 60, "idis": 50, "akis": 50, "ou": 50, "atos": 40}
GREEK_WORD = re.compile(r"[α-ωάέήίόύώϊϋΐΰς]+")
VOWELS = "αεηιουω"
# ELOT 743: letters, and the pairs read before them.
LETTERS = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
    "ϊ": "i",
    "ϋ": "y",
    "ΐ": "i",
    "ΰ": "y",
}
PAIRS = {"ου": "ou", "γγ": "ng", "γκ": "gk", "γξ": "nx", "γχ": "nch"}
VOICELESS = set("θκξπστφχψς")
ENDINGS = ("ειος", "ιος", "εας", "ος", "ης", "ας", "ις", "ων")


def bare(name: str) -> str:
    """A Greek name in lower case without its accents (the diaeresis kept)."""
    decomposed = unicodedata.normalize("NFD", name.strip().lower())
    return unicodedata.normalize("NFC", decomposed.replace("\u0301", ""))


def latin(greek: str) -> str:
    """A Greek word (lower case, no accents) in Latin letters by ELOT 743, one capital."""
    out = []
    i = 0
    while i < len(greek):
        pair = greek[i : i + 2]
        nxt = greek[i + 2 : i + 3]
        if pair in ("αυ", "ευ", "ηυ"):
            out.append(LETTERS[pair[0]] + ("f" if not nxt or nxt in VOICELESS else "v"))
            i += 2
        elif pair == "μπ":
            out.append("b" if i == 0 or i + 2 == len(greek) else "mp")
            i += 2
        elif pair in PAIRS:
            out.append(PAIRS[pair])
            i += 2
        else:
            out.append(LETTERS[greek[i]])
            i += 1
    text = "".join(out)
    return text[:1].upper() + text[1:]


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed: as written and without diacritics."""
    return {name.lower(), folded(name)}


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: three or more letters, unknown."""
    return len(name) >= 3 and not forms(name) & barred


def read_entries(source: Path, file: str) -> list[list[str]]:
    """The forms of each entry of one of the source's files, in Greek, as read."""
    text = (source / file).read_text(encoding="utf-8")
    entries = json.loads(text[text.index("[") : text.rindex("]") + 1])
    return [[f.strip() for f in e["namestext"].split(",")] for e in entries]


def greek_forms(source: Path, file: str) -> list[str]:
    """The distinct one-word forms of a file, bare, in the file's order."""
    found = [bare(f) for entry in read_entries(source, file) for f in entry]
    return list(dict.fromkeys(f for f in found if GREEK_WORD.fullmatch(f)))


def read_first(source: Path) -> dict[str, list[str]]:
    """The given names of each file in Latin letters, in the files' order."""
    pools = {}
    for group, file in zip(FIRST_GROUPS, SOURCE[2], strict=True):
        pools[group] = list(dict.fromkeys(latin(f) for f in greek_forms(source, file)))
    return pools


def surname(name: str, group: str) -> str | None:
    """The surname of ``group`` that the male given name ``name`` (Greek, bare) forms."""
    if group == "ou":
        for end, new in (("ος", "ου"), ("ης", "ου"), ("εας", "εου")):
            if name.endswith(end):
                return name[: -len(end)] + new
        return None
    end = next((e for e in ENDINGS if name.endswith(e)), "")
    if not end:
        return None
    stem = name[: -len(end)]
    if stem[-1:] in VOWELS:
        stem = stem[:-1]
    if len(stem) < 3:
        return None
    if group == "idis":
        return stem + ("ιαδης" if end == "ιος" else "ιδης")
    return stem + {"opoulos": "οπουλος", "akis": "ακης", "atos": "ατος"}[group]


def read_last(source: Path) -> dict[str, list[tuple[str, str]]]:
    """Per group, the surnames (Latin letters) the male forms form, with the form."""
    male = [f for f in greek_forms(source, SOURCE[2][0]) if len(f) >= 4]
    pools: dict[str, list[tuple[str, str]]] = {}
    for group in LAST_GROUPS:
        formed = [(surname(f, group), f) for f in male]
        pairs = [(latin(s), f) for s, f in formed if s]
        pools[group] = list(dict.fromkeys(pairs))
    return pools


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


def draw_last(
    rng: random.Random,
    pools: dict[str, list[tuple[str, str]]],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw the surnames per group, each male form forming at most one."""
    drawn: list[tuple[str, str]] = []
    used: set[str] = set()
    for group, count in LAST_GROUPS.items():
        pairs = sorted(
            {(s, f) for s, f in pools[group] if f not in used and usable(s, known | taken)}
        )
        pool = sorted({s for s, _ in pairs})
        if len(pool) < count:
            raise SystemExit(f"only {len(pool)} usable names in {group}")
        pick = rng.sample(pool, count)
        for name in pick:
            taken |= forms(name)
            used |= {f for s, f in pairs if s == name}
        drawn += [(n, group) for n in pick]
    return drawn


def data_words() -> set[str]:
    """Every word of every file of the guard's data folder, in lower case, also folded."""
    words: set[str] = set()
    for path in sorted(DATA.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            words |= {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    return words | {folded(w) for w in words}


def barred(ssa_dir: Path) -> set[str]:
    """What the set must not draw: ``known_names`` and every word of the guard's files."""
    return known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES) | data_words()


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = set().union(*(forms(n) for n in names)) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind39' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: maleNames.js and femaleNames.js of dsouflis/el-name-tools at {commit}\n"
        "# (Greek given names in Greek script; MIT), written as Greek passports write them\n"
        "# (ELOT 743); surnames formed from its male names by the five common Greek patterns;\n"
        "# names read as data, no code run, only drawn names ship. Drawn by\n"
        "# benchmarks/data/make_blind39_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from. Nobody tunes on this\n"
        "# file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind39_first_names.tsv", "First names", firsts),
        ("blind39_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE[1], seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = barred(ssa_dir)
    counts: dict[str, int] = {}
    for group, names in read_first(source).items():
        counts[f"read/{group}"] = len(names)
        counts[f"usable/{group}"] = sum(usable(n, known) for n in names)
    for group, pairs in read_last(source).items():
        names = {s for s, _ in pairs}
        counts[f"formed/{group}"] = len(names)
        counts[f"usable/{group}"] = sum(usable(n, known) for n in names)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = barred(ssa_dir)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw(rng, read_first(source), FIRST_GROUPS, known, taken)
    lasts = draw_last(rng, read_last(source), known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
