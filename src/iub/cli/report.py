"""``iub report``: the committee's yearly follow-up report as a tagged PDF or HTML.

Reads the year's and the previous year's records from the site's database (or, with
``--synthetic SEED``, the seeded synthetic year of :mod:`iub.followup.synthetic`, no database
needed), protects every figure (docs/followup.md) and writes the report, with a progress bar
on stderr. Errors are one line on stderr and exit status 1.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from iub.cli._common import fail

if TYPE_CHECKING:
    from iub.catalog import Catalog
    from iub.followup.disclosure import Policy
    from iub.followup.statistics import Figures, Observation

__all__ = ["register"]

FIRST_YEAR = 2025


def register(app: typer.Typer) -> None:
    app.command("report")(report)


def synthetic_observations(
    catalog: Catalog, stem: str, year: int, seed: int
) -> Iterator[Observation]:
    from iub.followup.statistics import (
        check_observations,
        head_count_observations,
        participation_observations,
        visit_observations,
    )
    from iub.followup.synthetic import synthetic_year

    data = synthetic_year(catalog, stem, year, seed=seed)
    previous = synthetic_year(catalog, stem, year - 1, seed=seed)  # participations that run on
    return itertools.chain(
        check_observations(data.checks),
        visit_observations(data.visits),
        head_count_observations(data.head_counts),
        participation_observations([*previous.participations, *data.participations], year=year),
    )


def report(
    catalog: Annotated[
        str, typer.Option("--catalog", help="Catalog name (alingsas) or YAML path.")
    ],
    year: Annotated[int, typer.Option("--year", help="The year to report, e.g. 2026.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="report.pdf or report.html")],
    threshold: Annotated[
        int | None, typer.Option(help="Disclosure threshold (default 5, never below 3).")
    ] = None,
    synthetic: Annotated[
        int | None,
        typer.Option(help="Use the seeded synthetic year with this seed instead of the database."),
    ] = None,
    today: Annotated[
        str | None, typer.Option(help="Judge the revise-by date as of YYYY-MM-DD.")
    ] = None,
) -> None:
    """Write the yearly follow-up report (Swedish; PDF/UA or HTML)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from iub.catalog import resolve_catalog
    from iub.errors import CatalogLoadError
    from iub.followup.disclosure import Policy, ThresholdError
    from iub.followup.report import report_html, report_pdf
    from iub.law.lint import lint

    suffix = output.suffix.lower()
    if suffix not in (".pdf", ".html"):
        fail(f"{output}: write a .pdf or a .html file")
    this_year = dt.date.today().year
    if not FIRST_YEAR <= year <= this_year + 1:
        fail(f"year {year}: give a year from {FIRST_YEAR} (the law's first) to {this_year + 1}")
    try:
        day = dt.date.fromisoformat(today) if today else dt.date.today()
    except ValueError:
        fail(f"--today {today!r} is not a date; give YYYY-MM-DD")
    try:
        policy = Policy(threshold) if threshold is not None else None
    except ThresholdError as exc:
        fail(str(exc))
    try:
        path = resolve_catalog(catalog)
    except CatalogLoadError as exc:
        fail(str(exc))
    stem = Path(path).stem

    console = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("Läser förteckningen", total=None)
        figures_of: Callable[[int], Figures]
        if synthetic is not None:
            cat, figures_of = _synthetic(stem, path, policy, synthetic)
        else:
            cat, figures_of = _database(stem, path, policy)
        steps = 3 + len(cat.interventions) + (1 if suffix == ".pdf" else 0)
        progress.update(task, total=steps, completed=1, description=f"Röjandeskydd {year}")
        figures = figures_of(year)
        progress.update(task, advance=1, description=f"Röjandeskydd {year - 1}")
        previous = figures_of(year - 1) if year - 1 >= FIRST_YEAR else None
        progress.update(task, advance=1, description="Skriver rapporten")

        def step(title: str) -> None:
            progress.update(task, advance=1, description=title[:40])

        html = report_html(
            cat, figures, previous=previous, findings=lint(cat, today=day), today=day, progress=step
        )
        try:
            if suffix == ".pdf":
                progress.update(task, description="PDF")
                output.write_bytes(report_pdf(html))
                progress.update(task, advance=1)
            else:
                output.write_text(html, encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror}")
    console.print(f"Skrev {output}")


def _synthetic(
    stem: str, path: Path, policy: Policy | None, seed: int
) -> tuple[Catalog, Callable[[int], Figures]]:
    from iub.catalog import load_catalog
    from iub.followup.statistics import figures_build

    catalog = load_catalog(path)

    def figures_of(y: int) -> Figures:
        observations = synthetic_observations(catalog, stem, y, seed)
        return figures_build(stem, y, catalog, observations, policy=policy)

    return catalog, figures_of


def _database(
    stem: str, path: object, policy: Policy | None
) -> tuple[Catalog, Callable[[int], Figures]]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iub.web.config.settings.base")
    import django

    django.setup()
    from iub.followup.statistics import figures_build
    from iub.web.followup import selectors

    catalog = selectors.catalog_for(stem)
    if catalog is None:
        fail(f"catalog {stem!r} is not published in the database: run `iub serve --load-only`")

    def figures_of(y: int) -> Figures:
        if policy is None:
            return selectors.figures_for(stem, y)
        assert catalog is not None
        return figures_build(stem, y, catalog, selectors.year_observations(stem, y), policy=policy)

    return catalog, figures_of
