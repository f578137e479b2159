"""Where a resident turns: the unit that gives an intervention, with its contact data.

Units and their contact data belong to the staff side (``iub.web.accounts``, edited in the
site administration), which the public pages never import: the accounts app registers a
:class:`Directory` here when Django starts, and the pages ask it. Without one (or without
units) the pages show the catalog's own route text.

In a catalog whose routes are districts (Stockholm: the person's own district, a district
acting for it, or a city-wide administration) the resident first chooses their district; the
unit is then that district if it carries the intervention, else a district acting for it that
does, else a city-wide administration that does. Elsewhere it is the unit that carries the
intervention. Pages that show units are cached with the directory's stamp of the units' last
change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from iub.catalog import Intervention

__all__ = [
    "Directory",
    "Turn",
    "UnitContact",
    "district_routes",
    "districts",
    "register",
    "turn_to",
    "units_stamp",
]

_DISTRICT_ROUTES = frozenset({"own_district", "acting_district", "city_wide"})


@dataclass(frozen=True)
class UnitContact:
    """A unit as residents see it: its name and how to reach it."""

    slug: str
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    opening_hours: str = ""
    web: str = ""

    @property
    def has_contact(self) -> bool:
        return bool(self.address or self.phone or self.email or self.opening_hours or self.web)


@dataclass(frozen=True)
class Turn:
    """The unit a resident turns to, and why it is that one."""

    unit: UnitContact
    route: str  # "unit", "own_district", "acting_district", "city_wide"


class Directory(Protocol):
    """What the staff side tells the public pages about its units."""

    def units_stamp(self, stem: str) -> str: ...

    def districts(self, stem: str) -> list[UnitContact]: ...

    def turn_to(
        self, stem: str, intervention: Intervention, district: str | None, *, by_district: bool
    ) -> Turn | None: ...


_directory: Directory | None = None


def register(directory: Directory) -> None:
    """Called once by the accounts app when Django starts."""
    global _directory
    _directory = directory


def district_routes(intervention: Intervention) -> bool:
    """Whether the intervention is reached through the resident's district."""
    kinds = {route.kind for route in intervention.where_to_turn}
    return bool(kinds) and kinds <= _DISTRICT_ROUTES


def units_stamp(stem: str) -> str:
    """Changes whenever a unit of the catalog changes (for the page cache keys)."""
    return _directory.units_stamp(stem) if _directory is not None else ""


def districts(stem: str) -> list[UnitContact]:
    """The districts configured as units of the catalog, by name."""
    return _directory.districts(stem) if _directory is not None else []


def turn_to(stem: str, intervention: Intervention, district: str | None = None) -> Turn | None:
    """The unit that gives ``intervention`` (to the district with slug ``district``)."""
    if _directory is None:
        return None
    return _directory.turn_to(
        stem, intervention, district, by_district=district_routes(intervention)
    )
