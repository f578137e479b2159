"""Personnummer and samordningsnummer, however staff write them.

Forms: ``YYMMDD-NNNN``, ``YYMMDD+NNNN`` (100 years or older), ``YYYYMMDD-NNNN``, 10 or 12
digits with no separator, a slash (``20210101/2397``), and a space (or a spaced dash) between
date and serial. The day is
01-31, or 61-91 for a samordningsnummer (day + 60). The Luhn check over the last ten digits
decides the score: valid is certain; a real date with a wrong check digit is a probable typo
that still points at a person, so it is reported too, at a lower score.

What is kept out, and how:
- Case and decision numbers (``2025.053``, ``SN-2025-0412``, ``2025/00123``) and longer digit
  strings: the lookarounds refuse a match glued to letters, digits or ``. / -`` + digit.
- Organisation numbers (``556677-8899``): the month digits are 20 or more, never a date.
- Timestamps (``202503141430``): twelve digits with no separator that start with 20 and end
  in a clock time (HHMM) are scored below the reporting threshold.
- Digits grouped oddly ("85 01 01-00 06", one digit at a time) are caught by a fallback that
  joins the groups and reports them only when the Luhn check passes, so spaced amounts and
  counts ("1 250 kr") are left alone.
- Mobile numbers written as ten bare digits (``0701234567``) are also a valid date; the
  phone detector scores them higher, so the span is reported as a phone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._types import Detection, Kind

_PATTERN = re.compile(
    r"(?<![\w/])(?<!\d[.,:\-])"
    r"(?P<century>18|19|20)?(?P<yy>\d\d)(?P<mm>\d\d)(?P<dd>\d\d)"
    r"(?P<sep>[ \r\n]{0,2}[-+/][ \r\n]{0,2}| {1,2}|\r?\n)?"
    r"(?P<serial>\d{3})(?P<check>\d)"
    r"(?![\w\-/]|[.,:]\d)"
)
# Any grouping of digits ("85 01 01-00 06", "8501 010006", "2 0 2 1 0 1 0 1 - 2 3 9 7"): a
# fallback for notes where the number was split oddly, reported only when the digits pass the
# Luhn check. At most 13 groups (12 single digits and a dash), so the time stays linear.
_REGROUPED = re.compile(
    r"(?<![\w/])(?<!\d[.,:\-])\d{1,12}(?:(?: {1,2}| ?[-./] ?)\d{1,12}){1,12}(?![\w\-/]|[.,:]\d)"
)
# A date and a clock time ("tid bokad 250702 14.30"): no personnummer is written so.
_DATE_AND_TIME = re.compile(r"\d{6}(?:\d\d)? {1,2}(?:[01]?\d|2[0-3])[.:][0-5]\d")
_MOBILE = re.compile(r"07[0236]\d{7}")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

SCORE_VALID = 1.0
SCORE_TYPO = 0.6
SCORE_MOBILE_SHAPED = 0.7
SCORE_TIMESTAMP_SHAPED = 0.3
SCORE_REGROUPED = 0.8


def luhn_ok(digits: str) -> bool:
    """Return True if the ten digits pass the Luhn check used by Skatteverket."""
    total = 0
    for position, char in enumerate(digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _date_ok(century: str | None, yy: str, mm: str, dd: str) -> bool:
    """Say whether month and day (day minus 60 for samordningsnummer) form a real date."""
    month = int(mm)
    day = int(dd)
    if day > 60:
        day -= 60
    if not 1 <= month <= 12 or day < 1:
        return False
    if month == 2 and day == 29 and century is not None:
        year = int(century + yy)
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return day <= _DAYS[month - 1]


def _is_timestamp(digits: str) -> bool:
    """Say whether twelve bare digits read as YYYYMMDDHHMM with a real clock time."""
    return digits.startswith("20") and int(digits[8:10]) <= 23 and int(digits[10:12]) <= 59


class PersonnummerDetector:
    """Find personnummer and samordningsnummer, including probable typos."""

    structured = True  # never hidden by the allow-list

    def detect(self, text: str) -> Iterator[Detection]:
        """Yield one finding per date-shaped ten- or twelve-digit identity number."""
        seen: set[tuple[int, int]] = set()
        for match in _PATTERN.finditer(text):
            seen.add(match.span())
            century = match["century"]
            if not _date_ok(century, match["yy"], match["mm"], match["dd"]):
                continue
            ten = match["yy"] + match["mm"] + match["dd"] + match["serial"] + match["check"]
            kind: Kind = "samordningsnummer" if int(match["dd"]) > 60 else "personnummer"
            valid = luhn_ok(ten)
            score = SCORE_VALID if valid else SCORE_TYPO
            rule = f"{kind}.luhn" if valid else f"{kind}.typo"
            if match["sep"] is None:
                if century is None and _MOBILE.fullmatch(ten):
                    score, rule = min(score, SCORE_MOBILE_SHAPED), f"{kind}.mobile_shaped"
                elif century is not None and _is_timestamp(century + ten):
                    score, rule = SCORE_TIMESTAMP_SHAPED, f"{kind}.timestamp_shaped"
            yield Detection(match.start(), match.end(), kind, score, rule)
        yield from _regrouped(text, seen)


def _regrouped(text: str, seen: set[tuple[int, int]]) -> Iterator[Detection]:
    """Yield Luhn-valid personnummer whose digits are grouped in an unusual way."""
    for match in _REGROUPED.finditer(text):
        if match.span() in seen or _DATE_AND_TIME.fullmatch(match.group(0)):
            continue
        digits = "".join(char for char in match.group(0) if char.isdigit())
        if len(digits) == 12 and digits[:2] in ("18", "19", "20"):
            if _is_timestamp(digits):
                continue
            century, ten = digits[:2], digits[2:]
        elif len(digits) == 10:
            century, ten = None, digits
        else:
            continue
        if not _date_ok(century, ten[:2], ten[2:4], ten[4:6]) or not luhn_ok(ten):
            continue
        kind: Kind = "samordningsnummer" if int(ten[4:6]) > 60 else "personnummer"
        yield Detection(match.start(), match.end(), kind, SCORE_REGROUPED, f"{kind}.regrouped")
