"""Units from the catalogs' organisation, staff accounts and the demo set-up."""

from __future__ import annotations

from typing import Any

import pytest

from iub.catalog import load_catalog
from iub.web.accounts.models import StaffProfile, Unit
from iub.web.accounts.services import (
    DEMO_PASSWORD,
    staff_create,
    staff_seed_demo,
    units_seed_from_catalog,
)

pytestmark = pytest.mark.django_db


def test_alingsas_units_per_intervention_and_named_unit() -> None:
    """Alingsås: one unit per named unit or intervention; Mini Maria carries two; Gläntan counts."""
    units = {u.slug: u for u in units_seed_from_catalog(load_catalog("alingsas"), stem="alingsas")}

    carried = {
        slug: sorted(unit.interventions.values_list("intervention_id", flat=True))
        for slug, unit in units.items()
    }
    assert [
        "anhorigstod-vid-ungas-beroende-mini-maria",
        "beroendestod-vid-mini-maria",
    ] == carried["mini-maria"]
    assert 25 == sum(len(ids) for ids in carried.values())
    assert units["aktivitetshus-glantan"].interventions.get().head_count
    assert Unit.Kind.COMMITTEE == units["socialforvaltningen"].kind


def test_stockholm_districts_match_the_routes() -> None:
    """Stockholm: own district, a district acting for another, a city-wide administration."""
    units = {
        u.slug: u for u in units_seed_from_catalog(load_catalog("stockholm"), stem="stockholm")
    }

    acting = units["enskede-arsta-vantors-stadsdelsforvaltning"]
    assert ["skarpnacks-stadsdelsforvaltning"] == [u.slug for u in acting.acts_for.all()]
    assert Unit.Kind.CITY_WIDE == units["aldreforvaltningen"].kind
    assert not units["skarpnacks-stadsdelsforvaltning"].interventions.exists()


def test_seeding_twice_changes_nothing() -> None:
    """Units are found, not duplicated, on a second run."""
    catalog = load_catalog("alingsas")
    units_seed_from_catalog(catalog, stem="alingsas")
    count = Unit.objects.count()

    units_seed_from_catalog(catalog, stem="alingsas")

    assert count == Unit.objects.count()


def test_only_administrators_reach_the_site_administration() -> None:
    """is_staff follows the administrator role."""
    admin = staff_create(username="a", password=None, role="admin")
    provider = staff_create(username="p", password=None, role="provider")

    assert (True, False) == (admin.user.is_staff, provider.user.is_staff)
    assert not provider.user.has_usable_password()


def test_demo_accounts_for_every_role(settings: Any) -> None:
    """The demo set-up has providers per unit and one account of every other role."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    made = staff_seed_demo(
        [("alingsas", load_catalog("alingsas")), ("stockholm", load_catalog("stockholm"))]
    )

    roles = {user.role for user in made}
    assert {"provider", "committee", "analyst", "admin"} == roles
    boende = StaffProfile.objects.get(user__username="boendecoaching")
    assert boende.user.check_password(DEMO_PASSWORD)
    assert ["boendecoaching"] == [u.slug for u in boende.units.all()]
