"""Which version is in force, and which takes over later, is asked of the database at most once
per ``IUB_CACHE_SECONDS`` (docs/web.md, "Public pages"): a cached catalog page then asks it
nothing, and a version published to take over later still shows once that time has passed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client

from iub.web.catalog import selectors
from iub.web.catalog.models import CatalogVersion


@pytest.fixture
def cached(settings: Any) -> Iterator[None]:
    settings.IUB_CACHE_SECONDS = 3600
    selectors._latest.clear()
    selectors._next.clear()
    yield
    selectors._latest.clear()
    selectors._next.clear()


def test_a_cached_catalog_page_asks_the_database_nothing(
    client: Client, alingsas: CatalogVersion, cached: None, django_assert_num_queries: Any
) -> None:
    client.get("/alingsas/")

    with django_assert_num_queries(0):
        response = client.get("/alingsas/")

    assert 200 == response.status_code
    assert "Stöd utan ansökan i Alingsås" in response.content.decode()


def test_the_next_version_is_asked_again_when_the_cache_time_has_passed(
    alingsas: CatalogVersion, cached: None, settings: Any
) -> None:
    assert selectors.catalog_version_next("alingsas", alingsas) is None
    later = CatalogVersion.objects.get(pk=alingsas.pk)
    later.pk = None
    later._state.adding = True  # a copy: a new row
    later.number += 1
    later.valid_from = dt.date(2999, 1, 1)
    later.save()

    assert selectors.catalog_version_next("alingsas", alingsas) is None  # within the time
    settings.IUB_CACHE_SECONDS = 0
    assert later == selectors.catalog_version_next("alingsas", alingsas)
