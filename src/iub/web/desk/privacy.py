"""A scan of every record without identity (advice, no_identity) for identity-revealing data.

Reads every text value of the records that may hold no identity — checks, visits, anonymous
participations, head-counts — through the identity guard, and reports only (model, kind,
count): the scan itself never prints or logs what it finds. Bracketed labels such as
``[NAMN]`` left by redaction are not findings.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from django.db import models

from iub.privacy import analyze
from iub.web.desk.models import AnonymousParticipation, CheckRecord, HeadCount, Visit

__all__ = ["SCANNED", "privacy_scan"]

SCANNED: tuple[type[models.Model], ...] = (CheckRecord, Visit, AnonymousParticipation, HeadCount)
_LABEL = re.compile(r"\[[A-ZÅÄÖ]+\]")
_SKIP = {"idempotency_key", "stem", "intervention_id", "regime", "outcome", "failed_conditions"}
_WATCHED = {"personnummer", "samordningsnummer", "phone", "email", "name", "address"}


def _texts(row: models.Model) -> list[str]:
    out: list[str] = []
    for field in row._meta.concrete_fields:
        if field.name in _SKIP or field.is_relation:
            continue
        value: Any = getattr(row, field.attname)
        if isinstance(value, str) and value:
            out.append(value)
        elif isinstance(value, list | dict):
            out.append(
                " ".join(str(v) for v in (value.values() if isinstance(value, dict) else value))
            )
    return out


def privacy_scan() -> dict[str, dict[str, int]]:
    """Per model, the kinds and counts of identity-revealing spans found (empty when clean)."""
    report: dict[str, dict[str, int]] = {}
    for model in SCANNED:
        counts: Counter[str] = Counter()
        for row in model._default_manager.all().iterator():
            for text in _texts(row):
                cleaned = _LABEL.sub(" ", text)
                counts.update(f.kind for f in analyze(cleaned) if f.kind in _WATCHED)
        if counts:
            report[model.__name__] = dict(counts)
    return report
