"""`iub backup` taken while the desk writes restores to an identical database.

Writers store visits and audited reads in their own threads while the backup runs; the backup
is restored into a fresh database (a new SQLite file, or a new PostgreSQL database on the same
server) and must match the manifest table by table: row counts and checksums. Runs on SQLite
and, in `make test`, on PostgreSQL (docs/operations.md, "Backups").
"""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from typer.testing import CliRunner

from iub.cli import app
from iub.followup import VisitRecord
from iub.web.accounts.models import StaffProfile
from iub.web.audit.selectors import audit_verify
from iub.web.audit.services import audit_record
from iub.web.desk import selectors, services
from iub.web.desk.models import Visit
from iub.web.operations.backup import BackupError, backup, restore

from .conftest import Staff

pytestmark = pytest.mark.django_db(transaction=True)
runner = CliRunner()


def _writers(stop: threading.Event, written: list[int]) -> list[threading.Thread]:
    user = StaffProfile.objects.get(user__username="familjeradgivning").user
    place = selectors.desk_place(
        user, stem="alingsas", unit="familjeradgivning", intervention="familjeradgivning"
    )

    def visits() -> None:
        n = 0
        try:
            while not stop.is_set():
                n += 1
                try:
                    visit = services.visit_record(
                        place,
                        data=VisitRecord(
                            visited_on=dt.date(2026, 11, 26), delivery="individual", people=1
                        ),
                        user=user,
                        key=f"backup-load-{n:06d}",
                    )[0]
                    written.append(visit.pk)
                except OperationalError:  # SQLite busy under load: try the next one
                    continue
        finally:
            connection.close()

    def reads() -> None:
        try:
            while not stop.is_set():
                try:
                    audit_record(
                        actor="familjeradgivning",
                        action="read",
                        object_type="participation",
                        object_id="0",
                        unit="alingsas/familjeradgivning",
                        purpose="last under säkerhetskopiering",
                    )
                except (OperationalError, RuntimeError):
                    continue
        finally:
            connection.close()

    return [threading.Thread(target=visits), threading.Thread(target=reads)]


@contextmanager
def _fresh_database(tmp_path: Path) -> Iterator[None]:
    """Point the connection at a new, empty database; put everything back afterwards."""
    saved = dict(connection.settings_dict)
    connection.close()
    admin = None
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = str(tmp_path / "restored.sqlite3")
    else:
        import psycopg

        name = f"{saved['NAME']}_restore_{uuid.uuid4().hex[:8]}"
        admin = psycopg.connect(
            host=saved["HOST"] or None,
            port=saved["PORT"] or None,
            user=saved["USER"] or None,
            password=saved["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
        )
        admin.execute(f'CREATE DATABASE "{name}"')
        connection.settings_dict["NAME"] = name
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
        if admin is not None:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()


def _needs_tools() -> None:
    if connection.vendor == "postgresql" and not (
        shutil.which("pg_dump") and shutil.which("pg_restore")
    ):
        pytest.skip("pg_dump/pg_restore are not installed")


def test_a_backup_under_load_restores_identical(staff: Staff, tmp_path: Path) -> None:
    """Counts and checksums of every table of the restored database equal the backup's."""
    _needs_tools()
    stop, written = threading.Event(), []
    threads = _writers(stop, written)
    for thread in threads:
        thread.start()
    try:
        while len(written) < 5:
            threading.Event().wait(0.05)
        taken = backup(tmp_path / "iub.backup")
        during = len(written)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    after = Visit.objects.count()

    with _fresh_database(tmp_path):
        restored = restore(taken.path)
        restored_visits = Visit.objects.count()
        restored_audit = audit_verify()

    assert restored.identical, restored.differing
    assert taken.tables == restored.tables
    assert taken.tables["desk_visit"][0] == restored_visits
    assert 5 <= restored_visits <= during + 1 <= after + 1
    assert [] == restored_audit[1]


def test_restore_refuses_a_damaged_file_and_a_database_with_data(
    staff: Staff, tmp_path: Path
) -> None:
    """A changed byte is found before anything is written; a non-empty database is refused."""
    _needs_tools()
    taken = backup(tmp_path / "iub.backup")
    data = bytearray(taken.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(bytes(data))
    (tmp_path / "damaged.backup.manifest.json").write_text(
        taken.manifest.read_text().replace('"iub.backup"', '"damaged.backup"')
    )

    with pytest.raises(BackupError, match="does not match its manifest"):
        restore(damaged)
    with pytest.raises(BackupError, match="not empty"):
        restore(taken.path)
    result = runner.invoke(app, ["restore", str(damaged)])
    assert (1, "") == (result.exit_code, result.stdout)
    assert "iub: damaged.backup does not match its manifest" in result.stderr
