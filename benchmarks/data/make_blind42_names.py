"""Write the name lists of the guard's 'blind42' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data files read as text (no code of it
    # is run, nothing installed): masakhane-io/masakhane-ner at ba5843c
    mkdir -p /tmp/b42src
    cd <clone of masakhane-io/masakhane-ner>
    for p in $(git ls-tree -r --name-only ba5843c data MasakhaNER2.0/data \
            | grep -E '/(train|dev|test)\\.txt$' | grep -v '^data/zh/'); do
        mkdir -p /tmp/b42src/$(dirname $p); git show ba5843c:$p > /tmp/b42src/$p
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind42_names.py /tmp/b42src /tmp/ssa/raw-data

Run on main at f9d3f63 (a later change to the guard's lists can change the draw); its output
(blind42_first_names.tsv, blind42_last_names.tsv) is committed.

The set is the forty-second to measure client names typed in Latin script that no list of
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
shantdashjian/armenian-names, japanese-personal-name-dataset, JumpStartGeorgia/Georgian-Names,
ajalamarvellous/Yoruba-Names, datasets-br/prenomes and Tremocex/ALL_NAMES_PORTUGAL) are not
read. Its names come from a source no earlier set and no guard list used, East African names
(people from Kenya and Uganda live, study and work in Sweden):

- the named-entity data of MasakhaNER 1.0 (``data/<lang>/{train,dev,test}.txt``, last
  changed in a6e8f44 and 9745180, March 2021) and MasakhaNER 2.0
  (``MasakhaNER2.0/data/<lang>/{train,dev,test}.txt``, last changed in 4c88685, December
  2022) of masakhane-io/masakhane-ner at ba5843c (its last commit): news sentences in African
  languages, one token and its tag (``B-PER``, ``I-PER``, ``B-LOC``, ``O`` ...) per line,
  annotated by native speakers. Drawn from: the Dholuo (``luo``: Kenyan news, which name
  Kenyans of every people, Luo, Kikuyu, Luhya, Kamba, Kalenjin and others) and Luganda
  (``lug``: Ugandan news) files of both releases. The other languages' files (both releases'
  Amharic, Hausa, Igbo, Kinyarwanda, Nigerian Pidgin, Wolof, Yoruba, Bambara, Ghomala, Ewe,
  Fon, Mossi, Chichewa, chiShona, Setswana, Twi, isiXhosa and isiZulu, and the English
  CoNLL-2003 data the repository ships) are read only to bar names; the Kiswahili files,
  whose news name many people of the world, are not read. The data's licence is CC BY-NC 4.0
  (the repository's LICENSE file and READMEs); the repository's code is neither read nor run.

A person's name in the data is a ``B-PER`` token and the ``I-PER`` tokens after it. Names of
two tokens or more give the pools: the last token is a surname, every other token (given and
middle names) a first name, of the group of the file's language (``luo``, ``luganda``). Only
tokens of one capital and small letters a-z are read (names with an apostrophe, as in
Ng'ang'a, are not). The news name public figures of other countries too: a token that is part
of a person's name in any other language's file is taken for a name of world news, and a
token tagged other than a person's name anywhere in the two languages' files (a word, a title,
a place, an organisation) for no name; neither is read. A token the orthographies of the
region cannot write (``SPELLING``: syllables of consonants and vowels as Kiswahili, Dholuo
and Luganda write them) is taken for a foreign name, and one a single edit (a letter left
out, added, changed or two swapped) from a US SSA baby name with ``TYPO_SSA`` or more bearers
for a misspelling (or a local spelling) of a common English name; neither is read. Some names
of world news (athletes' especially) and misspellings pass these rules. Names are typed with
one capital, as a Swedish writer copies them.

A name is drawn only if, in lower case, it is unknown: every name is dropped that is an entry
of any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the
sets listed in EARLIER_SETS (blind38's included) or a word of benchmarks/_guard_corpus.py
outside the templates of the sets written at the same time (OWN_TEMPLATES), each with and
without diacritics; names shorter than three letters are dropped, and a fixed number is then
drawn per group with a fixed seed. The blind39 to blind41, blind43 and blind44 sets were
written at the same time on other branches; their lists were not there to bar and are not
read, and their templates, like this set's own, are left out of the module's words, so that
the draw stays the same once all are merged.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from make_blind5_names import ssa_names
from make_blind7_names import folded
from make_blind8_names import DATA, known_names

HERE = Path(__file__).resolve().parent
SEED = 20270115
# The repository's commit; the files read are in the source folder, under their own paths.
SOURCE = ("masakhane-io/masakhane-ner", "ba5843c")
RELEASES = ("data", "MasakhaNER2.0/data")
SPLITS = ("train", "dev", "test")
LANGUAGES = {"luo": "luo", "lug": "luganda"}
# Every other language of the two releases (and the English CoNLL-2003 data): their names
# are barred, not drawn. ``data/zh`` is not read.
OTHER_LANGUAGES = (
    "amh",
    "bam",
    "bbj",
    "conll_2003_en",
    "ewe",
    "fon",
    "hau",
    "ibo",
    "kin",
    "mos",
    "nya",
    "pcm",
    "sna",
    "tsn",
    "twi",
    "wol",
    "xho",
    "yor",
    "zul",
)
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
# A token one edit from an SSA name with this many bearers is taken for a misspelling.
TYPO_SSA = 1000
FIRST_GROUPS = {"luo": 110, "luganda": 190}
LAST_GROUPS = {"luo": 120, "luganda": 130}
WORD = re.compile(r"[A-Z][a-z]+")
# A spelling the orthographies of Kiswahili, Dholuo and Luganda can write: syllables of a
# vowel (or vowels) after a consonant, one of their digraphs or clusters (ny, ng, ch, sh, th,
# dh, mb, nd, nj, nz ...), a doubled consonant (Luganda's bb, kk, ss ...) or a syllabic m (Mw,
# Mk, Mny ...), each perhaps with w or y; a syllable may close on m, n, ng, p, t, k, r, l, d,
# ch or th (Dholuo and Kalenjin names). Others are taken for names of world news.
_ONSET = (
    r"m?(?:ng|ny|ch|sh|th|dh|gh|kh|mb|mp|nd|nt|nj|nk|nch|ns|nz|mv|nv"
    r"|bb|dd|gg|jj|kk|mm|nn|pp|ss|tt|zz|[bcdfghjklmnprstvwyz])(?:w|y)?"
)
_CODA = r"(?:ng|ch|th|[mnptkrld])"
SPELLING = re.compile(rf"(?:{_ONSET})?[aeiou]+(?:{_CODA}?{_ONSET}[aeiou]+)*{_CODA}?")


def forms(name: str) -> set[str]:
    """The name in lower case as it may be typed: as written and without diacritics."""
    return {name.lower(), folded(name)}


def usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: three or more letters, unknown."""
    return len(name) >= 3 and not forms(name) & barred


