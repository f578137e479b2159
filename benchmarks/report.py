"""Yearly report at scale: disclosure-controlled figures against the plain GROUP BY floor.

Synthetic activity rows — visits, participations started and head counts — over 290
municipalities and 3 years (2024–2026), every municipality carrying Alingsås's interventions,
one large municipality ten times the others' volume. On SQLite (a temporary file) and on
PostgreSQL (127.0.0.1:5432, database ``wt_followup_bench`` or ``--pg-database``, created and
dropped here, skipped when the server does not answer), the script times, in the same run:

* **floor**: the plain GROUP BY queries a report needs, without disclosure control, rows
  fetched and discarded;
* **report**: the same GROUP BY streamed into :func:`iub.followup.statistics.figures_build`
  (every table linked and protected by primary and secondary suppression, LP-audited) and the
  report's HTML (no PDF rendering: WeasyPrint's layout time is not a database figure);

for one large municipality's year and for the national aggregate of a year. Floor and report
run the same query in the same kind of session; after an untimed warm-up each is timed
``--repeat`` times (default 3), alternating which goes first, every run is printed with the
load average and the table gives the medians. Peak RSS of the process is printed at the end
(the rows are streamed, never loaded whole). The load average is printed at the start and the
end: the figures are wall-clock times on a machine others share.

Run: ``.venv/bin/python benchmarks/report.py`` (200,000 rows, about a minute on a busy
two-core machine) or ``--rows 10000000`` for the full 10 million (long: loading dominates).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import random
import resource
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from iub.catalog import Catalog, load_catalog
from iub.followup.report import report_html
from iub.followup.statistics import Observation, figures_build

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_DB = "wt_followup_bench"  # --pg-database: created and dropped by the run
YEARS = (2024, 2025, 2026)
MUNICIPALITIES = 290
LARGE = "k0000"
AGES = ["13-17", "18-24", "25-44", "45-64", "65+", ""]
GENDERS = ["kvinna", "man", "annat", "uppgift_saknas"]
COLUMNS = "kind, municipality, intervention, day, delivery, n, age_band, gender"
GROUP = "kind, intervention, {month}, delivery, age_band, gender"
PG_MONTH = "date_part('month', day)"


def rows(catalog: Catalog, total: int, seed: int) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(seed)
    interventions = [i.id for i in catalog.interventions]
    municipalities = [f"k{m:04d}" for m in range(MUNICIPALITIES)]
    weights = [10.0 if m == LARGE else 1.0 for m in municipalities]
    cumulative = list(itertools.accumulate(weights))  # what choices(weights=) computes per call
    start = dt.date(YEARS[0], 1, 1)
    days = (dt.date(YEARS[-1] + 1, 1, 1) - start).days
    for _ in range(total):
        roll = rng.random()
        kind = "visit" if roll < 0.7 else "started" if roll < 0.85 else "head_count"
        group = kind == "visit" and rng.random() < 0.2
        yield (
            kind,
            rng.choices(municipalities, cum_weights=cumulative)[0],
            rng.choice(interventions),
            (start + dt.timedelta(days=rng.randrange(days))).isoformat(),
            "group" if group else "individual",
            rng.randint(2, 25) if kind == "head_count" else rng.randint(3, 8) if group else 1,
            rng.choice(AGES),
            rng.choice(GENDERS),
        )


def observations(result: Iterator[Sequence[Any]]) -> Iterator[Observation]:
    """GROUP BY rows (kind, intervention, month, delivery, age, gender, records, sum)."""
    for kind, intervention, month_number, delivery, age, gender, records, total in result:
        month = f"{int(month_number):02d}"
        if kind == "visit":
            dims = {
                "intervention": intervention,
                "month": month,
                "delivery": delivery,
                "age_band": age or "okand",
                "gender": gender,
            }
            yield Observation("visits", dims, int(records))
            yield Observation("people", dims, int(total))
        elif kind == "started":
            dims = {"intervention": intervention, "month": month, "gender": gender}
            yield Observation("started", dims, int(records))
            yield Observation("participants", {**dims, "age_band": age or "okand"}, int(total))
        else:
            half = "fm" if delivery == "individual" else "em"  # synthetic: any split will do
            dims = {"intervention": intervention, "month": month, "half_day": half}
            yield Observation("head_count", dims, int(total))


class Database:
    def __init__(self, name: str, connect: Callable[[], Any], param: str, month: str) -> None:
        self.name, self.connect, self.param, self.month = name, connect, param, month

    def query(self, where: str, args: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
        group = GROUP.format(month=self.month)
        sql = f"SELECT {group}, COUNT(*), SUM(n) FROM activity WHERE {where} GROUP BY {group}"
        return sql.replace("?", self.param), args

    def stream(self, where: str, args: tuple[Any, ...]) -> Iterator[Sequence[Any]]:
        sql, params = self.query(where, args)
        conn = self.connect()
        try:
            if self.name == "PostgreSQL":
                # Streamed row by row (libpq single-row mode). Not a server-side cursor: a
                # DECLAREd cursor never runs a parallel plan and is planned for its first rows.
                yield from conn.cursor().stream(sql, params)
            else:
                yield from conn.execute(sql, params)
        finally:
            conn.close()


def load_sqlite(path: Path, data: Iterator[tuple[Any, ...]]) -> Database:
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE activity (kind TEXT, municipality TEXT, intervention TEXT, day TEXT, "
        "delivery TEXT, n INTEGER, age_band TEXT, gender TEXT)"
    )
    while batch := [row for _, row in zip(range(50_000), data, strict=False)]:
        conn.executemany(f"INSERT INTO activity ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", batch)
    conn.execute("CREATE INDEX activity_m_day ON activity (municipality, day)")
    conn.execute("CREATE INDEX activity_day ON activity (day)")
    conn.commit()
    conn.close()
    return Database(
        "SQLite", lambda: sqlite3.connect(path), "?", "CAST(substr(day, 6, 2) AS INTEGER)"
    )


def load_postgres(data: Iterator[tuple[Any, ...]], name: str = PG_DB) -> Database | None:
    try:
        import psycopg

        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)
    except Exception as exc:
        print(f"PostgreSQL: skipped ({type(exc).__name__}: does not answer at 127.0.0.1:5432)")
        return None
    admin.execute(f"DROP DATABASE IF EXISTS {name}")
    admin.execute(f"CREATE DATABASE {name}")
    admin.close()
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(url) as conn:
        conn.execute(
            "CREATE TABLE activity (kind TEXT, municipality TEXT, intervention TEXT, day DATE, "
            "delivery TEXT, n INTEGER, age_band TEXT, gender TEXT)"
        )
        with conn.cursor().copy(f"COPY activity ({COLUMNS}) FROM STDIN") as copy:
            for row in data:
                copy.write_row(row)
        conn.execute("CREATE INDEX activity_m_day ON activity (municipality, day)")
        conn.execute("CREATE INDEX activity_day ON activity (day)")
        # Without statistics on the grouped columns together the planner takes them as
        # independent, expects ~980,000 groups for the true 28,800 and sorts 3.3 million rows
        # on disk instead of hashing (18 s instead of 4 s at 10 million rows, docs/followup.md).
        # The month is grouped as an expression: the statistics name the same expression.
        conn.execute(
            "CREATE STATISTICS activity_report_groups (ndistinct) ON kind, intervention, "
            f"delivery, age_band, gender, ({PG_MONTH}) FROM activity"
        )
        # VACUUM sets the hint bits and visibility map a first query would otherwise pay for.
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE activity")
    return Database("PostgreSQL", lambda: _pg_connect(url), "%s", PG_MONTH)


def _pg_connect(url: str) -> Any:
    """A session as the reporting role's would be set up (docs/operations.md: ``jit = off``).

    No ``work_mem`` beyond the default: with the statistics above the planner hashes the
    groups, and the hash table (7 MB at 10 million rows) fits the default 4MB × 2
    (``hash_mem_multiplier``).
    """
    import psycopg

    conn = psycopg.connect(url)
    conn.execute("SET jit = off")
    return conn


def drop_postgres(name: str = PG_DB) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")


def timed(call: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and this process's CPU seconds of a call.

    The CPU time is what another helper's load cannot inflate much: on SQLite it includes
    the query (it runs in this process), on PostgreSQL only the client's part.
    """
    start, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - start, time.process_time() - cpu


