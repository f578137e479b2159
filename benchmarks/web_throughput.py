"""HTTP benchmark: gunicorn as in production (SQLite) against wrk and a fixed-rate generator.

gunicorn runs with the production configuration (``-c python:iub.web.config.gunicorn``: gthread
workers, 4 threads each, the access log) and ``WEB_CONCURRENCY=2`` workers, DEBUG off. For the
catalog page, an intervention page and two self-check answers, beside a trivial Django view
(``/robots.txt``: no database, no template) on the same server as the floor:

(a) saturation throughput: ``wrk -t2 -c50`` for DURATION seconds, in ROUNDS rounds that
    each measure, for every target, the floor and right after it the target, so that a
    change in the machine's load (other processes on a shared machine) hits a target and its
    floor alike; each share of the floor is the target's throughput over the floor's just
    before it;
(b) latency p50/p95/p99 at a fixed 100 requests/s, measured from each request's *scheduled*
    start (wrk2-style, so a stall is not hidden by coordinated omission), by a small
    rate-limited Python load generator in a second process.

The self-check answers are the costly ones: "no" with the unmet condition and five other
interventions suggested (Alingsås, a 40-year-old asking about Mini Maria), and "yes" with
what to bring (Stockholm). Only a right answer counts: every response, in wrk (a Lua
``response`` hook) and in the generator, must be a 200 that holds the target's markers
(the outcome, the reason, the suggestions); anything else (a 403 from CSRF, a 400 for a
forged post, a redirect, an error page, the question page) is an error and not throughput.
Before measuring, each self-check post is also made the way a browser makes it (GET the
form, then POST with the cookie and the form's own CSRF token) and must answer a page of the
same length.

Targets: the median share of the floor >= 60 %, p95 < 50 ms at 100 req/s, no errors.
Usage: ``python benchmarks/web_throughput.py [--duration 5] [--rounds 3] [--rate 100]
[--latency-duration 30] [--only KEY,...]`` (in ``make bench``).
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
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CSRF = "benchmarkbenchmarkbenchmarkbench"  # 32 characters: Django accepts the unmasked secret
SHARE_TARGET = 60  # % of the floor
P95_TARGET_MS = 50


@dataclass(frozen=True)
class Target:
    """One thing measured: a request, and what its answer must contain to count."""

    key: str
    name: str
    method: str
    path: str
    markers: Sequence[str]
    form: Sequence[tuple[str, str]] = ()

    @property
    def marker(self) -> str:
        return self.markers[0]

    @property
    def body(self) -> str | None:
        if self.method != "POST":
            return None
        return urlencode([("csrfmiddlewaretoken", CSRF), *self.form])

    @property
    def headers(self) -> dict[str, str]:
        if self.method != "POST":
            return {}
        return {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={CSRF}",
        }


#: The floor first. Markers are the page's own words: the outcome, the reason, the suggestions.
TARGETS = [
    Target(
        "floor", "floor: trivial view /robots.txt", "GET", "/robots.txt", ["Disallow: /personal/"]
    ),
    Target(
        "catalog",
        "catalog page /alingsas/",
        "GET",
        "/alingsas/",
        ["Stöd utan ansökan i Alingsås", "Beroendestöd vid Mini Maria"],
    ),
    Target(
        "intervention",
        "intervention page",
        "GET",
        "/stockholm/samtalsgrupp-for-anhoriga/",
        ["Samtalsgrupp för anhöriga", "Passar det här mig?"],
    ),
    Target(
        "selfcheck-no",
        "self-check POST: no+reason+others",
        "POST",
        "/alingsas/beroendestod-vid-mini-maria/passar-det-har-mig/",
        [
            "Nej, du uppfyller inte villkoren",
            "Villkoret som inte var uppfyllt",
            "Unga mellan 15 till 21 år",
            "Annat stöd som kan passa dig",
            "Anhörigstöd vid psykisk ohälsa",
        ],
        [("q", "person.age"), ("a.person.age", "40")],
    ),
    Target(
        "selfcheck-yes",
        "self-check POST: yes+what to bring",
        "POST",
        "/stockholm/samtalsgrupp-for-anhoriga/passar-det-har-mig/",
        ["Ja, det ser ut som att det här passar dig", "Vad du ska ta med"],
        [
            ("a.person.age", "16"),
            ("a.person.lives_in", "0180"),
            ("a.person.requests_self", "yes"),
            ("q", "close_person.situations"),
            ("a.close_person.situations", "substance_use"),
        ],
    ),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _right(target: Target, status: int, body: bytes) -> bool:
    """A 200 with every marker of the target: only a right answer counts as throughput."""
    return status == 200 and all(marker.encode() in body for marker in target.markers)


# --- (a) saturation with wrk ------------------------------------------------------------------

# Counts, per wrk thread, the responses that are not 200 or lack a marker; done() adds them up.
_LUA = """
wrk.method = [==[%(method)s]==]
%(request)s
local markers = {%(markers)s}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non200 = 0; wrong = 0 end
function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1; return end
  for _, marker in ipairs(markers) do
    if not string.find(body, marker, 1, true) then wrong = wrong + 1; return end
  end
