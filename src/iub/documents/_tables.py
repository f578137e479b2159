"""Förteckningar laid out as a table: one row per intervention, one column per field.

Many municipalities print their catalog as a table with a header row such as "Insats |
Innehåll | Målgrupp | Villkor | Dokumentation | Uppföljning | Vart vänder man sig". The readers
(Word tables, PDF lines split into cells) hand each row's cells here, and get back the lines a
heading-laid guideline would have had: the intervention's name as a heading, then each field
heading with the cell's text under it, so the rest of the import reads both layouts alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from iub.documents._model import RawLine
from iub.documents._vocab import FIELD_TITLES, field_key

__all__ = ["NAME", "header_keys", "row_lines"]

#: The column key of the intervention's name.
NAME: Final = "name"
_NAME_COLUMNS: Final = frozenset(
    {
        "insats",
        "insatser",
        "insatsens namn",
        "insatsens benämning",
        "namn på insatsen",
        "namn",
        "benämning",
        "verksamhet",
    }
)


def _folded(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold().rstrip(":： ?")


def header_keys(cells: Sequence[str]) -> list[str | None] | None:
    """The column keys of an intervention table's header row (``name`` for the name column,
    a field key per field column, None for a column we do not know), or None when the row is
    not such a header: it needs one name column and at least two field columns."""
    keys: list[str | None] = []
    for cell in cells:
        folded = _folded(cell)
        keys.append(NAME if folded in _NAME_COLUMNS else field_key(folded))
    fields = [key for key in keys if key not in (None, NAME)]
    if keys.count(NAME) != 1 or len(fields) < 2:
        return None
    return keys


def row_lines(
    keys: Sequence[str | None],
    headers: Sequence[str],
    cells: Sequence[Sequence[RawLine]],
    *,
    level: int,
) -> list[RawLine]:
    """One table row as the lines of a heading-laid intervention. A column we do not know
    keeps its text as "Header: text", read with the content."""
    name_index = list(keys).index(NAME)
    name = " ".join(
        " ".join(line.text.split()) for line in cells[name_index] if line.text.strip()
    ).strip()
    if not name:
        return []
    out = [RawLine(name, kind="heading", level=level, hard=True)]
    unknown = [
        RawLine(f"{headers[i].strip().rstrip(':')}: {line.text.strip()}", hard=True)
        for i, key in enumerate(keys)
        if key is None and i < len(cells)
        for line in cells[i]
        if line.text.strip()
    ]
    out.extend(unknown)
    for index, key in enumerate(keys):
        if key in (None, NAME) or index >= len(cells):
            continue
        lines = [line for line in cells[index] if line.text.strip()]
        if not lines:
            continue
        out.append(RawLine(FIELD_TITLES[key], kind="heading", level=level + 1, hard=True))
        out.extend(lines)
    out.append(RawLine("", blank=True, hard=True))
    return out
