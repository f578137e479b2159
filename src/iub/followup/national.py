"""National statistics: the protected figures of interventions whose follow-up names them.

Alingsås's catalog names "nationell statistikinlämning" for samarbetssamtal (the family-law
statistics). This module writes, for every intervention whose ``follow_up.forms`` include
``national_statistics``, its yearly figures — visits and people by month and delivery form —
in one documented, flat CSV format (``iub-nationell-statistik/1``, docs/followup.md), from the
same protected :class:`~iub.followup.statistics.Figures` as every other output: a hidden
figure is "–", never a number. The format is IUB's own; mapping it onto the receiving
authority's form is the sender's step.
"""

from __future__ import annotations

import csv
import io

from iub.catalog import Catalog, FollowUpForm
from iub.followup.statistics import Figures

__all__ = ["FORMAT", "HEADER", "national_csv", "national_interventions"]

FORMAT = "iub-nationell-statistik/1"
HEADER = (
    "format",
    "kommunkod",
    "kommun",
    "ar",
    "insats",
    "matt",
    "period",
    "form",
    "antal",
    "dold",
)
_MEASURES = {"visits": "besok", "people": "personer"}


def national_interventions(catalog: Catalog) -> list[str]:
    """The ids of the interventions whose follow-up includes national statistics."""
    return [
        i.id for i in catalog.interventions if FollowUpForm.national_statistics in i.follow_up.forms
    ]


def national_csv(catalog: Catalog, figures: Figures) -> str:
    """One row per intervention, measure, month (and the year, ``period`` "ar") and delivery
    form (and "alla"); ``antal`` empty and ``dold`` 1 where the figure is hidden."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    code, name = catalog.municipality.code, catalog.municipality.name
    for intervention in national_interventions(catalog):
        table = figures.table(f"{intervention}-visits")
        for measure, label in _MEASURES.items():
            if measure == "people":
                table = figures.table(f"{intervention}-people-month")
            for period in (*table.rows, "ar"):
                for form in (*table.cols, "alla"):
                    if period == "ar":
                        cell = table.total if form == "alla" else table.col_totals[form]
                    elif form == "alla":
                        cell = table.row_totals[period]
                    else:
                        cell = table.cells[(period, form)]
                    writer.writerow(
                        (
                            FORMAT,
                            code,
                            name,
                            figures.year,
                            intervention,
                            label,
                            period,
                            form,
                            "" if cell.value is None else cell.value,
                            1 if cell.value is None else 0,
                        )
                    )
    return out.getvalue()
