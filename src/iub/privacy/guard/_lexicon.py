"""Word lists the guard reads once: names, ordinary words, places, organisations, non-names.

The lists are plain text files in ``iub/privacy/data`` (one entry a line, ``#`` comments),
built by ``scripts/build_guard_lists.py``; see that folder's README for sources and licences.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files


def read_list(name: str) -> frozenset[str]:
    """Return the entries of one data file, skipping blank lines and comments."""
    raw = (files("iub.privacy") / "data" / name).read_text(encoding="utf-8")
    return frozenset(line for line in raw.splitlines() if line and not line.startswith("#"))


NAME_LISTS = ("first_names.txt", "last_names.txt", "first_names_wide.txt", "first_names_world.txt")


def listed_names() -> frozenset[str]:
    """Return every name of the four name lists in lower case, without bearer counts.

    The word lists built from dictionaries leave these out, so that a name stays a name.
    """
    return frozenset(
        row.partition("\t")[0].lower() for name in NAME_LISTS for row in read_list(name)
    )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The gazetteers and the common-word lexicon the name and address detectors consult."""

    first_names: frozenset[str]
    last_names: frozenset[str]
    wide_first_names: frozenset[str]
    world_first_names: frozenset[str]
    common_words: frozenset[str]
    places: frozenset[str]
    organisations: frozenset[str]
    not_names: frozenset[str]
    english_words: frozenset[str]
    world_places: frozenset[str]
    geo_places: frozenset[str]


@cache
def load() -> Lexicon:
    """Load every list once per process (about 40 ms, most of it the common words)."""
    return Lexicon(
        first_names=read_list("first_names.txt"),
        last_names=read_list("last_names.txt"),
        wide_first_names=read_list("first_names_wide.txt"),
        world_first_names=read_list("first_names_world.txt"),
        common_words=(
            read_list("common_words.txt")
            | read_list("common_forms.txt")
            | read_list("informal.txt")
        ),
        places=read_list("places.txt"),
        organisations=read_list("organisations.txt"),
        not_names=frozenset(word.lower() for word in read_list("not_names.txt")),
        english_words=read_list("english_words.txt"),
        world_places=frozenset(place.lower() for place in read_list("places_world.txt")),
        geo_places=frozenset(place.lower() for place in read_list("places_geo.txt")),
    )
