"""``iub privacy scan``: every stored note the current identity guard would refuse.

Reads the site's database (Django is imported inside the command, so ``iub`` starts fast),
runs the guard and the quasi-identifier check over the note of every visit and participation
without identity, and prints one entry per record: which record, where, the kinds found and
their counts (never the text), and the link where staff with the right permission correct or
remove the note. Exit status 1 when anything is found, 0 when the database is clean, so that
a scheduled run can alert.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from iub.cli._common import OutputFormat, fail, print_json

__all__ = ["app", "register"]

app = typer.Typer(
    help="Notes stored without identity that the identity guard would refuse today.",
    no_args_is_help=True,
)


def register(parent: typer.Typer) -> None:
    """Add ``iub privacy`` to the top-level command."""
    parent.add_typer(app, name="privacy")


@app.callback()
def _main() -> None:
    """Notes stored without identity that the identity guard would refuse today."""


@app.command("scan")
def scan(
    output: Annotated[
        OutputFormat, typer.Option("--format", help="json (default) or text.")
    ] = OutputFormat.json,
    base_url: Annotated[
        str,
        typer.Option(
            "--base-url", help="Put this before each link (https://iub.kommun.se); default none."
        ),
    ] = "",
) -> None:
    """List every stored note with findings, per record, with the link to act on it."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iub.web.config.settings.base")
    import django
    from django.db import DatabaseError

    django.setup()
    from iub.web.desk.notes import privacy_findings

    try:
        findings = privacy_findings()
    except DatabaseError as exc:
        fail(
            f"cannot read the database: {type(exc).__name__} "
            "(is it set up? `iub serve --load-only` migrates it)"
        )
    base = base_url.rstrip("/")
    rows = [
        {
            "record": f.record,
            "unit": f"{f.stem}/{f.unit_slug}",
            "intervention": f.intervention_id,
            "regime": f.regime,
            "kinds": f.kinds,
            "combination": f.combination or None,
            "link": base + f.link,
        }
        for f in findings
    ]
    if output is OutputFormat.json:
        print_json({"count": len(rows), "clean": not rows, "findings": rows})
    elif not rows:
        typer.echo("Inga sparade anteckningar som identitetsskyddet skulle stoppa.")
    else:
        typer.echo(f"{len(findings)} anteckningar att granska:")
        for f in findings:
            kinds = ", ".join(f"{n} {k}" for k, n in sorted(f.kinds.items()))
            combination = f" kombination: {f.combination}" if f.combination else ""
            typer.echo(f"{f.record} ({f.stem}/{f.unit_slug}): {kinds}{combination}  {base}{f.link}")
    if rows:
        raise typer.Exit(1)
