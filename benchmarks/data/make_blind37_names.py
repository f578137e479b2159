"""Write the name lists of the guard's 'blind37' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data file read as CSV (no code of it
    # is run, nothing installed): ajalamarvellous/Yoruba-Names at 3dce371
    mkdir -p /tmp/b37src
    git -C <clone of ajalamarvellous/Yoruba-Names> \
        show 3dce371:data/yoruba_names.csv > /tmp/b37src/yoruba_names.csv
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind37_names.py /tmp/b37src /tmp/ssa/raw-data

Run on main at 9355c3b (a later change to the guard's lists can change the draw); its output
(blind37_first_names.tsv, blind37_last_names.tsv) is committed.

The set is the thirty-seventh to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker (whose en-NG list blind18 read),
the Random User Generator's lists, persian-names, ArabicNames, the given-name lists of Berlin,
Cologne, Munich and Leipzig, the Turkish given-name table of
yasinetli/turkce_isimlerden_cinsiyet_belirleme, hungarian-names,
ivkeapp/serbian-dictionary-api, icelandic-names, onexcz/czech-names, the
Ukrainian-Names-Database, albanian-names-dataset, robertostling/chinese-names,
akngs/k-families-data, nozomiyamada/thai_romanization, mdistiakahmed/baby-name and
shantdashjian/armenian-names) are not read. Its names come from a source no earlier set and no
guard list used, Yoruba names (people from Nigeria, many of them Yoruba, are a growing group in
Sweden):

- ``data/yoruba_names.csv`` of ajalamarvellous/Yoruba-Names at 3dce371 (the file's only
  version; the repository's last commit is 38a88a6), 8,036 rows of a column ``Name``, Yoruba
  given names written with their tone marks and underdots, and a column ``Meaning``, as the
  repository's author collected them in February 2024 from the alphabetical pages of
  YorubaName.com, a public dictionary of Yoruba names, to train a tokenizer. It is parsed as
  CSV, only its ``Name`` column read (the repository's scraper and tokenizer are neither read
  as data nor run). The repository states no licence (it has no licence file and no README).
  Names are facts, read as data, and nothing is shipped but the drawn names.

Names are written as Nigerian passports, and so staff in Sweden, write Yoruba names: without
tone marks or underdots (ẹ, ọ and ṣ as e, o and s), one word, one capital. Only entries that
are then one word of the letters a-z are read (entries of two words, or with a bracket, are
not); spellings that are one name without their marks are one name.

The source gives no sex and no surnames. Groups of first names = their length (``short``, three
to six letters, the everyday forms: 120; ``long``, seven to twelve letters, the compound names
most people are registered with: 180); names of thirteen letters or more, whole sentences that
are shortened in daily use, are not drawn. Yoruba surnames are a forefather's given name, most
often one that bears its lineage: the royal, valiant or titled lineages' Adé-, Akín-, Oyè- and
Ọba- (group ``ade``: 125) and the lineages of an òrìṣà, of Ifá, of hunters, drummers or
masqueraders, Ògún-, Ọ̀ṣun-, Ṣàngó-, Ifá-, Awó-, Ọdẹ-, Àyàn-, Òjé-, Ọ̀sọ́-, Ẹfun-, Ọya- and Èṣù-
(group ``orisa``: 125): surnames are drawn from the source's names that begin so (six to eleven
letters), none also drawn as a first name (``Ogunleye`` is the pattern).

A name is drawn only if, in lower case, it is unknown: every name is dropped that is an entry
of any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the
sets listed in EARLIER_SETS (blind34's included) or a word of benchmarks/_guard_corpus.py
outside the templates of the sets written at the same time (OWN_TEMPLATES); names shorter than
three letters are dropped, and a fixed number is then drawn per group with a fixed seed. The
blind35, blind36 and blind38 sets were written at the same time on other branches; their
lists were not there to bar and are not read, and their templates, like this set's own, are
left out of the module's words, so that the draw stays the same once all are merged.
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
SEED = 20270110
# The file's commit; the file read is ``yoruba_names.csv`` in the source folder.
SOURCE_COMMIT = "3dce371"
SOURCE_FILE = "yoruba_names.csv"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 35)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind3[5-8]\".*?(?=\nTEMPLATE_SETS = )"
# First names per length group: (shortest, longest, count).
FIRST_GROUPS = {"short": (3, 6, 120), "long": (7, 12, 180)}
# Surnames per lineage group: the folded prefixes a name begins with, and the count.
LAST_GROUPS = {
    "ade": (("ade", "akin", "oye", "oba"), 125),
    "orisa": (
        ("ogun", "osun", "sango", "ifa", "awo", "ode", "ayan", "oje", "oso", "efun", "oya", "esu"),
        125,
    ),
}
SURNAME_LENGTH = (6, 11)
ONE_WORD = re.compile(r"[a-z]+")


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


def read_names(source: Path) -> list[str]:
    """The source's one-word names without marks, typed, in the file's order, each once."""
    with (source / SOURCE_FILE).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows or "Name" not in rows[0]:
        raise SystemExit(f"no column Name in {source / SOURCE_FILE}")
    names = []
    for row in rows:
        plain = folded(row["Name"].strip())
        if ONE_WORD.fullmatch(plain):
            names.append(typed(plain))
    return list(dict.fromkeys(names))


def draw_first(
    rng: random.Random, names: list[str], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw the count of ``FIRST_GROUPS`` usable names per group; ``taken`` grows with them."""
    drawn: list[tuple[str, str]] = []
    for group, (shortest, longest, count) in FIRST_GROUPS.items():
        pool = sorted(
            n for n in names if shortest <= len(n) <= longest and usable(n, known | taken)
        )
        if len(pool) < count:
            raise SystemExit(f"only {len(pool)} usable first names in {group}")
        pick = rng.sample(pool, count)
        for name in pick:
            taken |= forms(name)
        drawn += [(n, group) for n in pick]
    return drawn


