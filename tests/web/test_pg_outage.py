"""PostgreSQL connections cut during load: gunicorn answers 200 or 503, then 200, no restart.

Runs in the PostgreSQL pass of `make test` (DATABASE_URL is PostgreSQL): a database of its own
is created next to the test database, migrated, served by gunicorn (two workers with
persistent connections), and its server-side connections are ended with pg_terminate_backend
(only that database's, never the server) while clients keep requesting: what a restart or a
failover does to the application. Every answer must be 200 or a 503 problem JSON, and the
same workers must answer 200 afterwards. The server itself is never stopped.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
URL = os.environ.get("IUB_DATABASE_URL") or os.environ.get("DATABASE_URL") or ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", "")
    except (urllib.error.URLError, ConnectionError):
        return 0, ""


@pytest.fixture
def own_database() -> Iterator[str]:
    """A fresh database on the same server, dropped afterwards (its connections ended first)."""
    if not URL.startswith(("postgres://", "postgresql://")):
        pytest.skip("runs in the PostgreSQL pass of make test (DATABASE_URL=postgresql://…)")
    import psycopg

    parts = urlsplit(URL)
    name = f"{parts.path.lstrip('/') or 'iub'}_outage_{uuid.uuid4().hex[:8]}"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    try:
        admin = psycopg.connect(admin_url, autocommit=True, connect_timeout=3)
    except psycopg.Error as error:
        pytest.skip(f"PostgreSQL does not answer: {error}")
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name]
        )
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()


def _terminate(database_url: str) -> int:
    """End every server connection to this database (not ours): the outage."""
    import psycopg

    name = urlsplit(database_url).path.lstrip("/")
    with psycopg.connect(database_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        ).fetchall()
    return len(rows)


def _children(pid: int) -> set[int]:
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in text:
            found.add(int(status.parent.name))
    return found


def test_cut_connections_give_503_then_recover_without_restart(own_database: str) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": own_database,
        "DJANGO_SETTINGS_MODULE": "iub.web.config.settings.base",
        "IUB_ALLOWED_HOSTS": "127.0.0.1",
    }
    env.pop("IUB_DATABASE_URL", None)
    subprocess.run(
        [str(BIN / "iub"), "serve", "--load-only"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    port = _free_port()
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}", "iub.web.config.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while _get(base + "/healthz")[0] != 200:
            assert time.monotonic() < deadline, "gunicorn did not come up"
            time.sleep(0.5)
        for _ in range(20):  # both workers hold a persistent connection now
            assert 200 == _get(base + "/api/catalogs")[0]
        workers = _children(server.pid)

        answers: list[tuple[int, str]] = []
        stop = threading.Event()

        def load() -> None:
            while not stop.is_set():
                answers.append(_get(base + "/api/catalogs/alingsas"))

        threads = [threading.Thread(target=load) for _ in range(4)]
        for thread in threads:
            thread.start()
        ended = []
        for _ in range(3):
            time.sleep(0.7)
            ended.append(_terminate(own_database))
        time.sleep(0.7)
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        after = [_get(base + path) for path in ("/api/catalogs", "/healthz", "/alingsas/") * 4]

        assert sum(ended) >= 1, "no connection was ended: the test proved nothing"
        statuses = {status for status, _ in answers}
        assert statuses <= {200, 503}, sorted(statuses)
        assert all("application/problem+json" in kind for status, kind in answers if status == 503)
        assert [200] * len(after) == [status for status, _ in after]
        assert workers == _children(server.pid), "a worker was restarted"
    finally:
        server.terminate()
        server.wait(timeout=30)
