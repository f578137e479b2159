"""Write the name lists of the guard's 'blind17' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository, its person providers read as text
    mkdir -p /tmp/b17src && for l in tr_TR fi_FI pl_PL hr_HR sr_Latn_RS me_ME ro_RO ro_MD \
        vi_VN es_AR es_PE es_VE sl_SI; do git -C <clone of FakerPHP/Faker> show \
        054058d:src/Faker/Provider/$l/Person.php > /tmp/b17src/$l.php; done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind17_names.py /tmp/b17src /tmp/ssa/raw-data

Run on main at 968f66a (a later change to the guard's lists can change the draw); its output
(blind17_first_names.tsv, blind17_last_names.tsv) is committed. Only the string literals of the
PHP files' name arrays are read; no code of the repository is run.

The set is the seventeenth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset and faker-cxx) are not read. Its names come from a source no earlier
set and no guard list used: the person providers of FakerPHP, the PHP library of fake data
(FakerPHP/Faker at 054058d, ``src/Faker/Provider/<locale>/Person.php``, MIT). Python's Faker
was first ported from the PHP library, so some locales' lists share entries with it; every
name an earlier set drew is dropped below, and the Python package is not read. Locales read
(Latin script only): tr_TR; fi_FI; pl_PL; hr_HR, sr_Latn_RS and me_ME (Balkan); ro_RO and
ro_MD; vi_VN (given names only; surnames are few and all known); es_AR, es_PE and es_VE (Latin
American, for the Chilean and other Latin American clients); sl_SI. Its Arabic, Persian, Thai,
Armenian, Georgian and Cyrillic lists are not read.

Names are typed with one capital as staff in Sweden type them (letters of the Swedish keyboard
and the diacritics earlier sets kept, others dropped). A name's group is the locale pool it
was drawn from, not its bearer's origin. Then every name is dropped that, compared in lower
case with and without diacritics, is an entry of any file in src/iub/privacy/data, a US SSA
baby name with 20 or more bearers, a name of the sets listed in EARLIER_SETS (blind16's
included) or a word of benchmarks/_guard_corpus.py outside this set's templates; names
shorter than three letters or with a hyphen, apostrophe or space are dropped, and a fixed
number is then drawn per group with a fixed seed.
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
SEED = 20261221
# The repository's commit; the files read are ``<locale>.php`` in the source folder.
SOURCE_COMMIT = "054058d"
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
)
OWN_TEMPLATES = r"(?s)# A twentieth set, \"blind17\".*?(?=\nTEMPLATE_SETS = )"
# The locales per group.
LOCALES = {
    "turkish": ("tr_TR",),
    "finnish": ("fi_FI",),
    "polish": ("pl_PL",),
    "balkan": ("hr_HR", "sr_Latn_RS", "me_ME"),
    "romanian-moldovan": ("ro_RO", "ro_MD"),
    "vietnamese": ("vi_VN",),
    "latin-american": ("es_AR", "es_PE", "es_VE"),
    "slovene": ("sl_SI",),
}
FIRST_ARRAYS = ("firstNameMale", "firstNameFemale")
LAST_ARRAYS = ("lastName", "lastNameMale", "lastNameFemale")
# First names drawn per group (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "balkan": 140,
    "romanian-moldovan": 60,
    "slovene": 35,
    "finnish": 25,
    "vietnamese": 30,
    "turkish": 10,
}
LAST_GROUPS = {
    "balkan": 70,
    "latin-american": 50,
    "finnish": 30,
    "polish": 30,
    "romanian-moldovan": 25,
    "slovene": 20,
    "turkish": 10,
    "vietnamese": 15,
}
_ARRAY = re.compile(r"static \$(\w+)\s*=\s*(?:\[|array\()(.*?)(?:\]|\));", re.DOTALL)
_LITERAL = re.compile(r"'([^']*)'")


def typed(name: str) -> str:
    """A name as staff in Sweden type it: one capital, keyboard letters, other accents dropped."""
    out: list[str] = []
    for char in name.strip():
        if TYPABLE.fullmatch(char):
            out.append(char)
        else:
            plain = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in plain if not unicodedata.combining(c)))
    word = "".join(out)
    return word[:1].upper() + word[1:].lower()


def arrays(source: Path, locale: str) -> dict[str, list[str]]:
    """The string arrays of one locale's person provider, by name."""
    text = (source / f"{locale}.php").read_text(encoding="utf-8")
    return {m.group(1): _LITERAL.findall(m.group(2)) for m in _ARRAY.finditer(text)}


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name and surname pools per group."""
    first: dict[str, set[str]] = {}
    last: dict[str, set[str]] = {}
    for group, locales in LOCALES.items():
        found = [arrays(source, loc) for loc in locales]
        first[group] = {typed(n) for f in found for a in FIRST_ARRAYS for n in f.get(a, ())}
        last[group] = {typed(n) for f in found for a in LAST_ARRAYS for n in f.get(a, ())}
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
        "# {what} for the guard's 'blind17' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the person providers of FakerPHP (FakerPHP/Faker at {sig},\n"
        "# src/Faker/Provider/<locale>/Person.php; MIT). Typed as staff in Sweden type; drawn by\n"
        "# benchmarks/data/make_blind17_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the locale pool drawn from.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind17_first_names.tsv", "First names", firsts),
        ("blind17_last_names.tsv", "Surnames", lasts),
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
