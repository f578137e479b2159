"""Write the name lists of the guard's 'blind47' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's data files read as text (no code of it
    # is run, nothing installed): lehagere/ethiopian-names at a8eb95e
    mkdir -p /tmp/b47src
    for f in data_text.json data.json; do
      git -C <clone of lehagere/ethiopian-names> show a8eb95e:$f > /tmp/b47src/$f
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind47_names.py /tmp/b47src /tmp/ssa/raw-data

Run on main at bfc52bc (a later change to the guard's lists can change the draw); its output
(blind47_first_names.tsv, blind47_last_names.tsv) is committed.

The set is the forty-seventh to measure client names typed in Latin script that no list of
the guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US
census, the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages, NL-Augmenter's name table and WGND, the Popular Names by Country dataset,
faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator's lists, persian-names,
ArabicNames, the German cities' given-name lists, the Turkish, Hungarian, Serbian, Icelandic,
Czech, Ukrainian, Albanian, Chinese, Korean, Thai, Indian, Armenian, Japanese, Georgian,
Yoruba, Brazilian, Portuguese, Greek, Israeli, Bengali, Mongolian and Mexican lists, and
MasakhaNER, whose Amharic files blind42 read to bar names) are not read. Its names come from
a source no earlier set and no guard list used, Ethiopian given names in the Latin letters of
an Addis Ababa register (people from Ethiopia and Eritrea live, work and have settled in
Sweden): the names of the registrants of Addis Ababa's 40/60 condominium housing programme,
as lehagere/ethiopian-names at a8eb95e (its last commit; no licence stated) counts them, one
count per name word (the people's full names are not in the files read):

- ``data_text.json`` (44,087 names; added in d6b1eba, August 2017): every word of the full
  list's names (a person's given name, father's and grandfather's name, as Ethiopians are
  named), in capitals, with the times it occurs; the repository's script dropped titles
  (Dr, Kessis, Aba and the like) and wrote the clerks' shorthand G/, W/, H/ and T/ as Gebre,
  Welde, Haile and Tekle; the room type of each line (``BED``, ``ROOM``) is counted too;
- ``data.json`` (1,571 names; from the initial commit c1ad6ad, July 2017): the words of a
  shorter list of the same programme with its sex column: the sex of the person for the
  first word of a name (the given name), male for the father's and grandfather's names, as
  the word was first met.

Only these two files are read, as JSON; the repository's scripts, PDF and spreadsheet are
neither read nor run.

Names: words of capitals A-Z only with ``FIRST_MIN`` (five) or more occurrences in the full
list, not one edit (a letter left out, added, changed or two swapped) from a word with
``TYPO_RATIO`` (ten) times the occurrences (taken for a misspelling), not the beginning of a
word with ten times the occurrences (cut short), beginning as Ethiopian and Eritrean names
are written (a vowel, a consonant and a vowel, or ch, sh, ts, ph, zh or gn and a vowel; other
beginnings are clerks' slips and dropped vowels), no letter three times in a row, and no
word of the lists' lines that is no name (``NOT_NAMES``). First names: groups ``female``
(75; the given names of women in ``data.json``), ``common`` (110; 50 or more occurrences,
``COMMON_MIN``) and ``other`` (115; fewer). Surnames are formed as those of Ethiopians and
Eritreans in Sweden are, from a father's given name, so they are men's names: ``compound``
(100; the Christian compounds of Gebre-, Welde-, Wolde-, Haile-, Tekle-, Habte-, Kidane-,
Amde- or Zere- and a saint's or God's name, ``COMPOUND``) and ``patronymic`` (150; the other
names ``data.json`` gives as men's), none also drawn as a first name. The list spells one
name many ways (Weldemariam, Woldemariam); of the usable spellings that share their consonants
(``skeleton``) only the most frequent is drawn, once in the whole set.

Names are typed with one capital, as a Swedish writer copies them. A name is drawn only if,
in lower case, it is unknown: every name is dropped that is an entry or a word of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS or a word of benchmarks/_guard_corpus.py outside the templates of the sets
written at the same time (OWN_TEMPLATES), each with and without diacritics; names shorter
than three letters are dropped, and a fixed number is then drawn per group with a fixed seed.
The blind45, blind46 and blind48 sets were written at the same time on other branches; their
lists were not there to bar and are not read, and their templates, like this set's own, are
left out of the module's words, so that the draw stays the same once all are merged.
"""

