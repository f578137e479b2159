"""The audit chain over reads and writes of data documented in full (14 kap. 3 §).

Each entry's digest is an HMAC over its own fields and the previous entry's digest, so an
edited entry breaks its own digest, a deleted or reordered one breaks the next entry's link,
and nobody without the key can recompute the chain. A separate head (last sequence number and
digest) catches a deleted tail; the head carries its own HMAC, so that rewinding it to an
earlier entry needs the key too. Storage lives in the web app; this module only computes.

A write entry may also carry the digest of the record's content as written
(:func:`record_digest`): the chain then vouches for the record itself, so that a record edited
in the database afterwards no longer matches the digest of its last logged write.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "GENESIS",
    "ChainEntry",
    "ChainHead",
    "ChainProblem",
    "chain_digest",
    "chain_verify",
    "head_digest",
    "record_digest",
]

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class ChainEntry:
    """One audit entry: who did what to which record, when and why."""

    seq: int
    at: str  # ISO 8601 with offset
    actor: str
    action: str  # "read" | "write" | "export"
    object_type: str
    object_id: str
    unit: str
    purpose: str
    prev_hash: str
    hash: str
    content: str = ""  # record_digest of the record as written ("" for reads and exports)


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """Where the chain breaks: the entry's sequence number and what is wrong."""

    seq: int
    problem: str  # "edited" | "broken_link" | "missing" | "tail_deleted" | "record_edited" …
    record: str | None = None  # "participation 3", for a record whose write is not in the chain


@dataclass(frozen=True, slots=True)
class ChainHead:
    """What the writer recorded last: the entry count, the last digest, and their HMAC."""

    seq: int
    hash: str
    mac: str


def chain_digest(key: bytes, entry: ChainEntry | dict[str, object]) -> str:
    """The HMAC-SHA256 of an entry's fields and its link, as hex."""
    fields = (
        entry
        if isinstance(entry, dict)
        else {name: getattr(entry, name) for name in ChainEntry.__slots__ if name != "hash"}
    )
    # An entry without a content digest hashes as before the field existed: old chains verify.
    fields = {
        name: value
        for name, value in fields.items()
        if name != "hash" and not (name == "content" and not value)
    }
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def record_digest(key: bytes, object_type: str, content: dict[str, object]) -> str:
    """The HMAC-SHA256 of a record's content (JSON-ready values), as hex.

    Keyed, so that the digest of a record holding an identity cannot be tested against guesses
    by anyone without the key.
    """
    payload = json.dumps(
        {"type": object_type, "content": content},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def head_digest(key: bytes, seq: int, last_hash: str) -> str:
    """The HMAC of the chain's head: its entry count and last digest, as hex."""
    payload = json.dumps({"head": seq, "hash": last_hash}, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def chain_verify(
    entries: Iterable[ChainEntry],
    *,
    key: bytes,
    head: ChainHead | tuple[int, str] | None = None,
) -> list[ChainProblem]:
    """Every break in the chain, in order; an empty list means the chain is intact.

    Args:
        entries: The entries in sequence order.
        key: The chain key.
        head: The last (seq, digest) the writer recorded, to catch a deleted tail. A
            :class:`ChainHead` also carries the head's HMAC: a head rewound to an earlier
            entry without the key is ``head_forged``, and a chain with entries but no head
            is reported by the caller.
    """
    problems: list[ChainProblem] = []
    expected_prev = GENESIS
    expected_seq = 1
    last: ChainEntry | None = None
    for entry in entries:
        if entry.seq != expected_seq:
            problems.append(ChainProblem(expected_seq, "missing"))
        if entry.prev_hash != expected_prev:
            problems.append(ChainProblem(entry.seq, "broken_link"))
        if not hmac.compare_digest(chain_digest(key, entry), entry.hash):
            problems.append(ChainProblem(entry.seq, "edited"))
        expected_prev = entry.hash
        expected_seq = entry.seq + 1
        last = entry
    if isinstance(head, ChainHead):
        if not hmac.compare_digest(head_digest(key, head.seq, head.hash), head.mac):
            problems.append(ChainProblem(head.seq, "head_forged"))
        head = (head.seq, head.hash)
    if head is not None:
        head_seq, head_hash = head
        if last is None or last.seq < head_seq:
            problems.append(ChainProblem(head_seq, "tail_deleted"))
        elif last.seq != head_seq or last.hash != head_hash:
            problems.append(ChainProblem(last.seq, "head_mismatch"))
    return problems
