"""Reads of the audit trail: verification of the whole chain."""

from __future__ import annotations

from collections.abc import Iterator

from iub.followup import ChainEntry, ChainProblem, chain_verify
from iub.web.audit.keys import derived_key
from iub.web.audit.models import AuditEntry, AuditHead
from iub.web.audit.services import chain_time

__all__ = ["audit_verify"]


def _entries() -> Iterator[ChainEntry]:
    for row in AuditEntry.objects.order_by("seq").iterator(chunk_size=2000):
        yield ChainEntry(
            seq=row.seq,
            at=chain_time(row.at),
            actor=row.actor,
            action=row.action,
            object_type=row.object_type,
            object_id=row.object_id,
            unit=row.unit,
            purpose=row.purpose,
            prev_hash=row.prev_hash,
            hash=row.hash,
        )


def audit_verify() -> tuple[int, list[ChainProblem]]:
    """The number of entries and every break in the chain (empty when intact)."""
    head_row = AuditHead.objects.filter(pk=1).first()
    head = (head_row.seq, head_row.hash) if head_row is not None else None
    count = AuditEntry.objects.count()
    return count, chain_verify(_entries(), key=derived_key("audit"), head=head)