Result = tuple[str, str, list[tuple[float, float]], list[tuple[float, float]]]


def measure(db: Database, catalog: Catalog, year: int, repeat: int) -> list[Result]:
    """Floor and report of each case, ``repeat`` times each, after an untimed warm-up.

    The warm-up runs each floor once (page cache, PostgreSQL's hint bits), and before the first
    case a report of its first few thousand groups (the LP solver's import and first model):
    what a running server has already paid. The timed runs alternate which of the two goes
    first, so neither is always the one that finds the caches cold or pays for another
    helper's burst of load.
    """
    start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    day = (start.isoformat(), end.isoformat()) if db.name == "SQLite" else (start, end)
    cases = [
        (f"one municipality ({LARGE})", "municipality = ? AND day >= ? AND day < ?", (LARGE, *day)),
        ("national aggregate", "day >= ? AND day < ?", day),
    ]
    out: list[Result] = []
    for number, (label, where, args) in enumerate(cases):

        def floor(w: str = where, a: tuple[Any, ...] = args) -> None:
            for _ in db.stream(w, a):
                pass

        def report(w: str = where, a: tuple[Any, ...] = args, limit: int | None = None) -> None:
            result = itertools.islice(db.stream(w, a), limit)
            figures = figures_build("bench", year, catalog, observations(result))
            report_html(catalog, figures, previous=None, findings=[], today=end)

        floor()
        if number == 0:
            report(limit=5_000)
        floors: list[tuple[float, float]] = []
        reports: list[tuple[float, float]] = []
        for run in range(repeat):
            pair = [(floors, floor), (reports, report)]
            for times, call in pair if run % 2 == 0 else reversed(pair):
                times.append(timed(call))
            print(
                f"  {db.name} {label} run {run + 1}: floor {floors[-1][0]:.2f} s "
                f"(CPU {floors[-1][1]:.2f}), report {reports[-1][0]:.2f} s "
                f"(CPU {reports[-1][1]:.2f}), load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
        out.append((db.name, label, floors, reports))
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000, help="activity rows (10000000 = full)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--pg-database", default=PG_DB, help="scratch database (dropped)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each (median)")
    args = parser.parse_args(argv)
    catalog = load_catalog("alingsas")
    print(f"{args.rows:,} rows, {MUNICIPALITIES} municipalities, years {YEARS[0]}–{YEARS[-1]}")
    print("load average (1, 5, 15 min) at the start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_sqlite:
            t = time.perf_counter()
            sqlite_db = load_sqlite(
                Path(tmp) / "bench.sqlite3", rows(catalog, args.rows, args.seed)
            )
            print(f"SQLite loaded in {time.perf_counter() - t:.1f} s")
            results += measure(sqlite_db, catalog, YEARS[-1], args.repeat)
    if not args.no_postgres:
        t = time.perf_counter()
        pg = load_postgres(rows(catalog, args.rows, args.seed), args.pg_database)
        if pg is not None:
            print(f"PostgreSQL loaded in {time.perf_counter() - t:.1f} s")
            try:
                results += measure(pg, catalog, YEARS[-1], args.repeat)
            finally:
                drop_postgres(args.pg_database)
    print()
    print(f"median of {args.repeat} timed runs each (every run printed above)")
    print(
        f"{'database':11} {'report of':32} {'floor s':>8} {'report s':>9} {'ratio':>6} "
        f"{'floor CPU':>10} {'report CPU':>11}"
    )
    for name, label, floors, reports in results:
        floor = statistics.median(t for t, _ in floors)
        report = statistics.median(t for t, _ in reports)
        floor_cpu = statistics.median(c for _, c in floors)
        report_cpu = statistics.median(c for _, c in reports)
        print(
            f"{name:11} {label:32} {floor:8.2f} {report:9.2f} {report / floor:6.2f} "
            f"{floor_cpu:10.2f} {report_cpu:11.2f}"
        )
    print("CPU: seconds of this process (SQLite's query included, PostgreSQL's server not)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {peak:.0f} MiB (pid {os.getpid()})")
    print("load average (1, 5, 15 min) at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
