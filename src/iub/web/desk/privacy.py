"""A scan of every stored note without identity (advice, no_identity) with the current guard.

:func:`privacy_scan` sums :func:`iub.web.desk.notes.privacy_findings` per model: only (model,
kind, count), so the scan itself never prints or logs what it finds. Bracketed labels such as
``[NAMN]`` left by redaction are not findings. ``iub privacy scan`` lists the findings per
record with the link where staff correct or remove the note.
"""

from __future__ import annotations

from collections import Counter

from iub.web.desk.notes import privacy_findings

__all__ = ["privacy_scan"]

_MODEL = {"visit": "Visit", "anonymous_participation": "AnonymousParticipation"}


def privacy_scan() -> dict[str, dict[str, int]]:
    """Per model, the kinds and counts of identity-revealing spans found (empty when clean).

    A combination of quasi-identifiers that warns counts as one ``combination``.
    """
    report: dict[str, Counter[str]] = {}
    for finding in privacy_findings():
        counts = report.setdefault(_MODEL[finding.record.split(" ")[0]], Counter())
        counts.update(finding.kinds)
        if finding.combination:
            counts["combination"] += 1
    return {model: dict(counts) for model, counts in report.items()}
