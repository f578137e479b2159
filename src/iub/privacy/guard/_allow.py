"""Allow-lists: names of units, programmes and organisations that are not people.

"Mini Maria", "Gläntan" and "Familjens hus" look like names to the name detector. The guard
masks every allow-listed phrase before detection, so nothing inside it is reported. Matching
works on word tokens: it ignores case and whatever spaces or hyphens separate the words
("Mini-Maria" = "mini maria"), and accepts a genitive -s on the last word ("Gläntans").
A phrase of two words or more also matches with two neighbouring letters of one of its words
of four letters or more swapped ("Svea Eknoomi", "Rdöa Korset"): staff type fast, and the
other words spelt right leave no doubt which phrase is meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+")
_MAX_GAP = 3  # characters of space or punctuation allowed between two words of a phrase
_MIN_SLIP = 4  # a word this long may be typed with two neighbouring letters swapped
MASK = "_"  # a word character that no detector matches, so offsets do not move


class AllowList:
    """A set of phrases compiled for linear-time masking."""

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(word.lower() for word in _WORD.findall(phrase))
            if words:
                by_first.setdefault(words[0], []).append(words)
        # the first word of a phrase of two words or more, typed with one swap
        by_slipped_first: dict[str, list[tuple[str, ...]]] = {}
        for candidates in by_first.values():
            candidates.sort(key=len, reverse=True)
            for words in candidates:
                if len(words) > 1:
                    for slipped in _swaps(words[0]):
                        by_slipped_first.setdefault(slipped, []).append(words)
        self._by_first = by_first
        self._by_slipped_first = by_slipped_first
        self._firsts = frozenset(by_first) | frozenset(f"{w}s" for w in by_first)
        self._starts = self._firsts | frozenset(by_slipped_first)

    def __bool__(self) -> bool:
        """An empty allow-list masks nothing and can be skipped."""
        return bool(self._by_first)

    def mask(self, text: str) -> str:
        """Return ``text`` with every allow-listed phrase overwritten by ``MASK`` characters."""
        if not self._by_first:
            return text
        lowered = text.lower()
        if len(lowered) == len(text) and self._starts.isdisjoint(_WORD.findall(lowered)):
            return text  # most notes name no phrase: one pass, no match objects
        matches = list(_WORD.finditer(text))
        spans: list[tuple[int, int]] = []
        starts = self._starts
        index = 0
        while index < len(matches):
            if matches[index].group(0).lower() not in starts:
                index += 1  # most words start no phrase
                continue
            end_index = self._match_at(text, matches, index)
            if end_index is None:
                index += 1
                continue
            spans.append((matches[index].start(), matches[end_index].end()))
            index = end_index + 1
        if not spans:
            return text
        pieces: list[str] = []
        cursor = 0
        for start, end in spans:
            pieces.append(text[cursor:start])
            pieces.append(MASK * (end - start))
            cursor = end
        pieces.append(text[cursor:])
        return "".join(pieces)

    def _match_at(self, text: str, matches: list[re.Match[str]], index: int) -> int | None:
        """Return the index of the last word of the longest phrase starting at ``index``."""
        first = matches[index].group(0).lower()
        if first in self._firsts:
            for phrase in self._by_first.get(first, []) + self._by_first.get(first[:-1], []):
                last = index + len(phrase) - 1
                if last < len(matches) and self._fits(text, matches, index, phrase):
                    return last
        # "Eknoomi" alone is no phrase; "Svea Eknoomi" and "Seva Ekonomi" are
        for phrase in self._by_slipped_first.get(first, []):
            last = index + len(phrase) - 1
            if last < len(matches) and self._fits(text, matches, index, phrase, slipped=True):
                return last
        return None

    @staticmethod
    def _fits(
        text: str,
        matches: list[re.Match[str]],
        index: int,
        phrase: tuple[str, ...],
        *,
        slipped: bool = False,
    ) -> bool:
        """Say whether the words from ``index`` on spell ``phrase`` with short gaps.

        Of a phrase of two words or more, one word may have two letters swapped; ``slipped``
        says the first word already has.
        """
        slips = 0 if slipped or len(phrase) < 2 else 1
        for offset, expected in enumerate(phrase):
            word = matches[index + offset].group(0).lower()
            is_last = offset == len(phrase) - 1
            if slipped and not offset:
                continue  # the caller found it one swap from the phrase's first word
            if word != expected and not (is_last and word == f"{expected}s"):
                if (
                    offset
                    and slips
                    and (
                        word in _swaps(expected)
                        or (is_last and word.endswith("s") and word[:-1] in _swaps(expected))
                    )
                ):
                    slips -= 1
                else:
                    return False
            if offset:
                gap = text[matches[index + offset - 1].end() : matches[index + offset].start()]
                if len(gap) > _MAX_GAP or "\n" in gap:
                    return False
        return True


def _swaps(word: str) -> frozenset[str]:
    """The word with two different neighbouring letters swapped, if it is long enough."""
    if len(word) < _MIN_SLIP:
        return frozenset()
    return frozenset(
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    )
