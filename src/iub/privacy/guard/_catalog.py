"""Build the guard's allow-list from a catalog: units, programmes, methods, record systems.

Staff write "Gläntan" for "Aktivitetshus Gläntan" and "Familjens hus" for "Familjens hus i
Sollebrunn", so the list holds each full name, its parts around "i"/"vid"/"på", commas and
brackets, and each capitalised word of a name that is not a first name or surname: adding
"Maria" from "Mini Maria" would hide every Maria in every note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from . import _lexicon

if TYPE_CHECKING:
    from iub.catalog import Catalog

_SPLIT = re.compile(r"\s*(?:[,;()]|\s(?:i|vid|på|för|och)\s)\s*")
_WORD = re.compile(r"[^\W\d_][\w\-]*")


def _names(catalog: Catalog) -> Iterator[str]:
    """Yield every unit, programme, method and record-system name the catalog states."""
    yield catalog.committee.name
    if catalog.committee.administration:
        yield catalog.committee.administration
    for area in catalog.areas:
        yield area.title
    for intervention in catalog.interventions:
        yield intervention.title
        yield from intervention.aliases
        yield from (method.name for method in intervention.methods)
        if intervention.documentation.system:
            yield intervention.documentation.system  # "Lifecare IFO", "UNGDOK"
        for route in intervention.where_to_turn:
            if route.unit:
                yield route.unit


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


def catalog_allow_list(catalog: Catalog) -> frozenset[str]:
    """Return the allow-list for notes written under this catalog.

    Pass it, together with the administrators' own list, to ``Guard(allow=...)``.
    """
    return allow_phrases(_names(catalog))
