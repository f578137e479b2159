"""HTTP benchmark: gunicorn (2 sync workers, SQLite) against wrk and a fixed-rate generator.

For the catalog page, an intervention page and a self-check POST, beside a trivial Django
view (``/healthz``) on the same server as the floor:

(a) saturation throughput: ``wrk -t2 -c50`` for DURATION seconds;
(b) latency p50/p95/p99 at a fixed 100 requests/s, measured from each request's *scheduled*
    start (wrk2-style, so a stall is not hidden by coordinated omission), by a small
    rate-limited Python load generator in a second process.

Targets: every page >= 50 % of the floor's throughput, p95 < 50 ms at 100 req/s, no errors.
Usage: ``python benchmarks/web_throughput.py [--duration 30] [--rate 100]`` (in ``make bench``).
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CSRF = "benchmarkbenchmarkbenchmarkbench"  # 32 characters: Django accepts the unmasked secret
SELFCHECK_PATH = "/stockholm/samtalsgrupp-for-anhoriga/passar-det-har-mig/"
SELFCHECK_BODY = urlencode(
    [
        ("csrfmiddlewaretoken", CSRF),
        ("a.person.age", "16"),
        ("a.person.lives_in", "0180"),
        ("a.person.requests_self", "yes"),
        ("q", "close_person.situations"),
        ("a.close_person.situations", "substance_use"),
    ]
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _targets(catalog: str) -> list[tuple[str, str, str]]:
    """(name, method, path) of what is measured; the floor first."""
    return [
        ("floor: trivial view /healthz", "GET", "/healthz"),
        (f"catalog page /{catalog}/", "GET", f"/{catalog}/"),
        ("intervention page", "GET", "/stockholm/samtalsgrupp-for-anhoriga/"),
        ("self-check POST (answer)", "POST", SELFCHECK_PATH),
    ]


# --- (a) saturation with wrk ------------------------------------------------------------------

_LUA_POST = """
wrk.method = "POST"
wrk.body = "%s"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "csrftoken=%s"
"""


def _wrk(base: str, method: str, path: str, seconds: int, workdir: Path) -> dict[str, float]:
    command = ["wrk", "-t2", "-c50", f"-d{seconds}s", "--latency"]
    if method == "POST":
        script = workdir / "post.lua"
        script.write_text(_LUA_POST % (SELFCHECK_BODY, CSRF))
        command += ["-s", str(script)]
    output = subprocess.run(
        [*command, base + path], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(non2xx.group(1)) if non2xx else 0
    if socket_errors:
        errors += sum(int(g) for g in socket_errors.groups())
    return {"rps": rps, "requests": total, "errors": errors}


# --- (b) fixed rate in a second process -------------------------------------------------------


def _fixed_rate_worker(
    port: int, method: str, path: str, rate: int, seconds: int, out: multiprocessing.Queue
) -> None:
    """Send ``rate`` requests per second on a schedule; latency counts from the schedule."""
    interval = 1.0 / rate
    count = rate * seconds
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    start = time.perf_counter() + 0.2
    slots = iter(range(count))
    headers = {"Connection": "keep-alive"}
    body = None
    if method == "POST":
        body = SELFCHECK_BODY
        headers |= {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={CSRF}",
        }

    def run() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while True:
            with lock:
                slot = next(slots, None)
            if slot is None:
                break
            scheduled = start + slot * interval
            delay = scheduled - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            try:
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            elapsed = time.perf_counter() - scheduled
            with lock:
                latencies.append(elapsed)
                errors += 0 if ok else 1
        connection.close()

    threads = [threading.Thread(target=run) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.put({"latencies": latencies, "errors": errors})


def _fixed_rate(port: int, method: str, path: str, rate: int, seconds: int) -> dict[str, float]:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    process = multiprocessing.Process(
        target=_fixed_rate_worker, args=(port, method, path, rate, seconds, queue)
    )
    process.start()
    result = queue.get()
    process.join()
    ordered = sorted(result["latencies"])

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000

    return {"p50": pct(50), "p95": pct(95), "p99": pct(99), "errors": result["errors"]}


# --- the run ----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=30, help="seconds per measurement")
    parser.add_argument("--rate", type=int, default=100, help="requests/s for latency")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("benchmarks/web_throughput.py: wrk is not installed; install it with")
        print("    sudo apt-get install wrk")
        print("and run `make bench` again. (Skipped; nothing measured.)")
        return 0

    with tempfile.TemporaryDirectory(prefix="iub-bench-") as tmp:
        workdir = Path(tmp)
        env = {
            **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL"}},
            "IUB_VAR_DIR": str(workdir),
            "DJANGO_SETTINGS_MODULE": "iub.web.config.settings.base",
        }
        loaded = subprocess.run(
            [str(BIN / "iub"), "serve", "--load-only"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        catalog = "alingsas" if "alingsas: version" in loaded else "stockholm"
        port = _free_port()
        server = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "iub.web.config.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=ROOT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait(port)
            rows = []
            for name, method, path in _targets(catalog):
                _warm(port, method, path)
                saturation = _wrk(base, method, path, args.duration, workdir)
                latency = (
                    _fixed_rate(port, method, path, args.rate, args.duration)
                    if not name.startswith("floor")
                    else None
                )
                rows.append((name, saturation, latency))
        finally:
            server.terminate()
            server.wait(timeout=20)

    _print(rows, args)
    return 0


def _wait(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def _warm(port: int, method: str, path: str) -> None:
    """A few requests so that each worker has parsed the catalog and cached the page."""
    for _ in range(10):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        body = SELFCHECK_BODY if method == "POST" else None
        headers = (
            {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={CSRF}"}
            if method == "POST"
            else {}
        )
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"{method} {path} answered {response.status}")
        connection.close()


def _print(rows: list, args: argparse.Namespace) -> None:
    floor = rows[0][1]["rps"]
    print(
        f"gunicorn, 2 sync workers, SQLite; wrk -t2 -c50 -d{args.duration}s; "
        f"fixed rate {args.rate} req/s for {args.duration}s (latency from schedule)"
    )
    header = (
        f"| {'target':32} | {'req/s @50 conn':>14} | {'% of floor':>10} | "
        f"{'p50 ms':>7} | {'p95 ms':>7} | {'p99 ms':>7} | {'errors':>6} | {'verdict':7} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    failures = 0
    for name, saturation, latency in rows:
        share = saturation["rps"] / floor * 100 if floor else 0
        errors = saturation["errors"] + (latency["errors"] if latency else 0)
        if latency is None:
            verdict = "floor" if errors == 0 else "FAIL"
            p50 = p95 = p99 = "–"
        else:
            ok = share >= 50 and latency["p95"] < 50 and errors == 0
            verdict = "ok" if ok else "FAIL"
            failures += 0 if ok else 1
            p50, p95, p99 = (f"{latency[k]:.1f}" for k in ("p50", "p95", "p99"))
        print(
            f"| {name:32} | {saturation['rps']:>14.0f} | {share:>9.0f}% | "
            f"{p50:>7} | {p95:>7} | {p99:>7} | {errors:>6} | {verdict:7} |"
        )
    print("targets: >= 50% of floor, p95 < 50 ms at the fixed rate, zero errors")
    print(json.dumps({"failures": failures}))


if __name__ == "__main__":
    sys.exit(main())
