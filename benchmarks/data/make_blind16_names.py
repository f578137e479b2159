"""Write the name lists of the guard's 'blind16' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository, one data file read as text
    git -C <clone of cieslarmichal/faker-cxx> show 9de6ac8:src/modules/person_data.h \
        > /tmp/b16src/person_data.h
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind16_names.py /tmp/b16src /tmp/ssa/raw-data

Run on main at 62fc69f (a later change to the guard's lists can change the draw); its output
(blind16_first_names.tsv, blind16_last_names.tsv) is committed. Only the string literals of one
C++ header are read; no code of the repository is compiled or run.

The set is the sixteenth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, and the
Popular Names by Country dataset) are not read. Its names come from a source no earlier set
and no guard list used: the per-country person data of faker-cxx, a C++ library of fake data
(cieslarmichal/faker-cxx at 9de6ac8, ``src/modules/person_data.h``, MIT), whose country lists
were written by its contributors (their sources are not stated per list). Countries read:
Albania; Bosnia, Serbia and Croatia; Syria, Palestine and Lebanon (Latin transliterations);
Poland; Romania and Moldova; Vietnam (given names only: the last syllable of each, the one a
person is called by; none of its 27 surnames survives the exclusions below); Azerbaijan and
Turkey. Its Cyrillic, Arabic-script, Hebrew, Thaana and CJK lists are not read.

Names are typed with one capital as staff in Sweden type them (letters of the Swedish keyboard
and the diacritics earlier sets kept, others dropped; the Azerbaijani schwa as "ä", as blind12
typed it). A name's group is the country pool it was drawn from, not its bearer's origin. Then
every name is dropped that, compared in lower case with and without diacritics, is an entry of
any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the
sets listed in EARLIER_SETS (blind15's included) or a word of benchmarks/_guard_corpus.py
outside this set's templates; names shorter than three letters or with a hyphen, apostrophe or
space are dropped, and a fixed number is then drawn per group with a fixed seed.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path

from make_blind7_names import TYPABLE, folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20261220
# The file read, with the commit of its repository.
SOURCE_FILE = "person_data.h"  # cieslarmichal/faker-cxx at 9de6ac8
SOURCE_COMMIT = "9de6ac8"
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
)
OWN_TEMPLATES = r"(?s)# A nineteenth set, \"blind16\".*?(?=\nTEMPLATE_SETS = )"
# The header's arrays per group: (first-name arrays, surname arrays).
FIRST_SOURCES = {
    "albanian": ("albanianMaleFirstNames", "albanianFemaleFirstNames"),
    "bosnian-serbian-croatian": (
        "bosnianMaleFirstNames",
        "bosnianFemaleFirstNames",
        "serbianMaleFirstNames",
        "serbianFemaleFirstNames",
        "croatianMaleFirstNames",
        "croatianFemaleFirstNames",
    ),
    "syrian-palestinian-lebanese": (
        "syrianMaleFirstNames",
        "syrianFemaleFirstNames",
        "palestinianMaleFirstNames",
        "palestinianFemaleFirstNames",
        "lebaneseMaleFirstNames",
        "lebaneseFemaleFirstNames",
    ),
    "polish": ("polishMaleFirstNames", "polishFemaleFirstNames"),
    "romanian-moldovan": (
        "romanianMaleFirstNames",
        "romanianFemaleFirstNames",
        "moldovanMaleFirstNames",
        "moldovanFemaleFirstNames",
    ),
    "vietnamese": ("vietnameseMaleFirstNames", "vietnameseFemaleFirstNames"),
    "azerbaijani-turkish": (
        "azerbaijaniMaleFirstNames",
        "azerbaijaniFemaleFirstNames",
        "turkishMaleFirstNames",
        "turkishFemaleFirstNames",
    ),
}
LAST_SOURCES = {
    "albanian": ("albanianLastNames",),
    "bosnian-serbian-croatian": ("bosnianLastNames", "serbianLastNames", "croatianLastNames"),
    "syrian-palestinian-lebanese": ("syrianLastNames", "palestinianLastNames", "lebaneseLastNames"),
    "polish": ("polishLastNames",),
    "romanian-moldovan": ("romanianLastNames", "moldovanLastNames"),
    "azerbaijani-turkish": (
        "azerbaijaniMaleLastNames",
        "azerbaijaniFemaleLastNames",
        "turkishLastNames",
    ),
}
# First names drawn per group (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "albanian": 50,
    "bosnian-serbian-croatian": 90,
    "syrian-palestinian-lebanese": 25,
    "polish": 40,
    "romanian-moldovan": 60,
    "vietnamese": 15,
    "azerbaijani-turkish": 20,
}
LAST_GROUPS = {
    "albanian": 45,
    "bosnian-serbian-croatian": 60,
    "syrian-palestinian-lebanese": 50,
    "polish": 50,
    "romanian-moldovan": 35,
    "azerbaijani-turkish": 10,
}
_ARRAY = re.compile(
    r"const auto (\w+)\s*=\s*std::to_array<std::string_view>\(\s*\{(.*?)\}\)", re.DOTALL
)
_LITERAL = re.compile(r'"([^"]*)"')


def typed(name: str) -> str:
    """A name as staff in Sweden type it: one capital, keyboard letters, other accents dropped."""
    out: list[str] = []
    for char in name.strip().replace("ə", "ä").replace("Ə", "Ä"):
        if TYPABLE.fullmatch(char):
            out.append(char)
        else:
            plain = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in plain if not unicodedata.combining(c)))
    word = "".join(out)
    return word[:1].upper() + word[1:].lower()


def arrays(source: Path) -> dict[str, list[str]]:
    """The string arrays of the header, by name."""
    text = (source / SOURCE_FILE).read_text(encoding="utf-8")
    return {m.group(1): _LITERAL.findall(m.group(2)) for m in _ARRAY.finditer(text)}


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name and surname pools per group."""
    found = arrays(source)
    first: dict[str, set[str]] = {}
    for group, names in FIRST_SOURCES.items():
        entries = [n for a in names for n in found[a]]
        if group == "vietnamese":
            # A Vietnamese given name of the list is two syllables ("An Khang"); a person is
            # called by the last.
            entries = [n.split()[-1] for n in entries if n.strip()]
        first[group] = {typed(n) for n in entries}
    last = {g: {typed(n) for a in names for n in found[a]} for g, names in LAST_SOURCES.items()}
    return first, last


