"""The public pages: municipalities, a catalog, an intervention, the 404 page."""

from __future__ import annotations

import pytest
from django.test import Client

from iub.web.catalog.models import CatalogVersion

pytestmark = pytest.mark.django_db

INTERVENTION = "/stockholm/samtalsgrupp-for-anhoriga/"


def test_root_lists_the_municipalities(client: Client, stockholm: CatalogVersion) -> None:
    """The root page links to each municipality's catalog."""
    response = client.get("/")

    assert 200 == response.status_code
    assert 'href="/stockholm/"' in response.content.decode()


def test_catalog_page_shows_the_interventions(client: Client, stockholm: CatalogVersion) -> None:
    """/stockholm/ lists its intervention under its area, linked."""
    html = client.get("/stockholm/").content.decode()

    assert "Anhörigstöd" in html
    assert f'href="{INTERVENTION}"' in html


def test_intervention_page_renders(client: Client, stockholm: CatalogVersion) -> None:
    """The intervention page has the title and a link to the self-check."""
    response = client.get(INTERVENTION)

    assert 200 == response.status_code
    assert "Samtalsgrupp för anhöriga" in response.content.decode()
    assert f"{INTERVENTION}passar-det-har-mig/" in response.content.decode()


@pytest.mark.parametrize("path", ["/nowhere/", "/stockholm/no-such-intervention/"])
def test_unknown_municipality_or_intervention_is_404(
    client: Client, stockholm: CatalogVersion, path: str
) -> None:
    """An unknown municipality or intervention gives the 404 page."""
    response = client.get(path)

    assert 404 == response.status_code
