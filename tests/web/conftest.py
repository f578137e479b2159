"""Fixtures of the web tests: published versions of the shipped catalogs."""

from __future__ import annotations

import pytest

from iub.web.catalog.models import CatalogVersion
from iub.web.catalog.services import catalog_version_load_file


@pytest.fixture
def stockholm(db: None) -> CatalogVersion:
    """Stockholm's catalog, published as version 1."""
    return catalog_version_load_file("stockholm").version


@pytest.fixture
def alingsas(db: None) -> CatalogVersion:
    """Alingsås's catalog, published as version 1."""
    return catalog_version_load_file("alingsas").version
