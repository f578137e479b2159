"""The content of records documented in full, as the audit chain vouches for it.

A write of a participation (start, end) or an event logs the keyed digest of the record's
content as stored (:func:`iub.followup.record_digest`), read back from the database inside the
write's transaction, so the digest is of exactly what the database holds. ``iub audit verify``
recomputes it for every record and compares it with its last logged write: a record edited
in the database afterwards is ``record_edited``. docs/audit.md says what this proves and what
it does not.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from iub.followup import record_digest
from iub.web.audit.keys import derived_key
from iub.web.desk.models import Participation, ParticipationEvent

__all__ = ["CONTENT_TYPES", "content_digest", "content_digests"]

#: The record kinds whose writes carry a content digest, by their name in the audit trail.
CONTENT_TYPES = ("participation", "participation_event")

_PARTICIPATION = (
    "id",
    "unit_id",
    "stem",
    "catalog_version",
    "intervention_id",
    "created_by_id",
    "created_at",
    "idempotency_key",
    "identity_id",
    "identity__kind",
    "identity__lookup_hash",
    "identity__number_encrypted",
    "started_on",
    "ended_on",
    "wellbeing_start",
    "wellbeing_end",
    "social_start",
    "social_end",
    "left_early",
    "external_system",
    "check_record_id",
)
_EVENT = (
    "id",
    "participation_id",
    "occurred_on",
    "text_encrypted",
    "created_by_id",
    "created_at",
    "idempotency_key",
)


def _canonical(value: Any) -> Any:
    """A JSON value that reads the same from SQLite and PostgreSQL."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    return value


def _rows(object_type: str, pks: list[int] | None) -> Any:
    model, fields = (
        (Participation, _PARTICIPATION)
        if object_type == "participation"
        else (ParticipationEvent, _EVENT)
    )
    rows = model.objects.all() if pks is None else model.objects.filter(pk__in=pks)
    return rows.order_by("pk").values_list(*fields).iterator(chunk_size=2000), fields


def content_digests(object_type: str, pks: list[int] | None = None) -> dict[str, str]:
    """The content digest of each record of a kind (all, or those with the given keys)."""
    key = derived_key("audit-record")
    rows, fields = _rows(object_type, pks)
    return {
        str(row[0]): record_digest(
            key, object_type, {name: _canonical(v) for name, v in zip(fields, row, strict=True)}
        )
        for row in rows
    }


def content_digest(object_type: str, pk: int) -> str:
    """The content digest of one record as the database holds it now."""
    return content_digests(object_type, [pk])[str(pk)]
