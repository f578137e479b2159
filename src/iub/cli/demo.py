"""``iub demo``: fill the embedded database with a seeded year of synthetic activity.

Migrates and loads the shipped catalogs first (as ``iub serve --load-only``), then stores the
previous and current year of checks, visits, head counts and anonymous participations for
every catalog and computes their protected figures, so that the committee and analyst
accounts see real figures at once (docs/followup.md). The same seed gives the same records.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)


def demo(
    seed: Annotated[int, typer.Option(help="Seed of the synthetic records.")] = 2026,
) -> None:
    """Fill the database with a reproducible year of synthetic follow-up data (no person)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iub.web.config.settings.base")
    import django
    from django.core.management import call_command

    django.setup()
    from iub.web.followup.demo import demo_fill

    call_command("migrate", interactive=False, verbosity=0)
    results = demo_fill(seed=seed, say=lambda line: typer.echo(line, err=True))
    if not results:
        typer.echo("iub: no published catalog: run `iub serve --load-only` first", err=True)
        raise typer.Exit(1)
    typer.echo(
        "Demodata klar. Logga in som namnd-alingsas, namnd-stockholm eller analytiker på "
        "http://127.0.0.1:8000/personal/logga-in/ och öppna /uppfoljning/.",
        err=True,
    )
