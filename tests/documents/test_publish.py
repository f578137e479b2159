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


def test_docx_has_a_toc_field_and_page_header_and_footer() -> None:
    """Word output holds a TOC field under "Innehållsförteckning", the title in the header and
    "Sida X av Y" (PAGE, NUMPAGES fields) in the footer."""
    data = publish(hand_catalog("stockholm"), "docx")
    document = docx.Document(io.BytesIO(data))

    body = document.element.body.xml
    assert 'TOC \\o "1-3"' in body
    assert ("TOC Heading", "Innehållsförteckning") in [
        (p.style.name if p.style else "", p.text) for p in document.paragraphs
    ]
    section = document.sections[0]
    assert "Stockholms stad" in section.header.paragraphs[0].text
    footer = section.footer.paragraphs[0]._p.xml
    assert " PAGE " in footer and " NUMPAGES " in footer


def test_html_toc_is_printed_with_page_numbers() -> None:
    """The table of contents is not hidden in print, and shows each entry's page."""
    page = publish(hand_catalog("alingsas"), "html").decode("utf-8")

    assert "nav.toc { display: none; }" not in page
    assert "target-counter(attr(href), page)" in page
    assert '<h2 id="toc-title">Innehållsförteckning</h2>' in page


def test_municipality_is_named_in_its_own_form() -> None:
    """Stockholm writes itself "Stockholms stad"; the SCB form is only a fallback."""
    page = publish(hand_catalog("stockholm"), "html").decode("utf-8")

    assert "bosatt, Stockholms stad</p>" in page
    assert "Stockholms kommun" not in page


def test_cli_publish_writes_mode_0644(tmp_path: Path) -> None:
    """A published file is readable by others, like any published document."""
    from typer.testing import CliRunner

    from iub.cli import app

    out = tmp_path / "riktlinjer.html"

    result = CliRunner().invoke(
        app, ["publish", "stockholm", "--format", "html", "-o", str(out), "--draft"]
    )

    assert 0 == result.exit_code, result.output
    assert 0o644 == out.stat().st_mode & 0o777
