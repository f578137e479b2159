"""The accessibility statement (lag 2018:1937, Digg's model) and the personal-data page
(GDPR art. 13–14), in Swedish and English, linked from every footer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.test import Client

from iub.web.catalog.models import CatalogVersion

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "headings"),
    [
        (
            "/tillganglighet/",
            [
                "Hur tillgänglig är webbplatsen?",
                "Innehåll som inte är tillgängligt",
                "Rapportera brister i webbplatsens tillgänglighet",
                "Tillsyn",
            ],
        ),
        (
            "/en/tillganglighet/",
            ["How accessible is the website?", "Content that is not accessible", "Supervision"],
        ),
        (
            "/personuppgifter/",
            ["Personuppgiftsansvarig", "När du tar del av en insats", "Dina rättigheter"],
        ),
        ("/en/personuppgifter/", ["Controller", "Your rights"]),
    ],
)
def test_statement_pages_have_the_prescribed_parts(
    client: Client, alingsas: CatalogVersion, path: str, headings: list[str]
) -> None:
    response = client.get(path)
    html = response.content.decode()

    assert 200 == response.status_code
    for heading in headings:
        assert heading in html
    assert "Socialnämnden" in html  # the committee as contact / controller


def test_accessibility_statement_names_digg_and_the_personal_data_page_imy(
    client: Client, alingsas: CatalogVersion
) -> None:
    assert (
        "Myndigheten för digital förvaltning (Digg)"
        in client.get("/tillganglighet/").content.decode()
    )
    page = client.get("/personuppgifter/").content.decode()
    assert "Integritetsskyddsmyndigheten" in page
    assert "14 kap. 5 §" in page and "krypterat" in page  # what each regime stores


@pytest.mark.parametrize("path", ["/", "/alingsas/", "/en/alingsas/", "/ingenstans/"])
def test_every_public_footer_links_both(
    client: Client, alingsas: CatalogVersion, path: str
) -> None:
    html = client.get(path).content.decode()
    prefix = "/en" if path.startswith("/en/") else ""

    assert f'href="{prefix}/tillganglighet/"' in html
    assert f'href="{prefix}/personuppgifter/"' in html


def test_the_statement_shows_the_latest_test_results(
    client: Client, alingsas: CatalogVersion, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iub.web.config import env

    report = {
        "a": {
            "name": "Bredd 320 px, invånarsidor",
            "pages": 70,
            "failures": [],
            "date": "2026-12-06T10:00:00+00:00",
        },
        "b": {
            "name": "axe (WCAG 2.1 AA), mobil",
            "pages": 12,
            "failures": ["x: y"],
            "date": "2026-12-07T10:00:00+00:00",
        },
    }
    (tmp_path / "accessibility.json").write_text(json.dumps(report), encoding="utf-8")
    monkeypatch.setattr(env, "VAR_DIR", tmp_path)

    html = client.get("/tillganglighet/").content.decode()

    assert "Senaste testkörningen på den här servern (2026-12-07): 82 sidvisningar, 1 fel." in html
    assert "Bredd 320 px, invånarsidor: 70 sidor, inga fel" in html


def test_a_catalog_cannot_take_the_statement_addresses() -> None:
    from iub.web.catalog.services import RESERVED_STEMS

    assert {"tillganglighet", "personuppgifter"} <= RESERVED_STEMS
