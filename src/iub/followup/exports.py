"""The protected figures as CSV and XLSX (openpyxl), the same cells as the pages show.

A hidden figure is written as "–" (text), never 0 or empty, and every file starts with the
note that says why. A period whose every figure is hidden still gives a file, saying so.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from iub.followup.statistics import Figures, PublishedTable

__all__ = ["figures_csv", "figures_xlsx", "preamble"]


def preamble(figures: Figures, tables: Sequence[PublishedTable]) -> list[str]:
    lines = [
        f"Uppföljning {figures.year}, förteckning {figures.stem}",
        figures.note,
    ]
    recorded = [t for t in tables if not t.empty]
    if recorded and all(t.all_hidden for t in recorded):
        lines.append(
            "Alla uppgifter för perioden är dolda: de är för få för att kunna visas utan att "
            "peka ut någon."
        )
    elif not recorded:
        lines.append("Inga uppgifter är registrerade för perioden.")
    return lines


def figures_csv(figures: Figures, tables: Sequence[PublishedTable]) -> str:
    """Every table, one after another, with a title line and a blank line between them."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for line in preamble(figures, tables):
        writer.writerow([line])
    for table in tables:
        writer.writerow([])
        writer.writerow([f"{table.spec.title} ({table.unit})"])
        writer.writerows(table.grid())
    return out.getvalue()


def figures_xlsx(figures: Figures, tables: Sequence[PublishedTable]) -> bytes:
    """One sheet with the note, then one sheet per table; counts as numbers, hidden as "–"."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    about = book.active
    about.title = "Om siffrorna"
    for line in preamble(figures, tables):
        about.append([line])
    used: set[str] = set()
    for table in tables:
        name = _sheet_name(table.spec.id, used)
        sheet = book.create_sheet(name)
        sheet.append([f"{table.spec.title} ({table.unit})"])
        sheet["A1"].font = Font(bold=True)
        for row in table.grid():
            sheet.append([int(v) if v.isdigit() else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_name(ident: str, used: set[str]) -> str:
    base = ident[:28]
    name, n = base, 1
    while name in used:
        n += 1
        name = f"{base[:25]}-{n}"
    used.add(name)
    return name
