"""Profile of the self-check answer beside the floor and a catalog page, in one process.

Not part of ``make bench`` (the leading underscore): it is the tool to find what dominates a
request, not a measurement of the server. It loads both catalogs into a temporary SQLite
database (as ``iub serve --load-only``), warms every page once (as the benchmark does: the
version is cached per process, fragments in the cache), then times ``--requests`` requests of
each through Django's test client with DEBUG off, the targets taking turns in ``--rounds``
rounds (CPU and wall time per request, median of the rounds; the test client
keeps one database connection, so the floor here lacks the connection gunicorn opens per
request), and prints, for the self-check answer, the functions that take the most CPU time under
cProfile.

Usage: ``python benchmarks/_profile_selfcheck.py [--requests 300] [--rounds 10] [--top 25]
[--target selfcheck-no] [--dump FILE]``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_throughput import TARGETS, Target, _right  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--target", default="selfcheck-no", help="target key to profile")
    parser.add_argument("--dump", help="also write the profile here (for pstats or snakeviz)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iub-profile-") as tmp:
        os.environ.pop("DATABASE_URL", None)
        os.environ["IUB_VAR_DIR"] = tmp
        os.environ["DJANGO_SETTINGS_MODULE"] = "iub.web.config.settings.base"
        subprocess.run(
            [str(BIN / "iub"), "serve", "--load-only"], cwd=ROOT, check=True, capture_output=True
        )
        import django

        django.setup()
        from django.test import Client

        client = Client(HTTP_HOST="127.0.0.1")

        def send(target: Target) -> bytes:
            if target.method == "POST":
                response = client.post(
                    target.path, target.body, content_type="application/x-www-form-urlencoded"
                )
            else:
                response = client.get(target.path)
            body: bytes = response.content
            if not _right(target, response.status_code, body):
                raise SystemExit(f"{target.key}: {response.status_code} or a marker missing")
            return body

        print(
            f"{args.requests} requests each, Django test client, DEBUG off, SQLite; "
            f"median of {args.rounds} rounds that take turns between the targets, CPU time "
            "(steadier than wall time on a shared machine)"
        )
        for target in TARGETS:
            send(target)
        per_round = max(1, args.requests // args.rounds)
        cpu: dict[str, list[float]] = {target.key: [] for target in TARGETS}
        wall: dict[str, list[float]] = {target.key: [] for target in TARGETS}
        for _ in range(args.rounds):
            for target in TARGETS:
                start, started = time.perf_counter(), time.process_time()
                for _ in range(per_round):
                    send(target)
                cpu[target.key].append((time.process_time() - started) / per_round * 1000)
                wall[target.key].append((time.perf_counter() - start) / per_round * 1000)
        floor = statistics.median(cpu["floor"])
        for target in TARGETS:
            each = statistics.median(cpu[target.key])
            print(
                f"  {target.key:14} {each:5.2f} ms CPU ({each / floor:4.1f} x floor), "
                f"{statistics.median(wall[target.key]):5.2f} ms wall  ({target.name})"
            )

        chosen = next(t for t in TARGETS if t.key == args.target)
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for _ in range(args.requests):
            send(chosen)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs()
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
        if args.dump:
            profiler.dump_stats(args.dump)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
