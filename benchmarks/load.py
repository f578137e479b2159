"""Load: residents and desk staff against gunicorn, on SQLite and on PostgreSQL, with locust.

For each database: a fresh database (a temporary SQLite file, or a temporary PostgreSQL
database created beside ``--pg-url``'s and dropped afterwards), migrated, both catalogs loaded
and the demo accounts created; gunicorn with its production configuration
``iub.web.config.gunicorn`` (``--workers`` gthread workers, 4 threads each) serves it; locust
runs headless with ``--users`` concurrent users (3 residents to each desk: catalog,
intervention page, self-check, the public API's check; desk checks, information,
participations, visits and head counts through the desk API) for ``--seconds``. Then, with the
server stopped, the count check: every write the server acknowledged (201 with an id) is in the
database exactly once, under its idempotency key, and nothing was stored twice.

Prints, per database, throughput, p50/p95/p99 and failures per endpoint, and the count check.
Defaults are short (20 users, 15 s); the full run is ``--users 100 --seconds 60``.

Usage: ``python benchmarks/load.py [--users 20] [--seconds 15] [--db sqlite,postgresql]
[--pg-url postgresql://postgres@127.0.0.1:5432/postgres] [--workers 3]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LOCUSTFILE = Path(__file__).with_name("_load_locustfile.py")

COUNT_SCRIPT = r"""
import collections, json, sys
import django
django.setup()
from iub.web.desk.models import AnonymousParticipation, CheckRecord, HeadCount, Visit
models = {"check": CheckRecord, "visit": Visit, "participation": AnonymousParticipation,
          "head_count": HeadCount}
acks = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    kind, pk, key = line.split()
    acks[kind].append((int(pk), key))
out = {}
for kind, model in models.items():
    rows = {pk: key for pk, key in model.objects.values_list("pk", "idempotency_key")}
    keys = collections.Counter(key.split(":", 1)[1] for key in rows.values())
    acked = acks.get(kind, [])
    missing = [pk for pk, key in acked if pk not in rows or rows[pk].split(":", 1)[1] != key]
    twice = [key for key, n in keys.items() if n > 1]
    out[kind] = {"acknowledged": len(acked), "in_database": len(rows),
                 "missing": len(missing), "duplicated": len(twice),
                 "unacknowledged": len(rows) - len(set(pk for pk, _ in acked))}
print(json.dumps(out))
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server did not answer at {url}")


def _run(args: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])} failed:\n{result.stderr[-2000:]}")
    return result.stdout


def _stats(prefix: Path, which: str = "stats") -> list[dict[str, str]]:
    with open(f"{prefix}_{which}.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _one(db: str, args: argparse.Namespace, workdir: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "iub.web.config.settings.base",
        "IUB_VAR_DIR": str(workdir / "var"),
        "IUB_ALLOWED_HOSTS": "127.0.0.1",
        "IUB_LOGIN_FAILURES": "1000",
    }
    env.pop("IUB_DATABASE_URL", None)
    env.pop("DATABASE_URL", None)
    admin = None
    name = ""
    if db == "postgresql":
        import psycopg

        parts = urlsplit(args.pg_url)
        name = f"iub_load_{uuid.uuid4().hex[:8]}"
        admin = psycopg.connect(args.pg_url, autocommit=True)
        admin.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))
    server = None
    try:
        _run([str(BIN / "iub"), "serve", "--load-only"], env)
        _run([str(BIN / "python"), "manage.py", "iub_demo"], env)
        port = _free_port()
        server = subprocess.Popen(
            [
                str(BIN / "gunicorn"), "-c", "python:iub.web.config.gunicorn",
                "iub.web.config.wsgi",
            ],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**env, "IUB_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(args.workers)},
        )  # fmt: skip
        _wait(f"http://127.0.0.1:{port}/healthz")
        acks = workdir / f"acks-{db}.txt"
        prefix = workdir / f"locust-{db}"
        started = time.monotonic()
        subprocess.run(
            [
                str(BIN / "locust"), "-f", str(LOCUSTFILE), "--headless",
                "-u", str(args.users), "-r", str(max(1, args.users // 5)),
                "-t", f"{args.seconds}s", "--host", f"http://127.0.0.1:{port}",
                "--csv", str(prefix), "--only-summary", "--loglevel", "ERROR",
                "--stop-timeout", "10",
            ],
            cwd=ROOT, env={**env, "IUB_LOAD_ACKS": str(acks)},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
        )  # fmt: skip
        elapsed = time.monotonic() - started
        server.terminate()
        server.wait(timeout=60)
        server = None
        acks.touch()
        counts = json.loads(
            _run([str(BIN / "python"), "-c", COUNT_SCRIPT, str(acks)], env).strip().splitlines()[-1]
        )
        return {
            "db": db,
            "elapsed": elapsed,
            "stats": _stats(prefix),
            "failures": _stats(prefix, "failures"),
            "counts": counts,
        }
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=60)
        if admin is not None:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                [name],
            )
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.close()


def _print(result: dict[str, object], args: argparse.Namespace) -> bool:
    stats = result["stats"]
    assert isinstance(stats, list)
    print(
        f"\n== {result['db']}: {args.users} users, {args.seconds} s, "
        f"gunicorn {args.workers} workers x 4 threads"
    )
    print(
        f"{'endpoint':32} {'requests':>9} {'req/s':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'fail':>6}"
    )
    for row in stats:
        name = row["Name"] if row["Name"] != "Aggregated" else "all"
        fails = int(row["Failure Count"])
        count = int(row["Request Count"])
        print(
            f"{name[:32]:32} {count:9d} {float(row['Requests/s']):7.1f} "
            f"{row['50%']:>6} {row['95%']:>6} {row['99%']:>6} "
            f"{(100 * fails / count if count else 0):5.1f}%"
        )
    print("(milliseconds; fail = error rate: non-2xx/3xx answers and connection errors)")
    failures = result["failures"]
    assert isinstance(failures, list)
    for row in sorted(failures, key=lambda r: -int(r["Occurrences"]))[:8]:
        print(f"  {row['Occurrences']:>5} x {row['Name']}: {row['Error'][:90]}")
    counts = result["counts"]
    assert isinstance(counts, dict)
    ok = True
    print(f"{'write':14} {'acknowledged':>12} {'in database':>11} {'missing':>8} {'twice':>6}")
    for kind, c in counts.items():
        print(
            f"{kind:14} {c['acknowledged']:12d} {c['in_database']:11d} "
            f"{c['missing']:8d} {c['duplicated']:6d}"
        )
        ok = ok and c["missing"] == 0 and c["duplicated"] == 0
    print("count check:", "every acknowledged write is stored exactly once" if ok else "FAILED")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("IUB_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
        help="a server and database to connect to; a temporary database is made beside it",
    )
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="iub-load-") as tmp:
        for db in [d.strip() for d in args.db.split(",") if d.strip()]:
            if db == "postgresql":
                try:
                    import psycopg

                    psycopg.connect(args.pg_url, connect_timeout=3).close()
                except Exception as exc:  # any reason: say it and go on
                    print(f"\n== postgresql: SKIPPED ({args.pg_url} does not answer: {exc})")
                    continue
            workdir = Path(tmp) / db
            workdir.mkdir()
            ok = _print(_one(db, args, workdir), args) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
