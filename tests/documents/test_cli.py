"""`iub import` and `iub publish` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from iub.catalog import load_catalog
from iub.cli import app

from .conftest import STOCKHOLM_TXT

runner = CliRunner()


def test_import_writes_a_valid_catalog_and_the_report(tmp_path: Path) -> None:
    """The YAML loads as a catalog whose source is the file name; the report is JSON."""
    out, report = tmp_path / "out.yaml", tmp_path / "report.json"

    result = runner.invoke(
        app, ["import", str(STOCKHOLM_TXT), "-o", str(out), "--report", str(report)]
    )

    assert 0 == result.exit_code, result.output
    catalog = load_catalog(out)
    assert STOCKHOLM_TXT.name == catalog.source
    assert ["samtalsgrupp-for-anhoriga"] == [i.id for i in catalog.interventions]
    data = json.loads(report.read_text(encoding="utf-8"))
    assert 1 == data["summary"]["interventions"]
    assert {"footnote", "page_furniture"} <= {entry["kind"] for entry in data["removed"]}
    validate = runner.invoke(app, ["catalog", "validate", str(out)])
    assert 0 == validate.exit_code


def test_publish_writes_each_format(tmp_path: Path) -> None:
    """`iub publish alingsas --format html|docx` writes the file (no lint errors)."""
    for fmt in ("html", "docx"):
        out = tmp_path / f"riktlinjer.{fmt}"

        result = runner.invoke(
            app, ["publish", "alingsas", "--format", fmt, "-o", str(out), "--today", "2026-11-26"]
        )

        assert 0 == result.exit_code, result.output
        assert out.stat().st_size > 1000


def test_publish_unknown_catalog_exits_1(tmp_path: Path) -> None:
    """An unknown catalog name is a clear error, not a traceback, and nothing is written."""
    out = tmp_path / "x.pdf"

    result = runner.invoke(app, ["publish", "nowhere", "--format", "pdf", "-o", str(out)])

    assert 1 == result.exit_code
    assert "no catalog named 'nowhere'" in result.stderr
    assert not out.exists()


def test_report_carries_the_linters_findings_and_files_are_0644(tmp_path: Path) -> None:
    """The JSON report lists lint findings with code, severity and citation; both written
    files are readable by others (0644)."""
    out, report = tmp_path / "out.yaml", tmp_path / "report.json"

    result = runner.invoke(
        app, ["import", str(STOCKHOLM_TXT), "-o", str(out), "--report", str(report)]
    )

    assert 0 == result.exit_code, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    codes = {entry["code"] for entry in data["lint"]}
    assert "IUB004" in codes  # the seed has no decision date or diarienummer
    assert {"error", "warning"} >= {entry["kind"] for entry in data["lint"]} - {"info"}
    assert data["summary"]["lint_errors"] == sum(e["kind"] == "error" for e in data["lint"])
    assert (0o644, 0o644) == (out.stat().st_mode & 0o777, report.stat().st_mode & 0o777)


def test_console_summary_is_a_one_page_review(tmp_path: Path) -> None:
    """The summary names the interventions, each manual check in its wording, inferred
    values, dropped text and the lint errors and warnings, on one page."""
    from .conftest import FIXTURES

    out = tmp_path / "out.yaml"
    path = tmp_path / "g.txt"
    path.write_text(
        (FIXTURES / "layout-insats-label.txt")
        .read_text(encoding="utf-8")
        .replace("– Med vårdnadshavares samtycke.", "– Den enskilde har ett giltigt medlemskort."),
        encoding="utf-8",
    )

    result = runner.invoke(app, ["import", str(path), "-o", str(out)])

    assert 0 == result.exit_code, result.output
    page = result.stderr
    assert "Insatser (2): familjetraff-i-lingbo, samtalscafe-for-anhoriga" in page
    assert "Manuella kontroller" in page
    assert "”Den enskilde har ett giltigt medlemskort.”" in page
    assert "Lint: " in page
    assert "Borttagen text (1): 1 sidhuvud/sidfot/sidnummer." in page
    assert len(page.splitlines()) <= 60
