"""Write the name lists of the guard's 'blind15' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: two public repositories, read as files
    git -C <clone of GEM-benchmark/NL-Augmenter> show \
        b64a8ef:nlaugmenter/transformations/gender_culture_diverse_name/data.json \
        > /tmp/b15src/data.json
    git -C <clone of sigpwned/popular-names-by-country-dataset> show \
        eb62e13:common-forenames-by-country.csv > /tmp/b15src/common-forenames-by-country.csv
    git -C <clone of sigpwned/popular-names-by-country-dataset> show \
        eb62e13:common-surnames-by-country.csv > /tmp/b15src/common-surnames-by-country.csv
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind15_names.py /tmp/b15src /tmp/ssa/raw-data

Run on main at d757f9c (a later change to the guard's lists can change the draw); its output
(blind15_first_names.tsv, blind15_last_names.tsv) is committed. Only data files are read; no
code of either repository is imported or run.

The set is the fifteenth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists) are not read. Its names come from two sources no
earlier set and no guard list used:

- the gender- and culture-diverse name table of NL-Augmenter (GEM-benchmark/NL-Augmenter at
  b64a8ef, ``nlaugmenter/transformations/gender_culture_diverse_name/data.json``, MIT): popular
  male and female given names per country, taken mainly from WIPO's World Gender Name
  Dictionary 2.0 (Raffo 2021, Harvard Dataverse, doi:10.7910/DVN/MSEGSJ), with BIG-bench and
  Wikipedia's lists of popular given names. Countries read: Bosnia and Herzegovina, Albania,
  Kosovo, North Macedonia, Turkey, Azerbaijan, and the Arabic-speaking, Somali, Iranian and
  Afghan pools (whose given names the table largely shares). Its Serbian, Montenegrin,
  Eritrean and Djiboutian pools are not read: they hold German, English, French and Latin
  names. Its Turkish names have lost the dotless ı ("Akn" for Akın); a Turkish name with three
  consonants in a row or a final pair Turkish does not end a word with is left out;
- the Popular Names by Country dataset (sigpwned/popular-names-by-country-dataset at eb62e13,
  CC0 1.0), romanised forms of the given names and surnames of Wikipedia's lists of the most
  popular given names and most common surnames (July 2023), for the same countries and Serbia,
  Montenegro, Chile, Vietnam and Cambodia.

Surnames: the dataset's surnames; and, as Albanian and Bosnian surnames are commonly formed,
a male given name of the table in its Albanian definite form ("-i": the father's or
forefather's name) or with the Bosnian patronymic ending "-ović", for given names ending in a
consonant. Names are typed with one capital as staff in Sweden type them (letters of the
Swedish keyboard and the diacritics earlier sets kept, others dropped); the table's Arabic
names spelt with a doubled final y ("Aliyy") are left out, and a given name takes an ending
only if it has three to seven letters. A name's group is the
country pool it was drawn from, not its bearer's origin. Then every name is dropped that,
compared in lower case with and without diacritics, is an entry of any file in
src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the sets listed in
EARLIER_SETS (blind14's included) or a word of benchmarks/_guard_corpus.py outside this set's
templates; names shorter than three letters or with a hyphen, apostrophe or space are dropped,
and a fixed number is then drawn per group with a fixed seed.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

from make_blind7_names import TYPABLE, folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20261219
# The files read, with the commit of their repository.
NLA_FILE = "data.json"  # GEM-benchmark/NL-Augmenter at b64a8ef
NLA_COMMIT = "b64a8ef"
FORENAMES_FILE = "common-forenames-by-country.csv"  # sigpwned/popular-names-... at eb62e13
SURNAMES_FILE = "common-surnames-by-country.csv"
SIGPWNED_COMMIT = "eb62e13"
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
)
OWN_TEMPLATES = r"(?s)# An eighteenth set, \"blind15\".*?(?=\nTEMPLATE_SETS = )"
# First-name pools per group: (NL-Augmenter countries, dataset countries).
FIRST_SOURCES = {
    "albanian-kosovar": (("AL", "KS"), ("AL", "XK")),
    "bosnian-serbian": (("BA",), ("BA", "RS", "ME")),
    "macedonian": (("MK",), ("MK",)),
    "turkish-kurdish": (("TR",), ("TR",)),
    "azerbaijani": (("AZ",), ("AZ",)),
    "arabic-persian-somali": (
        ("IQ", "SY", "LB", "JO", "SO", "SD", "IR", "AF"),
        ("IQ", "IR", "EG", "AE", "SA", "LB", "JO"),
    ),
}
# Surname pools per group: (dataset countries, NL-Augmenter countries whose male given names
# ending in a consonant take the ending, the ending).
LAST_SOURCES = {
    "albanian-kosovar": (("AL", "XK"), ("AL", "KS"), "i"),
    "bosnian-serbian": (("BA", "RS", "ME"), ("BA",), "ović"),
    "macedonian": (("MK",), (), ""),
    "azerbaijani-turkish": (("AZ", "TR"), (), ""),
    "chilean": (("CL",), (), ""),
    "vietnamese-cambodian": (("VN", "KH"), (), ""),
}
# First names drawn per group (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "albanian-kosovar": 80,
    "bosnian-serbian": 60,
    "macedonian": 30,
    "turkish-kurdish": 65,
    "azerbaijani": 30,
    "arabic-persian-somali": 35,
}
LAST_GROUPS = {
    "albanian-kosovar": 75,
    "bosnian-serbian": 55,
    "macedonian": 30,
    "azerbaijani-turkish": 10,
    "chilean": 50,
    "vietnamese-cambodian": 30,
}
VOWELS = "aeiouyâîûäöüëı"
# A Turkish word ends in a vowel, one consonant or one of these pairs; a name of the table
# that ends otherwise, or has three consonants in a row, has lost a dotless ı.
TURKISH_FINAL_PAIRS = {"rt", "rk", "lt", "nt", "rd", "st", "lk", "lp", "rp", "nç", "rç", "şt"}
_THREE_CONSONANTS = re.compile(f"[^{VOWELS}]{{3}}")


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


def _turkish_whole(name: str) -> bool:
    """False for a Turkish name of the table that has lost a dotless ı ("Akn", "Aslhan")."""
    lower = name.lower()
    if _THREE_CONSONANTS.search(lower):
        return False
    tail = lower[-2:]
    return not (tail[0] not in VOWELS and tail[1] not in VOWELS) or tail in TURKISH_FINAL_PAIRS


def _nla(source: Path) -> dict[str, dict[str, list[str]]]:
    """NL-Augmenter's table: country -> {"M": [...], "F": [...]}."""
    data = json.loads((source / NLA_FILE).read_text(encoding="utf-8"))
    return {str(c): {str(g): [str(n) for n in ns] for g, ns in v.items()} for c, v in data.items()}


