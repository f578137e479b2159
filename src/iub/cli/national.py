"""``iub national``: the national statistics export (docs/followup.md, "National statistics").

For the interventions whose follow-up names national statistics, the year's protected figures
in the CSV format ``iub-nationell-statistik/1``, from the database or (``--synthetic SEED``)
from the seeded synthetic year. Errors are one line on stderr and exit status 1.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from iub.cli._common import fail

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    app.command("national")(national)


def national(
    catalog: Annotated[str, typer.Option("--catalog", help="Catalog name or YAML path.")],
    year: Annotated[int, typer.Option("--year", help="The year, e.g. 2026.")],
    output: Annotated[str, typer.Option("-o", "--output", help="CSV file, or - for stdout.")] = "-",
    synthetic: Annotated[
        int | None, typer.Option(help="Use the seeded synthetic year instead of the database.")
    ] = None,
) -> None:
    """Export the national statistics of a year (CSV, iub-nationell-statistik/1)."""
    from iub.catalog import load_catalog, resolve_catalog
    from iub.cli.report import FIRST_YEAR, _database, _synthetic
    from iub.errors import CatalogLoadError
    from iub.followup.national import national_csv, national_interventions

    if not FIRST_YEAR <= year <= dt.date.today().year + 1:
        fail(f"year {year}: give a year from {FIRST_YEAR} to {dt.date.today().year + 1}")
    try:
        path = resolve_catalog(catalog)
    except CatalogLoadError as exc:
        fail(str(exc))
    stem = Path(path).stem
    if not national_interventions(load_catalog(path)):
        fail(f"no intervention of {stem!r} has national statistics as its follow-up")
    if synthetic is not None:
        cat, figures_of = _synthetic(stem, path, None, synthetic)
    else:
        cat, figures_of = _database(stem, path, None)
    text = national_csv(cat, figures_of(year))
    if output == "-":
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror}")
