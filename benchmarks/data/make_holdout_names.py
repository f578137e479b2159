"""Write the name lists of the guard's 'holdout' evaluation set (benchmarks/_guard_corpus.py).

    .venv/bin/pip install faker==40.54.0 && .venv/bin/python benchmarks/data/make_holdout_names.py

Run once; its output (holdout_first_names.tsv, holdout_last_names.tsv) is committed, so the
benchmark itself never needs Faker. The names come from Faker's per-locale person providers
(MIT licence, github.com/joke2k/faker, version 40.54.0): a source that none of the guard's word
lists and neither the dev nor the staff evaluation set was built from. Names that the guard's
gazetteer, the staff set's lists or the benchmark's held-out lists already hold are dropped;
then a fixed number per locale is drawn with a fixed seed.
"""

from __future__ import annotations

import importlib
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

from _guard_corpus import HELD_OUT_FIRST, HELD_OUT_LAST  # noqa: E402

SEED = 20261207
# locale: (first names drawn, surnames drawn). en_PK gives romanised Arabic and Urdu names,
# tr_TR Turkish, hr_HR Croatian/Bosnian, pl_PL Polish, fi_FI Finnish, no_NO and da_DK
# Nordic; sv_SE gives none (Faker's Swedish lists are the gazetteer's top 500).
LOCALES = {
    "sv_SE": (60, 50),
    "no_NO": (25, 20),
    "da_DK": (25, 20),
    "fi_FI": (30, 25),
    "tr_TR": (40, 25),
    "pl_PL": (30, 0),
    "hr_HR": (30, 30),
    "en_PK": (50, 20),
}


def _lines(path: Path) -> set[str]:
    rows = path.read_text(encoding="utf-8").splitlines()
    return {r.split("\t")[0] for r in rows if r and not r.startswith("#")}


def main() -> None:
    """Draw the names and write the two files."""
    data = ROOT / "src" / "iub" / "privacy" / "data"
    known = (
        _lines(data / "first_names.txt")
        | _lines(data / "last_names.txt")
        | _lines(HERE / "eval_first_names.tsv")
        | _lines(HERE / "eval_last_names.txt")
        | set(HELD_OUT_FIRST)
        | set(HELD_OUT_LAST)
    )
    known_lower = {k.lower() for k in known}
    rng = random.Random(SEED)
    first_rows: list[str] = []
    last_rows: list[str] = []
    taken: set[str] = set()
    for locale, (n_first, n_last) in LOCALES.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, count, rows in (
            ("first_names", n_first, first_rows),
            ("last_names", n_last, last_rows),
        ):
            pool = sorted(
                {
                    name
                    for name in getattr(provider, attr)
                    if name.isalpha()
                    and name[0].isupper()
                    and name.lower() not in known_lower
                    and name.lower() not in taken
                }
            )
            for name in rng.sample(pool, min(count, len(pool))):
                taken.add(name.lower())
                rows.append(f"{name}\t{locale}")
    header = (
        "# {what} for the guard's 'holdout' evaluation set (benchmarks/_guard_corpus.py).\n"
        "# Source: Faker 40.54.0 person providers (MIT licence, github.com/joke2k/faker),\n"
        "# drawn by benchmarks/data/make_holdout_names.py (seed {seed}); names in the guard's\n"
        "# gazetteer or in the staff and held-out lists were dropped. Nobody tunes on this\n"
        "# file. name<TAB>faker locale\n"
    )
    for name, what, rows in (
        ("holdout_first_names.tsv", "First names", first_rows),
        ("holdout_last_names.tsv", "Surnames", last_rows),
    ):
        text = header.format(what=what, seed=SEED) + "\n".join(rows) + "\n"
        (HERE / name).write_text(text, encoding="utf-8")
        print(f"{name}: {len(rows)} names")


if __name__ == "__main__":
    main()