def edits(name: str) -> set[str]:
    """The spellings one edit from ``name``: a letter left out, added, changed or swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    name = name.lower()
    splits = [(name[:i], name[i:]) for i in range(len(name) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out - {name}


def guard_entries() -> set[str]:
    """Every entry of every file of the guard's data folder (loaded, never printed)."""
    known: set[str] = set()
    for path in sorted(p for p in DATA.rglob("*") if p.is_file()):
        lines = path.read_text(encoding="utf-8", errors="ignore").splitlines()
        known |= {line.split("\t")[0].strip().lower() for line in lines if line.strip()}
    return known | {folded(word) for word in known}


def read_tagged(source: Path, language: str) -> tuple[list[list[str]], set[str]]:
    """A language's files in both releases: the persons' names, each a list of tokens, and the
    tokens (in lower case) tagged other than a person's name somewhere (words, places, ...)."""
    names: list[list[str]] = []
    other: set[str] = set()
    for release in RELEASES:
        for split in SPLITS:
            path = source / release / language / f"{split}.txt"
            if not path.exists():
                continue
            current: list[str] = []
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split()
                tag = parts[-1] if len(parts) >= 2 else "O"
                if tag == "B-PER":
                    if current:
                        names.append(current)
                    current = [parts[0]]
                    continue
                if tag == "I-PER" and current:
                    current.append(parts[0])
                    continue
                if current:
                    names.append(current)
                    current = []
                if parts:
                    other.add(parts[0].lower())
            if current:
                names.append(current)
    return names, other


def read_pools(source: Path, ssa_dir: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The first-name and surname pools per language, in sorted order."""
    world: set[str] = set()
    read = {language: read_tagged(source, language) for language in LANGUAGES}
    for language in OTHER_LANGUAGES:
        names, _ = read_tagged(source, language)
        world |= {token.lower() for name in names for token in name}
    for _, words in read.values():
        world |= words
    common = ssa_names(ssa_dir, TYPO_SSA)

    def readable(token: str) -> bool:
        return (
            WORD.fullmatch(token) is not None
            and SPELLING.fullmatch(token.lower()) is not None
            and token.lower() not in world
            and not edits(token) & common
        )

    firsts: dict[str, list[str]] = {}
    lasts: dict[str, list[str]] = {}
    for language, group in LANGUAGES.items():
        names = [n for n in read[language][0] if len(n) >= 2]
        firsts[group] = sorted({t for n in names for t in n[:-1] if readable(t)})
        lasts[group] = sorted({n[-1] for n in names if readable(n[-1])})
    return firsts, lasts


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


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = set().union(*(forms(n) for n in names)) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind42' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the persons' names of the Dholuo (Kenya) and Luganda (Uganda) news of\n"
        "# MasakhaNER 1.0 and 2.0, masakhane-io/masakhane-ner at {commit} (CC BY-NC 4.0);\n"
        "# names read as data, no code run, only drawn names ship. Drawn by\n"
        "# benchmarks/data/make_blind42_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from (the news' language).\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind42_first_names.tsv", "First names", firsts),
        ("blind42_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE[1], seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def barred(ssa_dir: Path) -> set[str]:
    """What the set must not draw (the guard's files, SSA, other sets, the module's words)."""
    return known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES) | guard_entries()


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = barred(ssa_dir)
    firsts, lasts = read_pools(source, ssa_dir)
    counts: dict[str, int] = {}
    for kind, pools in (("first", firsts), ("last", lasts)):
        for group, names in pools.items():
            counts[f"read/{kind}/{group}"] = len(names)
            counts[f"usable/{kind}/{group}"] = sum(usable(n, known) for n in names)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = barred(ssa_dir)
    firsts, lasts = read_pools(source, ssa_dir)
    rng = random.Random(SEED)
    taken: set[str] = set()
    drawn_first = draw(rng, firsts, FIRST_GROUPS, known, taken)
    drawn_last = draw(rng, lasts, LAST_GROUPS, known, taken)
    write_lists(drawn_first, drawn_last, known)
    print(f"{len(drawn_first)} first names, {len(drawn_last)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
