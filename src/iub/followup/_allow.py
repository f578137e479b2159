"""The guard's allow-list for notes written under a catalog: the names it states.

Units, programmes, methods and record systems are not people: a note that names "Aktivitetshus
Gläntan" or "UNGDOK" reveals no one. This module reads those names from the catalog and hands
them to :func:`iub.privacy.allow_phrases`, so the guard takes its allow-list as data and
``iub.privacy`` never imports ``iub.catalog`` (docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Iterator

from iub.catalog import Catalog
from iub.privacy import allow_phrases

__all__ = ["catalog_allow_list", "catalog_names"]


def catalog_names(catalog: Catalog) -> Iterator[str]:
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


def catalog_allow_list(catalog: Catalog) -> frozenset[str]:
    """Return the allow-list for notes written under this catalog.

    Pass it, together with the administrators' own list, to ``Guard(allow=...)``.
    """
    return allow_phrases(catalog_names(catalog))
