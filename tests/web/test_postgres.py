"""The catalog load and a page render against PostgreSQL (production's database).

Runs in a subprocess with DATABASE_URL pointing at 127.0.0.1:5432/test, inside a schema of its
own that is dropped afterwards. Skips, saying why, when no server answers there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import django, os
django.setup()
from django.core.management import call_command
from django.test import Client
from iub.web.catalog.services import catalog_version_load_file
from iub.web.catalog.models import CatalogVersion
call_command("migrate", verbosity=0)
first = catalog_version_load_file("stockholm")
again = catalog_version_load_file("stockholm")
assert first.created and not again.created, (first, again)
assert CatalogVersion.objects.filter(stem="stockholm").count() == 1
response = Client().get("/stockholm/samtalsgrupp-for-anhoriga/")
assert response.status_code == 200, response.status_code
assert "Samtalsgrupp" in response.content.decode()
from django.db import connection
print("OK", connection.vendor)
"""


def _connect() -> tuple[object, str] | None:
    try:
        import psycopg
    except ImportError:
        return None
    for user in ("postgres", "root"):
        url = f"postgresql://{user}@127.0.0.1:5432/test"
        try:
            return psycopg.connect(url, connect_timeout=2, autocommit=True), url
        except psycopg.Error:
            continue
    return None


def test_catalog_load_and_page_render_on_postgresql(tmp_path: Path) -> None:
    """Migrate, publish Stockholm twice (one version) and render its page on PostgreSQL."""
    found = _connect()
    if found is None:
        pytest.skip("PostgreSQL does not answer on 127.0.0.1:5432 (database 'test')")
    connection, url = found
    schema = f"iub_test_{uuid.uuid4().hex[:8]}"
    connection.execute(f'CREATE SCHEMA "{schema}"')  # type: ignore[attr-defined]
    try:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "iub.web.config.settings.test",
            "DATABASE_URL": f"{url}?options=-csearch_path%3D{schema}",
            "IUB_VAR_DIR": str(tmp_path),
        }
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

        assert 0 == result.returncode, result.stderr[-2000:]
        assert "OK postgresql" in result.stdout
    finally:
        connection.execute(f'DROP SCHEMA "{schema}" CASCADE')  # type: ignore[attr-defined]
        connection.close()  # type: ignore[attr-defined]