def lineage(name: str) -> str | None:
    """The surname group whose prefix a name begins with, if any."""
    for group, (prefixes, _count) in LAST_GROUPS.items():
        if name.lower().startswith(prefixes):
            return group
    return None


def draw_last(
    rng: random.Random, names: list[str], known: set[str], taken: set[str]
) -> list[tuple[str, str]]:
    """Draw the count of ``LAST_GROUPS`` usable surnames per lineage group."""
    drawn: list[tuple[str, str]] = []
    shortest, longest = SURNAME_LENGTH
    for group, (_prefixes, count) in LAST_GROUPS.items():
        pool = sorted(
            n
            for n in names
            if lineage(n) == group and shortest <= len(n) <= longest and usable(n, known | taken)
        )
        if len(pool) < count:
            raise SystemExit(f"only {len(pool)} usable surnames in {group}")
        for surname in rng.sample(pool, count):
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
        "# {what} for the guard's 'blind37' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: data/yoruba_names.csv of ajalamarvellous/Yoruba-Names at {commit} (Yoruba\n"
        "# given names collected from the YorubaName.com dictionary; no licence stated; names\n"
        "# read as data, no code run, only drawn names ship), written without tone marks or\n"
        "# underdots. Surnames: its names that begin with a lineage's prefix (Ade-, Ogun-...).\n"
        "# Drawn by benchmarks/data/make_blind37_names.py (seed {seed}) after dropping every\n"
        "# name the guard's lists, the SSA baby names with 20 or more bearers, any other\n"
        "# evaluation set or _guard_corpus.py hold. Second column: the pool drawn from.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind37_first_names.tsv", "First names", firsts),
        ("blind37_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    names = read_names(source)
    counts: dict[str, int] = {"read": len(names)}
    for group, (shortest, longest, _count) in FIRST_GROUPS.items():
        counts[f"usable/{group}"] = sum(
            shortest <= len(n) <= longest and usable(n, known) for n in names
        )
    for group in LAST_GROUPS:
        counts[f"surname/{group}"] = sum(
            lineage(n) == group
            and SURNAME_LENGTH[0] <= len(n) <= SURNAME_LENGTH[1]
            and usable(n, known)
            for n in names
        )
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    names = read_names(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw_first(rng, names, known, taken)
    lasts = draw_last(rng, names, known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
