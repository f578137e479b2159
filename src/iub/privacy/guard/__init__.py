"""The identity guard: find identity-revealing spans in Swedish free-text notes.

Under a 14 kap. 5 § SoL (2025:400) decision nothing that can reveal who a participant is may
be documented. ``Guard.analyze`` runs one detector per identifier type over a Unicode-folded
copy of the note (allow-listed unit and programme names masked), keeps the strongest of any
overlapping findings and maps offsets back to the note as written.

Everything here is pure Python with plain-text word lists: no model, no network, no state
beyond the lists loaded once per process.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache

from . import _lexicon
from ._allow import AllowList
from ._normalize import normalize
from ._phrases import allow_phrases
from ._types import KINDS, Detection, Detector, Kind
from .address import AddressDetector
from .email import EmailDetector
from .fake import FakeDetector
from .names import NameDetector
from .personnummer import PersonnummerDetector
from .phone import PhoneDetector
from .plate import PlateDetector

__all__ = [
    "BLOCKING",
    "KINDS",
    "LABELS",
    "MIN_SCORE",
    "Detection",
    "Detector",
    "FakeDetector",
    "Guard",
    "Kind",
    "allow_phrases",
    "default_detectors",
    "redact",
]

MIN_SCORE = 0.35
"""Findings below this score are not reported (e.g. bare twelve-digit timestamps)."""

LABELS: dict[Kind, str] = {
    "personnummer": "[PERSONNUMMER]",
    "samordningsnummer": "[PERSONNUMMER]",
    "phone": "[TELEFON]",
    "email": "[EPOST]",
    "address": "[ADRESS]",
    "postcode": "[POSTNUMMER]",
    "licence_plate": "[REGNR]",
    "name": "[NAMN]",
}


def default_detectors() -> list[Detector]:
    """Return the production detectors, built once per process and shared by every guard."""
    return list(_shared_detectors())


@cache
def _shared_detectors() -> tuple[Detector, ...]:
    """Build the detectors once: the name detector's word index costs a few milliseconds."""
    lexicon = _lexicon.load()
    return (
        PersonnummerDetector(),
        PhoneDetector(),
        EmailDetector(),
        AddressDetector(lexicon),
        PlateDetector(),
        NameDetector(lexicon),
    )


class Guard:
    """A reusable identity guard, built once with its allow-list and detectors.

    Args:
        allow: Names that are never reported: the catalog's units and programmes and the
            administrators' list ("Mini Maria", "Gläntan", "Familjens hus").
        detectors: Replaces the production detectors, e.g. with a ``FakeDetector`` in tests.
        min_score: Findings below this score are dropped.
        builtin_allow: Also allow the shipped list of agencies and organisations
            ("Försäkringskassan", "Maria Ungdom", "Frälsningsarmén").
    """

    def __init__(
        self,
        *,
        allow: Iterable[str] = (),
        detectors: Sequence[Detector] | None = None,
        min_score: float = MIN_SCORE,
        builtin_allow: bool = True,
    ) -> None:
        phrases = list(allow)
        if builtin_allow:
            phrases.extend(_lexicon.load().organisations)
        self._allow = AllowList(phrases)
        self._detectors = list(default_detectors() if detectors is None else detectors)
        self._min_score = min_score

    def analyze(self, text: str) -> list[Detection]:
        """Return the identity-revealing spans of ``text``, ordered by position.

        The allow-list hides only name-like spans (names, streets): a detector whose class
        says ``structured = True`` (personnummer, phone, e-mail, plate) reads the
        text unmasked, so "lisa@telia.com" is found although "Telia" is allow-listed.

        Offsets index ``text`` as given (Python ``str`` indices), even when the note holds
        full-width digits, non-breaking spaces or invisible marks. Overlapping candidates
        are resolved in favour of blocking findings, then the longer span, then the score.

        Raises:
            TypeError: ``text`` is not a ``str`` (decode bytes first).
        """
        if not isinstance(text, str):
            raise TypeError("the guard analyses str; decode bytes before calling it")
        if not text:
            return []
        folded = normalize(text)
        masked = self._allow.mask(folded.text)
        candidates = [
            finding
            for detector in self._detectors
            for finding in detector.detect(
                folded.text if getattr(detector, "structured", False) else masked
            )
            if finding.score >= self._min_score and finding.end > finding.start
        ]
        kept = _resolve(candidates)
        return [_remap(finding, *folded.span(finding.start, finding.end)) for finding in kept]


def _remap(finding: Detection, start: int, end: int) -> Detection:
    """Return the finding with offsets into the original text."""
    if (start, end) == (finding.start, finding.end):
        return finding
    return Detection(start, end, finding.kind, finding.score, finding.rule)


BLOCKING = 0.5
"""Findings at or above this score block a note documented under 14 kap. 5 §."""


def _resolve(candidates: list[Detection]) -> list[Detection]:
    """Keep one of each set of overlapping findings; return them sorted by start.

    Blocking findings beat confirm-only ones; among blocking findings the longer span wins,
    so that redaction removes the whole identifier (an address over its postcode, an oddly
    grouped personnummer over the phone-shaped part of it); then the higher score.
    """
    ranked = sorted(
        candidates,
        key=lambda f: (f.score < BLOCKING, -(f.end - f.start), -f.score, f.start),
    )
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Detection] = []
    for finding in ranked:
        slot = bisect_left(starts, finding.start)
        if slot > 0 and ends[slot - 1] > finding.start:
            continue
        if slot < len(starts) and starts[slot] < finding.end:
            continue
        starts.insert(slot, finding.start)
        ends.insert(slot, finding.end)
        kept.insert(slot, finding)
    return kept


def redact(text: str, findings: Iterable[Detection]) -> str:
    """Replace every finding's span with its Swedish label, such as ``[NAMN]``.

    Overlapping spans are merged and take the label of the one that starts first.

    Raises:
        ValueError: A finding lies outside ``text`` (it came from another text).
    """
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    pieces: list[str] = []
    cursor = 0
    for finding in ordered:
        if not 0 <= finding.start <= finding.end <= len(text):
            raise ValueError(
                f"finding {finding.kind} at {finding.start}-{finding.end} lies outside "
                f"a text of length {len(text)}"
            )
        if finding.end <= cursor:
            continue
        if finding.start >= cursor:
            pieces.append(text[cursor : finding.start])
            pieces.append(LABELS[finding.kind])
        cursor = finding.end
    pieces.append(text[cursor:])
    return "".join(pieces)
