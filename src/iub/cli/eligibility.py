"""``iub eligible`` and ``iub screen``: the summary check from the command line."""

from __future__ import annotations

from typing import Annotated

import typer

from iub.catalog import find_intervention, load_catalog
from iub.cli._common import OutputFormat, handle_errors, print_json, read_json
from iub.intake import EligibilityEngine, Outcome

__all__ = ["register"]

CatalogOption = Annotated[
    str, typer.Option("--catalog", "-c", help="Shipped catalog name (alingsas) or a YAML path.")
]
FactsOption = Annotated[
    str, typer.Option("--facts", "-f", help="JSON file of facts, or - for stdin.")
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="json or text.")]


def _print_text(outcome: Outcome) -> None:
    typer.echo(f"{outcome.title} [{outcome.intervention}]: {outcome.outcome.label_sv}")
    for reason in outcome.reasons:
        typer.echo(f"  - {reason.text}\n    ({reason.citation})")
    for question in outcome.questions:
        typer.echo(f"  ? {question}")
    typer.echo(f"  i {outcome.information}")


def eligible(
    catalog: CatalogOption,
    intervention: Annotated[str, typer.Option("--intervention", "-i", help="Intervention id.")],
    facts: FactsOption,
    format: FormatOption = OutputFormat.json,
) -> None:
    """Check one intervention's conditions against the facts (met / not met / unknown / unsure)."""
    raw = read_json(facts, what="facts file")
    with handle_errors():
        loaded = load_catalog(catalog)
        outcome = EligibilityEngine(loaded).check(intervention, raw)
        asked = intervention.strip()
    if format is OutputFormat.json:
        data = outcome.to_json()
        if asked in find_intervention(loaded, asked).aliases:
            data["intervention"] = asked  # answer under the id the caller used (e.g. the TOC's)
        print_json(data)
    else:
        _print_text(outcome)


def screen(
    catalog: CatalogOption,
    facts: FactsOption,
    format: FormatOption = OutputFormat.json,
) -> None:
    """Check every intervention of a catalog against the facts."""
    raw = read_json(facts, what="facts file")
    with handle_errors():
        outcomes = EligibilityEngine(load_catalog(catalog)).screen(raw)
    if format is OutputFormat.json:
        print_json([outcome.to_json() for outcome in outcomes])
    else:
        for outcome in outcomes:
            _print_text(outcome)
            typer.echo("")


def register(app: typer.Typer) -> None:
    app.command()(eligible)
    app.command()(screen)
