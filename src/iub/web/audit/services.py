"""Writes of the audit trail: one entry per read or write of data documented in full."""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import timezone

from iub.followup import GENESIS, ChainEntry, chain_digest, head_digest
from iub.web.audit.keys import derived_key
from iub.web.audit.models import AuditEntry, AuditHead

__all__ = ["audit_record", "chain_time"]


def chain_time(moment: dt.datetime) -> str:
    """The canonical text of a time in the chain: UTC, microseconds."""
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def audit_record(
    *,
    actor: str,
    action: str,
    object_type: str,
    object_id: str | int,
    unit: str,
    purpose: str,
    content: str = "",
) -> AuditEntry:
    """Append one entry to the chain; call it inside the transaction of the read or write.

    ``content`` is the digest of the record as written (``desk.content``), for writes.

    Raises:
        RuntimeError: the chain could not be extended (concurrent writers kept winning).
    """
    key = derived_key("audit")
    for _attempt in range(5):
        try:
            with transaction.atomic():
                head = AuditHead.objects.select_for_update().filter(pk=1).first()
                seq, prev = (head.seq, head.hash) if head is not None else (0, GENESIS)
                draft = ChainEntry(
                    seq=seq + 1,
                    at=chain_time(timezone.now()),
                    actor=actor,
                    action=action,
                    object_type=object_type,
                    object_id=str(object_id),
                    unit=unit,
                    purpose=purpose,
                    prev_hash=prev,
                    hash="",
                    content=content,
                )
                digest = chain_digest(key, draft)
                entry = AuditEntry(
                    seq=draft.seq,
                    at=_parse(draft.at),
                    actor=actor,
                    action=action,
                    object_type=object_type,
                    object_id=draft.object_id,
                    unit=unit,
                    purpose=purpose,
                    prev_hash=prev,
                    hash=digest,
                    content=content,
                )
                entry.save(force_insert=True)
                AuditHead.objects.update_or_create(
                    pk=1,
                    defaults={
                        "seq": draft.seq,
                        "hash": digest,
                        "mac": head_digest(key, draft.seq, digest),
                    },
                )
                return entry
        except IntegrityError:
            continue
    raise RuntimeError("could not extend the audit chain")