end
function done(summary, latency, requests)
  local n, w = 0, 0
  for _, thread in ipairs(threads) do n = n + thread:get("non200"); w = w + thread:get("wrong") end
  io.write(string.format("IUB-CHECK non200=%%d wrong=%%d\\n", n, w))
end
"""


def _lua(target: Target) -> str:
    request = ""
    if target.body is not None:
        request = f"wrk.body = [==[{target.body}]==]\n" + "".join(
            f'wrk.headers["{name}"] = [==[{value}]==]\n' for name, value in target.headers.items()
        )
    markers = ", ".join(f"[==[{marker}]==]" for marker in target.markers)
    return _LUA % {"method": target.method, "request": request, "markers": markers}


def _wrk(base: str, target: Target, seconds: int, workdir: Path) -> dict[str, float]:
    script = workdir / f"{target.key}.lua"
    script.write_text(_lua(target), encoding="utf-8")
    command = ["wrk", "-t2", "-c50", f"-d{seconds}s", "--latency", "-s", str(script)]
    output = subprocess.run(
        [*command, base + target.path], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    check = re.search(r"IUB-CHECK non200=(\d+) wrong=(\d+)", output)
    if check is None:
        raise SystemExit(f"wrk printed no response check for {target.key}:\n{output}")
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non200, wrong = int(check.group(1)), int(check.group(2))
    sockets = sum(int(g) for g in socket_errors.groups()) if socket_errors else 0
    # Requests/sec counts every response; only the right ones are throughput.
    right_rps = rps * (total - non200 - wrong) / total if total else 0.0
    return {
        "rps": right_rps,
        "requests": total,
        "non200": non200,
        "wrong": wrong,
        "errors": non200 + wrong + sockets,
    }


# --- (b) fixed rate in a second process -------------------------------------------------------


def _fixed_rate_worker(
    port: int, target: Target, rate: int, seconds: int, out: multiprocessing.Queue
) -> None:
    """Send ``rate`` requests per second on a schedule; latency counts from the schedule."""
    interval = 1.0 / rate
    count = rate * seconds
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    start = time.perf_counter() + 0.2
    slots = iter(range(count))
    headers = {"Connection": "keep-alive", **target.headers}

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
                connection.request(target.method, target.path, body=target.body, headers=headers)
                response = connection.getresponse()
                ok = _right(target, response.status, response.read())
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


def _fixed_rate(port: int, target: Target, rate: int, seconds: int) -> dict[str, float]:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    process = multiprocessing.Process(
        target=_fixed_rate_worker, args=(port, target, rate, seconds, queue)
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
    parser.add_argument("--duration", type=int, default=5, help="wrk seconds per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of floor + targets")
    parser.add_argument("--rate", type=int, default=100, help="requests/s for latency")
    parser.add_argument(
        "--latency-duration", type=int, default=30, help="seconds at the fixed rate per target"
    )
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated target keys beside the floor (catalog,intervention,"
        "selfcheck-no,selfcheck-yes); all by default",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("benchmarks/web_throughput.py: wrk is not installed; install it with")
        print("    sudo apt-get install wrk")
        print("and run `make bench` again. (Skipped; nothing measured.)")
        return 0
    wanted = {key for key in args.only.split(",") if key}
    targets = [t for t in TARGETS if t.key == "floor" or not wanted or t.key in wanted]

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="iub-bench-") as tmp:
        workdir = Path(tmp)
        port = _free_port()
        env = {
            **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "IUB_DEBUG"}},
            "IUB_VAR_DIR": str(workdir),
            "DJANGO_SETTINGS_MODULE": "iub.web.config.settings.base",
            "WEB_CONCURRENCY": "2",
            "IUB_BIND": f"127.0.0.1:{port}",
        }
        subprocess.run(
            [str(BIN / "iub"), "serve", "--load-only"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "python:iub.web.config.gunicorn", "iub.web.config.wsgi"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,  # the access log: one line per request, as in production
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait(port)
            sizes = {target.key: _warm(port, target) for target in targets}
            floor, measured = targets[0], targets[1:]
            rounds: list[dict[str, tuple[dict[str, float], dict[str, float]]]] = []
            for _ in range(args.rounds):
                rounds.append(
                    {
                        target.key: (
                            _wrk(base, floor, args.duration, workdir),
                            _wrk(base, target, args.duration, workdir),
                        )
                        for target in measured
                    }
                )
            latencies = {
                target.key: _fixed_rate(port, target, args.rate, args.latency_duration)
                for target in targets
                if target.key != "floor"
            }
        finally:
            server.terminate()
            server.wait(timeout=20)

    _print(targets, rounds, latencies, sizes, args, load_before, os.getloadavg())
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


def _request(
    port: int,
    method: str,
    path: str,
    body: str | None = None,
    headers: dict[str, str] | None = None,
) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    connection.close()
    return response


def _warm(port: int, target: Target) -> int:
    """A few requests so that each worker has parsed the catalog and cached the fragments;
    each must be right. A self-check post must also answer exactly what a browser gets.

    Returns the size of the answer in bytes."""
    sizes = set()
    for _ in range(10):
        response = _request(port, target.method, target.path, target.body, target.headers)
        body: bytes = response.body  # type: ignore[attr-defined]
        if not _right(target, response.status, body):
            raise SystemExit(
                f"{target.method} {target.path} answered {response.status} without "
                f"{[m for m in target.markers if m.encode() not in body]}: not the page measured"
            )
        sizes.add(len(body))
    if len(sizes) != 1:
        raise SystemExit(f"{target.key}: the answer's size varies: {sorted(sizes)}")
    size = sizes.pop()
    if target.method == "POST":
        browser = _as_browser(port, target)
        if len(browser) != size or not _right(target, 200, browser):
            raise SystemExit(
                f"{target.key}: the benchmark's post answers {size} bytes, a browser's "
                f"{len(browser)}: the benchmark does not measure the answer a resident gets"
            )
    return size


def _as_browser(port: int, target: Target) -> bytes:
    """The answer to the target's form as a browser gets it: GET the page (cookie, masked
    token in the form), then POST the answers with both."""
    page = _request(port, "GET", target.path)
    cookie = re.search(r"csrftoken=([^;]+)", page.getheader("Set-Cookie") or "")
    token = re.search(
        rb'name="csrfmiddlewaretoken" value="([^"]+)"',
        page.body,  # type: ignore[attr-defined]
    )
    if page.status != 200 or cookie is None or token is None:
        raise SystemExit(f"GET {target.path}: {page.status}, no CSRF cookie or token")
    answer = _request(
        port,
        "POST",
        target.path,
        urlencode([("csrfmiddlewaretoken", token.group(1).decode()), *target.form]),
        {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie.group(1)}",
            "Referer": f"http://127.0.0.1:{port}{target.path}",
        },
    )
    if answer.status != 200:
        raise SystemExit(f"browser-like POST {target.path} answered {answer.status}")
    body: bytes = answer.body  # type: ignore[attr-defined]
    return body


def _print(
    targets: list[Target],
    rounds: list[dict[str, tuple[dict[str, float], dict[str, float]]]],
    latencies: dict[str, dict[str, float]],
    sizes: dict[str, int],
    args: argparse.Namespace,
    load_before: tuple[float, float, float],
    load_after: tuple[float, float, float],
) -> None:
    print(
        f"gunicorn -c python:iub.web.config.gunicorn (2 gthread workers x 4 threads), SQLite, "
        f"DEBUG off; wrk -t2 -c50 -d{args.duration}s, floor then target, {args.rounds} "
        f"rounds; fixed rate {args.rate} req/s for {args.latency_duration}s (latency from "
        f"schedule); {os.cpu_count()} CPUs, load average {load_before[0]:.2f} before, "
        f"{load_after[0]:.2f} after"
    )
    header = (
        f"| {'target':34} | {'bytes':>5} | {'req/s (floor before it)':>32} | "
        f"{'% of floor per round':>20} | {'median':>6} | {'p50 ms':>6} | {'p95 ms':>6} | "
        f"{'p99 ms':>6} | {'errors':>6} | {'verdict':7} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    failures = 0
    summary = []
    for target in targets[1:]:
        pairs = [one[target.key] for one in rounds]
        shares = [t["rps"] / f["rps"] * 100 if f["rps"] else 0.0 for f, t in pairs]
        median = statistics.median(shares)
        latency = latencies[target.key]
        errors = sum(f["errors"] + t["errors"] for f, t in pairs) + int(latency["errors"])
        ok = median >= SHARE_TARGET and latency["p95"] < P95_TARGET_MS and errors == 0
        failures += 0 if ok else 1
        measured = " ".join(f"{t['rps']:.0f} ({f['rps']:.0f})" for f, t in pairs)
        print(
            f"| {target.name:34} | {sizes[target.key]:>5} | {measured:>32} | "
            f"{' '.join(f'{s:.0f}%' for s in shares):>20} | {median:>5.0f}% | "
            f"{latency['p50']:>6.1f} | {latency['p95']:>6.1f} | {latency['p99']:>6.1f} | "
            f"{errors:>6} | {'ok' if ok else 'FAIL':7} |"
        )
        summary.append(
            {
                "target": target.key,
                "rps": [round(t["rps"]) for _, t in pairs],
                "floor_rps": [round(f["rps"]) for f, _ in pairs],
                "share": [round(s) for s in shares],
                "median_share": round(median),
                "p50": round(latency["p50"], 1),
                "p95": round(latency["p95"], 1),
                "p99": round(latency["p99"], 1),
                "non200": sum(f["non200"] + t["non200"] for f, t in pairs),
                "wrong": sum(f["wrong"] + t["wrong"] for f, t in pairs),
                "errors": errors,
            }
        )
    print(
        f"floor: /robots.txt ({sizes['floor']} bytes). Targets: median >= {SHARE_TARGET}% of the "
        f"floor, p95 < {P95_TARGET_MS} ms at the fixed rate, zero errors (non-200, a missing "
        "marker, or a socket error, floor runs included)"
    )
    print(json.dumps({"failures": failures, "rows": summary}))


if __name__ == "__main__":
    sys.exit(main())
