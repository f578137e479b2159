"""`iub lint`: formats, exit codes and bad input, driven through the CLI itself."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from iub.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
TODAY = ["--today", "2026-11-26"]


def test_json_follows_the_design_contract() -> None:
    """`--format json` prints the list of findings (docs/lint.md); an error means exit 1."""
    result = runner.invoke(app, ["lint", "stockholm", "--format", "json", *TODAY])

    findings = json.loads(result.stdout)
    assert 1 == result.exit_code
    for finding in findings:
        assert {"code", "severity", "intervention", "message", "citation"} <= set(finding)
        assert finding["severity"] in {"error", "warning", "info"}
        assert finding["code"].startswith("IUB")
    assert "IUB004" in {f["code"] for f in findings}


def test_no_errors_means_exit_0() -> None:
    """A catalog with warnings only exits 0."""
    result = runner.invoke(app, ["lint", "alingsas", *TODAY])

    assert 0 == result.exit_code
    assert "IUB034 varning" in result.stdout


def test_text_names_file_line_code_and_rule_page() -> None:
    """Text output reads like ruff: place, code, severity, intervention, message, page."""
    result = runner.invoke(app, ["lint", "catalogs/stockholm.yaml", *TODAY])

    assert "catalogs/stockholm.yaml:11:1: IUB004 fel " in result.stdout
    assert "docs/rules/IUB004.md" in result.stdout
    assert result.stdout.rstrip().endswith("1 fel, 5 varningar, 1 info")


def test_english_messages() -> None:
    """`--lang en` prints the messages in English."""
    result = runner.invoke(app, ["lint", "stockholm", "--lang", "en", "--format", "json", *TODAY])

    messages = [f["message"] for f in json.loads(result.stdout)]
    assert any(m.startswith("Decision data missing") for m in messages)


def test_sarif_is_sarif_2_1_0() -> None:
    """`--format sarif` names every rule and places each result."""
    result = runner.invoke(app, ["lint", "stockholm", "--format", "sarif", *TODAY])

    document = json.loads(result.stdout)
    run = document["runs"][0]
    assert "2.1.0" == document["version"]
    assert "IUB001" in {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    first = run["results"][0]["locations"][0]["physicalLocation"]
    assert "catalogs/stockholm.yaml" == first["artifactLocation"]["uri"]
    assert first["region"]["startLine"] > 0


def test_unknown_format_exits_2() -> None:
    """An unknown --format is a usage error."""
    result = runner.invoke(app, ["lint", "stockholm", "--format", "xml"])

    assert 2 == result.exit_code
    assert "xml" in result.stderr


def test_impossible_date_exits_2() -> None:
    """An impossible --today is a usage error with a clear message, not a traceback."""
    result = runner.invoke(app, ["lint", "stockholm", "--today", "2026-02-30"])

    assert 2 == result.exit_code
    assert "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_catalog_exits_1() -> None:
    """A catalog name that is neither shipped nor a file exits 1, like every CLI error."""
    result = runner.invoke(app, ["lint", "nowhere"])

    assert 1 == result.exit_code
    assert "no catalog named 'nowhere'" in result.stderr


def test_invalid_catalog_gives_validation_errors(tmp_path: Path) -> None:
    """A catalog that does not validate gets file:line:column problems, exit 1, no crash."""
    bad = tmp_path / "bad.yaml"
    text = (ROOT / "catalogs" / "stockholm.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("min: 18", "min: arton"), encoding="utf-8")

    result = runner.invoke(app, ["lint", str(bad), "--format", "json"])

    findings = json.loads(result.stdout)
    assert 1 == result.exit_code
    assert {"IUB000"} == {f["code"] for f in findings}
    assert f"{bad}:" in result.stderr
    assert ".min: Input should be a valid integer" in result.stderr
    assert "Traceback" not in result.output


def test_malformed_yaml_is_placed(tmp_path: Path) -> None:
    """Malformed YAML is reported at its line, not as a crash."""
    bad = tmp_path / "broken.yaml"
    bad.write_text("title: [unclosed\nmunicipality: x\n", encoding="utf-8")

    result = runner.invoke(app, ["lint", str(bad)])

    assert 1 == result.exit_code
    assert "malformed YAML" in result.stderr
