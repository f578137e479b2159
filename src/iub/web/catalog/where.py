"""Where a resident turns: the unit that gives an intervention, with its contact data.

Units and their contact data are kept in the accounts app (edited in the site administration).
In a catalog whose routes are districts (Stockholm: the person's own district, a district
acting for it, or a city-wide administration) the resident first chooses their district; the
unit is then that district if it carries the intervention, else a district acting for it that
does, else a city-wide administration that does. Elsewhere it is the unit that carries the
intervention. Pages that show units are cached with a stamp of the units' last change, asked
of the database at most every ``IUB_CACHE_SECONDS``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max

from iub.catalog import Intervention
from iub.web.accounts.models import Unit

__all__ = ["Turn", "district_routes", "districts", "turn_to", "units_stamp"]

_DISTRICT_ROUTES = frozenset({"own_district", "acting_district", "city_wide"})
_stamps: dict[str, tuple[float, str]] = {}


@dataclass(frozen=True)
class Turn:
    """The unit a resident turns to, and why it is that one."""

    unit: Unit
    route: str  # "unit", "own_district", "acting_district", "city_wide"


def units_stamp(stem: str) -> str:
    """Changes whenever a unit of the catalog changes (for the page cache keys)."""
    ttl = getattr(settings, "IUB_CACHE_SECONDS", 0)
    now = time.monotonic()
    cached = _stamps.get(stem)
    if ttl > 0 and cached is not None and cached[0] > now:
        return cached[1]
    found = Unit.objects.filter(stem=stem).aggregate(latest=Max("updated_at"), count=Max("pk"))
    latest = found["latest"]
    stamp = f"{int(latest.timestamp() * 1e6) if latest else 0}-{found['count'] or 0}"
    if ttl > 0:
        _stamps[stem] = (now + ttl, stamp)
    return stamp


def district_routes(intervention: Intervention) -> bool:
    """Whether the intervention is reached through the resident's district."""
    kinds = {route.kind for route in intervention.where_to_turn}
    return bool(kinds) and kinds <= _DISTRICT_ROUTES


def districts(stem: str) -> list[Unit]:
    """The districts configured as units of the catalog, by name."""
    return list(Unit.objects.filter(stem=stem, kind=Unit.Kind.DISTRICT).order_by("name"))


def turn_to(stem: str, intervention: Intervention, district: Unit | None = None) -> Turn | None:
    """The unit that gives ``intervention`` (to ``district``, where routes are districts)."""
    carriers = list(
        Unit.objects.filter(stem=stem, interventions__intervention_id=intervention.id)
        .exclude(kind=Unit.Kind.COMMITTEE)
        .prefetch_related("acts_for")
        .order_by("name")
    )
    if not district_routes(intervention):
        named = {route.unit for route in intervention.where_to_turn if route.unit}
        chosen = [u for u in carriers if u.name in named] or carriers
        return Turn(chosen[0], "unit") if chosen else None
    if district is None:
        return None
    if any(u.pk == district.pk for u in carriers):
        return Turn(district, "own_district")
    for unit in carriers:
        if unit.kind == Unit.Kind.DISTRICT and any(
            o.pk == district.pk for o in unit.acts_for.all()
        ):
            return Turn(unit, "acting_district")
    for unit in carriers:
        if unit.kind == Unit.Kind.CITY_WIDE:
            return Turn(unit, "city_wide")
    return None
