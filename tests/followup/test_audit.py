"""Tests of the audit chain arithmetic: edits, deletions and a deleted tail are detected."""

from __future__ import annotations

import dataclasses

from iub.followup import GENESIS, ChainEntry, chain_digest, chain_verify, record_digest

KEY = b"test-key"


def _chain(n: int) -> list[ChainEntry]:
    entries: list[ChainEntry] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        draft = ChainEntry(
            seq=seq,
            at=f"2026-11-26T10:{seq:02d}:00+01:00",
            actor="coach",
            action="read",
            object_type="participation",
            object_id=str(seq),
            unit="boendecoaching",
            purpose="visa deltagande",
            prev_hash=prev,
            hash="",
        )
        entry = dataclasses.replace(draft, hash=chain_digest(KEY, draft))
        entries.append(entry)
        prev = entry.hash
    return entries


def test_intact_chain_verifies() -> None:
    """A chain as written has no problems."""
    chain = _chain(5)

    assert [] == chain_verify(chain, key=KEY, head=(5, chain[-1].hash))


def test_edited_entry_is_detected() -> None:
    """Changing any field breaks that entry's digest."""
    chain = _chain(5)
    chain[2] = dataclasses.replace(chain[2], actor="someone-else")

    problems = chain_verify(chain, key=KEY)

    assert [(3, "edited")] == [(p.seq, p.problem) for p in problems]


def test_deleted_entry_is_detected() -> None:
    """Removing an entry leaves a gap and a broken link."""
    chain = _chain(5)
    del chain[1]

    problems = {(p.seq, p.problem) for p in chain_verify(chain, key=KEY)}

    assert {(2, "missing"), (3, "broken_link")} <= problems


def test_deleted_tail_is_detected_by_the_head() -> None:
    """Removing the last entry is caught by the recorded head."""
    chain = _chain(5)
    head = (5, chain[-1].hash)

    problems = chain_verify(chain[:-1], key=KEY, head=head)

    assert [(5, "tail_deleted")] == [(p.seq, p.problem) for p in problems]


def test_recomputing_without_the_key_does_not_help() -> None:
    """An edit re-hashed with another key still fails."""
    chain = _chain(3)
    forged = dataclasses.replace(chain[0], purpose="annat")
    chain[0] = dataclasses.replace(forged, hash=chain_digest(b"guess", forged))

    problems = chain_verify(chain, key=KEY)

    assert (1, "edited") in {(p.seq, p.problem) for p in problems}


def test_an_entry_without_content_hashes_as_before_the_field_existed() -> None:
    """Chains written before content digests verify unchanged; a content digest is hashed."""
    entry = _chain(1)[0]
    fields = {
        name: getattr(entry, name)
        for name in ("seq", "at", "actor", "action", "object_type", "object_id", "unit")
    }
    old = {**fields, "purpose": entry.purpose, "prev_hash": entry.prev_hash}

    assert chain_digest(KEY, old) == entry.hash
    assert chain_digest(KEY, dataclasses.replace(entry, content="ab" * 32)) != entry.hash


def test_record_digest_depends_on_content_and_key() -> None:
    """One changed field or another key gives another digest; key order does not matter."""
    content: dict[str, object] = {"started_on": "2026-01-05", "wellbeing_start": 2}

    digest = record_digest(KEY, "participation", content)

    assert digest == record_digest(KEY, "participation", dict(reversed(content.items())))
    assert digest != record_digest(KEY, "participation", {**content, "started_on": "2026-01-06"})
    assert digest != record_digest(b"other-key", "participation", content)
