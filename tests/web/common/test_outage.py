"""The database goes away during requests: 503 (problem JSON, or a Swedish page), then recovery.

The outage is simulated without touching the shared server: the connection's settings are
pointed at a port nobody listens on (PostgreSQL) or a file that cannot be opened (SQLite) and
the open connection is closed, as a restart or failover would. Then the settings are put
back and the same process answers again, without a restart (docs/operations.md). The
end-to-end variant with gunicorn and pg_terminate_backend is tests/web/test_pg_outage.py.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import Client

from iub.web.catalog.models import CatalogVersion

pytestmark = pytest.mark.django_db(transaction=True)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again when the block ends


@contextmanager
def _database_gone() -> Iterator[None]:
    saved = dict(connection.settings_dict)
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-directory/iub.sqlite3"
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(_closed_port()))
        connection.settings_dict.setdefault("OPTIONS", {})["connect_timeout"] = 2
    connection.close()
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


def _client() -> Client:
    return Client(raise_request_exception=False)


def test_requests_fail_cleanly_while_the_database_is_gone_and_recover_after(
    alingsas: CatalogVersion,
) -> None:
    """API: 503 problem JSON; pages: a Swedish 503; health: 503. Then 200 again, same process."""
    client = _client()
    assert 200 == client.get("/api/catalogs").status_code

    with _database_gone():
        api = client.get("/api/catalogs")
        page = client.get("/alingsas/")
        staff = client.get("/personal/logga-in/")
        health = client.get("/healthz")

    assert (503, "application/problem+json") == (api.status_code, api["Content-Type"])
    assert ("database-unavailable", 503) == (api.json()["code"], api.json()["status"])
    assert "Inget sparades" in api.json()["detail"]
    assert api["Retry-After"].isdigit()
    assert 503 == page.status_code
    assert "Databasen svarar inte just nu" in page.content.decode()
    assert "Traceback" not in page.content.decode()
    assert staff.status_code in (200, 503)  # the log-in form needs no database to show
    assert (503, b"database unavailable") == (health.status_code, health.content)
    assert [200, 200, 200] == [
        client.get(path).status_code for path in ("/api/catalogs", "/alingsas/", "/healthz")
    ]


def test_health_checks_the_database(db: None) -> None:
    """/healthz answers "ok" only after a query on the database went through."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = _client().get("/healthz")

    assert (200, b"ok") == (response.status_code, response.content)
    assert any("SELECT 1" in query["sql"] for query in queries.captured_queries)
