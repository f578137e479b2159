"""`iub serve`: migrate, publish the shipped catalogs once, and answer HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IUB = [sys.executable, "-c", "from iub.cli import main; main()"]


def _env(var: Path) -> dict[str, str]:
    drop = {"DATABASE_URL", "IUB_DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    return {**env, "IUB_VAR_DIR": str(var)}


def test_load_only_publishes_each_catalog_once(tmp_path: Path) -> None:
    """Running the load twice publishes version 1 and then reports it unchanged."""
    first = subprocess.run(
        [*IUB, "serve", "--load-only"],
        env=_env(tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    second = subprocess.run(
        [*IUB, "serve", "--load-only"],
        env=_env(tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert 0 == first.returncode, first.stderr
    assert "stockholm: version 1 (published)" in first.stderr
    assert "stockholm: version 1 (unchanged)" in second.stderr
    assert (tmp_path / "iub.sqlite3").exists()


def test_serve_answers_on_the_port(tmp_path: Path) -> None:
    """`iub serve --port P` serves the catalog page."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [*IUB, "serve", "--port", str(port)],
        env=_env(tmp_path),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/stockholm/") as response:
                    status = response.status
                    break
            except OSError:
                time.sleep(0.3)

        assert 200 == status
    finally:
        process.terminate()
        process.wait(timeout=10)
