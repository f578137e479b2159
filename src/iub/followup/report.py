"""The committee's yearly follow-up report: Swedish HTML and a tagged PDF (WeasyPrint).

Built from :class:`~iub.followup.statistics.Figures` only — every figure has been through
disclosure control — with the previous year's figures beside this year's, the catalog's
revise-by status and the legal linter's open findings. The CLI (``iub report``) and the
committee's page (``/uppfoljning/``) call the same functions (docs/followup.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from iub.catalog import Catalog, FollowUpForm
from iub.followup.charts import bar_chart
from iub.followup.statistics import MEASURES, Cell, Figures, PublishedTable

__all__ = ["COMPARED", "report_html", "report_pdf", "revise_status", "table_html"]

#: Measures compared with the previous year, per intervention.
COMPARED = ("checks", "visits", "people", "head_count", "started")
_SEVERITY = {"error": "Fel", "warning": "Varning", "info": "Information"}

_CSS = """
@page { size: A4; margin: 20mm 18mm;
  @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 9pt; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #1e2b3c;
  line-height: 1.4; }
h1 { font-size: 20pt; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin-top: 8mm; break-after: avoid; }
h3 { font-size: 12pt; margin-top: 6mm; break-after: avoid; }
table.findings { width: 100%; font-size: 8.5pt; break-inside: auto; }
table.findings tr { break-inside: avoid; }
table.compare { break-inside: auto; } table.compare tr { break-inside: avoid; }
table.findings td, table.findings th { text-align: left; vertical-align: top; }
table { border-collapse: collapse; margin: 2mm 0 4mm; break-inside: avoid; }
th, td { border: 1px solid #c5cbd3; padding: 1mm 2mm; text-align: right; }
th[scope=row], thead th:first-child { text-align: left; }
caption { text-align: left; font-weight: bold; margin-bottom: 1mm; }
figure { margin: 0 0 4mm; break-inside: avoid; } .iub-chart { width: 110mm; }
.note { font-size: 9pt; color: #444; } .hidden { color: #555; }
section.intervention { break-before: auto; }
"""


def _cell(cell: Cell) -> str:
    if cell.value is None:
        return '<td class="hidden"><span aria-label="dold uppgift">–</span></td>'
    return f"<td>{cell.value}</td>"


def table_html(table: PublishedTable, *, chart: bool = True) -> str:
    """One table as an accessible HTML table, with its SVG chart before it."""
    spec = table.spec
    out = ['<figure class="iub-figure">']
    if chart:
        out.append(bar_chart(table))
    caption = f"{escape(spec.title)} ({escape(table.unit)})"
    out.append(
        f'<div class="followup-scroll" role="region" tabindex="0" aria-label="{caption}">'
        f'<table class="ds-table" data-border data-size="sm"><caption>{caption}</caption>'
    )
    if spec.cols is None:
        out.append(
            f'<thead><tr><th scope="col">{escape(spec.rows.title)}</th>'
            '<th scope="col">Antal</th></tr></thead><tbody>'
        )
        for r in table.rows:
            out.append(
                f'<tr><th scope="row">{escape(spec.rows.labels[r])}</th>'
                f"{_cell(table.cells[(r, '')])}</tr>"
            )
        out.append(f'<tr><th scope="row">Totalt</th>{_cell(table.total)}</tr></tbody></table>')
    else:
        head = "".join(f'<th scope="col">{escape(spec.cols.labels[c])}</th>' for c in table.cols)
        out.append(
            f'<thead><tr><th scope="col">{escape(spec.rows.title)}</th>{head}'
            '<th scope="col">Totalt</th></tr></thead><tbody>'
        )
        for r in table.rows:
            cells = "".join(_cell(table.cells[(r, c)]) for c in table.cols)
            out.append(
                f'<tr><th scope="row">{escape(spec.rows.labels[r])}</th>{cells}'
                f"{_cell(table.row_totals[r])}</tr>"
            )
        totals = "".join(_cell(table.col_totals[c]) for c in table.cols)
        out.append(
            f'<tr><th scope="row">Totalt</th>{totals}{_cell(table.total)}</tr></tbody></table>'
        )
    out.append("</div></figure>")
    return "".join(out)


def revise_status(catalog: Catalog, today: dt.date) -> str:
    """The catalog's revise-by status in one Swedish sentence."""
    revise_by = catalog.decision.revise_by
    if revise_by is None:
        return "Förteckningen anger inget datum då den senast ska revideras."
    days = (revise_by - today).days
    if days < 0:
        return (
            f"Förteckningen skulle ha reviderats senast {revise_by.isoformat()} – "
            f"{-days} dagar sedan."
        )
    return f"Förteckningen ska revideras senast {revise_by.isoformat()} ({days} dagar kvar)."


def _change(now: Cell, before: Cell | None) -> str:
    if before is None or now.value is None or before.value is None:
        return (
            "<td>–</td>"
            if before is not None and (now.value is None or before.value is None)
            else "<td></td>"
        )
    diff = now.value - before.value
    return f"<td>{diff:+d}</td>"


def _comparison(catalog: Catalog, figures: Figures, previous: Figures | None) -> str:
    out = []
    for measure in COMPARED:
        name, unit = MEASURES[measure]
        rows = []
        for intervention in catalog.interventions:
            now = figures.total_of(measure, intervention.id)
            before = previous.total_of(measure, intervention.id) if previous else None
            if now.value == 0 and (before is None or before.value == 0):
                continue
            rows.append(
                f'<tr><th scope="row">{escape(intervention.title)}</th>{_cell(now)}'
                f"{_cell(before) if before is not None else '<td></td>'}{_change(now, before)}</tr>"
            )
        if not rows:
            continue
        prev_year = figures.year - 1
        out.append(
            f'<table class="compare"><caption>{escape(name)} ({escape(unit)}), {figures.year} '
            "jämfört med "
            f"{prev_year}</caption>"
            f'<thead><tr><th scope="col">Insats</th><th scope="col">{figures.year}</th>'
            f'<th scope="col">{prev_year}</th><th scope="col">Förändring</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    return "".join(out) or "<p>Inga uppgifter registrerade för året eller året före.</p>"


def report_html(
    catalog: Catalog,
    figures: Figures,
    *,
    previous: Figures | None,
    findings: Sequence[Any],
    today: dt.date,
    progress: Callable[[str], None] | None = None,
) -> str:
    """The yearly report as one self-contained Swedish HTML document.

    Args:
        findings: the linter's open findings (objects with ``code``, ``severity``,
            ``intervention``, ``message`` and ``citation``).
        progress: called with each intervention's title as it is written (the CLI's bar).
    """
    year = figures.year
    title = f"Uppföljning {year} – {catalog.title}"
    empty = all(t.empty for t in figures.tables)
    parts = [
        f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{_CSS}</style></head><body><main>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(catalog.committee.name)} · {escape(catalog.municipality.name)} · "
        f"sammanställd {today.isoformat()}</p>",
        "<h2>Om siffrorna</h2>",
        f"<p>Uppföljningen av insatser utan individuell behovsprövning (5 kap. 1–2 §§ "
        f"socialtjänstlagen). Varje insats följs upp så som förteckningen anger. Inga "
        "uppgifter om enskilda finns i rapporten: antal under "
        f"{figures.protected.policy.threshold} "
        f"visas inte, och andra uppgifter döljs så att en dold uppgift inte kan räknas fram "
        f'ur summor eller andra tabeller.</p><p class="note">{escape(figures.note)}</p>',
    ]
    if empty:
        parts.append(f"<p><strong>Inga uppgifter är registrerade för {year}.</strong></p>")
    parts += [
        "<h2>Förteckningens status</h2>",
        f"<p>{escape(revise_status(catalog, today))}</p>",
        _findings_html(findings),
        f"<h2>Jämförelse med {year - 1}</h2>",
        _comparison(catalog, figures, previous),
        "<h2>Hela förteckningen</h2>",
    ]
    for table in figures.overview():
        if not table.empty:
            parts.append(table_html(table))
    for area in catalog.areas:
        members = [i for i in catalog.interventions if i.area == area.id]
        if not members:
            continue
        parts.append(f"<h2>{escape(area.title)}</h2>")
        for intervention in members:
            if progress is not None:
                progress(intervention.title)
            forms = ", ".join(FollowUpForm(f).label_sv for f in intervention.follow_up.forms)
            parts.append(
                f'<section class="intervention"><h3>{escape(intervention.title)}</h3>'
                f"<p>Uppföljning enligt förteckningen: {escape(forms or 'anges inte')}.</p>"
            )
            tables = [t for t in figures.for_intervention(intervention.id) if not t.empty]
            if not tables:
                parts.append("<p>Inga uppgifter registrerade under året.</p>")
            parts.extend(table_html(t) for t in tables)
            parts.append("</section>")
    parts.append("</main></body></html>")
    return "".join(parts)


def _findings_html(findings: Sequence[Any]) -> str:
    if not findings:
        return "<p>Granskningen mot socialtjänstlagen har inga öppna fynd.</p>"
    rows = "".join(
        f'<tr><th scope="row">{escape(f.code)}</th>'
        f"<td>{escape(_SEVERITY.get(str(f.severity), str(f.severity)))}</td>"
        f"<td>{escape(f.intervention or 'hela förteckningen')}</td><td>{escape(f.message)}</td>"
        f"<td>{escape(f.citation)}</td></tr>"
        for f in findings
    )
    return (
        f"<h3>Öppna fynd från granskningen ({len(findings)})</h3>"
        '<table class="findings"><caption>Granskningens fynd</caption><thead><tr>'
        '<th scope="col">Kod</th><th scope="col">Allvar</th><th scope="col">Insats</th>'
        '<th scope="col">Fynd</th><th scope="col">Lagrum</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def report_pdf(html: str) -> bytes:
    """The report as a tagged PDF (PDF/UA-1) with the SVG charts' real text."""
    from weasyprint import HTML

    pdf: bytes = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)
    return pdf
