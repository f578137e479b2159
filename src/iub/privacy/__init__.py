"""Privacy: keep identity-revealing data out of notes documented under 14 kap. 5 § SoL.

The public API is the identity guard: ``analyze`` finds personnummer, samordningsnummer,
phone numbers, e-mail and street addresses, postcodes, licence plates and person names in
Swedish free text; ``redact`` replaces them with labels such as ``[NAMN]``; ``Guard`` is the
reusable object to build once with the catalog's allow-list. ``quasi_check`` scores the
combinations of age, occupation, workplace, school, diagnosis and family that point at one
person without naming anyone.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .guard import (
    BLOCKING,
    KINDS,
    LABELS,
    MIN_SCORE,
    Detection,
    Detector,
    FakeDetector,
    Guard,
    Kind,
    allow_phrases,
    redact,
)
from .quasi import (
    QUASI_ADVICE_SV,
    QUASI_BLOCK,
    QUASI_KINDS_SV,
    QUASI_WARN,
    QuasiPart,
    QuasiScreen,
    quasi_check,
)

__all__ = [
    "BLOCKING",
    "KINDS",
    "LABELS",
    "MIN_SCORE",
    "QUASI_ADVICE_SV",
    "QUASI_BLOCK",
    "QUASI_KINDS_SV",
    "QUASI_WARN",
    "Detection",
    "Detector",
    "FakeDetector",
    "Guard",
    "Kind",
    "QuasiPart",
    "QuasiScreen",
    "allow_phrases",
    "analyze",
    "quasi_check",
    "redact",
]


@lru_cache(maxsize=32)
def _guard(allow: frozenset[str]) -> Guard:
    """Return a guard for one allow-list, built once per process."""
    return Guard(allow=sorted(allow))


def analyze(text: str, *, allow: Iterable[str] = frozenset()) -> list[Detection]:
    """Return the identity-revealing spans of a Swedish note, ordered by position.

    Args:
        text: The note as the writer typed it.
        allow: Unit and programme names that are not people ("Mini Maria", "Gläntan").

    Returns:
        One ``Detection(start, end, kind, score, rule)`` per span, with offsets into ``text``.
        A finding of score 0.5 or more should block a 14 kap. 5 § note; 0.35-0.5 asks the
        writer to confirm.
    """
    return _guard(frozenset(allow)).analyze(text)
