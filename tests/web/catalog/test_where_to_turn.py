"""Where a resident turns: units with contact data, and Stockholm's district chooser."""

from __future__ import annotations

import pytest
from django.test import Client

from iub.web.accounts.models import Unit
from iub.web.accounts.services import units_seed_from_catalog
from iub.web.catalog import selectors
from iub.web.catalog.models import CatalogVersion

pytestmark = pytest.mark.django_db

GROUP = "/stockholm/samtalsgrupp-for-anhoriga/"


@pytest.fixture
def stockholm_units(stockholm: CatalogVersion) -> list[Unit]:
    units = units_seed_from_catalog(selectors.catalog_of(stockholm), stem="stockholm")
    Unit.objects.filter(slug="sodermalms-stadsdelsforvaltning").update(
        phone="08-508 12 000", email="sodermalm@example.se", opening_hours="Mån–fre 8–16"
    )
    return units


def test_stockholm_asks_the_district_and_names_no_unit_before(
    client: Client, stockholm_units: list[Unit]
) -> None:
    html = client.get(GROUP).content.decode()

    assert 'name="stadsdel"' in html
    assert "Skarpnäcks stadsdelsförvaltning" in html  # every district configured as a unit
    assert 'id="turn-unit"' not in html


def test_own_district_with_its_contact_data(client: Client, stockholm_units: list[Unit]) -> None:
    html = client.get(GROUP + "?stadsdel=sodermalms-stadsdelsforvaltning").content.decode()
    card = html.split('id="turn-unit"', 1)[1].replace("\u00ad", "")  # soft hyphens

    assert "Du vänder dig till" in card and "Södermalms stadsdelsförvaltning" in card
    assert "förvaltningen i ditt eget stadsdelsområde" in card
    assert 'href="tel:0850812000"' in card and "sodermalm@example.se" in card


def test_a_district_acting_for_another(client: Client, stockholm_units: list[Unit]) -> None:
    html = client.get(GROUP + "?stadsdel=skarpnacks-stadsdelsforvaltning").content.decode()
    card = html.split('id="turn-unit"', 1)[1].replace("\u00ad", "")  # soft hyphens

    assert "Enskede-Årsta-Vantörs stadsdelsförvaltning" in card
    assert "som ger den här hjälpen för" in card


def test_an_unknown_district_is_a_form_error_not_a_400(
    client: Client, stockholm_units: list[Unit]
) -> None:
    response = client.get(GROUP + "?stadsdel=atlantis")

    assert 200 == response.status_code
    assert "Välj ett av stadsdelsområdena i listan." in response.content.decode()


def test_a_changed_contact_shows_without_waiting_for_the_page_cache(
    client: Client, stockholm_units: list[Unit], settings: object
) -> None:
    url = GROUP + "?stadsdel=sodermalms-stadsdelsforvaltning"
    client.get(url)
    unit = Unit.objects.get(slug="sodermalms-stadsdelsforvaltning")
    unit.phone = "08-123 45 67"
    unit.save()

    assert "08-123 45 67" in client.get(url).content.decode()


def test_alingsas_names_the_unit_with_its_contact_data(
    client: Client, alingsas: CatalogVersion
) -> None:
    units_seed_from_catalog(selectors.catalog_of(alingsas), stem="alingsas")
    Unit.objects.filter(stem="alingsas", name="Mini Maria").update(
        address="Kungsgatan 1, Alingsås", web="https://example.se/minimaria"
    )

    html = client.get("/alingsas/beroendestod-vid-mini-maria/").content.decode()
    card = html.split('id="turn-unit"', 1)[1].replace("\u00ad", "")  # soft hyphens

    assert 'Du vänder dig till <strong lang="sv">Mini Maria</strong>.' in card
    assert "Kungsgatan 1, Alingsås" in card and "https://example.se/minimaria" in card
