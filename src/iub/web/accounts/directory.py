"""The units as the public pages see them (registered in ``iub.web.catalog.where``).

The public pages never import the staff side; this module answers their questions about units
— which districts there are, which unit gives an intervention to a district, and a stamp of
the units' last change (asked of the database at most every ``IUB_CACHE_SECONDS``).
"""

from __future__ import annotations

import time

from django.conf import settings
from django.db.models import Max

from iub.catalog import Intervention
from iub.web.accounts.models import Unit
from iub.web.catalog.where import Turn, UnitContact

__all__ = ["UnitDirectory"]


def _contact(unit: Unit) -> UnitContact:
    return UnitContact(
        slug=unit.slug,
        name=unit.name,
        address=unit.address,
        phone=unit.phone,
        email=unit.email,
        opening_hours=unit.opening_hours,
        web=unit.web,
    )


class UnitDirectory:
    """:class:`iub.web.catalog.where.Directory` over the accounts app's units."""

    def __init__(self) -> None:
        self._stamps: dict[str, tuple[float, str]] = {}

    def units_stamp(self, stem: str) -> str:
        ttl = getattr(settings, "IUB_CACHE_SECONDS", 0)
        now = time.monotonic()
        cached = self._stamps.get(stem)
        if ttl > 0 and cached is not None and cached[0] > now:
            return cached[1]
        found = Unit.objects.filter(stem=stem).aggregate(latest=Max("updated_at"), count=Max("pk"))
        latest = found["latest"]
        stamp = f"{int(latest.timestamp() * 1e6) if latest else 0}-{found['count'] or 0}"
        if ttl > 0:
            self._stamps[stem] = (now + ttl, stamp)
        return stamp

    def districts(self, stem: str) -> list[UnitContact]:
        rows = Unit.objects.filter(stem=stem, kind=Unit.Kind.DISTRICT).order_by("name")
        return [_contact(unit) for unit in rows]

    def turn_to(
        self, stem: str, intervention: Intervention, district: str | None, *, by_district: bool
    ) -> Turn | None:
        carriers = list(
            Unit.objects.filter(stem=stem, interventions__intervention_id=intervention.id)
            .exclude(kind=Unit.Kind.COMMITTEE)
            .prefetch_related("acts_for")
            .order_by("name")
        )
        if not by_district:
            named = {route.unit for route in intervention.where_to_turn if route.unit}
            chosen = [u for u in carriers if u.name in named] or carriers
            return Turn(_contact(chosen[0]), "unit") if chosen else None
        if district is None:
            return None
        for unit in carriers:
            if unit.slug == district:
                return Turn(_contact(unit), "own_district")
        for unit in carriers:
            acts_for = {other.slug for other in unit.acts_for.all()}
            if unit.kind == Unit.Kind.DISTRICT and district in acts_for:
                return Turn(_contact(unit), "acting_district")
        for unit in carriers:
            if unit.kind == Unit.Kind.CITY_WIDE:
                return Turn(_contact(unit), "city_wide")
        return None
