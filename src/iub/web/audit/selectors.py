"""Reads of the audit trail: verification of the whole chain and of its anchors.

The chain alone cannot show a cut tail whose head was rewound, or a log wiped with its head.
So verification also checks the head's HMAC and that every write of a record documented in
full has its entry in the chain, and that each such record still matches the content digest
its last logged write carries (docs/audit.md). Which records those are, and how to digest
them, the apps that own them register (:mod:`iub.web.audit.registry`); audit imports no other
app. A record removed by the retention rules has a ``delete`` entry: its writes are expected
gone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from iub.followup import ChainEntry, ChainHead, ChainProblem, chain_verify
from iub.web.audit.keys import derived_key
from iub.web.audit.models import AuditEntry, AuditHead
from iub.web.audit.registry import audited_records
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
            content=row.content,
        )


def _expected_writes() -> Counter[tuple[str, str]]:
    expected: Counter[tuple[str, str]] = Counter()
    for records in audited_records():
        expected.update(records.expected_writes())
    return expected


def _logged_writes() -> Counter[tuple[str, str]]:
    """Logged writes of registered records, less those of records deleted by retention."""
    kinds = [kind for records in audited_records() for kind in records.object_types]
    rows = AuditEntry.objects.filter(action="write", object_type__in=kinds).values_list(
        "object_type", "object_id"
    )
    deleted = set(
        AuditEntry.objects.filter(action="delete", object_type__in=kinds)
        .values_list("object_type", "object_id")
        .iterator()
    )
    return Counter(row for row in rows.iterator() if row not in deleted)


def _content_check() -> list[ChainProblem]:
    """Records whose content no longer matches the digest of their last logged write."""
    problems = []
    for records in audited_records():
        if records.content_digests is None:
            continue
        for kind in records.object_types:
            logged: dict[str, str] = {}
            rows = (
                AuditEntry.objects.filter(action="write", object_type=kind)
                .exclude(content="")
                .order_by("seq")
                .values_list("object_id", "content")
            )
            for pk, digest in rows.iterator(chunk_size=2000):
                logged[pk] = digest  # the last write wins
            for pk, digest in records.content_digests(kind).items():
                if pk in logged and logged[pk] != digest:
                    problems.append(ChainProblem(0, "record_edited", f"{kind} {pk}"))
    return problems


def _cross_check() -> list[ChainProblem]:
    """Records whose writes the chain lacks, and logged writes whose record is gone."""
    expected, logged = _expected_writes(), _logged_writes()
    problems = []
    for (kind, pk), count in sorted(expected.items()):
        if logged[kind, pk] < count:
            problems.append(ChainProblem(0, "write_not_logged", f"{kind} {pk}"))
    for (kind, pk), count in sorted(logged.items()):
        if expected[kind, pk] < count:
            problems.append(ChainProblem(0, "record_missing", f"{kind} {pk}"))
    return problems


def audit_verify() -> tuple[int, list[ChainProblem]]:
    """The number of entries and every break in the chain or its anchors (empty when intact)."""
    head_row = AuditHead.objects.filter(pk=1).first()
    head = ChainHead(head_row.seq, head_row.hash, head_row.mac) if head_row is not None else None
    count = AuditEntry.objects.count()
    problems = chain_verify(_entries(), key=derived_key("audit"), head=head)
    if head is None and count:
        problems.append(ChainProblem(count, "head_missing"))
    return count, [*problems, *_cross_check(), *_content_check()]
