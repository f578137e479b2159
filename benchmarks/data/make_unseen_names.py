"""Write the name lists of the guard's 'unseen' evaluation set (benchmarks/_guard_corpus.py).

    .venv/bin/pip install faker==40.54.0
    git show c613c0a:namn/efternamn.csv > /tmp/efternamn.csv   # in a clone of peterdalle/svensktext
    .venv/bin/python benchmarks/data/make_unseen_names.py /tmp/efternamn.csv

Run once; its output (unseen_first_names.tsv, unseen_last_names.tsv) is committed, so the
benchmark never needs Faker or the SCB file. Two sources that none of the guard's word lists
was built from:

- Faker 40.54.0 person providers (MIT licence, github.com/joke2k/faker), for a set of locales
  that mostly differs from the holdout set's: Finnish, Polish and Turkish (names the holdout
  set does not hold), Azerbaijani, Uzbek, Swahili, Czech, Slovak, Slovenian, Estonian,
  Hungarian, German, Vietnamese surnames, and a few Arabic-script and Cyrillic names;
- SCB's 1,000 most common surnames (2019), as published in github.com/peterdalle/svensktext
  (``namn/efternamn.csv``, commit c613c0a): only the ranks the guard's Skatteverket top 500
  does not hold, i.e. common Swedish surnames beyond the top 500.

Every name that the guard's lists (first_names, first_names_wide, last_names), the staff,
holdout or held-out evaluation lists already hold is dropped (compared in lower case), and the
script fails if any is left; then a fixed number per source is drawn with a fixed seed.
"""

from __future__ import annotations

import csv
import importlib
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

from _guard_corpus import HELD_OUT_FIRST, HELD_OUT_LAST  # noqa: E402

SEED = 20261208
# source: (first names drawn, surnames drawn)
LOCALES = {
    "fi_FI": (30, 35),
    "pl_PL": (20, 20),
    "tr_TR": (20, 15),
    "az_AZ": (20, 15),
    "uz_UZ": (15, 15),
    "sw": (20, 15),
    "cs_CZ": (10, 10),
    "sk_SK": (10, 10),
    "sl_SI": (10, 10),
    "et_EE": (10, 10),
    "hu_HU": (10, 10),
    "de_DE": (10, 10),
    "vi_VN": (0, 6),
    "ar_AA": (8, 0),
    "ru_RU": (6, 6),
}
SCB_SURNAMES = 80
# Faker's Polish provider keeps its surnames under other attributes ("last_names" is a stub).
NAME_ATTRS = {"pl_PL": {"last_names": ("male_last_names", "unisex_last_names")}}
# Faker's placeholders and SCB's particles of split surnames ("af", "von") are no names.
NOT_NAMES = {"doe", "john", "jane", "af", "de", "van", "von", "la", "le", "du", "da"}


def _lines(path: Path) -> set[str]:
    rows = path.read_text(encoding="utf-8").splitlines()
    return {r.split("\t")[0] for r in rows if r and not r.startswith("#")}


def known_names() -> set[str]:
    """Every name, in lower case, that the guard or another evaluation set already holds."""
    data = ROOT / "src" / "iub" / "privacy" / "data"
    known = (
        _lines(data / "first_names.txt")
        | _lines(data / "first_names_wide.txt")
        | _lines(data / "last_names.txt")
        | _lines(HERE / "eval_first_names.tsv")
        | _lines(HERE / "eval_last_names.txt")
        | _lines(HERE / "holdout_first_names.tsv")
        | _lines(HERE / "holdout_last_names.tsv")
        | set(HELD_OUT_FIRST)
        | set(HELD_OUT_LAST)
    )
    return {k.lower() for k in known}


def _entries(value: object) -> list[str]:
    return sorted(value.keys() if isinstance(value, dict) else value)  # type: ignore[arg-type]


def main() -> None:
    """Draw the names and write the two files."""
    known = known_names()
    rng = random.Random(SEED)
    first_rows: list[str] = []
    last_rows: list[str] = []
    taken: set[str] = set()

    def usable(name: str) -> bool:
        return (
            name.isalpha()
            and len(name) >= 2
            and name.lower() not in known
            and name.lower() not in taken
            and name.lower() not in NOT_NAMES
            and not (name[0].isalpha() and name[0].islower())
        )

    for locale, (n_first, n_last) in LOCALES.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, count, rows in (
            ("first_names", n_first, first_rows),
            ("last_names", n_last, last_rows),
        ):
            if not count:
                continue
            attrs = NAME_ATTRS.get(locale, {}).get(attr, (attr,))
            entries = sorted({n for a in attrs for n in _entries(getattr(provider, a))})
            pool = [name for name in entries if usable(name)]
            for name in rng.sample(pool, min(count, len(pool))):
                taken.add(name.lower())
                rows.append(f"{name}\t{locale}")
    with open(sys.argv[1], encoding="utf-8") as handle:
        scb = [row["lastname"] for row in csv.DictReader(handle)]
    pool = sorted(name for name in scb if usable(name))
    for name in rng.sample(pool, min(SCB_SURNAMES, len(pool))):
        taken.add(name.lower())
        last_rows.append(f"{name}\tscb-surname")
    leaked = {row.split("\t")[0].lower() for row in first_rows + last_rows} & known
    if leaked:
        raise SystemExit(f"names the guard or another set already holds: {sorted(leaked)}")
    header = (
        "# {what} for the guard's 'unseen' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Sources: Faker 40.54.0 person providers (MIT licence, github.com/joke2k/faker) and\n"
        "# SCB's 1,000 most common surnames (github.com/peterdalle/svensktext, commit c613c0a),\n"
        "# drawn by benchmarks/data/make_unseen_names.py (seed {seed}); every name the guard's\n"
        "# lists or the other evaluation sets hold was dropped. Nobody tunes on this file.\n"
        "# name<TAB>source\n"
    )
    for name, what, rows in (
        ("unseen_first_names.tsv", "First names", first_rows),
        ("unseen_last_names.tsv", "Surnames", last_rows),
    ):
        text = header.format(what=what, seed=SEED) + "\n".join(rows) + "\n"
        (HERE / name).write_text(text, encoding="utf-8")
        print(f"{name}: {len(rows)} names")


if __name__ == "__main__":
    main()