def _usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: one word of typable letters, three or more, unknown."""
    if len(name) < 3 or TYPABLE.fullmatch(name) is None:
        return False
    return name.lower() not in barred and folded(name) not in barred


def _draw(
    rng: random.Random,
    pool: dict[str, set[str]],
    groups: dict[str, int],
    known: set[str],
    taken: set[str],
) -> list[tuple[str, str]]:
    """Draw ``groups[g]`` usable names from each pool, in order; ``taken`` grows with them."""
    drawn: list[tuple[str, str]] = []
    for group, count in groups.items():
        barred = known | taken
        pick = rng.sample(sorted(n for n in pool[group] if _usable(n, barred)), count)
        taken |= {n.lower() for n in pick} | {folded(n) for n in pick}
        drawn += [(n, group) for n in pick]
    return drawn


def write_lists(
    firsts: list[tuple[str, str]], lasts: list[tuple[str, str]], known: set[str]
) -> None:
    """Check the drawn names against ``known`` and write the set's two lists."""
    names = [n for n, _ in firsts + lasts]
    leaked = ({n.lower() for n in names} | {folded(n) for n in names}) & known
    if leaked or len({folded(n) for n in names}) != len(names):
        raise SystemExit(f"names known to the guard or another set, or drawn twice: {leaked}")
    header = (
        "# {what} for the guard's 'blind16' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the per-country person data of faker-cxx (cieslarmichal/faker-cxx at {sig},\n"
        "# src/modules/person_data.h; MIT). Typed as staff in Sweden type; drawn by\n"
        "# benchmarks/data/make_blind16_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the country pool drawn from.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind16_first_names.tsv", "First names", firsts),
        ("blind16_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, sig=SOURCE_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, tuple[int, int]]:
    """Usable first names and surnames per group before the draw (to size FIRST/LAST_GROUPS)."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first, last = pools(source)
    return {
        g: (
            sum(_usable(n, known) for n in first[g]),
            sum(_usable(n, known) for n in last.get(g, set())),
        )
        for g in first
    }


def main(source: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first_pool, last_pool = pools(source)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = _draw(rng, first_pool, FIRST_GROUPS, known, taken)
    lasts = _draw(rng, last_pool, LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--available"]:
        print(available(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
