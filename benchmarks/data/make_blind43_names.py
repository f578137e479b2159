"""Write the name lists of the guard's 'blind43' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data files read as text (no code of it
    # is run, nothing installed): tugstugi/mongolian-nlp at 465a9a5
    mkdir -p /tmp/b43src
    git -C <clone of tugstugi/mongolian-nlp> show 465a9a5:datasets/mongolian_personal_names.csv.gz \
        | gunzip > /tmp/b43src/mongolian_personal_names.csv
    git -C <clone of tugstugi/mongolian-nlp> show 465a9a5:datasets/mongolian_clan_names.csv.gz \
        | gunzip > /tmp/b43src/mongolian_clan_names.csv
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind43_names.py /tmp/b43src /tmp/ssa/raw-data

Run on main at f9d3f63 (a later change to the guard's lists can change the draw); its output
(blind43_first_names.tsv, blind43_last_names.tsv) is committed.

The set is the forty-third to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's
lists, persian-names, ArabicNames, the given-name lists of Berlin, Cologne, Munich and Leipzig,
the Turkish given-name tables, hungarian-names, ivkeapp/serbian-dictionary-api,
icelandic-names, onexcz/czech-names, the Ukrainian-Names-Database, albanian-names-dataset,
robertostling/chinese-names, akngs/k-families-data, nozomiyamada/thai_romanization,
mdistiakahmed/baby-name, shantdashjian/armenian-names, japanese-personal-name-dataset,
JumpStartGeorgia/Georgian-Names, Yoruba-Names, datasets-br/prenomes and ALL_NAMES_PORTUGAL)
are not read. Its names come from one source no earlier set and no guard list used, Mongolian
names (people from Mongolia study, work and have settled in Sweden):

- ``datasets/mongolian_personal_names.csv.gz`` of tugstugi/mongolian-nlp at 465a9a5 (the file
  added in 209ec94 and not changed since): 223,271 rows of personal names as Mongolia's
  General Authority for State Registration published them on its open-data site
  (opendata.burtgel.gov.mn), each row the name in Cyrillic, in Mongolian script and in the
  Latin letters of the authority's own romanisation, the one its passports and identity cards
  use (х kh, ц ts, ч ch, ж j, ш sh, е ye, ы y, ө and ү u, a closing яа ya). The file gives no
  sex and no number of bearers.
- ``datasets/mongolian_clan_names.csv.gz`` of the same repository (added in e483317): 90,394
  rows of clan names (ургийн овог, the family names Mongolians registered from 1997 on), laid
  out the same way.

The repository has no licence file and its README states none; it names the registration
authority's open data as the source. Names are facts, read as data, and nothing is shipped
but the drawn names.

Given names: rows whose Latin form is one word of letters, whose Cyrillic form is one word of
Cyrillic letters and that have a Mongolian-script form; of those, only the common compounds
are drawn, as the file gives no count: a name that is two names of the file, each of three
letters or more, joined, the first of them beginning ``ELEMENT_MIN`` or more such compounds
of the file and the second ending as many (Bat- or Altan- and -erdene or -tsetseg are such
elements). This keeps the everyday Mongolian names and drops one-off spellings and most
foreign names. Groups of first names, as the file gives no sex, are by vowel harmony, read
from the Cyrillic: ``front`` (with э, е, ө or ү) and ``back`` (none of them), 150 each.
Surnames: a Mongolian passport's surname is the father's given name (the patronymic,
``patronymic``, 150, drawn from the same compounds, none also drawn as a first name), and
some write their clan name (``clan``, 100): the clan file's one-word rows of four letters or
more with a Mongolian-script form that are also a word of ``CLAN_MIN`` or more of its
many-word rows (Khiad Borjigon, Tsagaan Taij), which drops one-off and misspelt clan names,
and not the word for a clan name itself (ovog, ovogt), which many rows write after the name.

Names are typed with one capital, as a Swedish writer copies them from the passport (the Latin
form of the file). A name is drawn only if, in lower case, it is unknown: every name is
dropped that is an entry of any file in src/iub/privacy/data (every word of a file that is
not a word list too), a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS (blind38's included) or a word of benchmarks/_guard_corpus.py outside the
templates of the sets written at the same time (OWN_TEMPLATES), each with and without
diacritics; names shorter than three letters are dropped, and a fixed number is then drawn
per group with a fixed seed. The blind39 to blind42 and blind44 sets were written at the same
time on other branches; their lists were not there to bar and are not read, and their
templates, like this set's own, are left out of the module's words, so that the draw stays
the same once all are merged.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import DATA, known_names

HERE = Path(__file__).resolve().parent
SEED = 20270116
# The repository's commit; the files read (decompressed) are in the source folder.
SOURCE = ("tugstugi/mongolian-nlp", "465a9a5")
PERSONAL = "mongolian_personal_names.csv"
CLAN = "mongolian_clan_names.csv"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 39)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind(39|4[0-4])\".*?(?=\nTEMPLATE_SETS = )"
# A compound's first part must begin, and its second end, this many compounds of the file.
ELEMENT_MIN = 200
# A clan name must be a word of this many of the clan file's many-word rows.
CLAN_MIN = 10
CLAN_LETTERS = 4
# The word for a clan name itself (ovog, ovogt "having a clan"), written after many clan names.
NOT_CLAN = ("ovog",)
FRONT = set("эеөүЭЕӨҮ")
FIRST_GROUPS = {"back": 150, "front": 150}
LAST_GROUPS = {"patronymic": 150, "clan": 100}
LATIN = re.compile(r"[A-Z][a-z]+")
CYRILLIC = re.compile(r"[А-ЯЁӨҮа-яёөү]+")


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


def rows(source: Path, file: str) -> list[tuple[str, str, str]]:
    """The file's rows: Cyrillic, Mongolian script, Latin."""
    with (source / file).open(encoding="utf-8", newline="") as handle:
        return [(c.strip(), s.strip(), la.strip()) for c, s, la in csv.reader(handle)]


