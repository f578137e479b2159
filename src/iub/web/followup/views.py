"""Follow-up pages for the committee and analysts under /uppfoljning/ (Swedish only).

Every figure comes from :func:`.selectors.figures_for` — through disclosure control — and the
same figures are offered as CSV, XLSX, the yearly report (HTML, PDF) and JSON (the API).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from iub.catalog import Catalog, FollowUpForm, Intervention
from iub.followup.exports import figures_csv, figures_xlsx, preamble
from iub.followup.report import report_html, report_pdf, table_html
from iub.followup.statistics import Figures, PublishedTable
from iub.web.followup import selectors

FIRST_YEAR = selectors.FIRST_YEAR


def _allowed(request: HttpRequest, stem: str, year: int) -> tuple[Catalog, Figures]:
    if stem not in selectors.followup_stems(request.user):
        raise Http404("Förteckningen finns inte, eller så får du inte se den.")
    if not FIRST_YEAR <= year <= dt.date.today().year + 1:
        raise Http404(f"Året {year} finns inte: välj ett år från {FIRST_YEAR}.")
    catalog = selectors.catalog_for(stem)
    if catalog is None:
        raise Http404("Förteckningen finns inte.")
    return catalog, selectors.figures_for(stem, year)


def _intervention(catalog: Catalog, intervention: str) -> Intervention:
    for candidate in catalog.interventions:
        if candidate.id == intervention:
            return candidate
    raise Http404("Insatsen finns inte i förteckningen.")


def _tables_html(tables: list[PublishedTable]) -> list[dict[str, Any]]:
    return [{"table": t, "html": mark_safe(table_html(t))} for t in tables]


@login_required
@require_safe
def home(request: HttpRequest) -> HttpResponse:
    stems = selectors.followup_stems(request.user)
    rows = []
    for stem in stems:
        catalog = selectors.catalog_for(stem)
        if catalog is not None:
            rows.append((stem, catalog, selectors.years_with_data(stem)))
    return render(request, "followup/home.html", {"rows": rows})


@login_required
@require_safe
def catalog_year(request: HttpRequest, stem: str, year: int) -> HttpResponse:
    catalog, figures = _allowed(request, stem, year)
    overview = [t for t in figures.overview() if not t.empty]
    items = []
    for intervention in catalog.interventions:
        forms = ", ".join(FollowUpForm(f).label_sv for f in intervention.follow_up.forms)
        items.append((intervention, forms, figures.total_of("checks", intervention.id)))
    context = {
        "stem": stem,
        "year": year,
        "catalog": catalog,
        "figures": figures,
        "tables": _tables_html(overview),
        "items": items,
        "empty": not overview,
        "years": [y for y in selectors.years_with_data(stem) if y != year],
    }
    return render(request, "followup/catalog_year.html", context)


@login_required
@require_safe
def intervention_year(
    request: HttpRequest, stem: str, year: int, intervention: str
) -> HttpResponse:
    catalog, figures = _allowed(request, stem, year)
    found = _intervention(catalog, intervention)
    tables = figures.for_intervention(found.id)
    shown = [t for t in tables if not t.empty]
    context = {
        "stem": stem,
        "year": year,
        "catalog": catalog,
        "intervention": found,
        "forms": ", ".join(FollowUpForm(f).label_sv for f in found.follow_up.forms) or "anges inte",
        "figures": figures,
        "tables": _tables_html(shown),
        "empty": not shown,
        "all_hidden": bool(shown) and all(t.all_hidden for t in shown),
        "surveyed": FollowUpForm.user_survey in found.follow_up.forms,
    }
    return render(request, "followup/intervention.html", context)


def _tables_for(request: HttpRequest, catalog: Catalog, figures: Figures) -> list[PublishedTable]:
    wanted = request.GET.get("insats")
    if wanted:
        _intervention(catalog, wanted)
        return figures.for_intervention(wanted)
    return list(figures.tables)


def _filename(stem: str, year: int, request: HttpRequest, ext: str) -> str:
    wanted = request.GET.get("insats")
    middle = f"-{wanted}" if wanted else ""
    return f"uppfoljning-{stem}-{year}{middle}.{ext}"


@login_required
@require_safe
def download_csv(request: HttpRequest, stem: str, year: int) -> HttpResponse:
    catalog, figures = _allowed(request, stem, year)
    tables = _tables_for(request, catalog, figures)
    response = HttpResponse(
        "\ufeff" + figures_csv(figures, tables), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_filename(stem, year, request, "csv")}"'
    )
    return response


@login_required
@require_safe
def download_xlsx(request: HttpRequest, stem: str, year: int) -> HttpResponse:
    catalog, figures = _allowed(request, stem, year)
    tables = _tables_for(request, catalog, figures)
    response = HttpResponse(
        figures_xlsx(figures, tables),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_filename(stem, year, request, "xlsx")}"'
    )
    return response


def _report(stem: str, year: int, catalog: Catalog, figures: Figures) -> str:
    from iub.law.lint import lint

    previous = selectors.figures_for(stem, year - 1) if year - 1 >= FIRST_YEAR else None
    today = dt.date.today()
    return report_html(
        catalog, figures, previous=previous, findings=lint(catalog, today=today), today=today
    )


@login_required
@require_safe
def report(request: HttpRequest, stem: str, year: int, fmt: str) -> HttpResponse:
    catalog, figures = _allowed(request, stem, year)
    html = _report(stem, year, catalog, figures)
    if fmt == "html":
        return HttpResponse(html, content_type="text/html; charset=utf-8")
    response = HttpResponse(report_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="uppfoljning-{stem}-{year}.pdf"'
    return response


__all__ = [
    "catalog_year",
    "download_csv",
    "download_xlsx",
    "home",
    "intervention_year",
    "preamble",
    "report",
]
