"""Decide whether a word is ordinary Swedish, despite inflection and compounding.

hunspell-sv lists base forms ("samtal", "läsa", "deltagare" is even missing: it is "del" +
"tagare"). A capitalised word at the start of a sentence is an ordinary word if its lower-case
form, with a common ending stripped or split into two known parts, is in the lexicon. Words
that end like a surname (-son, -berg, -ström ...) are never split, so that "Lindberg" stays a
possible name although "lind" and "berg" are both words.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

_ENDINGS = (
    "arnas", "ernas", "ornas", "arna", "erna", "orna", "andet", "andes", "ande", "ende",
    "ades", "ade", "ats", "ens", "ets", "ans", "ars", "ers", "ors", "ar", "er", "or", "na",
    "en", "et", "an", "ns", "ts", "at", "de", "te", "dde", "tt", "s", "n", "t", "a", "e", "r",
    # Past participles hunspell-sv lacks: "utsedd" (utse), "bekräftad" (bekräfta), "glömd".
    "dda", "ada", "dd", "ad", "da", "d",
)  # fmt: skip
# The endings by their last letter: a word is tried only against the endings it can have.
_ENDINGS_BY_LAST = {
    last: tuple(ending for ending in _ENDINGS if ending[-1] == last)
    for last in {ending[-1] for ending in _ENDINGS}
}
_STEM_TAILS = ("", "a", "e", "er", "el", "en", "are")
# Participle endings need a stem of four letters or more: "Majd" and "Senad" stay names.
_PARTICIPLE_ENDINGS = frozenset(("dda", "ada", "dd", "ad", "da", "d"))
_SURNAME_ENDINGS = (
    "son", "sson", "ström", "berg", "gren", "qvist", "kvist", "lund", "holm", "dahl", "dal",
    "sten", "lin", "én", "ér", "stedt", "stad", "blad", "bäck", "borg", "mark", "fors",
    "hammar", "man", "ander", "ius", "ell",
    # Finnish -nen after a vowel ("järvinen", "korhonen"; not "mannen", "vännen") and -lä.
    "inen", "onen", "anen", "enen", "unen", "änen", "önen", "ynen", "lä",
)  # fmt: skip
_LINKS = ("s", "e", "a", "u", "o")
_VOWELS = frozenset("aeiouyåäöé")
_MIN_PART = 2
_CACHE_LIMIT = 200_000
_MAX_WORD = 48  # longer "words" are garbage; checking them would cost quadratic time
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
_MIN_TRUNCATION = 4
_MIN_COMPOUND_TRUNCATION = 8
_LONG_TAIL = 7
_MIN_TAIL = 6
_MIN_HEAD = 4
_LONG_MODIFIER = 5
_MIN_NESTED = 8  # a modifier this long may itself be a compound of two long parts
_MIN_COMPLETION = 3
_MIN_FAMILY = 3
_LONG_PREFIX = 7  # a prefix this long rarely starts a word by chance: one completion is enough
# Surnames are rarely this long ("Kristoffersson" is fourteen letters, but splits into no two
# words): a word of this length ending in "-sten" or "-man" may be a compound
# ("fyramånaders|fristen").
_LONGEST_SURNAME = 14


class CommonWords:
    """A cached test for "is this an ordinary Swedish word"."""

    def __init__(self, words: frozenset[str]) -> None:
        self._words = words
        self._cache: dict[str, bool] = {}
        self._sorted: list[str] | None = None  # built on the first truncation asked about
        self._long_cache: dict[str, bool] = {}
        self._inflected_cache: dict[str, bool] = {}

    @property
    def words(self) -> frozenset[str]:
        """The lexicon's entries, in lower case."""
        return self._words

    def exact(self, word: str) -> bool:
        """Return True if ``word`` (any case) is itself a lexicon entry, uninflected."""
        return word.lower() in self._words

    def __contains__(self, word: str) -> bool:
        """Return True if ``word`` (any case) is an ordinary word, inflected or compounded."""
        if len(word) > _MAX_WORD:
            return False
        return _kept(self._cache, word.lower(), self._ordinary)

    def inflected(self, word: str) -> bool:
        """Return True if ``word`` is a lexicon entry, possibly inflected, but not compounded.

        Stricter than ``in``: a rare name often splits into two short words ("maj|linda"),
        so a test that must not swallow names looks at inflection only.
        """
        if len(word) > _MAX_WORD:
            return False
        return _kept(self._inflected_cache, word.lower(), self._inflected)

    def long_compound(self, word: str) -> bool:
        """Say whether the word splits into a known modifier of three or more letters and a
        known head of four or more ("Beroende|enheten", "Föräldra|stegen").

        Short spurious splits of foreign names ("Far|ida", "Jo|vana", "Mo|din") do not count,
        so that a compound can be told from a name that only happens to split.
        """
        if len(word) > _MAX_WORD or len(word) < 7:
            return False
        lower = word.lower()
        if _surname_like(lower):
            return False
        return _kept(self._long_cache, lower, self._long_compound)

    def _ordinary(self, lower: str) -> bool:
        """The uncached ``in`` of a lower-case word."""
        return self._inflected_kept(lower) or self._compound(lower)

    def _long_compound(self, lower: str) -> bool:
        """The uncached ``long_compound`` of a lower-case word."""
        words = self._words
        for cut in range(len(lower) - 2, _LONG_MODIFIER - 1, -1):
            # three of a consonant written as two where words join: "chatt" + "tid" is
            # spelt "chattid", and the tail takes the letter back
            if (
                _shared_consonant(lower, cut)
                and lower[:cut] in words
                and self._inflected_kept(lower[cut - 1 :])
            ):
                return True
        for cut in range(len(lower) - 3, 2, -1):
            head, tail = lower[:cut], lower[cut:]
            if not self._inflected_kept(tail):
                continue
            if len(tail) < _MIN_HEAD and len(head) < _LONG_MODIFIER:
                continue  # a short head needs a long modifier: "skärm|fri", not "ma|ria"
            if head in words or (head[-1] in _LINKS and len(head) > 3 and head[:-1] in words):
                return True
            # a modifier that is itself a compound: "föräldra|stöds|gruppen"
            if len(head) >= _MIN_NESTED and (
                self.long_compound(head) or (head[-1] in _LINKS and self.long_compound(head[:-1]))
            ):
                return True
        return False

    def known_tail(self, word: str) -> bool:
        """Say whether the word ends in a known word of six letters or more after a head of
        three or more that the lexicon need not know ("streaming|tjänsterna").

        A loan word glued to a Swedish head is a compound; a name rarely ends in a long
        Swedish word, and one that ends like a surname is never asked.
        """
        lower = word.lower()
        if len(lower) < _MIN_TAIL + 3 or len(lower) > _MAX_WORD:
            return False
        if _surname_like(lower):
            return False
        if any(self._inflected_kept(lower[cut:]) for cut in range(3, len(lower) - _MIN_TAIL + 1)):
            return True
        # a head of two letters before a longer word: "el|skulden", "tv|spelandet"
        return len(lower) - 2 >= _LONG_TAIL and self._inflected_kept(lower[2:])

    def truncated(self, word: str) -> bool:
        """Say whether the word is an ordinary word cut short, as staff abbreviate.

        "medd" (meddelat), "fortf" (fortfarande): the start of a longer word, ending in two
        consonants. "förhandsbed", "aktivitetsersättn": a known head and the start of a known
        word, ending in a consonant, eight letters or more. A name rarely ends so: "linn" is
        caught by the name lists before this is asked, and "rosalinda" ends in a vowel.
        """
        lower = word.lower()
        if len(lower) < _MIN_TRUNCATION or len(lower) > _MAX_WORD:
            return False
        if lower[-1] not in _CONSONANTS or lower.endswith(_SURNAME_ENDINGS):
            return False
        if lower[-2] in _CONSONANTS and self._starts_a_word(lower):
            return True
        if len(lower) < _MIN_COMPOUND_TRUNCATION:
            return False
        words = self._words
        for cut in range(len(lower) - 3, 2, -1):
            head, tail = lower[:cut], lower[cut:]
            known_head = head in words or (
                head[-1] in _LINKS and len(head) > 3 and head[:-1] in words
            )
            if known_head and self._starts_a_word(tail):
                return True
        return False

    def _starts_a_word(self, prefix: str) -> bool:
        """Say whether ``prefix`` starts several lexicon words at least three letters longer.

        A cut-short word is the stem of a family of words ("medd": meddela, meddelande,
        meddelar); one chance completion ("minh" of some rare compound) is not enough.
        """
        if self._sorted is None:
            self._sorted = sorted(self._words)
        ordered = self._sorted
        at = bisect_left(ordered, prefix)
        found = 0
        while at < len(ordered) and ordered[at].startswith(prefix):
            if len(ordered[at]) >= len(prefix) + _MIN_COMPLETION:
                found += 1
                if found >= _MIN_FAMILY or len(prefix) >= _LONG_PREFIX:
                    return True
            at += 1
        return False

    def _inflected_kept(self, lower: str) -> bool:
        """``_inflected`` of a lower-case word or part of one, kept as ``inflected`` keeps it:
        the splits of compounds try the same tails ("-gruppen", "-samtalet") again and again."""
        return _kept(self._inflected_cache, lower, self._inflected)

    def _inflected(self, word: str) -> bool:
        """Say whether the word, or the word less a common ending, is in the lexicon."""
        words = self._words
        if word in words:
            return True
        for ending in _ENDINGS_BY_LAST.get(word[-1:], ()):
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_PART:
                stem = word[: -len(ending)]
                if ending in _PARTICIPLE_ENDINGS and len(stem) < 4:
                    continue
                for tail in _STEM_TAILS:
                    if stem + tail in words:
                        return True
                # Doubled consonant before an ending: "mannen" -> "man".
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words:
                    return True
                # A verb whose stem doubles its consonant: "glömt" -> "glömma", "känt".
                if len(stem) > 2 and stem + stem[-1] + "a" in words:
                    return True
        return False

    def _compound(self, word: str) -> bool:
        """Say whether the word splits into a known head and an (inflected) known tail."""
        if len(word) < 2 * _MIN_PART + 1 or word.endswith(_SURNAME_ENDINGS):
            return False
        words = self._words
        for cut in range(len(word) - _MIN_PART - 1, _MIN_PART - 1, -1):
            head, tail = word[:cut], word[cut:]
            if (
                _shared_consonant(word, cut)
                and head in words
                and self._inflected_kept(word[cut - 1 :])
            ):
                return True  # "natt" + "tåg" = "nattåg": see ``_shared_consonant``
            if len(tail) < 3 or not self._inflected_kept(tail):
                continue
            if head in words:
                return True
            if head[-1] in _LINKS and len(head) > _MIN_PART and head[:-1] in words:
                return True
        return False


def _shared_consonant(word: str, cut: int) -> bool:
    """Say whether a compound's head ends at ``cut`` in a doubled consonant it shares with
    its tail: Swedish writes three of a consonant as two where words join ("chatt" + "tid"
    is "chattid", "natt" + "tåg" is "nattåg"), so the tail begins one letter back."""
    return cut >= 2 and word[cut - 1] == word[cut - 2] and word[cut - 1] not in _VOWELS


def _kept(cache: dict[str, bool], word: str, decide: Callable[[str], bool]) -> bool:
    """Return the verdict kept for ``word``, deciding and keeping it first if there is none;
    a store that reaches ``_CACHE_LIMIT`` is emptied (bounds memory on a stream of new words)."""
    known = cache.get(word)
    if known is None:
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        known = decide(word)
        cache[word] = known
    return known


def _surname_like(lower: str) -> bool:
    """Say whether a word ends as a surname ends and is short enough to be one."""
    return len(lower) <= _LONGEST_SURNAME and lower.endswith(_SURNAME_ENDINGS)
