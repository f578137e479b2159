"""The finding type and the one-method protocol that every identifier detector implements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

Kind = Literal[
    "personnummer",
    "samordningsnummer",
    "phone",
    "email",
    "address",
    "postcode",
    "licence_plate",
    "name",
]

KINDS: tuple[Kind, ...] = (
    "personnummer",
    "samordningsnummer",
    "phone",
    "email",
    "address",
    "postcode",
    "licence_plate",
    "name",
)


@dataclass(frozen=True, slots=True)
class Detection:
    """One span of a note that may reveal who someone is.

    It carries offsets, never the matched text, so that a finding can be logged, stored or
    put in an exception without leaking what it points at. Offsets are Python ``str``
    indices into the text that was analysed (``text[start:end]``).

    Attributes:
        start: Index of the first character of the span.
        end: Index one past the last character of the span.
        kind: What the span is (a personnummer, a name, ...).
        score: Confidence from 0 to 1; 0.5 and above block a 14 kap. 5 § note, 0.35 to 0.5
            ask the writer to confirm.
        rule: The detector rule that fired, stable enough to count in statistics.
    """

    start: int
    end: int
    kind: Kind
    score: float
    rule: str


@runtime_checkable
class Detector(Protocol):
    """Finds one family of identifiers in text that has already been normalised.

    The text a detector sees is NFKC-folded, with odd spaces, dashes and invisible marks
    already dealt with, and with allow-listed spans masked; offsets it returns index that
    text, and the guard maps them back to the original. A detector of identifiers that no
    allow-list may hide (personnummer, phone, e-mail, plate) sets a class attribute
    ``structured = True`` and reads the text unmasked.
    """

    def detect(self, text: str) -> Iterable[Detection]:
        """Return every span of ``text`` this detector recognises, in any order."""
        ...
