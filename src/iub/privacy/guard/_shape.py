"""How much a word looks like a name rather than an ordinary word, by its letters alone.

The name detector asks about a word no list knows (0.4), and a word no list knows after a
naming word blocks (0.6). On notes never seen before, most such alarms fall on words that
are plainly Swedish to a reader, though no list holds them: a compound typed with two letters
swapped ("nödbitsånd"), a place named as places are named ("Vårnäs"), a word typed without
å, ä and ö ("hemtjansten"). Their letters give them away: "-stöd", "-näs", "kv", "tj" are
Swedish words' letters, while "-ouda", "-eyda", "zb" are names'.

``NameShape`` holds two character 4-gram models, one of the guard's name lists and one of
its word lists (the Swedish lexicon, its forms typed without å, ä and ö, English words).
``margin`` is the log-likelihood of the word under the names' model less that under the
words' model, per letter: below zero the word reads more like a word. Each order's
estimate is mixed half and half with the next lower order's (Jelinek-Mercer smoothing with
weight 0.5), down to letters counted with add-one.

Why our own code: the well-kept libraries that train such models (scikit-learn, NLTK's
``lm``) bring numpy or a heavy dependency to the guard, which reads a note in well under a
millisecond and must stay plain Python. The model is the 4-gram counts, about a hundred
thousand rows, built from the guard's own lists by ``scripts/build_name_shape.py``
(``iub/privacy/data/name_shape.tsv``); docs/privacy.md ("A word's letters") says what it
costs in name recall and what it saves in false alarms.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files

ORDER = 4
_START = "^"
_END = "$"
# Letters and marks a word may hold; the add-one estimate of a letter divides among these.
_ALPHABET = 40
_MIX = 0.5
_CACHE_LIMIT = 100_000
_MAX_WORD = 48  # longer "words" are garbage; they get no opinion

DATA_FILE = "name_shape.tsv"


def grams(word: str) -> Iterator[str]:
    """Yield every gram of one to ``ORDER`` characters ending at each letter of the padded
    word ("^^^a", "^^a", "^a", "a" for the first letter of "a…")."""
    padded = _START * (ORDER - 1) + word + _END
    for end in range(ORDER - 1, len(padded)):
        for size in range(1, ORDER + 1):
            yield padded[end + 1 - size : end + 1]


def count_grams(words: Iterable[str]) -> Counter[str]:
    """Count the grams of every word, as ``NameShape`` reads them."""
    counts: Counter[str] = Counter()
    for word in words:
        counts.update(grams(word))
    return counts


class NameShape:
    """Two character models, the names' and the words', and the margin between them."""

    def __init__(self, names: dict[str, int], words: dict[str, int]) -> None:
        self._models = tuple(_Model(counts) for counts in (names, words))
        self._margins: dict[str, float] = {}

    def margin(self, word: str) -> float:
        """The per-letter log-likelihood of ``word`` as a name less that as a word.

        Below zero the word reads more like an ordinary word than like a name; a word with
        other characters than letters, or too long to be a word, gets 0.0 (no opinion).
        """
        lower = word.lower()
        known = self._margins.get(lower)
        if known is None:
            if not lower.isalpha() or len(lower) > _MAX_WORD:
                return 0.0
            if len(self._margins) >= _CACHE_LIMIT:
                self._margins.clear()
            names, words = self._models
            known = (names.log_likelihood(lower) - words.log_likelihood(lower)) / (len(lower) + 1)
            self._margins[lower] = known
        return known


class _Model:
    """One character 4-gram model: counts of grams, and of their contexts."""

    def __init__(self, counts: dict[str, int]) -> None:
        self._counts = counts
        contexts: dict[str, int] = {}
        get = contexts.get
        for gram, count in counts.items():
            context = gram[:-1]
            contexts[context] = get(context, 0) + count
        self._contexts = contexts

    def log_likelihood(self, word: str) -> float:
        """The natural log of the word's probability, letter by letter and its end."""
        counts, contexts = self._counts, self._contexts
        padded = _START * (ORDER - 1) + word + _END
        total = 0.0
        for end in range(ORDER - 1, len(padded)):
            letter = padded[end]
            seen = contexts.get("", 0)
            estimate = (counts.get(letter, 0) + 1) / (seen + _ALPHABET)
            for size in range(1, ORDER):
                context = padded[end - size : end]
                seen = contexts.get(context, 0)
                if seen:
                    here = counts.get(context + letter, 0) / seen
                    estimate = _MIX * estimate + (1 - _MIX) * here
            total += math.log(estimate)
        return total


@cache
def load() -> NameShape:
    """Read the shipped model once per process (about a third of a second)."""
    names: dict[str, int] = {}
    words: dict[str, int] = {}
    raw = (files("iub.privacy") / "data" / DATA_FILE).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line and line[0] != "#")
    for gram, in_names, in_words in rows:
        if in_names != "0":
            names[gram] = int(in_names)
        if in_words != "0":
            words[gram] = int(in_words)
    return NameShape(names, words)
