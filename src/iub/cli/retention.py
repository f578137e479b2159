"""``iub retention``: the committee's retention rules (gallring) for records documented in full.

``iub retention set alingsas 5 [--intervention ID] [--decided "dnr …"]`` records a rule,
``iub retention rules`` lists them, and ``iub retention apply [--dry-run] [--today DATE]``
(a scheduled task) deletes what the rules say and prints a report: counts, and each deleted
record's kind, id, catalog, intervention, last entry and due date, never its content.
docs/operations.md, "Retention".
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Annotated

import typer

from iub.cli._common import OutputFormat, fail, print_json

__all__ = ["app", "register"]

app = typer.Typer(help="Retention (gallring) of records documented in full.", no_args_is_help=True)

_KIND_SV = {
    "participation": "deltagande",
    "participation_event": "händelse",
    "identity": "identitet",
}


def register(parent: typer.Typer) -> None:
    """Add ``iub retention`` to the top-level command."""
    parent.add_typer(app, name="retention")


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iub.web.config.settings.base")
    import django

    django.setup()


def _date(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"--today {text!r} is not a date (YYYY-MM-DD)")


@app.command("set")
def set_rule(
    stem: Annotated[str, typer.Argument(help="The catalog: alingsas, stockholm, …")],
    years: Annotated[int, typer.Argument(help="Years after the last entry.", min=1, max=100)],
    intervention: Annotated[
        str, typer.Option(help="One intervention only (default: all of the catalog).")
    ] = "",
    decided: Annotated[str, typer.Option(help="The committee's decision (dnr, date).")] = "",
) -> None:
    """Record the committee's retention period for a catalog or one of its interventions."""
    _setup()
    from iub.web.desk.models import RetentionRule

    rule, _ = RetentionRule.objects.update_or_create(
        stem=stem, intervention_id=intervention, defaults={"years": years, "decided": decided}
    )
    typer.echo(str(rule))


@app.command("rules")
def rules() -> None:
    """List the retention rules."""
    _setup()
    from iub.web.desk.models import RetentionRule

    for rule in RetentionRule.objects.order_by("stem", "intervention_id"):
        typer.echo(f"{rule}{f' ({rule.decided})' if rule.decided else ''}")


@app.command("apply")
def apply(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Report what would be deleted; delete nothing.")
    ] = False,
    today: Annotated[
        str | None, typer.Option(help="The date to apply the rules on (default: today).")
    ] = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", help="json (default) or text.")
    ] = OutputFormat.json,
) -> None:
    """Delete ended full records whose retention period has run out; print the report."""
    on = _date(today)
    _setup()
    from django.db import DatabaseError

    from iub.web.operations.retention import retention_apply

    try:
        report = retention_apply(today=on, dry_run=dry_run)
    except DatabaseError as exc:
        fail(f"retention failed, nothing more was deleted: {str(exc).strip()[:200]}")
    if output is OutputFormat.json:
        print_json(report.to_json())
        return
    verb = "Skulle gallras" if dry_run else "Gallrat"
    counts = report.counts
    typer.echo(
        f"{verb} {on.isoformat()}: {counts['participation']} deltaganden, "
        f"{counts['participation_event']} händelser, {counts['identity']} identiteter."
    )
    for record in report.records:
        typer.echo(
            f"  {_KIND_SV[record.object_type]} {record.pk}: {record.stem}/{record.intervention}, "
            f"sista anteckning {record.last_entry}, gallras från {record.due}"
        )
    for stem, count in sorted(report.without_rule.items()):
        typer.echo(f"  {stem}: {count} avslutade deltaganden utan gallringsregel (rörs inte)")
