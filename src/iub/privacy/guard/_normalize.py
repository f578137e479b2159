"""Fold Unicode oddities so that detectors see plain digits, spaces and dashes.

Staff paste notes from Word, phones and web forms. A personnummer may arrive with
full-width digits, a non-breaking space, a non-breaking hyphen or a zero-width space in it,
and a name may arrive as a letter plus a combining ring. Detectors only understand the plain
form, so the guard folds the text first and keeps a map from every folded character back to
the original, so that offsets reported to the caller index the text the caller gave.

The fold is: NFKC per grapheme-ish unit (a base character and its combining marks), then
spaces to " ", line and paragraph separators to "\\n", dashes and the minus sign to "-", and
invisible format and control characters (zero-width, bidi marks, soft hyphen, BOM, NUL)
dropped, together with combining marks that NFKC could not compose.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# Characters that need no folding at all; everything else goes through the slow path.
# Printable ASCII, tab/newline, Latin-1 letters (å, ä, ö, é ...), §, °, ½ is NOT here
# (NFKC changes it), and typographic quotes, bullet and euro, which NFKC leaves alone.
_SAFE = "\t\n\r\x20-\x7e\u00a7\u00b0\u00c0-\u00ff\u2018\u2019\u201c\u201d\u2022\u20ac"
_UNSAFE_RUN = re.compile(f"[^{_SAFE}]+")
_KEEP_CONTROLS = frozenset("\t\n\r")


def _fold_char(char: str) -> str:
    """Return the folded form of one character that NFKC has already produced."""
    category = unicodedata.category(char)
    if category in ("Cf", "Cs", "Co", "Cn"):
        return ""
    if category == "Cc":
        if char in _KEEP_CONTROLS:
            return char
        return "\n" if char in "\x0b\x0c\x1c\x1d\x1e\x85" else ""
    if category == "Zs":
        return " "
    if category in ("Zl", "Zp"):
        return "\n"
    if category == "Pd" or char == "\u2212":
        return "-"
    if category in ("Mn", "Me"):
        return ""
    return char


def _fold_unit(unit: str) -> str:
    """Return the folded form of a base character and its combining marks."""
    return "".join(_fold_char(c) for c in unicodedata.normalize("NFKC", unit))


def _is_mark(char: str) -> bool:
    """Say whether a character attaches to the one before it."""
    return unicodedata.category(char) in ("Mn", "Mc", "Me")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Folded text with a map back to the original offsets.

    The map is a list of anchors. An identity anchor covers a stretch copied unchanged; a
    unit anchor covers the folded characters of one original unit, all of which map back
    to that whole unit, so a span never ends in the middle of a character and its marks.
    """

    text: str
    original_length: int
    _norm_starts: tuple[int, ...]
    _orig_starts: tuple[int, ...]
    _orig_ends: tuple[int, ...]
    _identity: tuple[bool, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the folded text to the original text."""
        if not self._norm_starts:
            return start, end
        return self._orig_start(start), self._orig_end(end)

    def _orig_start(self, index: int) -> int:
        """Map the folded index of a span's first character to the original."""
        slot = bisect_right(self._norm_starts, index) - 1
        if self._identity[slot]:
            return self._orig_starts[slot] + (index - self._norm_starts[slot])
        return self._orig_starts[slot]

    def _orig_end(self, end: int) -> int:
        """Map the folded index one past a span's last character to the original."""
        index = end - 1
        slot = bisect_right(self._norm_starts, index) - 1
        if self._identity[slot]:
            return self._orig_starts[slot] + (index - self._norm_starts[slot]) + 1
        return self._orig_ends[slot]


def normalize(text: str) -> Normalized:
    """Fold ``text`` for detection, in time linear in its length.

    Plain Swedish text (ASCII plus å, ä, ö, é and typographic quotes) takes a fast path
    and is returned unchanged with an identity map.
    """
    if _UNSAFE_RUN.search(text) is None:
        return Normalized(text, len(text), (), (), (), ())
    builder = _Builder(text)
    for match in _UNSAFE_RUN.finditer(text):
        builder.run(match.start(), match.end())
    return builder.finish()


class _Builder:
    """Accumulate folded pieces and anchors while walking the unsafe runs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[str] = []
        self.norm_len = 0
        self.copied_to = 0  # original index up to which the text has been consumed
        self.norm_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.orig_ends: list[int] = []
        self.identity: list[bool] = []

    def _copy(self, start: int, end: int) -> None:
        """Copy an unchanged stretch of the original, merging with an identity anchor."""
        if end <= start:
            return
        if self.identity and self.identity[-1] and self.orig_ends[-1] == start:
            self.orig_ends[-1] = end
        else:
            self._anchor(start, end, identity=True)
        self.pieces.append(self.text[start:end])
        self.norm_len += end - start

    def _anchor(self, start: int, end: int, *, identity: bool) -> None:
        """Record that the next folded character comes from original ``[start, end)``."""
        self.norm_starts.append(self.norm_len)
        self.orig_starts.append(start)
        self.orig_ends.append(end)
        self.identity.append(identity)

    def run(self, start: int, end: int) -> None:
        """Fold one run of unsafe characters, first copying the safe text before it."""
        text = self.text
        # A combining mark attaches to the safe letter before it: fold them together.
        if start > self.copied_to and _is_mark(text[start]):
            start -= 1
        self._copy(self.copied_to, start)
        index = start
        while index < end:
            unit_end = index + 1
            while unit_end < len(text) and _is_mark(text[unit_end]):
                unit_end += 1
            unit = text[index:unit_end]
            folded = _fold_unit(unit)
            if folded == unit:
                self._copy(index, unit_end)
            elif folded:
                self._anchor(index, unit_end, identity=False)
                self.pieces.append(folded)
                self.norm_len += len(folded)
            index = unit_end
        self.copied_to = max(end, index)

    def finish(self) -> Normalized:
        """Copy the safe tail and freeze the map."""
        self._copy(self.copied_to, len(self.text))
        if not self.norm_starts:
            # Everything was dropped: any span maps to the whole (invisible) text.
            self._anchor(0, len(self.text), identity=False)
        return Normalized(
            "".join(self.pieces),
            len(self.text),
            tuple(self.norm_starts),
            tuple(self.orig_starts),
            tuple(self.orig_ends),
            tuple(self.identity),
        )
