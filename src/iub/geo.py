"""Sweden's 290 municipalities and how people write their names.

Municipality facts are register facts, so they are matched against the official SCB list
shipped in ``iub/data/geo`` (CC0, see its README), never against free text. People write
"Alingsås", "Alingsås kommun", "Stockholms stad", "STOCKHOLM" or the code "0180"; all of them
resolve to one :class:`Municipality`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Municipality", "all_municipalities", "find_municipality", "resolve_municipality"]

_SUFFIXES = (" kommun", " stad", " kommune", " municipality", " city")


@dataclass(frozen=True, order=True)
class Municipality:
    """One of Sweden's municipalities, by SCB code."""

    code: str
    name: str  # short name: "Stockholm", "Alingsås"
    official_name: str  # "Stockholms kommun"
    county_code: str

    def __str__(self) -> str:
        return self.name


@cache
def all_municipalities() -> tuple[Municipality, ...]:
    """All 290 municipalities, in SCB code order."""
    text = resources.files("iub.data.geo").joinpath("municipalities.csv").read_text("utf-8")
    rows = csv.DictReader(text.splitlines())
    return tuple(
        Municipality(
            code=row["municipality_code"],
            name=row["municipality_name_short"],
            official_name=row["municipality_name"],
            county_code=row["county_code"],
        )
        for row in rows
    )


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().casefold()


@cache
def _index() -> dict[str, Municipality]:
    index: dict[str, Municipality] = {}
    for m in all_municipalities():
        index[m.code] = m
        index[_fold(m.name)] = m
        index[_fold(m.official_name)] = m
    return index


def find_municipality(text: str) -> Municipality | None:
    """The municipality a person meant, or None when the text names none."""
    if not isinstance(text, str):
        return None
    folded = _fold(text)
    if not folded:
        return None
    index = _index()
    if folded in index:
        return index[folded]
    if folded.isdigit() and len(folded) == 3:  # "180" for 0180, as spreadsheets write it
        return index.get("0" + folded)
    stem = folded.removeprefix("region ")  # "Region Gotland" is Gotlands kommun
    for suffix in _SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)].strip()
            break
    if stem in index:
        return index[stem]
    # Genitive before "kommun"/"stad": "Stockholms stad", "Göteborgs stad".
    if stem.endswith("s") and stem[:-1] in index:
        return index[stem[:-1]]
    return None


def resolve_municipality(text: str) -> Municipality:
    """Like :func:`find_municipality` but raises ``ValueError`` with a hint when unknown."""
    found = find_municipality(text)
    if found is None:
        raise ValueError(
            f"{text!r} is not one of Sweden's 290 municipalities "
            "(write its name, e.g. 'Alingsås' or 'Stockholms stad', or its SCB code, e.g. '1489')"
        )
    return found
