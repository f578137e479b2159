"""Personnummer and samordningsnummer for participations documented in full (14 kap. 3 §).

:func:`identity_parse` validates the number with the ``personnummer`` package (format,
checksum, date) and returns it in the 12-digit form. Errors carry a stable code and a Swedish
sentence that says why, and never the number: ``str(error)`` is safe to log.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final, Literal

from personnummer import personnummer as _pnr

from iub.errors import IubError

__all__ = ["IdentityError", "IdentityNumber", "identity_parse"]

IdentityKind = Literal["personnummer", "samordningsnummer"]

_MESSAGES: Final = {
    "empty": "Skriv personnumret eller samordningsnumret.",
    "format": ("Numret ska ha 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN."),
    "checksum": "Kontrollsiffran stämmer inte. Kontrollera att alla siffror är rätt.",
    "date": "Numret innehåller inget giltigt födelsedatum.",
    "future": "Födelsedatumet ligger i framtiden.",
}
_SHAPE = re.compile(r"^(\d{6}|\d{8})[-+]?\d{4}$")


class IdentityError(IubError, ValueError):
    """A personnummer or samordningsnummer is not valid; carries a code, never the number."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.message_sv = _MESSAGES[code]
        super().__init__(f"invalid identity number: {code}")


@dataclass(frozen=True, slots=True)
class IdentityNumber:
    """A validated identity number in its 12-digit form (``YYYYMMDDNNNC``).

    ``repr`` hides the digits so that the object is safe in a traceback or a log line.
    """

    digits: str
    kind: IdentityKind
    born: dt.date

    def __repr__(self) -> str:
        return f"IdentityNumber(kind={self.kind!r}, digits=<hidden>)"

    __str__ = __repr__

    @property
    def display(self) -> str:
        """``YYYYMMDD-NNNN``, for the one audited page that shows it."""
        return f"{self.digits[:8]}-{self.digits[8:]}"


def identity_parse(text: str, *, on: dt.date) -> IdentityNumber:
    """Validate a personnummer or samordningsnummer as staff typed it.

    Spaces are ignored; a 10-digit number takes its century from ``on`` (and ``+`` for 100
    years or older), as Skatteverket writes it.

    Raises:
        IdentityError: ``empty``, ``format``, ``checksum``, ``date`` or ``future``.
    """
    compact = "".join(text.split())
    if not compact:
        raise IdentityError("empty")
    if not _SHAPE.match(compact):
        raise IdentityError("format")
    digits = compact.replace("-", "").replace("+", "")
    # The checksum covers YYMMDDNNN; test it first so the message says which part is wrong.
    if _luhn(digits[-10:-1]) != int(digits[-1]):
        raise IdentityError("checksum")
    try:
        parsed = _pnr.Personnummer(compact)
    except _pnr.PersonnummerException:
        raise IdentityError("date") from None  # the package's message carries the number
    born = parsed.get_date()
    if len(digits) == 12 and parsed.full_year != digits[:4]:
        raise IdentityError("date")
    if born > on:
        raise IdentityError("future")
    kind: IdentityKind = "samordningsnummer" if parsed.is_coordination_number() else "personnummer"
    return IdentityNumber(digits=parsed.format(long_format=True), kind=kind, born=born)


def _luhn(data: str) -> int:
    total = 0
    for index, char in enumerate(data):
        value = int(char) * (2 - index % 2)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10