def _dataset(source: Path, file: str) -> dict[str, set[str]]:
    """The dataset's romanised names per country code."""
    found: dict[str, set[str]] = {}
    with (source / file).open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["Romanized Name"].strip()
            if name:
                found.setdefault(row["Country"], set()).add(name)
    return found


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name and surname pools per group."""
    nla = _nla(source)
    forenames = _dataset(source, FORENAMES_FILE)
    surnames = _dataset(source, SURNAMES_FILE)
    first: dict[str, set[str]] = {}
    for group, (nla_countries, countries) in FIRST_SOURCES.items():
        names = {n for c in nla_countries for g in ("M", "F") for n in nla[c][g]}
        if group == "turkish-kurdish":
            names = {n for n in names if _turkish_whole(n)}
        # The table's Arabic pools spell some names with a doubled final y ("Aliyy"), a
        # transliteration no one types a name in.
        names = {n for n in names if not n.endswith("yy")}
        names |= {n for c in countries for n in forenames.get(c, ())}
        first[group] = {typed(n) for n in names}
    last: dict[str, set[str]] = {}
    for group, (countries, nla_countries, ending) in LAST_SOURCES.items():
        names = {n for c in countries for n in surnames.get(c, ())}
        fathers = {n for c in nla_countries for n in nla[c]["M"]}
        names |= {n + ending for n in fathers if n[-1:].lower() not in VOWELS and 3 <= len(n) <= 7}
        last[group] = {typed(n) for n in names}
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
        "# {what} for the guard's 'blind15' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: NL-Augmenter's gender_culture_diverse_name/data.json ({nla}; MIT; mainly\n"
        "# WIPO's World Gender Name Dictionary 2.0) and sigpwned/popular-names-by-country-dataset\n"
        "# ({sig}; CC0 1.0; Wikipedia's lists of popular names); Albanian and Bosnian surnames\n"
        "# also formed from male given names (-i, -ović). Typed as staff in Sweden type; drawn\n"
        "# by benchmarks/data/make_blind15_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the country pool drawn from.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind15_first_names.tsv", "First names", firsts),
        ("blind15_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, nla=NLA_COMMIT, sig=SIGPWNED_COMMIT, seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


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
    main(Path(sys.argv[1]), Path(sys.argv[2]))
