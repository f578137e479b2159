"""Write the name lists of the guard's 'blind12' evaluation set (benchmarks/_guard_corpus.py).

    npm install --prefix /tmp/fakerjs @faker-js/faker@10.6.0   # never into the product
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind12_names.py /tmp/fakerjs /tmp/ssa/raw-data

Run on main at 390bd1b (a later change to the guard's lists can change the draw); its output
(blind12_first_names.tsv, blind12_last_names.tsv) is committed. Node.js reads the package's
person data (``allLocales[locale].person``), nothing else.

The set is the twelfth to measure client names typed in Latin script that no list of the
guard holds. The pools of blind6 to blind11 (mimesis, gender-guesser's ``nam_dict.txt``,
habesha-names) are spent, so it takes its names from a source no earlier set and no guard
list used: the person data of the npm package @faker-js/faker 10.6.0 (MIT), whose name lists
are its own (not those of Python's Faker). Only locales written in Latin script are read,
plus Ukrainian, written in Latin letters by Ukraine's official system (KMU 2010) as blind7 to
blind11 did; Arabic, Persian, Urdu, Sorani, Armenian, Georgian and Greek lists are not read.

Names are written as staff in Sweden type them: letters of the Swedish keyboard, the
diacritics of the Turkish, Balkan, Polish and Finnish names earlier sets kept, and the
circumflex vowels of Kurdish; Azerbaijani schwa becomes "ä" (as in Azerbaijan's Latin
alphabet of 1991), other diacritics (Latvian macrons, Romanian commas and breves) are
dropped. Then every name is dropped that, compared in lower case with and without diacritics,
is an entry of any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers,
a name of the sets listed in EARLIER_SETS (blind11's included) or a word of
benchmarks/_guard_corpus.py outside this set's templates; a fixed number is then drawn per
group of origin with a fixed seed. The package has no East African list, and its Arabic and
Persian lists are in Arabic script: those groups are missing here. Its Swedish and Finnish
first names are all known to the guard; the Nordic surnames are Norwegian and Danish ones.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from make_blind7_names import TYPABLE, folded, latin_uk
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20261216
VERSION = "10.6.0"
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
)
OWN_TEMPLATES = r"(?s)# A fifteenth set, \"blind12\".*?(?=\nTEMPLATE_SETS = )"
# Locales of @faker-js/faker per group of origin.
FIRST_LOCALES = {
    "balkan": ("sr_RS_latin", "hr", "sl_SI"),
    "kurdish": ("ku_kmr_latin",),
    "turkish-azerbaijani": ("tr", "az"),
    "central-asian": ("uz_UZ_latin",),
    "romanian-moldovan": ("ro", "ro_MD"),
    "baltic": ("lv",),
    "ukrainian": ("uk",),
    "polish": ("pl",),
    "central-european": ("cs_CZ", "sk", "hu"),
    "west-african": ("fr_SN",),
}
LAST_LOCALES = {
    **FIRST_LOCALES,
    "finnish": ("fi",),
    "nordic": ("nb_NO", "da"),
}
# First names drawn per group of origin (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "balkan": 50,
    "kurdish": 18,
    "turkish-azerbaijani": 40,
    "central-asian": 50,
    "romanian-moldovan": 35,
    "baltic": 30,
    "ukrainian": 30,
    "polish": 15,
    "central-european": 12,
    "west-african": 20,
}
LAST_GROUPS = {
    "balkan": 40,
    "kurdish": 6,
    "turkish-azerbaijani": 30,
    "central-asian": 30,
    "romanian-moldovan": 30,
    "baltic": 25,
    "ukrainian": 20,
    "polish": 15,
    "central-european": 10,
    "west-african": 12,
    "finnish": 12,
    "nordic": 20,
}
KURDISH_CIRCUMFLEX = set("âêîôûÂÊÎÔÛ")
_DUMP = (
    "import('@faker-js/faker').then((m) => {"
    " const out = {};"
    " for (const [loc, def] of Object.entries(m.allLocales)) {"
    "  if (def.person) out[loc] = {first: def.person.first_name ?? null,"
    "   last: def.person.last_name ?? null};"
    " }"
    " process.stdout.write(JSON.stringify(out));"
    "});"
)


def person_data(prefix: Path) -> dict[str, dict[str, list[str] | dict[str, list[str]] | None]]:
    """The first and last names of every locale of the @faker-js/faker installed at ``prefix``."""
    package = prefix / "node_modules" / "@faker-js" / "faker" / "package.json"
    version = json.loads(package.read_text(encoding="utf-8"))["version"]
    if version != VERSION:
        raise SystemExit(f"@faker-js/faker {version} installed, the set was drawn from {VERSION}")
    found = subprocess.run(
        ["node", "-e", _DUMP], cwd=prefix, check=True, capture_output=True, text=True
    )
    people: dict[str, dict[str, list[str] | dict[str, list[str]] | None]]
    people = json.loads(found.stdout)
    return people


def typed(name: str) -> str:
    """A name as staff in Sweden type it (see the module docstring)."""
    out: list[str] = []
    for char in name:
        if TYPABLE.fullmatch(char) or char in KURDISH_CIRCUMFLEX:
            out.append(char)
        elif char in "əƏ":
            out.append("ä" if char == "ə" else "Ä")
        else:
            plain = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in plain if not unicodedata.combining(c)))
    return "".join(out)


def _names(entry: list[str] | dict[str, list[str]] | None, locale: str) -> set[str]:
    """Every name of one list of a locale (all sexes), typed."""
    if entry is None:
        return set()
    values = [v for part in entry.values() for v in part] if isinstance(entry, dict) else entry
    if locale == "uk":
        values = [latin_uk(v) for v in values]
    return {typed(v) for v in values}


def pools(prefix: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name and surname pools per group of origin."""
    people = person_data(prefix)
    first = {
        group: set().union(*(_names(people[loc]["first"], loc) for loc in locales))
        for group, locales in FIRST_LOCALES.items()
    }
    last = {
        group: set().union(*(_names(people[loc]["last"], loc) for loc in locales))
        for group, locales in LAST_LOCALES.items()
    }
    return first, last


def _usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: typable letters, three or more, unknown everywhere.

    One capital, at the start: the package joins two surnames without a space now and then.
    """
    letters = all(TYPABLE.fullmatch(c) or c in KURDISH_CIRCUMFLEX for c in name)
    if len(name) < 3 or not letters or not re.fullmatch(r"[^\W\d_]+", name):
        return False
    if not name[:1].isupper() or name[1:] != name[1:].lower():
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
        "# {what} for the guard's 'blind12' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: the person data of the npm package @faker-js/faker {version} (MIT), Latin-\n"
        "# script locales (Ukrainian transliterated, KMU 2010), typed as staff in Sweden type;\n"
        "# drawn by benchmarks/data/make_blind12_names.py (seed {seed}) after dropping every\n"
        "# name the guard's lists, the SSA baby names with 20 or more bearers, any other\n"
        "# evaluation set or _guard_corpus.py hold. Second column: group of origin.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind12_first_names.tsv", "First names", firsts),
        ("blind12_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, version=VERSION, seed=SEED) + body
        (HERE / file).write_text(text, encoding="utf-8")


def main(prefix: Path, ssa_dir: Path) -> None:
    """Draw the two lists and write them next to this script."""
    known = known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES)
    first_pool, last_pool = pools(prefix)
    rng = random.Random(SEED)
    taken: set[str] = set()
    firsts = _draw(rng, first_pool, FIRST_GROUPS, known, taken)
    lasts = _draw(rng, last_pool, LAST_GROUPS, known, taken)
    write_lists(firsts, lasts, known)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