def read_given(source: Path) -> dict[str, list[str]]:
    """The common compound given names, per vowel-harmony group, in the file's order."""
    cyrillic: dict[str, str] = {}
    for cyr, script, latin in rows(source, PERSONAL):
        if script and LATIN.fullmatch(latin) and CYRILLIC.fullmatch(cyr):
            cyrillic.setdefault(latin.lower(), cyr)
    starts: Counter[str] = Counter()
    ends: Counter[str] = Counter()
    for name in cyrillic:
        for i in range(3, len(name) - 2):
            if name[:i] in cyrillic and name[i:] in cyrillic:
                starts[name[:i]] += 1
                ends[name[i:]] += 1
    found: dict[str, list[str]] = {group: [] for group in FIRST_GROUPS}
    for name, cyr in cyrillic.items():
        if any(
            starts[name[:i]] >= ELEMENT_MIN and ends[name[i:]] >= ELEMENT_MIN
            for i in range(3, len(name) - 2)
        ):
            group = "front" if FRONT & set(cyr) else "back"
            found[group].append(typed(name))
    return found


def read_clan(source: Path) -> list[str]:
    """The one-word clan names that are a word of ``CLAN_MIN`` many-word clan names."""
    table = rows(source, CLAN)
    words: Counter[str] = Counter()
    for _cyr, _script, latin in table:
        parts = latin.lower().split()
        if len(parts) > 1:
            words.update(set(parts))
    names = [
        typed(latin)
        for _cyr, script, latin in table
        if script
        and LATIN.fullmatch(latin)
        and len(latin) >= CLAN_LETTERS
        and words[latin.lower()] >= CLAN_MIN
        and not latin.lower().startswith(NOT_CLAN)
    ]
    return list(dict.fromkeys(names))


def other_files() -> set[str]:
    """Every word of the guard's data files that are not ``.txt`` word lists."""
    known: set[str] = set()
    for path in sorted(DATA.iterdir()):
        if path.is_file() and path.suffix != ".txt":
            text = path.read_text(encoding="utf-8")
            known |= {word.lower() for word in re.findall(r"[^\W\d_]+", text)}
    return known | {folded(word) for word in known}


def barred(ssa_dir: Path) -> set[str]:
    """What the set must not draw."""
    return known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES) | other_files()


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
        "# {what} for the guard's 'blind43' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: mongolian_personal_names.csv.gz and mongolian_clan_names.csv.gz of\n"
        "# tugstugi/mongolian-nlp at {commit} (Mongolian personal and clan names from the open\n"
        "# data of Mongolia's General Authority for State Registration, in its romanisation;\n"
        "# no licence file); names read as data, no code run, only drawn names ship. Drawn by\n"
        "# benchmarks/data/make_blind43_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from. Nobody tunes on this\n"
        "# file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows_ in (
        ("blind43_first_names.tsv", "First names", firsts),
        ("blind43_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows_))
        text = header.format(what=what, commit=SOURCE[1], seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def pools(source: Path) -> dict[str, list[str]]:
    """Every group's names before the exclusions."""
    given = read_given(source)
    return {**given, "patronymic": given["back"] + given["front"], "clan": read_clan(source)}


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = barred(ssa_dir)
    counts: dict[str, int] = {}
    for group, names in pools(source).items():
        counts[f"read/{group}"] = len(names)
        counts[f"usable/{group}"] = sum(usable(n, known) for n in names)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = barred(ssa_dir)
    rng = random.Random(SEED)
    taken: set[str] = set()
    pool = pools(source)
    firsts = draw(rng, pool, FIRST_GROUPS, known, taken)
    lasts = draw(rng, pool, LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
