"""The server's CPU time per request under wrk, per target: the cost behind a share of the floor.

Not part of ``make bench`` (the leading underscore). ``web_throughput.py`` measures throughput,
which on a shared machine moves with every other process (the floor ran at 1,200-3,700
requests/s within one run); the CPU time the gunicorn workers spend per request moves far
less, and its ratio to the floor's is the share the server alone would allow (wrk's own CPU
aside). Same server as ``web_throughput.py`` (its production configuration, 2 workers, SQLite,
DEBUG off); each target is warmed and checked as there, then for ``--rounds`` rounds each
target runs under ``wrk -t2 -c50`` for ``--duration`` seconds while the workers' user and
system time (``/proc/<pid>/stat``, 10 ms ticks) is read before and after.

Usage: ``python benchmarks/_server_cpu.py [--duration 5] [--rounds 2] [--only KEY,...]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_throughput import BIN, ROOT, TARGETS, _free_port, _wait, _warm, _wrk

_TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")


def _workers(master: int) -> list[int]:
    """The gunicorn master's child processes."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                found.append(int(entry.name))
    return found


def _cpu_ms(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total * _TICK_MS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--only", default="", help="comma-separated target keys beside the floor")
    args = parser.parse_args()
    wanted = {key for key in args.only.split(",") if key}
    targets = [t for t in TARGETS if t.key == "floor" or not wanted or t.key in wanted]
    with tempfile.TemporaryDirectory(prefix="iub-cpu-") as tmp:
        workdir, port = Path(tmp), _free_port()
        env = {
            **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "IUB_DEBUG"}},
            "IUB_VAR_DIR": tmp,
            "DJANGO_SETTINGS_MODULE": "iub.web.config.settings.base",
            "WEB_CONCURRENCY": "2",
            "IUB_BIND": f"127.0.0.1:{port}",
        }
        load = [str(BIN / "iub"), "serve", "--load-only"]
        subprocess.run(load, env=env, cwd=ROOT, capture_output=True, check=True)
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "python:iub.web.config.gunicorn", "iub.web.config.wsgi"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        per_request: dict[str, list[float]] = {t.key: [] for t in targets}
        try:
            _wait(port)
            for target in targets:
                _warm(port, target)
            time.sleep(1)
            pids = _workers(server.pid)
            for _ in range(args.rounds):
                for target in targets:
                    before = _cpu_ms(pids)
                    result = _wrk(f"http://127.0.0.1:{port}", target, args.duration, workdir)
                    spent = _cpu_ms(pids) - before
                    per_request[target.key].append(spent / max(result["requests"], 1))
        finally:
            server.terminate()
            server.wait(timeout=20)
    floor = statistics.median(per_request["floor"])
    print(f"gunicorn workers' CPU time per request under wrk, median of {args.rounds} rounds")
    for target in targets:
        each = statistics.median(per_request[target.key])
        print(
            f"  {target.key:14} {each:5.3f} ms  {each / floor:4.2f} x floor  "
            f"(floor / target: {floor / each * 100:3.0f} %)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
