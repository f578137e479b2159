"""The audit trail: append-only, hash-chained, and `iub audit verify` finds edits and deletions."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from typer.testing import CliRunner

from iub.cli import app
from iub.web.audit.models import AuditEntry
from iub.web.audit.selectors import audit_verify
from iub.web.audit.services import audit_record

runner = CliRunner()


def _entries(n: int) -> None:
    for i in range(n):
        audit_record(
            actor="boende",
            action="read",
            object_type="participation",
            object_id=i,
            unit="alingsas/boendecoaching",
            purpose="visa deltagande",
        )


def _verify() -> tuple[int, dict[str, object]]:
    result = runner.invoke(app, ["audit", "verify"])
    return result.exit_code, json.loads(result.stdout)


def test_chain_of_appended_entries_verifies(db: None) -> None:
    """Entries appended by the service form an intact chain."""
    _entries(5)

    code, report = _verify()

    assert (0, 5, True) == (code, report["entries"], report["intact"])


def test_orm_cannot_update_or_delete_entries(db: None) -> None:
    """The model and its queryset refuse updates and deletes."""
    _entries(2)
    entry = AuditEntry.objects.first()
    assert entry is not None

    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.update(actor="x")

    assert 2 == AuditEntry.objects.count()


def test_entry_edited_in_the_database_is_found(db: None) -> None:
    """An UPDATE behind the ORM's back breaks the edited entry's digest."""
    _entries(4)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditentry SET purpose = 'annat' WHERE seq = 2")

    code, report = _verify()

    assert 1 == code
    assert [{"seq": 2, "problem": "edited"}] == report["problems"]


def test_entry_deleted_in_the_database_is_found(db: None) -> None:
    """A DELETE in the middle leaves a gap and a broken link."""
    _entries(4)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE seq = 3")

    count, problems = audit_verify()

    assert 3 == count
    assert {(3, "missing"), (4, "broken_link")} <= {(p.seq, p.problem) for p in problems}


def test_last_entry_deleted_is_found_by_the_head(db: None) -> None:
    """Deleting the newest entry is caught by the chain's head."""
    _entries(3)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE seq = 3")

    code, report = _verify()

    assert 1 == code
    assert [{"seq": 3, "problem": "tail_deleted"}] == report["problems"]


def test_text_format_is_swedish(db: None) -> None:
    """`--format text` says in Swedish that the log is whole."""
    _entries(1)

    result = runner.invoke(app, ["audit", "verify", "--format", "text"])

    assert 0 == result.exit_code
    assert "Granskningsloggen är hel: 1 poster." == result.stdout.strip()
