"""Write the name lists of the guard's 'blind14' evaluation set (benchmarks/_guard_corpus.py).

    npm install --prefix /tmp/b14npm @zxcvbn-ts/language-pl@3.0.2 \
        @zxcvbn-ts/language-fi@3.0.2 @zxcvbn-ts/language-es-es@4.1.2   # never into the product
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind14_names.py /tmp/b14npm /tmp/ssa/raw-data

Run on main at 24856e0 (a later change to the guard's lists can change the draw); its output
(blind14_first_names.tsv, blind14_last_names.tsv) is committed. Only the name lists of the
three packages are read, as JSON files (``src/*.json``); their code and zxcvbn-ts itself are
neither imported nor run.

The set is the fourteenth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer, chance) are not read. Its names come from the
population registers' name lists that three language packages of the password-strength
estimator zxcvbn-ts ship, a source no earlier set and no guard list used:

- @zxcvbn-ts/language-pl 3.0.2 (MIT): first names and surnames (male and female forms) of the
  Polish PESEL register, names borne by 200 people or more, from the Ministry of Digital
  Affairs' lists on dane.gov.pl (CC0 1.0); the register holds foreigners given a PESEL number
  too (Ukrainians, Belarusians, Vietnamese ...);
- @zxcvbn-ts/language-fi 3.0.2 (MIT): first names and surnames of the Finnish population
  register, from the Digital and Population Data Services Agency's name statistics on
  avoindata.fi (CC BY 4.0); the register holds residents of foreign origin too (Somali,
  Kurdish, Vietnamese, Thai, Russian ...). Python's Faker (fi_FI) and mimesis (fi), read by
  earlier sets, took their most common Finnish names from the same statistics; no name any
  earlier set drew can be drawn here (below);
- @zxcvbn-ts/language-es-es 4.1.2 (MIT): the Spanish first names and surnames it ships
  (without accents; the package does not state their source), which hold the names of
  residents of Spain of Latin American, Romanian, Moroccan, West African and Pakistani origin
  as well.

The lists are in lower case; a name is written with one capital, as staff type it, letters
of the Swedish keyboard and the diacritics earlier sets kept (Polish ł, ś, ż ...) kept, other
diacritics dropped. A group of origin is the register a name comes from, not the bearer's
origin. Then every name is dropped that, compared in lower case with and without diacritics,
is an entry of any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a
name of the sets listed in EARLIER_SETS (blind13's included) or a word of
benchmarks/_guard_corpus.py outside this set's templates; names shorter than three letters or
with a hyphen, apostrophe or space are dropped, and so are the Finnish patronymics the
register holds as given names ("-poika", "-tytär"); a fixed number is then drawn per group with a
fixed seed.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from pathlib import Path

from make_blind7_names import TYPABLE, folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20261218
# The packages read, with the version drawn from.
PACKAGES = {
    "pl": "3.0.2",
    "fi": "3.0.2",
    "es-es": "4.1.2",
}
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
)
OWN_TEMPLATES = r"(?s)# A seventeenth set, \"blind14\".*?(?=\nTEMPLATE_SETS = )"
# The lists of each package per group (register) and kind.
FILES = {
    "polish": ("pl", ("maleFirstnames", "femaleFirstnames"), ("maleLastnames", "femaleLastnames")),
    "finnish": ("fi", ("maleFirstnames", "femaleFirstnames"), ("lastnames",)),
    "spanish": ("es-es", ("firstnames",), ("lastnames",)),
}
# First names drawn per group (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {"polish": 100, "finnish": 110, "spanish": 90}
LAST_GROUPS = {"polish": 90, "finnish": 80, "spanish": 80}
# Finnish patronymics ("Matinpoika", "Pekantytär") that the register holds as given names: a
# father's name with "son" or "daughter", not a name anyone goes by.
PATRONYMIC_ENDINGS = ("poika", "tytär")


def package_list(prefix: Path, language: str, stem: str) -> list[str]:
    """One name list of @zxcvbn-ts/language-<language> installed under ``prefix``."""
    root = prefix / "node_modules" / "@zxcvbn-ts" / f"language-{language}"
    version = json.loads((root / "package.json").read_text(encoding="utf-8"))["version"]
    wanted = PACKAGES[language]
    if version != wanted:
        raise SystemExit(f"language-{language} {version} installed, drawn from {wanted}")
    names = json.loads((root / "src" / f"{stem}.json").read_text(encoding="utf-8"))
    return [str(name) for name in names]


def typed(name: str) -> str:
    """A name as staff in Sweden type it: one capital, keyboard letters, other accents dropped."""
    out: list[str] = []
    for char in name:
        if TYPABLE.fullmatch(char):
            out.append(char)
        else:
            plain = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in plain if not unicodedata.combining(c)))
    word = "".join(out)
    return word[:1].upper() + word[1:].lower()


def pools(prefix: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name and surname pools per group."""
    first: dict[str, set[str]] = {}
    last: dict[str, set[str]] = {}
    for group, (language, first_stems, last_stems) in FILES.items():
        first[group] = {typed(n) for s in first_stems for n in package_list(prefix, language, s)}
        last[group] = {typed(n) for s in last_stems for n in package_list(prefix, language, s)}
    return first, last


def _usable(name: str, barred: set[str]) -> bool:
    """True if a name may be drawn: one word of typable letters, three or more, unknown."""
    if len(name) < 3 or TYPABLE.fullmatch(name) is None:
        return False
    if name.lower().endswith(PATRONYMIC_ENDINGS):
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
        "# {what} for the guard's 'blind14' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: the population registers' name lists shipped by the npm packages\n"
        "# @zxcvbn-ts/language-pl {pl} (MIT; PESEL lists, dane.gov.pl, CC0 1.0),\n"
        "# @zxcvbn-ts/language-fi {fi} (MIT; DVV name statistics, avoindata.fi, CC BY 4.0)\n"
        "# and @zxcvbn-ts/language-es-es {es} (MIT; source not stated), typed as staff in\n"
        "# Sweden type; drawn by benchmarks/data/make_blind14_names.py (seed {seed}) after\n"
        "# dropping every name the guard's lists, the SSA baby names with 20 or more bearers,\n"
        "# any other evaluation set or _guard_corpus.py hold. Second column: the register.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind14_first_names.tsv", "First names", firsts),
        ("blind14_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(
            what=what, pl=PACKAGES["pl"], fi=PACKAGES["fi"], es=PACKAGES["es-es"], seed=SEED
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
