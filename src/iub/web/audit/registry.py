"""Which records the audit trail must account for, registered by the apps that own them.

The audit app knows no other app's models: an app whose records are documented in full (the
desk's participations and their events) registers an :class:`AuditedRecords` in its
``AppConfig.ready``, and :func:`iub.web.audit.selectors.audit_verify` checks every write it
expects against the chain. The dependency runs one way, from the owning app to audit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["AuditedRecords", "audited_records", "register_audited"]


@dataclass(frozen=True)
class AuditedRecords:
    """Record kinds (audit ``object_type`` values) and the writes each stored record implies."""

    object_types: tuple[str, ...]
    expected_writes: Callable[[], Counter[tuple[str, str]]]
    #: The keyed digest of each stored record of a kind, by id, as its writes log it
    #: (``content`` of the write entries); None when the records carry no content digest.
    content_digests: Callable[[str], dict[str, str]] | None = None


_REGISTERED: list[AuditedRecords] = []


def register_audited(records: AuditedRecords) -> None:
    """Add records to the cross-check; registering the same object twice is a no-op."""
    if records not in _REGISTERED:
        _REGISTERED.append(records)


def audited_records() -> tuple[AuditedRecords, ...]:
    """Every registration, in the order the apps were readied."""
    return tuple(_REGISTERED)