from __future__ import annotations

import bisect
import json
import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import DATA, known_names

HERE = Path(__file__).resolve().parent
SEED = 20270120
# The repository's commit; the files read are in the source folder.
SOURCE = ("lehagere/ethiopian-names", "a8eb95e")
FULL_FILE = "data_text.json"
SEXED_FILE = "data.json"
# The other sets' lists when this one was drawn, and the templates of this set and of the
# sets written with it, whose words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 45)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind(?:4[5-8])\".*?(?=\nTEMPLATE_SETS = )"
# Occurrences a name needs in the full list, and those of a name of the group ``common``.
FIRST_MIN = 5
COMMON_MIN = 50
# A name one edit from, or the beginning of, a word with ``TYPO_RATIO`` times its
# occurrences is taken for a misspelling or a clipped word.
TYPO_RATIO = 10
FIRST_GROUPS = {"female": 75, "common": 110, "other": 115}
LAST_GROUPS = {"compound": 100, "patronymic": 150}
WORD = re.compile(r"[A-Z]+")
# How an Ethiopian or Eritrean name written in Latin letters begins.
ONSET = re.compile(r"[AEIOU]|(?:CH|SH|TS|PH|ZH|GN|[B-DF-HJ-NP-TV-Z])[AEIOU]")
TRIPLE = re.compile(r"(.)\1\1")
# Words of the lists' lines that are no name: the room type, titles the script left, "and".
NOT_NAMES = frozenset({"BED", "ROOM", "AND", "ATO", "ABA", "ABBA", "POA", "DOCTOR", "KESS"})
# The first parts of the Christian compound names (Gebremariam, Weldegiorgis, Haileselassie).
COMPOUND = re.compile(r"(?:GEBRE|WELDE|WOLDE|HAILE|TEKLE|HABTE|KIDANE|AMDE|ZERE)[A-Z]{4,}")


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
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    splits = [(name[:i], name[i:]) for i in range(len(name) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out - {name}


def known_words() -> set[str]:
    """Every word of every file of the guard's data folder, in lower case, also folded."""
    words: set[str] = set()
    for path in sorted(DATA.iterdir()):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            words |= {word.lower() for word in re.findall(r"[^\W\d_]+", text)}
    return words | {folded(word) for word in words}


def barred(ssa_dir: Path) -> set[str]:
    """What the set must not draw: lists, the SSA names, other sets, the module's words."""
    return known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES) | known_words()


def occurrences(source: Path) -> dict[str, int]:
    """Every word of the full list, with its occurrences (words of capitals only)."""
    found = json.loads((source / FULL_FILE).read_text(encoding="utf-8"))
    return {name: int(count) for name, count in found.items() if WORD.fullmatch(name)}


def sexes(source: Path) -> dict[str, str]:
    """The sex ``data.json`` gives a word (``MALE`` or ``FEMALE``; slips are not read)."""
    found = json.loads((source / SEXED_FILE).read_text(encoding="utf-8"))
    return {
        name: entry["gender"]
        for name, entry in found.items()
        if entry["gender"] in ("MALE", "FEMALE")
    }


def names(totals: dict[str, int]) -> list[str]:
    """The words of the full list taken for names, in the file's order."""
    kept = []
    ordered = sorted(totals)
    for name, total in totals.items():
        if (
            total < FIRST_MIN
            or name in NOT_NAMES
            or not ONSET.match(name)
            or TRIPLE.search(name)
            or any(totals.get(e, 0) >= TYPO_RATIO * total for e in edits(name))
        ):
            continue
        if clipped(name, totals, ordered):
            continue
        kept.append(name)
    return kept


def clipped(name: str, totals: dict[str, int], ordered: list[str]) -> bool:
    """True if ``name`` begins a longer word with ``TYPO_RATIO`` times its occurrences."""
    at = bisect.bisect_right(ordered, name)
    while at < len(ordered) and ordered[at].startswith(name):
        if totals[ordered[at]] >= TYPO_RATIO * totals[name]:
            return True
        at += 1
    return False


def pools(source: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The first-name and surname pools per group, typed, the most frequent first."""
    totals = occurrences(source)
    sex = sexes(source)
    read = names(totals)
    first = {
        "female": [n for n in read if sex.get(n) == "FEMALE"],
        "common": [n for n in read if totals[n] >= COMMON_MIN],
        "other": [n for n in read if totals[n] < COMMON_MIN],
    }
    last = {
        "compound": [n for n in read if COMPOUND.fullmatch(n)],
        "patronymic": [n for n in read if sex.get(n) == "MALE" and not COMPOUND.fullmatch(n)],
    }

    def as_typed(groups: dict[str, list[str]]) -> dict[str, list[str]]:
        """Each group's names typed, the most frequent first (the file's order in a tie)."""
        return {
            group: [typed(n) for n in sorted(found, key=lambda n: -totals[n])]
            for group, found in groups.items()
        }

    return as_typed(first), as_typed(last)


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
        barred_now = known | taken
        seen: set[str] = set()
        pool = []
        for name in pools[group]:  # the most frequent spelling first
            key = skeleton(name)
            if usable(name, barred_now) and key not in seen and key not in taken:
                seen.add(key)
                pool.append(name)
        pool.sort()
        if len(pool) < count:
            raise SystemExit(f"only {len(pool)} usable names in {group}")
        pick = rng.sample(pool, count)
        for name in pick:
            taken |= forms(name) | {skeleton(name)}
        drawn += [(n, group) for n in pick]
    return drawn


def skeleton(name: str) -> str:
    """A name's consonants but y, doubled ones once: the spellings of one name share it.

    (Gebreegziabher and Gebreegzabiher, Weldemariam and Woldemariam, Teklemariam and
    Teklemariyam); marked with a leading "=", so that it is never taken for a name. Of the
    usable names of a skeleton only the most frequent spelling is drawn.
    """
    consonants = re.sub(r"[aeiouy]", "", name.lower())
    return "=" + re.sub(r"(.)\1+", r"\1", consonants)


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    drawn = [n for n, _ in firsts + lasts]
    leaked = set().union(*(forms(n) for n in drawn)) & known
    if leaked or len({folded(n) for n in drawn}) != len(drawn):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind47' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the words of the names of the registrants of Addis Ababa's 40/60 housing\n"
        "# programme, counted by lehagere/ethiopian-names at {commit} (no licence stated);\n"
        "# names read as data, no code run, only drawn names ship. Drawn by\n"
        "# benchmarks/data/make_blind47_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind47_first_names.tsv", "First names", firsts),
        ("blind47_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, commit=SOURCE[1], seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = barred(ssa_dir)
    first, last = pools(source)
    counts: dict[str, int] = {}
    for group, found in {**first, **last}.items():
        counts[f"read/{group}"] = len(found)
        counts[f"usable/{group}"] = sum(usable(n, known) for n in found)
    return counts


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = barred(ssa_dir)
    rng = random.Random(SEED)
    taken: set[str] = set()
    first, last = pools(source)
    firsts = draw(rng, first, FIRST_GROUPS, known, taken)
    lasts = draw(rng, last, LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)
    print(f"{len(firsts)} first names, {len(lasts)} surnames", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
