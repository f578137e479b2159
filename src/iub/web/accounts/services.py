"""Writes of the accounts app: units from a catalog, staff accounts, the demo set-up."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from iub.catalog import Catalog, slugify
from iub.web.accounts.models import StaffProfile, Unit, UnitIntervention

__all__ = [
    "DEMO_PASSWORD",
    "DemoUser",
    "staff_create",
    "staff_seed_demo",
    "unit_create",
    "units_seed_from_catalog",
]

#: The password of every demo account (docs/desk.md); never used outside `iub_demo`.
DEMO_PASSWORD = "iub-demo-2026"

#: Interventions that are open activities, counted per half-day (mötesplatser).
_OPEN_AREAS = frozenset({"motesplats"})

#: Stockholm's demo districts, matching the catalog's three routes: the person's own district,
#: a district that acts for another, and a city-wide administration.
_STOCKHOLM_UNITS: tuple[tuple[str, str, str | None], ...] = (
    ("Södermalms stadsdelsförvaltning", Unit.Kind.DISTRICT, None),
    ("Skarpnäcks stadsdelsförvaltning", Unit.Kind.DISTRICT, None),
    (
        "Enskede-Årsta-Vantörs stadsdelsförvaltning",
        Unit.Kind.DISTRICT,
        "Skarpnäcks stadsdelsförvaltning",
    ),
    ("Äldreförvaltningen", Unit.Kind.CITY_WIDE, None),
)
_CARRIES_NOTHING = frozenset({"Skarpnäcks stadsdelsförvaltning"})


def unit_create(
    *,
    stem: str,
    name: str,
    kind: str = Unit.Kind.UNIT,
    interventions: Iterable[str] = (),
    head_count: Iterable[str] = (),
) -> Unit:
    """Create a unit (or find it by stem and name) carrying the given interventions."""
    unit, _ = Unit.objects.get_or_create(
        stem=stem, slug=slugify(name), defaults={"name": name, "kind": kind}
    )
    counted = set(head_count)
    for intervention_id in interventions:
        UnitIntervention.objects.update_or_create(
            unit=unit,
            intervention_id=intervention_id,
            defaults={"head_count": intervention_id in counted},
        )
    return unit


@transaction.atomic
def units_seed_from_catalog(catalog: Catalog, *, stem: str) -> list[Unit]:
    """The units of a catalog's organisation, created where missing.

    A catalog whose routes are districts (own / acting / city-wide) gets Stockholm's demo
    districts; any other gets one unit per named route unit or, failing one, per
    intervention, and the committee's office.
    """
    units: list[Unit] = []
    kinds = {route.kind for i in catalog.interventions for route in i.where_to_turn}
    if kinds & {"own_district", "acting_district", "city_wide"}:
        carried = [i.id for i in catalog.interventions]
        by_name: dict[str, Unit] = {}
        for name, kind, acts_for in _STOCKHOLM_UNITS:
            unit = unit_create(
                stem=stem,
                name=name,
                kind=kind,
                interventions=() if name in _CARRIES_NOTHING else carried,
            )
            by_name[name] = unit
            units.append(unit)
            if acts_for is not None:
                unit.acts_for.add(by_name[acts_for])
    else:
        groups: dict[str, list[str]] = {}
        counted: list[str] = []
        for intervention in catalog.interventions:
            named = next((r.unit for r in intervention.where_to_turn if r.unit), None)
            groups.setdefault(named or intervention.title, []).append(intervention.id)
            if intervention.area in _OPEN_AREAS:
                counted.append(intervention.id)
        for name, ids in groups.items():
            units.append(unit_create(stem=stem, name=name, interventions=ids, head_count=counted))
    office = catalog.committee.administration or catalog.committee.name
    units.append(unit_create(stem=stem, name=office, kind=Unit.Kind.COMMITTEE))
    return units


def staff_create(
    *, username: str, password: str | None, role: str, units: Sequence[Unit] = ()
) -> StaffProfile:
    """Create a staff account with its role and units (or update the role and units).

    Administrators may use the site administration (``is_staff``); nobody else may.

    Raises:
        ValidationError: the password does not meet the policy (``AUTH_PASSWORD_VALIDATORS``:
            at least 12 characters, not common, not all digits, not like the username).
    """
    user_model = get_user_model()
    if password is not None:
        validate_password(password, user_model(username=username))
    user, created = user_model.objects.get_or_create(username=username)
    if password is not None and (created or not user.has_usable_password()):
        user.set_password(password)
    elif created:
        user.set_unusable_password()  # signs in through the identity provider only
    user.is_staff = role == StaffProfile.Role.ADMIN
    user.is_superuser = role == StaffProfile.Role.ADMIN
    user.save()
    profile, _ = StaffProfile.objects.update_or_create(user=user, defaults={"role": role})
    profile.units.set(units)
    return profile


@dataclass(frozen=True)
class DemoUser:
    """A demo account as docs/desk.md lists it."""

    username: str
    role: str
    units: tuple[str, ...]


@transaction.atomic
def staff_seed_demo(catalogs: Sequence[tuple[str, Catalog]]) -> list[DemoUser]:
    """Units for every catalog and one demo account per providing unit and role.

    Provider accounts are named after their unit's slug (``familjeradgivning``,
    ``mini-maria``, ``sodermalms-stadsdelsforvaltning``); ``namnd-<stem>``, ``analytiker``
    and ``admin`` complete the roles. Every password is :data:`DEMO_PASSWORD`.
    """
    made: list[DemoUser] = []
    for stem, catalog in catalogs:
        for unit in units_seed_from_catalog(catalog, stem=stem):
            if unit.kind == Unit.Kind.COMMITTEE:
                staff_create(
                    username=f"namnd-{stem}",
                    password=DEMO_PASSWORD,
                    role=StaffProfile.Role.COMMITTEE,
                    units=[unit],
                )
                made.append(DemoUser(f"namnd-{stem}", "committee", (unit.name,)))
                continue
            if not unit.interventions.exists():
                continue
            staff_create(
                username=unit.slug,
                password=DEMO_PASSWORD,
                role=StaffProfile.Role.PROVIDER,
                units=[unit],
            )
            made.append(DemoUser(unit.slug, "provider", (unit.name,)))
    for username, role in (("analytiker", "analyst"), ("admin", "admin")):
        staff_create(username=username, password=DEMO_PASSWORD, role=role)
        made.append(DemoUser(username, role, ()))
    return made
