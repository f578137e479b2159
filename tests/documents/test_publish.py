"""Publishing the riktlinjer, and importing what was published (the round trip)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from iub.documents import FakePdfRenderer, compare_catalogs, import_document, publish

from .conftest import hand_catalog


def test_html_is_swedish_with_a_heading_per_area_and_intervention() -> None:
    """lang="sv", one h1, an h2 per area and an h3 per intervention, fields as h4."""
    catalog = hand_catalog("stockholm")

    page = publish(catalog, "html").decode("utf-8")

    assert '<html lang="sv">' in page
    assert 1 == page.count("<h1>")
    assert '<h2 id="omrade-anhorigstod">Anhörigstöd</h2>' in page
    assert '<h3 id="samtalsgrupp-for-anhoriga">Samtalsgrupp för anhöriga</h3>' in page
    for heading in (
        "Innehåll",
        "Metod",
        "Målgrupp",
        "Omfattning",
        "Villkor",
        "Vart ska den enskilde vända sig",
        "Dokumentation",
        "Uppföljning",
    ):
        assert f"<h4>{heading}</h4>" in page


def test_html_prints_the_conditions_in_the_catalogs_own_wording() -> None:
    """Each condition's text appears as written in the catalog."""
    catalog = hand_catalog("stockholm")

    page = publish(catalog, "html").decode("utf-8")

    assert "<li>Den enskilde är bosatt i Stockholms stad.</li>" in page
    assert "<p>Den enskilde ska också uppfylla något av följande villkor:</p>" in page


def test_html_carries_the_statutory_information() -> None:
    """The 11 kap. 6 § information and the 21 kap. 2 § consent rule are printed."""
    page = publish(hand_catalog("alingsas"), "html").decode("utf-8")

    assert "Informationsskyldighet (11 kap. 6 § socialtjänstlagen)" in page
    assert "21 kap. 2 §" in page
    assert "Diarienummer:</dt> <dd>2025.053 SN § 37</dd>" in page


def test_docx_uses_real_headings_and_lists() -> None:
    """Word output has Title and Heading styles and bullet-list paragraphs."""
    document = docx.Document(io.BytesIO(publish(hand_catalog("stockholm"), "docx")))

    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Insats utan behovsprövning: Samtalsgrupp för anhöriga") in styles
    assert ("Heading 2", "Samtalsgrupp för anhöriga") in styles
    assert ("Heading 3", "Villkor") in styles
    assert ("List Bullet", "Den enskilde är bosatt i Stockholms stad.") in styles
    assert any(style == "List Bullet 2" for style, _ in styles)


def test_pdf_goes_through_the_renderer() -> None:
    """The PDF is the renderer's output for the published HTML."""
    renderer = FakePdfRenderer()

    pdf = publish(hand_catalog("stockholm"), "pdf", renderer=renderer)

    assert pdf.startswith(b"%PDF")
    assert '<html lang="sv">' in renderer.rendered[0]


@pytest.mark.parametrize("name", ["stockholm", "alingsas"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_round_trip(tmp_path: Path, name: str, fmt: str) -> None:
    """Publish the hand-encoded catalog, import it again: every condition, ≥ 95% of the fields."""
    catalog = hand_catalog(name)
    path = tmp_path / f"{name}.{fmt}"
    path.write_bytes(publish(catalog, fmt))  # type: ignore[arg-type]

    result = import_document(path)

    comparison = compare_catalogs(catalog, result.catalog)
    assert comparison.conditions_total == comparison.conditions_equal, comparison.differences
    assert comparison.fields_pct >= 95.0, comparison.differences
    assert [] == result.report.manual_checks


def test_real_pdf_is_tagged_pdf_ua() -> None:
    """WeasyPrint writes a tagged PDF with PDF/UA identification and the Swedish language."""
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    pdf = publish(hand_catalog("stockholm"), "pdf")

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        root = document.doc.catalog
        metadata = resolve1(root["Metadata"]).get_data()
        assert "StructTreeRoot" in root
        assert b"sv" == resolve1(root["Lang"])
        assert b"pdfuaid:part" in metadata


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_round_trip_keeps_doubt_procedure_and_route_units(tmp_path: Path, fmt: str) -> None:
    """The whole doubt procedure and each route's unit come back, not only the last sentence."""
    catalog = hand_catalog("alingsas")
    path = tmp_path / f"alingsas.{fmt}"
    path.write_bytes(publish(catalog, fmt))  # type: ignore[arg-type]

    imported = import_document(path).catalog

    assert catalog.doubt_procedure is not None
    assert " ".join(catalog.doubt_procedure.split()) == " ".join(
        (imported.doubt_procedure or "").split()
    )
    units = [(i.id, r.unit) for i in catalog.interventions for r in i.where_to_turn]
    assert units == [(i.id, r.unit) for i in imported.interventions for r in i.where_to_turn]
