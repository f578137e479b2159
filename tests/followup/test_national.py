"""National statistics export (docs/followup.md): the protected figures of interventions whose
follow-up names national statistics, in the documented CSV format."""

from __future__ import annotations

import csv
import io

from typer.testing import CliRunner

from iub.catalog import load_catalog
from iub.cli import app
from iub.cli.report import synthetic_observations
from iub.followup.national import FORMAT, HEADER, national_csv, national_interventions
from iub.followup.statistics import figures_build


def test_only_interventions_with_national_statistics_are_exported() -> None:
    assert ["samarbetssamtal"] == national_interventions(load_catalog("alingsas"))
    assert [] == national_interventions(load_catalog("stockholm"))


def test_the_export_carries_the_same_protected_figures() -> None:
    cat = load_catalog("alingsas")
    seed = 3
    figures = figures_build(
        "alingsas", 2026, cat, synthetic_observations(cat, "alingsas", 2026, seed)
    )
    rows = list(csv.DictReader(io.StringIO(national_csv(cat, figures)), delimiter=";"))
    assert list(HEADER) == list(rows[0])
    assert {FORMAT} == {r["format"] for r in rows}
    assert {"1489"} == {r["kommunkod"] for r in rows}
    year = next(
        r for r in rows if r["matt"] == "besok" and r["period"] == "ar" and r["form"] == "alla"
    )
    assert str(figures.total_of("visits", "samarbetssamtal").value) == year["antal"]
    hidden = [r for r in rows if r["dold"] == "1"]
    assert all(r["antal"] == "" for r in hidden)  # hidden is empty and flagged, never 0
    shown = [int(r["antal"]) for r in rows if r["dold"] == "0" and r["antal"] != "0"]
    assert shown and min(shown) >= 5


def test_a_catalog_without_national_statistics_is_refused_clearly() -> None:
    result = CliRunner().invoke(
        app, ["national", "--catalog", "stockholm", "--year", "2026", "--synthetic", "1"]
    )
    assert 1 == result.exit_code
    assert "no intervention of 'stockholm' has national statistics" in result.output
