"""`iub catalog validate|show|schema`."""

from pathlib import Path

from typer.testing import CliRunner

from iub.catalog import json_schema_text
from iub.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def test_validate_accepts_a_shipped_catalog() -> None:
    """A valid catalog prints OK and exits 0."""
    result = runner.invoke(app, ["catalog", "validate", "catalogs/stockholm.yaml"])

    assert 0 == result.exit_code
    assert result.stdout.startswith("OK: Stockholm")


def test_validate_places_every_problem(tmp_path: Path) -> None:
    """Problems are printed as file:line:column with exit status 1."""
    bad = tmp_path / "bad.yaml"
    text = (ROOT / "catalogs" / "stockholm.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("min: 18", "min: arton"), encoding="utf-8")

    result = runner.invoke(app, ["catalog", "validate", str(bad)])

    assert 1 == result.exit_code
    assert f"{bad}:" in result.stderr
    assert ".min: Input should be a valid integer" in result.stderr


def test_show_prints_the_conditions_as_a_checklist() -> None:
    """`show C ID` prints the intervention's Villkor with the evidence to look at."""
    result = runner.invoke(app, ["catalog", "show", "stockholm", "samtalsgrupp-for-anhoriga"])

    assert "☐ Den enskilde är bosatt i Stockholms stad." in result.stdout
    assert "Information enligt 11 kap. 6 §" in result.stdout


def test_committed_schema_is_current() -> None:
    """docs/catalog.schema.json equals the schema generated from the models (run `make schema`)."""
    committed = (ROOT / "docs" / "catalog.schema.json").read_text(encoding="utf-8")

    assert json_schema_text() == committed, "docs/catalog.schema.json is stale: run `make schema`"


def test_diff_prints_changes_in_words(tmp_path: Path) -> None:
    """`iub catalog diff A B` prints what changed as a resident reads it, or JSON."""
    text = (ROOT / "catalogs" / "alingsas.yaml").read_text(encoding="utf-8")
    changed = tmp_path / "alingsas-ny.yaml"
    changed.write_text(text.replace("min: 18", "min: 16", 1), encoding="utf-8")

    result = runner.invoke(app, ["catalog", "diff", "alingsas", str(changed)])
    assert 0 == result.exit_code
    assert "  Ålder: från 18 år → från 16 år" in result.stdout.splitlines()

    result = runner.invoke(app, ["catalog", "diff", "alingsas", str(changed), "--format", "json"])
    assert '"text": "Ålder: från 18 år → från 16 år"' in result.stdout

    same = runner.invoke(app, ["catalog", "diff", "alingsas", "alingsas"])
    assert same.stdout.strip() == "Inga skillnader."

    missing = runner.invoke(app, ["catalog", "diff", "alingsas", str(tmp_path / "nej.yaml")])
    assert 1 == missing.exit_code and "Traceback" not in missing.output
