"""Write the name lists of the guard's 'blind18' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository, its locale files read as YAML data
    mkdir -p /tmp/b18src && for l in uk en-TH en-IND en-PAK en-NG pl lt lv ee es-AR es-MX \
        fi-FI tr; do git -C <clone of faker-ruby/faker> show \
        9b07803:lib/locales/$l.yml > /tmp/b18src/$l.yml; done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind18_names.py /tmp/b18src /tmp/ssa/raw-data

Run on main at c84efa2 (a later change to the guard's lists can change the draw); its output
(blind18_first_names.tsv, blind18_last_names.tsv) is committed. The locale files are read as
data with PyYAML's ``safe_load`` (the system Python's, never the project's dependencies); only
the lists of the ``faker.name`` section named below are read, and no code of the repository
is run.

The set is the eighteenth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx and FakerPHP) are not read. Its names come from a source
no earlier set and no guard list used: the locale files of Ruby's Faker, the Ruby library
of fake data (faker-ruby/faker at 9b07803, ``lib/locales/<locale>.yml``, MIT). The
JavaScript faker.js, from which @faker-js/faker descends, was modelled on it and took locale
data from it, so some locales share entries with @faker-js/faker's; every name an earlier set
drew is dropped below, and the npm package is not read. Locales read: uk (Ukrainian, in
Cyrillic there, written in Latin letters by Ukraine's official transliteration, KMU 2010, as
blind7 to blind12 did; patronymics not read); en-TH (romanised Thai); en-IND (Indian);
en-PAK (Pakistani); en-NG (Nigerian); pl; lt, lv and ee (Baltic); es-AR and es-MX (Latin
American); fi-FI and tr (surnames only: none of their first names survived the exclusions).
Its Arabic, Persian, Thai-script, Hebrew, Armenian, Russian, Bulgarian and CJK lists are not
read.

Names are typed with one capital as staff in Sweden type them (letters of the Swedish keyboard
and the diacritics earlier sets kept, others dropped). A name's group is the locale pool it
was drawn from, not its bearer's origin. Then every name is dropped that, compared in lower
case with and without diacritics, is an entry of any file in src/iub/privacy/data, a US SSA
baby name with 20 or more bearers, a name of the sets listed in EARLIER_SETS (blind17's
included) or a word of benchmarks/_guard_corpus.py outside this set's templates; names
shorter than three letters or with a hyphen, apostrophe or space are dropped, and a fixed
number is then drawn per group with a fixed seed.
"""

from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

from make_blind7_names import TYPABLE, folded, latin_uk
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20261222
# The repository's commit; the files read are ``<locale>.yml`` in the source folder.
SOURCE_COMMIT = "9b07803"
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
)
OWN_TEMPLATES = r"(?s)# A twenty-first set, \"blind18\".*?(?=\nTEMPLATE_SETS = )"
# The locales per group.
LOCALES = {
    "ukrainian": ("uk",),
    "thai": ("en-TH",),
    "indian": ("en-IND",),
    "pakistani": ("en-PAK",),
    "nigerian": ("en-NG",),
    "polish": ("pl",),
    "baltic": ("lt", "lv", "ee"),
    "latin-american": ("es-AR", "es-MX"),
    "finnish": ("fi-FI",),
    "turkish": ("tr",),
}
# Locales written in Cyrillic, transliterated as a Ukrainian passport does.
CYRILLIC = ("uk",)
FIRST_LISTS = ("first_name", "male_first_name", "female_first_name")
LAST_LISTS = ("last_name", "male_last_name", "female_last_name")
# First names drawn per group (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "ukrainian": 75,
    "thai": 55,
    "indian": 55,
    "baltic": 45,
    "nigerian": 30,
    "pakistani": 25,
    "polish": 10,
    "latin-american": 5,
}
LAST_GROUPS = {
    "polish": 50,
    "ukrainian": 50,
    "latin-american": 40,
    "baltic": 30,
    "thai": 23,
    "indian": 20,
    "nigerian": 20,
    "pakistani": 10,
    "finnish": 4,
    "turkish": 3,
}


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


def name_lists(source: Path, locale: str) -> dict[str, list[str]]:
    """The string lists of one locale's ``faker.name`` section, by key."""
    import yaml  # type: ignore[import-untyped]  # the system Python's PyYAML, data only

    data = yaml.safe_load((source / f"{locale}.yml").read_text(encoding="utf-8"))
    section = data[locale]["faker"].get("name", {})
    return {
        key: [v for v in value if isinstance(v, str)]
        for key, value in section.items()
        if isinstance(value, list)
    }


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name and surname pools per group."""
    first: dict[str, set[str]] = {}
    last: dict[str, set[str]] = {}
    for group, locales in LOCALES.items():
        first[group], last[group] = set(), set()
        for loc in locales:
            found = name_lists(source, loc)
            write = latin_uk if loc in CYRILLIC else typed
            first[group] |= {write(n) for k in FIRST_LISTS for n in found.get(k, ())}
            last[group] |= {write(n) for k in LAST_LISTS for n in found.get(k, ())}
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
        "# {what} for the guard's 'blind18' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the locale files of Ruby's Faker (faker-ruby/faker at {sig},\n"
        "# lib/locales/<locale>.yml; MIT). Typed as staff in Sweden type; drawn by\n"
        "# benchmarks/data/make_blind18_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the locale pool drawn from.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind18_first_names.tsv", "First names", firsts),
        ("blind18_last_names.tsv", "Surnames", lasts),
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
