"""Fixtures of the committee workspace tests: Alingsås published, a committee secretary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import Client, override_settings

from iub.web.accounts.models import StaffProfile
from iub.web.accounts.services import staff_create, units_seed_from_catalog
from iub.web.catalog import selectors as catalog_selectors
from iub.web.catalog.services import catalog_version_load_file

SEED = Path(__file__).resolve().parents[2] / "documents" / "fixtures" / "alingsas-riktlinjer.txt"
TODAY = dt.date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[None]:
    """The day of the tests: 2026-12-06 (Alingsås must revise by 2026-12-31)."""
    with override_settings(IUB_TODAY=TODAY, IUB_CACHE_SECONDS=0):
        yield


def _client(username: str) -> Client:
    client = Client()
    client.force_login(StaffProfile.objects.get(user__username=username).user)
    return client


@pytest.fixture
def committee(db: None) -> dict[str, Client]:
    """Alingsås published as version 1; secretaries ``sekr1`` and ``sekr2`` of its committee,
    a Stockholm secretary ``sthlm`` and a provider ``utforare``."""
    units = {}
    for stem in ("alingsas", "stockholm"):
        version = catalog_version_load_file(stem).version
        for unit in units_seed_from_catalog(catalog_selectors.catalog_of(version), stem=stem):
            units[(stem, unit.kind, unit.slug)] = unit
    office = {stem: u for (stem, kind, _slug), u in units.items() if kind == "committee"}
    provider = next(u for (stem, kind, _s), u in units.items() if kind == "unit")
    for name in ("sekr1", "sekr2"):
        staff_create(username=name, password=None, role="committee", units=[office["alingsas"]])
    staff_create(username="sthlm", password=None, role="committee", units=[office["stockholm"]])
    staff_create(username="utforare", password=None, role="provider", units=[provider])
    return {name: _client(name) for name in ("sekr1", "sekr2", "sthlm", "utforare")}
