"""``iub lint``: the legal linter from the command line, the way ruff is for code."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from iub.catalog import read_catalog_text, resolve_catalog
from iub.cli._common import parse_day
from iub.errors import CatalogLoadError
from iub.law.lint import (
    Severity,
    lint_source,
    render_json,
    render_sarif,
    render_text,
)

__all__ = ["register"]


class LintFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"


class Lang(StrEnum):
    sv = "sv"
    en = "en"


def _stop(message: str, code: int) -> typer.Exit:
    typer.echo(f"iub: {message}", err=True)
    return typer.Exit(code)


def lint_command(
    catalog: Annotated[str, typer.Argument(help="Shipped catalog name (alingsas) or YAML path.")],
    format: Annotated[
        LintFormat, typer.Option("--format", help="text, json (docs/lint.md) or sarif.")
    ] = LintFormat.text,
    today: Annotated[
        str | None,
        typer.Option("--today", help="Judge dates as of YYYY-MM-DD (default: today)."),
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Message language: sv or en.")] = Lang.sv,
) -> None:
    """Check a catalog against socialtjänstlagen (2025:400); exit 1 if any error is found."""
    day = parse_day(today)
    try:
        path = resolve_catalog(catalog)
        text = read_catalog_text(path)
    except CatalogLoadError as exc:
        raise _stop(str(exc), 1) from None
    shown = _shown(path)
    loaded, findings = lint_source(text, today=day, file=shown)
    if loaded is None:
        for finding in findings:
            where = f"{shown}:{finding.line}:{finding.column or 1}" if finding.line else shown
            typer.echo(f"{where}: {finding.dotted_path}: {finding.message_en}", err=True)
        typer.echo(
            f"iub: {shown} does not validate ({len(findings)} problem(s)); fix them, then lint",
            err=True,
        )
    if format is LintFormat.json:
        typer.echo(render_json(findings, lang=lang.value))
    elif format is LintFormat.sarif:
        typer.echo(render_sarif(findings, file=shown, lang=lang.value))
    elif loaded is not None:
        typer.echo(render_text(findings, file=shown, lang=lang.value))
    if any(f.severity is Severity.error for f in findings):
        raise typer.Exit(1)


def _shown(path: Path) -> str:
    """The catalog's path as the user would type it: relative to the working directory."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def register(app: typer.Typer) -> None:
    """Add ``iub lint`` to the application."""
    app.command(name="lint")(lint_command)
