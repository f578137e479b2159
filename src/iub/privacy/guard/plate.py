"""Swedish licence plates: ``ABC 123`` (also ``ABC-123``) and, since 2019, ``ABC 12D``.

Letters are A-Z without I, Q, V, Å, Ä and Ö; the last position may be a letter except O.
Upper case only (as plates are written), unless "regnr" or "registreringsnummer" comes just
before. Law and agency abbreviations that happen to fit (``LVU 123``) are ignored, and so is an
amount grouped in thousands after an agency's or a creditor's name (``CSN 142 000``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._types import Detection

_LETTER = "A-HJ-PR-UW-Z"
# Three digits more after a space make an amount, not a plate: "CSN 142 000", "FK 240 500".
_THOUSANDS = r" \d{3}(?!\d)"
_PATTERN = re.compile(
    rf"(?<![\w\-/.:§])[{_LETTER}]{{3}}[ \-]?\d\d[{_LETTER}0-9](?![\w\-/]|[.,:]\d|{_THOUSANDS})"
)
_CONTEXT = re.compile(
    rf"(?i:\b(?:reg\.? ?nr|regnr|registreringsnumm?er|registreringsnr|bil(?:en)?)\.?:? ?)"
    rf"(?P<plate>(?i:[{_LETTER}]{{3}})[ \-]?\d\d(?i:[{_LETTER}0-9]))(?![\w\-/]|[.,:]\d)"
)
_CONTEXT_HINT = re.compile(r"(?i:reg|bil)")
_NOT_PLATES = frozenset(
    {"LVU", "LVM", "LSS", "SOL", "OSL", "SFS", "HSL", "BUP", "DNR", "AFS", "PBL", "LPT", "LRV"}
)

SCORE = 0.85
SCORE_CONTEXT = 0.9


class PlateDetector:
    """Find licence plates in their two current formats."""

    structured = True  # never hidden by the allow-list

    def detect(self, text: str) -> Iterator[Detection]:
        """Yield one finding per plate-shaped token that is not a law abbreviation."""
        for match in _PATTERN.finditer(text):
            if match.group(0)[:3] in _NOT_PLATES:
                continue
            yield Detection(match.start(), match.end(), "licence_plate", SCORE, "plate.format")
        if not _CONTEXT_HINT.search(text):
            return
        for match in _CONTEXT.finditer(text):
            start, end = match.span("plate")
            yield Detection(start, end, "licence_plate", SCORE_CONTEXT, "plate.context")
