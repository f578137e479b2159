"""Faults found importing real guidelines, each on a synthetic document built here: conditions
read per sentence, page furniture told from body text by its place, refusals that say why,
and förteckningar laid out as tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from iub.cli import app
from iub.documents import import_document
from iub.documents._readers import PdfReader
from iub.errors import DocumentImportError

from ._build import pdf, table_docx, table_pdf

runner = CliRunner()

_HEAD = (
    "Riktlinjer för insatser utan individuell behovsprövning\n\n"
    "Beslutande instans: Socialnämnden\nDatum för beslut: 2026-03-01\n\n"
    "1 Stöd\n\n1.1 Anhörigcafé\n\nInnehåll\nSamtal och gemenskap för anhöriga.\n\n"
    "Målgrupp\nAnhöriga till personer med demenssjukdom.\n\n"
)
_VILLKOR = (
    "Villkor\nVuxna från 18 år. Den enskilde ska ha fått en hänvisning från\n"
    "vårdcentralen. Folkbokförd i Ockelbo kommun.\n\n"
)
_TAIL = "Dokumentation\nInsatsen dokumenteras enligt 14 kap. 3 § socialtjänstlagen.\n"


def _kinds(path: Path) -> list[tuple[str, Any]]:
    item = import_document(path).catalog.interventions[0]
    return [(c.kind, getattr(c, "min", None) or getattr(c, "text", None)) for c in item.conditions]


def test_txt_villkor_keeps_age_and_residence_beside_an_unknown_sentence(tmp_path: Path) -> None:
    """One sentence the importer does not know becomes one manual check; the age range and
    the residence condition in the same paragraph stay structured."""
    path = tmp_path / "riktlinjer.txt"
    path.write_text(_HEAD + _VILLKOR + _TAIL, encoding="utf-8")

    kinds = _kinds(path)

    assert [
        ("age", 18),
        ("manual", "Den enskilde ska ha fått en hänvisning från vårdcentralen."),
        ("registered_in", "Folkbokförd i Ockelbo kommun."),
    ] == kinds


def _html(text: str) -> str:
    """Blocks of the text guideline as HTML: numbered lines as headings, the first line of a
    block (a field heading) as its own paragraph, the rest as one paragraph."""
    out = []
    for block in text.split("\n\n"):
        lines = block.strip().split("\n")
        if lines[0][:1].isdigit():
            out.append(f"<h2>{lines[0]}</h2>")
        else:
            out.extend(f"<p>{line}</p>" for line in lines[:1])
        if len(lines) > 1:
            out.append(f"<p>{' '.join(lines[1:])}</p>")
    return "".join(out)


def test_pdf_villkor_is_read_per_sentence(tmp_path: Path) -> None:
    path = tmp_path / "riktlinjer.pdf"
    path.write_bytes(pdf(_html(_HEAD + _VILLKOR + _TAIL)))

    assert ["age", "manual", "registered_in"] == [kind for kind, _ in _kinds(path)]


def _line(text: str, top: float, *, size: float = 10.5) -> dict[str, Any]:
    return {"text": text, "top": top, "bottom": top + size, "height": 842.0, "size": size}


def test_furniture_is_only_what_repeats_at_the_same_place_on_most_pages() -> None:
    """A running header on all four pages goes; a follow-up sentence that happens to sit at
    the bottom of two pages, in smaller type, stays (it is not on most pages)."""
    pages = []
    for number in range(4):
        body = ("Inledning.", "Villkoren.", "Dokumentation.", "Uppföljning.")[number]
        page = [_line("Ockelbo kommun – Riktlinjer IUB", 20, size=8), _line(body, 300)]
        if number < 2:
            page.append(_line("Uppföljningen sker med besöksstatistik.", 790, size=9))
        page.append(_line(f"Sida {number + 1} av 4", 815, size=8))
        pages.append(page)

    found = PdfReader._furniture(pages)

    removed = {
        line["text"]
        for index, page in enumerate(pages)
        for line in page
        if (index, id(line)) in found
    }
    assert {
        "Ockelbo kommun – Riktlinjer IUB",
        "Sida 1 av 4",
        "Sida 2 av 4",
        "Sida 3 av 4",
        "Sida 4 av 4",
    } == removed


def test_pdf_running_header_is_removed_and_reported_and_edge_text_kept(tmp_path: Path) -> None:
    """In a real PDF: the header printed on every page is removed and listed in the report;
    a sentence at the foot of two of four pages is kept."""
    css = (
        "@page { @top-center { content: 'Ockelbo kommun – Riktlinjer IUB'; font-size: 8pt; } }"
        ".page { height: 250mm; position: relative; page-break-after: always; }"
        ".foot { position: absolute; bottom: 0; font-size: 9pt; margin: 0; }"
    )
    pages = []
    for number in range(4):
        foot = '<p class="foot">Uppföljning sker genom besöksstatistik.</p>' if number < 2 else ""
        first = ("Inledning.", "Bakgrund.", "Målen.", "Ansvaret.")[number]
        pages.append(f'<div class="page"><p>{first}</p>{foot}</div>')
    path = tmp_path / "riktlinjer.pdf"
    path.write_bytes(pdf(_html(_HEAD + _VILLKOR + _TAIL) + "".join(pages), css=css))

    result = import_document(path)

    removed = [e.text for e in result.report.removed if e.kind == "page_furniture"]
    assert "Ockelbo kommun – Riktlinjer IUB" in removed
    assert not any("besöksstatistik" in (text or "") for text in removed)
    assert "Uppföljning sker genom besöksstatistik." in result.yaml_text


def test_old_law_service_utan_behovsprovning_says_old_law(tmp_path: Path) -> None:
    """ "Service utan behovsprövning" is the old law's wording, not an IUB decision."""
    path = tmp_path / "service.txt"
    path.write_text(
        "Service utan behovsprövning\n\nKommunen erbjuder service utan behovsprövning enligt "
        "socialtjänstlagen (2001:453) till alla kommuninvånare.\n\nTräffpunkt\n\nÖppen för "
        "alla pensionärer.\n",
        encoding="utf-8",
    )

    with pytest.raises(DocumentImportError) as caught:
        import_document(path)

    assert "not-iub" == caught.value.code
    assert "gamla socialtjänstlagen (2001:453)" in str(caught.value)
    assert "service utan behovsprövning" in str(caught.value)


