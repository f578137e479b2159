"""The yearly report (docs/followup.md): Swedish, tagged PDF, SVG charts with real text,
compared with the previous year, revise-by status and the linter's findings — read back with
pypdf. The CLI's bad inputs each give one line and exit 1."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from iub.catalog import load_catalog
from iub.cli import app
from iub.cli.report import synthetic_observations
from iub.followup.report import report_html, report_pdf, revise_status
from iub.followup.statistics import figures_build
from iub.law.lint import lint

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(scope="module")
def stockholm_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.pdf"
    result = CliRunner().invoke(
        app,
        [
            "report",
            "--catalog",
            "stockholm",
            "--year",
            "2026",
            "-o",
            str(out),
            "--synthetic",
            "2026",
            "--today",
            TODAY.isoformat(),
        ],
    )
    assert 0 == result.exit_code, result.output
    return out


def test_the_pdf_is_tagged_swedish_and_says_what_the_report_promises(stockholm_pdf: Path) -> None:
    reader = PdfReader(stockholm_pdf)
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root  # tagged PDF
    assert "sv" == str(root.get("/Lang"))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Uppföljning 2026",
        "Om siffrorna",
        "Förteckningens status",
        "Jämförelse med 2025",
        "Samtalsgrupp för anhöriga",
        "Påbörjade deltaganden",
    ):
        assert expected in text, expected
    assert "Sida 1 av" in text


def test_charts_are_svg_with_real_text_in_the_pdf(stockholm_pdf: Path) -> None:
    text = PdfReader(stockholm_pdf).pages[-1].extract_text()
    # a chart's row labels are text, not pixels: they come out of the PDF as words
    assert "Bättre" in text or "Oförändrat" in text or "Fullföljt" in text or "jan" in text


def test_hidden_figures_are_marked_and_explained() -> None:
    cat = load_catalog("stockholm")
    figures = figures_build(
        "stockholm", 2026, cat, synthetic_observations(cat, "stockholm", 2026, 5)
    )
    html = report_html(cat, figures, previous=None, findings=[], today=TODAY)
    assert "– = uppgiften visas inte" in html
    assert 'aria-label="dold uppgift">–<' in html
    assert "<svg" in html and "<text" in html


def test_the_previous_year_is_beside_this_year() -> None:
    cat = load_catalog("stockholm")
    now = figures_build("stockholm", 2026, cat, synthetic_observations(cat, "stockholm", 2026, 7))
    before = figures_build(
        "stockholm", 2025, cat, synthetic_observations(cat, "stockholm", 2025, 7)
    )
    html = report_html(cat, now, previous=before, findings=[], today=TODAY)
    assert "2026 jämfört med 2025" in html
    x = "samtalsgrupp-for-anhoriga"
    assert before.total_of("checks", x).value is not None
    assert f"<td>{before.total_of('checks', x).value}</td>" in html


def test_revise_by_status_and_lint_findings_are_in_the_report() -> None:
    cat = load_catalog("alingsas")
    findings = lint(cat, today=TODAY)
    figures = figures_build("alingsas", 2026, cat, [])
    html = report_html(cat, figures, previous=None, findings=findings, today=TODAY)
    assert revise_status(cat, TODAY) in html
    assert f"Öppna fynd från granskningen ({len(findings)})" in html
    assert "Inga uppgifter är registrerade för 2026" in html
    assert report_pdf(html).startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--threshold", "2"], "aldrig vara under 3"),
        (["--year", "1999"], "year 1999"),
        (["-o", "report.docx"], "write a .pdf or a .html"),
        (["--catalog", "nowhere"], "nowhere"),
        (["--today", "tomorrow"], "is not a date"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_1(
    tmp_path: Path, args: list[str], message: str
) -> None:
    base = {"--catalog": "stockholm", "--year": "2026", "-o": str(tmp_path / "r.pdf")}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value if flag != "-o" else str(tmp_path / value)
    argv = ["report", "--synthetic", "1", *[x for pair in base.items() for x in pair]]
    if "--today" in args:
        argv += ["--today", args[1]]
    result = CliRunner().invoke(app, [a for a in argv if a])
    assert 1 == result.exit_code
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "r.pdf").exists()
