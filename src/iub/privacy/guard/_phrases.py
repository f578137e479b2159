"""Allow-list phrases from unit and programme names: the whole name, its parts, its words.

Staff write "Gläntan" for "Aktivitetshus Gläntan" and "Familjens hus" for "Familjens hus i
Sollebrunn", so the list holds each full name, its parts around "i"/"vid"/"på", commas and
brackets, and each capitalised word of a name that is not a first name or surname: adding
"Maria" from "Mini Maria" would hide every Maria in every note.

The guard takes names as data: which names a catalog states is the caller's business
(:func:`iub.followup.catalog_allow_list`); privacy never reads a catalog.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import _lexicon

_SPLIT = re.compile(r"\s*(?:[,;()]|\s(?:i|vid|på|för|och)\s)\s*")
_WORD = re.compile(r"[^\W\d_][\w\-]*")


def allow_phrases(names: Iterable[str]) -> frozenset[str]:
    """Return the phrases to allow for a list of unit and programme names."""
    lexicon = _lexicon.load()
    people = lexicon.first_names | lexicon.last_names
    phrases: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        phrases.add(name)
        for part in _SPLIT.split(name):
            if part and part not in people:
                phrases.add(part)
        for word in _WORD.findall(name):
            if word[0].isupper() and word not in people:
                phrases.add(word)
    return frozenset(phrases)
