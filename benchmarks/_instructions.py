"""Instructions per request of the floor, a catalog page and the self-check answers, by callgrind.

Not part of ``make bench`` (the leading underscore). On a shared machine CPU and wall times move
with the other processes; the instructions a request executes do not. One process runs under
``valgrind --tool=callgrind`` (Django's test client, DEBUG off, SQLite loaded as by
``iub serve --load-only``): it sends every target once, then for each target in turn ``WARM``
requests and ``--requests`` requests measured; callgrind (``--dump-before=getppid``) dumps its
counts at each boundary, so start-up and warming are not counted. ``PYTHONHASHSEED=0`` keeps
the count steady from run to run, and ``IUB_CACHE_SECONDS=3600`` keeps the version in force
trusted for the whole run: under valgrind a request is some 50 times slower, so the 5 seconds of
production would expire every few dozen requests and put database queries in the count that a
served request meets once in thousands. ``--src DIR`` measures another tree's ``src`` (for
example ``git archive main src | tar -x -C DIR``) with this checkout's environment.

Usage: ``python benchmarks/_instructions.py [--only floor,catalog,selfcheck-no,selfcheck-yes]
[--requests 200] [--src DIR]`` (about a minute); the figures in docs/web.md ("What the
self-check answer costs") were taken with the defaults.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_throughput import TARGETS, Target, _right  # noqa: E402

_DEFAULT = "floor,catalog,selfcheck-no,selfcheck-yes"
WARM = 20


def _child(keys: list[str], requests: int) -> int:
    """Send every target once, then ``requests`` of each key in turn (run under callgrind).

    ``os.getppid()`` (which nothing else here calls) marks each boundary: callgrind, run with
    ``--dump-before=getppid``, writes the counts since the last mark to a file of its own.
    """
    import django

    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")

    def send(target: Target) -> None:
        if target.method == "POST":
            response = client.post(
                target.path, target.body, content_type="application/x-www-form-urlencoded"
            )
        else:
            response = client.get(target.path)
        if not _right(target, response.status_code, response.content):
            raise SystemExit(f"{target.key}: {response.status_code} or a marker missing")

    for target in TARGETS:
        send(target)
    for key in keys:
        chosen = next(t for t in TARGETS if t.key == key)
        for _ in range(WARM):
            send(chosen)
        os.getppid()
        for _ in range(requests):
            send(chosen)
        os.getppid()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=_DEFAULT)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--src", help="another tree's src directory to measure")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _child(args.child[0].split(","), int(args.child[1]))
    keys = args.only.split(",")
    src = Path(args.src).resolve() if args.src else ROOT / "src"
    with tempfile.TemporaryDirectory(prefix="iub-instructions-") as tmp:
        env = {
            **os.environ,
            "IUB_VAR_DIR": tmp,
            "DJANGO_SETTINGS_MODULE": "iub.web.config.settings.base",
            "PYTHONHASHSEED": "0",
            "IUB_CACHE_SECONDS": "3600",
            "PYTHONPATH": str(src),
        }
        env.pop("DATABASE_URL", None)
        subprocess.run(
            [str(BIN / "iub"), "serve", "--load-only"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--dump-before=getppid",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--child",
                ",".join(keys),
                str(args.requests),
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        parts = sorted(
            Path(tmp).glob("callgrind.out.*"), key=lambda p: int(p.name.rsplit(".", 1)[1])
        )
        if len(parts) != 2 * len(keys):
            raise SystemExit(f"{len(parts)} dumps, {2 * len(keys)} expected")
        per = {key: _total(parts[2 * i + 1]) / args.requests for i, key in enumerate(keys)}
    floor = per.get("floor")
    print(
        f"instructions per request of {src}, callgrind, {args.requests} requests after {WARM} warm:"
    )
    for key in keys:
        ratio = f" ({per[key] / floor:.2f} x floor)" if floor and key != "floor" else ""
        print(f"  {key:14} {per[key] / 1e6:6.3f} M{ratio}")
    return 0


def _total(dump: Path) -> int:
    found = re.search(r"^(?:summary|totals): (\d+)", dump.read_text(), re.MULTILINE)
    if found is None:
        raise SystemExit(f"no total in {dump}")
    return int(found.group(1))


if __name__ == "__main__":
    sys.exit(main())