_EXPECTED = ["anhorigcafe", "budgetradgivning"]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_table_laid_forteckning_gives_one_intervention_per_row(tmp_path: Path, fmt: str) -> None:
    """Insats | Innehåll | Målgrupp | Villkor | Dokumentation | Uppföljning | Vart vänder man
    sig: each row is an intervention with its fields, in Word, PDF and tab-separated text."""
    path = tmp_path / f"forteckning.{fmt}"
    if fmt == "docx":
        path.write_bytes(table_docx())
    elif fmt == "pdf":
        path.write_bytes(table_pdf())
    else:
        from ._build import HEADER, INTRO, ROWS

        rows = "\n".join("\t".join(row) for row in (HEADER, *ROWS))
        path.write_text(f"Förteckning\n\n{INTRO}\n\n{rows}\n", encoding="utf-8")

    catalog = import_document(path).catalog

    assert _EXPECTED == [item.id for item in catalog.interventions]
    cafe, budget = catalog.interventions
    assert "Anhöriga som stöder en närstående." == cafe.target_group
    assert ["age", "registered_in"] == [c.kind for c in cafe.conditions]
    assert "advice" == budget.documentation.regime.value
    assert "Budget- och skuldrådgivningen" == budget.where_to_turn[0].unit
    assert "visit_statistics" in [f.value for f in cafe.follow_up.forms]


def test_a_header_row_read_as_a_heading_is_refused_with_exit_1(tmp_path: Path) -> None:
    """A table copied as text, its header row on lines of its own, no longer imports as one
    nonsense intervention named "Insats": the import says so and writes nothing."""
    path = tmp_path / "kopierad.txt"
    path.write_text(
        "Förteckning över insatser utan individuell behovsprövning\n\nSocialnämnden i Ockelbo "
        "kommun har beslutat om insatserna enligt 11 kap. 5 §.\n\nInsats\nInnehåll\nMålgrupp\n"
        "Villkor\nAnhörigcafé Samtal och gemenskap. Anhöriga. Folkbokförd i Ockelbo kommun.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.yaml"

    result = runner.invoke(app, ["import", str(path), "-o", str(out)])

    assert 1 == result.exit_code
    assert "ingen insats kunde läsas ut med säkerhet" in result.stderr
    assert "'Insats'" in result.stderr
    assert not out.exists()
