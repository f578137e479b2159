"""Synthetic guideline documents built in the test run: Word with python-docx, PDF with
WeasyPrint from HTML. Names, municipalities and texts are invented for the tests."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx

from iub.documents import WeasyPrintRenderer

HEADER = (
    "Insats",
    "Innehåll",
    "Målgrupp",
    "Villkor",
    "Dokumentation",
    "Uppföljning",
    "Vart vänder man sig",
)
ROWS = (
    (
        "Anhörigcafé",
        "Samtal och gemenskap för anhöriga en gång i veckan.",
        "Anhöriga som stöder en närstående.",
        "Vuxna från 18 år. Folkbokförd i Ockelbo kommun.",
        "Insatsen dokumenteras enligt 14 kap. 3 § socialtjänstlagen.",
        "Besöksstatistik.",
        "Anhörigstödet, telefon 0297-555 00.",
    ),
    (
        "Budgetrådgivning",
        "Råd om hushållets ekonomi och skulder.",
        "Vuxna med frågor om ekonomi.",
        "Folkbokförd i Ockelbo kommun.",
        "Undantag enligt 14 kap. 4 § socialtjänstlagen för personliga förhållanden.",
        "Besöksstatistik.",
        "Budget- och skuldrådgivningen.",
    ),
)
INTRO = (
    "Socialnämnden i Ockelbo kommun har beslutat att insatserna i tabellen ges utan "
    "individuell behovsprövning enligt 11 kap. 5 § socialtjänstlagen (2025:400)."
)


def table_docx(rows: Sequence[Sequence[str]] = ROWS) -> bytes:
    """A förteckning laid out as one Word table: a header row, one row per intervention."""
    document = docx.Document()
    document.add_heading("Förteckning över insatser utan individuell behovsprövning", level=0)
    document.add_paragraph("Beslutande instans: Socialnämnden")
    document.add_paragraph("Datum för beslut: 2026-03-01")
    document.add_heading("1 Insatser", level=1)
    document.add_paragraph(INTRO)
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf(body: str, *, css: str = "") -> bytes:
    """A PDF from an HTML body (A4, 10.5 pt text, h1/h2 larger)."""
    html = (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><style>'
        "@page { size: A4; margin: 20mm; } body { font-family: 'DejaVu Sans'; font-size: "
        "10.5pt; } h1 { font-size: 20pt; } h2 { font-size: 15pt; } h3 { font-size: 12.5pt; } "
        "table { border-collapse: collapse; width: 100%; font-size: 8pt; } "
        "td, th { border: 1px solid #444; padding: 4pt; vertical-align: top; text-align: left; }"
        f"{css}</style></head><body>{body}</body></html>"
    )
    return WeasyPrintRenderer().render(html)


def table_pdf(rows: Sequence[Sequence[str]] = ROWS) -> bytes:
    head = "".join(f"<th>{text}</th>" for text in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{t}</td>" for t in row) + "</tr>" for row in rows)
    return pdf(
        "<h1>Förteckning över insatser utan individuell behovsprövning</h1>"
        "<p>Beslutande instans: Socialnämnden</p><p>Datum för beslut: 2026-03-01</p>"
        f"<h2>1 Insatser</h2><p>{INTRO}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )
