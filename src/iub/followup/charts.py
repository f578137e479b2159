"""Server-rendered SVG charts with real text: they work without JavaScript and in a PDF.

A chart draws one published table's row totals (or a one-way table's cells) as horizontal
bars, which fit a 320 px phone. A hidden figure is drawn as no bar and the text "–", never as
0. The SVG carries a ``<title>`` and ``<desc>``; every page and report puts the accessible
table beside it, which is what a screen reader reads (the SVG is ``aria-hidden``).
"""

from __future__ import annotations

from html import escape

from iub.followup.statistics import Cell, PublishedTable

__all__ = ["bar_chart"]

_WIDTH = 420
_LABEL = 190
_ROW = 24


def _short(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bar_chart(table: PublishedTable, *, chart_id: str | None = None) -> str:
    """The table's rows as horizontal bars, in an SVG string."""
    spec = table.spec
    if spec.cols is None:
        items: list[tuple[str, Cell]] = [
            (spec.rows.labels[r], table.cells[(r, "")]) for r in table.rows
        ]
    else:
        items = [(spec.rows.labels[r], table.row_totals[r]) for r in table.rows]
    peak = max((c.value or 0 for _, c in items), default=0) or 1
    height = _ROW * len(items) + 16
    ident = escape(chart_id or f"chart-{spec.id}")
    bar_room = _WIDTH - _LABEL - 60
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" class="iub-chart" '
        f'viewBox="0 0 {_WIDTH} {height}" '
        f'width="100%" aria-hidden="true" focusable="false" data-chart="{ident}" '
        'font-family="sans-serif" font-size="13">',
        f"<title>{escape(spec.title)}</title>",
        "<desc>Stapeldiagram. Dolda uppgifter visas som –. Samma siffror finns i tabellen.</desc>",
    ]
    for i, (label, cell) in enumerate(items):
        y = 8 + i * _ROW
        parts.append(
            f'<text x="{_LABEL - 8}" y="{y + 15}" text-anchor="end" fill="#1e2b3c">'
            f"{escape(_short(label))}</text>"
        )
        if cell.value is None:
            parts.append(f'<text x="{_LABEL + 4}" y="{y + 15}" fill="#555">– (dold)</text>')
            continue
        width = round(bar_room * cell.value / peak, 1)
        parts.append(
            f'<rect x="{_LABEL}" y="{y + 3}" width="{width}" height="{_ROW - 8}" fill="#0062ba"/>'
        )
        parts.append(
            f'<text x="{_LABEL + width + 6}" y="{y + 15}" fill="#1e2b3c">{cell.value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
