"""Readers: a file's bytes → lines with the hints its format knows (one-method protocol).

Each reader does only what its format needs: decoding for text, styles and tracked changes
for Word, fonts, positions and running headers for PDF. Everything else (bullets, footnotes,
hyphenation, headings by number) is the shared cleaner's job, so a fix there helps all three.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from iub.documents._model import RawLine
from iub.documents._tables import NAME, header_keys, row_lines

__all__ = [
    "MAX_DOCX_ENTRIES",
    "MAX_DOCX_UNCOMPRESSED",
    "MAX_PDF_PAGES",
    "MAX_TEXT_CHARS",
    "READERS",
    "DocumentReader",
    "DocxReader",
    "FakeReader",
    "PdfReader",
    "ReaderError",
    "TextReader",
]

#: Bounds that keep an import within seconds and a few hundred MB, whatever the file claims.
#: A 500-page guideline is about 1.5 million characters; Word packs it in a few MB of XML.
MAX_TEXT_CHARS = 3_000_000
MAX_DOCX_UNCOMPRESSED = 64 * 1024 * 1024  # all parts together, as the zip directory states
MAX_DOCX_XML_PART = 24 * 1024 * 1024  # one XML part (document.xml, styles.xml …)
MAX_DOCX_ENTRIES = 2000
MAX_PDF_PAGES = 300


class ReaderError(ValueError):
    """A reader could not read the bytes; ``code`` is the stable reason (corrupt, too-large)."""

    def __init__(self, message: str, *, code: str = "corrupt") -> None:
        super().__init__(message)
        self.code = code


def _too_much_text(chars: int) -> ReaderError:
    return ReaderError(
        f"dokumentet har {chars} tecken text eller mer (högst {MAX_TEXT_CHARS}); "
        "importera bara kapitlet med förteckningen",
        code="too-large",
    )


class DocumentReader(Protocol):
    """Turns a document's bytes into lines; raises ``ValueError`` when it cannot read them."""

    def read(self, data: bytes) -> list[RawLine]: ...


class FakeReader:
    """A reader that returns the lines it was given: for parser tests without files."""

    def __init__(self, lines: Iterable[RawLine | str]) -> None:
        self._lines = [
            line if isinstance(line, RawLine) else RawLine(line, blank=not line.strip())
            for line in lines
        ]

    def read(self, data: bytes) -> list[RawLine]:
        return list(self._lines)


class TextReader:
    """Plain text, as copied or extracted from Word or PDF: every line is soft."""

    def read(self, data: bytes) -> list[RawLine]:
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - cp1252 decodes nearly everything
            raise ReaderError("texten är varken UTF-8 eller Windows-1252")
        if "\x00" in text:
            raise ReaderError("filen är en binärfil, inte text")
        if len(text) > MAX_TEXT_CHARS:
            raise _too_much_text(len(text))
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
        out: list[RawLine] = []
        table: tuple[list[str | None], list[str]] | None = None
        for line in text.split("\n"):
            cells = [cell.strip() for cell in line.split("\t")] if "\t" in line else []
            if table is not None and len(cells) > 1:  # a row of a tab-separated table
                keys, headers = table
                rows = [[RawLine(cell)] if cell else [] for cell in cells]
                out.extend(row_lines(keys, headers, rows, level=1))
                continue
            table = None
            header = header_keys(cells) if len(cells) > 2 else None
            if header is not None:
                table = (header, cells)
                continue
            out.append(RawLine(line, blank=not line.strip()))
        return out


# --- Word ---------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIP = {f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delInstrText"}
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik|überschrift)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|rubrik|titel)$", re.IGNORECASE)
_TOC_STYLE = re.compile(
    r"^(?:toc|innehållsförteckning|förteckning)\s*\d|^toc\s*heading$", re.IGNORECASE
)
_LIST_STYLE = re.compile(r"(?:list|lista|punkt)\D*(\d)?", re.IGNORECASE)


def _docx_text(element: Any) -> str:
    """Text of a paragraph with tracked changes resolved: insertions kept, deletions dropped."""
    out: list[str] = []

    def walk(node: Any) -> None:
        for child in node:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append(" ")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(element)
    return "".join(out)


def _check_zip(data: bytes) -> None:
    """Refuse a zip bomb before anything is inflated: the zip directory states each part's
    size, and reading never inflates a part beyond its stated size."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReaderError(
            f"inte ett läsbart Word-dokument (ingen giltig zip-fil: {type(exc).__name__})"
        ) from None
    if len(entries) > MAX_DOCX_ENTRIES:
        raise ReaderError(
            f"Word-filen har {len(entries)} delar (högst {MAX_DOCX_ENTRIES}); "
            "det är inte ett riktlinjedokument",
            code="too-large",
        )
    total = sum(entry.file_size for entry in entries)
    largest = max(
        (entry for entry in entries if entry.filename.endswith((".xml", ".rels"))),
        key=lambda entry: entry.file_size,
        default=None,
    )
    if total > MAX_DOCX_UNCOMPRESSED or (
        largest is not None and largest.file_size > MAX_DOCX_XML_PART
    ):
        raise ReaderError(
            f"Word-filen packas upp till {total // (1024 * 1024)} MB "
            f"(högst {MAX_DOCX_UNCOMPRESSED // (1024 * 1024)} MB, "
            f"{MAX_DOCX_XML_PART // (1024 * 1024)} MB per XML-del); avvisad som en möjlig "
            "zip-bomb",
            code="too-large",
        )


def _is_toc_field(element: Any) -> bool:
    """A paragraph that holds a Word TOC field (``TOC \\o "1-3"``) or its placeholder."""
    for node in element.iter(f"{_W}instrText", f"{_W}fldSimple"):
        instruction = node.text if node.tag == f"{_W}instrText" else node.get(f"{_W}instr")
        if instruction and instruction.strip().upper().startswith("TOC"):
            return True
    return False


class DocxReader:
    """Word (.docx) through python-docx: heading and list styles become hints."""

    def read(self, data: bytes) -> list[RawLine]:
        import docx  # python-docx
        from docx.oxml.ns import qn

        _check_zip(data)
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:  # zipfile.BadZipFile, KeyError, lxml errors: all "corrupt"
            raise ReaderError(f"inte ett läsbart Word-dokument ({type(exc).__name__})") from None
        lines: list[RawLine] = []
        chars = 0
        level = 0  # the last heading's level: a table of interventions sits below it
        for element in document.element.body.iterchildren():
            if element.tag == qn("w:p"):
                if _is_toc_field(element):
                    continue  # a table-of-contents field: the body repeats every heading
                line = self._paragraph(document, element)
                if line is not None:
                    lines.append(line)
                    chars += len(line.text)
                    if line.kind == "heading" and not line.title:
                        level = line.level
            elif element.tag == qn("w:tbl"):
                rows = self._table(document, element, level + 1)
                lines.extend(rows)
                chars += sum(len(row.text) for row in rows)
            if chars > MAX_TEXT_CHARS:
                raise _too_much_text(chars)
        return lines

    def _paragraph(self, document: Any, element: Any) -> RawLine | None:
        from docx.oxml.ns import qn

        text = _docx_text(element)
        if not text.strip():
            return RawLine("", blank=True, hard=True)
        style_name = ""
        ppr = element.find(qn("w:pPr"))
        level_hint: int | None = None
        if ppr is not None:
            style = ppr.find(qn("w:pStyle"))
            if style is not None:
                style_id = style.get(qn("w:val")) or ""
                try:
                    style_name = document.styles.get_by_id(style_id, 1).name or style_id
                except Exception:  # an unknown style id: fall back on the id itself
                    style_name = style_id
            outline = ppr.find(qn("w:outlineLvl"))
            if outline is not None and (value := outline.get(qn("w:val"))) is not None:
                level_hint = int(value) + 1 if value.isdigit() and int(value) < 9 else None
            numpr = ppr.find(qn("w:numPr"))
        else:
            numpr = None
        if _TOC_STYLE.match(style_name):
            return None  # table of contents: the body repeats every heading
        if _TITLE_STYLE.match(style_name):
            return RawLine(text, kind="heading", level=0, hard=True, title=True)
        if match := _HEADING_STYLE.match(style_name):
            return RawLine(text, kind="heading", level=int(match[1]), hard=True)
        if level_hint is not None:
            return RawLine(text, kind="heading", level=level_hint, hard=True)
        if numpr is not None:
            ilvl = numpr.find(qn("w:ilvl"))
            depth = int(ilvl.get(qn("w:val")) or 0) + 1 if ilvl is not None else 1
            return RawLine(text, kind="item", level=depth, hard=True)
        if (match := _LIST_STYLE.search(style_name)) and "list" in style_name.casefold():
            return RawLine(text, kind="item", level=int(match[1] or 1), hard=True)
        return RawLine(text, hard=True)

    def _table(self, document: Any, table: Any, level: int) -> list[RawLine]:
        """A table of interventions (a header row "Insats | Innehåll | Målgrupp …") becomes
        one heading-laid intervention per row; rows of a header table ("Beslutande instans |
        Socialnämnden") become "label: value"."""
        from docx.oxml.ns import qn

        rows = [[cell for cell in row.iterchildren(qn("w:tc"))] for row in table.iter(qn("w:tr"))]
        if rows:
            headers = [
                " ".join(_docx_text(p).strip() for p in cell.iter(qn("w:p"))) for cell in rows[0]
            ]
            keys = header_keys(headers)
            if keys is not None:
                out: list[RawLine] = []
                for row in rows[1:]:
                    contents = [self._cell(document, cell) for cell in row]
                    out.extend(row_lines(keys, headers, contents, level=max(level, 1)))
                return out
        lines: list[RawLine] = []
        for row in table.iter(qn("w:tr")):
            cells: list[str] = []
            for cell in row.iter(qn("w:tc")):
                text = " ".join(
                    _docx_text(p).strip() for p in cell.iter(qn("w:p")) if _docx_text(p).strip()
                )
                if text and (not cells or cells[-1] != text):
                    cells.append(text)
            if not cells:
                continue
            if len(cells) == 2 and len(cells[0]) <= 40:
                label = cells[0].rstrip(":： ")
                lines.append(RawLine(f"{label}: {cells[1]}", hard=True))
            else:
                lines.append(RawLine(" – ".join(cells), hard=True))
        return lines

    def _cell(self, document: Any, cell: Any) -> list[RawLine]:
        """A table cell's paragraphs, list items kept as items, styles never headings."""
        from docx.oxml.ns import qn

        out: list[RawLine] = []
        for paragraph in cell.iter(qn("w:p")):
            line = self._paragraph(document, paragraph)
            if line is None or line.blank:
                continue
            if line.kind == "item":
                out.append(RawLine(line.text, kind="item", level=line.level, hard=True))
            else:
                out.append(RawLine(line.text, hard=True))
        return out


# --- PDF ----------------------------------------------------------------------------------------

_BULLETS = "•·▪◦○●‣⁃–-*o\uf0b7\uf0a7"
_PAGE_NUMBER = re.compile(r"^(?:sida\s+)?\d{1,3}(?:\s*(?:av|/|\()\s*\d{1,3}\)?)?$", re.IGNORECASE)


def _digits_folded(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).casefold()


def _font_name(textpage: Any, index: int) -> str:
    import ctypes

    import pypdfium2.raw as pdfium_c

    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, 128, ctypes.byref(flags))
    return buffer.value.decode("latin-1", "replace").casefold()


_EM_PER_BOX = 0.86
#: A horizontal gap wider than this many line heights parts two pieces of a line (table
#: cells, a page number beside a footer); word spaces are a fraction of one.
_CELL_GAP = 0.5
_PDFIUM_LOCK = threading.Lock()


def _pdfium_lines(textpage: Any, height: float) -> list[dict[str, Any]]:
    """A page's lines from PDFium's characters: a character that does not overlap the current
    line vertically, or steps back left of it, starts a new line (a raised footnote number
    still overlaps its line)."""
    text = textpage.get_text_range()
    lines: list[dict[str, Any]] = []
    current: list[tuple[int, str, float, float, float, float]] = []

    def close() -> None:
        marks = [c for c in current if c[1].strip()]
        if marks:
            # the font size in page units, from the font's box (ascent to descent is about
            # 1.16 em in common fonts); PDFium's own figure ignores the page's scale
            sizes = sorted((c[5] - c[3]) * _EM_PER_BOX for c in marks)
            samples = {marks[0][0], marks[len(marks) // 2][0], marks[-1][0]}
            bold = all(
                "bold" in (name := _font_name(textpage, i)) or "black" in name for i in samples
            )
            lines.append(
                {
                    "text": " ".join("".join(c[1] for c in current).split()),
                    "x0": marks[0][2],
                    "x1": max(c[4] for c in marks),
                    "top": height - max(c[5] for c in marks),
                    "bottom": height - min(c[3] for c in marks),
                    "size": round(sizes[len(sizes) // 2], 1),
                    "bold": bold,
                    "height": height,
                }
            )
        current.clear()

    low = high = right = 0.0
    for index, char in enumerate(text):
        if char in "\r\n":
            continue
        left, bottom, x1, top = textpage.get_charbox(index, loose=True)
        if not char.strip():
            if current:
                current.append((index, " ", left, bottom, x1, top))
            continue
        if current and (
            bottom > high
            or top < low
            or left < right - (top - bottom) * 2
            or left > right + (top - bottom) * _CELL_GAP
        ):
            close()
        if not any(c[1].strip() for c in current):
            low, high = bottom, top
        else:
            low, high = min(low, bottom), max(high, top)
        right = x1
        current.append((index, char, left, bottom, x1, top))
    close()
    return _merge_fragments(lines)


def _merge_fragments(fragments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pieces of one visual line that the content stream draws apart (a list's bullets after
    its items, table cells) joined left to right, and lines in reading order, top to bottom.
    Pieces of very different heights (a watermark across the text) stay apart. Each line keeps
    its ``cells``: ``(x0, x1, text)`` per piece, for reading tables."""
    out: list[dict[str, Any]] = []
    for fragment in sorted(fragments, key=lambda f: (round(f["top"], 1), f["x0"])):
        height = fragment["bottom"] - fragment["top"]
        for line in reversed(out[-4:]):
            other = line["bottom"] - line["top"]
            overlap = min(line["bottom"], fragment["bottom"]) - max(line["top"], fragment["top"])
            low, high = sorted((max(height, 0.1), max(other, 0.1)))
            if overlap >= 0.5 * low and (high / low < 2.5 or high < 24):
                line["parts"].append(fragment)
                line["top"] = min(line["top"], fragment["top"])
                line["bottom"] = max(line["bottom"], fragment["bottom"])
                break
        else:
            out.append({**fragment, "parts": [fragment]})
    for line in out:
        parts = sorted(line.pop("parts"), key=lambda f: f["x0"])
        main = max(parts, key=lambda f: len(f["text"]))
        line.update(
            text=" ".join(f["text"] for f in parts),
            x0=parts[0]["x0"],
            x1=max(f["x1"] for f in parts),
            size=main["size"],
            bold=main["bold"],
            cells=[(f["x0"], f["x1"], f["text"]) for f in parts],
        )
    return out


TableRows = list[list[list[RawLine]]]
Table = tuple[list[str | None], list[str], TableRows]


def _column(columns: Sequence[float], x0: float) -> int:
    return max((i for i, start in enumerate(columns) if start <= x0 + 3), default=0)


def _header(
    page: Sequence[dict[str, Any]], index: int
) -> tuple[list[str | None], list[str], list[float], int] | None:
    """An intervention table's header row at ``page[index]`` (its cells, perhaps wrapped onto
    one more line): ``(keys, headers, column starts, lines used)``."""
    cells = page[index]["cells"]
    if len(cells) < 3:
        return None
    columns: list[float] = []
    headers: list[str] = []
    right = 0.0
    for x0, x1, text in cells:  # pieces of one header cell (split at a wide space) rejoin
        if columns and x0 - right < 4 and not header_keys([text]):
            headers[-1] += " " + text
        else:
            columns.append(x0)
            headers.append(text)
        right = x1
    used = 1
    while (
        index + used < len(page)
        and page[index + used]["top"] - page[index + used - 1]["bottom"]
        < min(2.0, page[index]["bottom"] - page[index]["top"])
        and used < 3
    ):
        for x0, _x1, text in page[index + used]["cells"]:  # a header cell wrapped
            headers[_column(columns, x0)] += " " + text
        used += 1
    keys = header_keys(headers)
    return (keys, headers, columns, used) if keys is not None else None


def _pdf_tables(
    pages: Sequence[list[dict[str, Any]]], normal_gap: float, furniture: set[tuple[int, int]]
) -> tuple[dict[int, Table], set[int]]:
    """Tables of interventions: for each header line, its keys, headers and rows (each row a
    list of cells, each cell its lines), and the ids of every line the tables take."""
    tables: dict[int, Table] = {}
    taken: set[int] = set()
    current: tuple[list[str | None], list[float], TableRows, float] | None = None
    for page_index, page in enumerate(pages):
        last_bottom: float | None = None
        index = 0
        while index < len(page):
            line = page[index]
            if (page_index, id(line)) in furniture:
                index += 1
                continue
            if (header := _header(page, index)) is not None:
                keys, headers, columns, used = header
                if current is None or current[0] != keys:  # not a header repeated on a new page
                    rows: TableRows = []
                    tables[id(line)] = (keys, headers, rows)
                    current = (keys, columns, rows, line["size"])
                else:
                    taken.add(id(line))
                taken.update(id(page[index + n]) for n in range(1, used))
                last_bottom = page[index + used - 1]["bottom"]
                index += used
                continue
            if current is not None:
                keys, columns, rows, size = current
                name = keys.index(NAME)
                if line["cells"][0][0] < columns[0] - 3 or line["size"] > size * 1.2:
                    current = None  # the table has ended
                else:
                    gap = line["top"] - last_bottom if last_bottom is not None else None
                    names = any(_column(columns, cell[0]) == name for cell in line["cells"])
                    if not rows or (
                        (gap is None and names) or (gap is not None and gap > normal_gap + 2)
                    ):
                        rows.append([[] for _ in columns])
                    for x0, _x1, text in line["cells"]:
                        rows[-1][_column(columns, x0)].append(RawLine(text))
                    taken.add(id(line))
                    last_bottom = line["bottom"]
                    index += 1
                    continue
            index += 1
    return tables, taken


class PdfReader:
    """PDF through pypdfium2 (PDFium, the C library behind Chrome's viewer; already installed
    with pdfplumber): font size marks headings, gaps mark paragraphs, and lines repeated on
    most pages at the same place are running headers and footers.

    Pages are read one at a time and closed, keeping only each line's text and geometry, so a
    300-page document reads in seconds and a few tens of MB (``benchmarks/import_accuracy.py
    --pages 300`` measures it); pdfminer, which pdfplumber uses, took minutes and ~800 MB.
    """

    def read(self, data: bytes) -> list[RawLine]:
        with _PDFIUM_LOCK:  # PDFium is not thread-safe; a web server may import in threads
            return self._read(data)

    def _read(self, data: bytes) -> list[RawLine]:
        import pypdfium2 as pdfium

        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).casefold():
                raise ReaderError(
                    "PDF-filen är krypterad (lösenordsskyddad); spara en kopia utan lösenord",
                    code="encrypted",
                ) from None
            raise ReaderError(
                "inte en läsbar PDF-fil (filen är skadad eller inte en PDF)"
            ) from None
        pages: list[list[dict[str, Any]]] = []
        try:
            count = len(pdf)
            if count > MAX_PDF_PAGES:
                raise ReaderError(
                    f"PDF-filen har {count} sidor (högst {MAX_PDF_PAGES}); "
                    "importera bara kapitlet med förteckningen",
                    code="too-large",
                )
            chars = 0
            for index in range(count):
                pages.append(self._page(pdf, index))
                chars += sum(len(line["text"]) for line in pages[-1])
                if chars > MAX_TEXT_CHARS:
                    raise _too_much_text(chars)
        except ReaderError:
            raise
        except Exception as exc:  # PDFium raises for damaged pages and objects
            raise ReaderError(f"inte en läsbar PDF-fil ({type(exc).__name__})") from None
        finally:
            pdf.close()
        return self._lines(pages)

    @staticmethod
    def _page(pdf: Any, index: int) -> list[dict[str, Any]]:
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                return _pdfium_lines(textpage, float(page.get_height()))
            finally:
                textpage.close()
        finally:
            page.close()

    def _lines(self, pages: Sequence[list[dict[str, Any]]]) -> list[RawLine]:
        all_lines = [line for page in pages for line in page]
        if not all_lines:
            return []
        gaps = [
            b["top"] - a["bottom"]
            for page in pages
            for a, b in itertools.pairwise(page)
            if -1 < b["top"] - a["bottom"] < 40  # lines set solid touch (gap 0)
        ]
        normal_gap = statistics.median(gaps) if gaps else 2.0
        furniture = self._furniture(pages)
        tables, in_table = _pdf_tables(pages, normal_gap, furniture)
        weights: Counter[float] = Counter()
        for line in all_lines:  # the body text's size, not a table's small print
            if id(line) not in in_table and id(line) not in tables:
                weights[line["size"]] += len(line["text"])
        body = weights.most_common(1)[0][0] if weights else all_lines[0]["size"]
        heading_sizes = sorted({s for s in weights if s >= body * 1.12}, reverse=True)
        title_size = heading_sizes[0] if heading_sizes else None
        bullet_x = sorted(
            {
                round(line["x0"] / 6)
                for line in all_lines
                if self._bullet(line["text"]) and line["size"] <= body * 1.05
            }
        )
        out: list[RawLine] = []
        seen_title = False
        level = 0  # the last heading's level: a table of interventions sits below it
        for page_index, page in enumerate(pages):
            previous: dict[str, Any] | None = None
            heading_size: float | None = None
            for line in page:
                text = line["text"]
                if (page_index, id(line)) in furniture:
                    out.append(RawLine(text, furniture=True))
                    continue
                if (table := tables.get(id(line))) is not None:
                    keys, headers, rows = table
                    out.append(RawLine("", blank=True))
                    for cells in rows:
                        out.extend(row_lines(keys, headers, cells, level=level + 1))
                    previous = None
                    continue
                if id(line) in in_table:
                    continue
                gap = line["top"] - previous["bottom"] if previous else 99.0
                if previous is None or gap > normal_gap + body * 0.45:
                    out.append(RawLine("", blank=True))
                previous = line
                if line["size"] in heading_sizes or (
                    line["bold"] and len(text.split()) <= 12 and not text.endswith(".")
                ):
                    last = out[-2] if len(out) >= 2 and out[-1].blank else None
                    if (
                        last is not None
                        and last.kind == "heading"
                        and heading_size == line["size"]
                        and gap <= normal_gap + line["size"] * 0.6
                    ):
                        # a heading wrapped onto two lines
                        out[-2] = RawLine(
                            f"{last.text} {text}",
                            kind="heading",
                            level=last.level,
                            title=last.title,
                        )
                        continue
                    is_title = line["size"] == title_size and not seen_title and page_index == 0
                    seen_title = seen_title or is_title
                    level = (
                        heading_sizes.index(line["size"])
                        if line["size"] in heading_sizes
                        else len(heading_sizes)
                    )
                    out.append(RawLine(text, kind="heading", level=level, title=is_title))
                    out.append(RawLine("", blank=True))
                    heading_size = line["size"]
                    continue
                heading_size = None
                if self._bullet(text) and round(line["x0"] / 6) in bullet_x:
                    depth = bullet_x.index(round(line["x0"] / 6)) + 1
                    out.append(RawLine(text, kind="item", level=depth))
                    continue
                out.append(RawLine(text))
        return out

    @staticmethod
    def _bullet(text: str) -> bool:
        return len(text) > 2 and text[0] in _BULLETS and text[1] in " \t\u00a0"

    @staticmethod
    def _furniture(pages: Sequence[list[dict[str, Any]]]) -> set[tuple[int, int]]:
        """Page numbers in the top or bottom margin, and lines repeated on most pages at the
        same place (running headers and footers, a watermark). Text that merely sits at a
        page edge, or repeats elsewhere on the page, is body text and stays."""
        from iub.documents._vocab import field_key

        most = max(2, len(pages) // 2 + 1)
        places: dict[str, list[tuple[int, float]]] = {}
        for index, page in enumerate(pages):
            for line in page:
                places.setdefault(_digits_folded(line["text"]), []).append((index, line["top"]))
        found: set[tuple[int, int]] = set()
        for index, page in enumerate(pages):
            for line in page:
                text = line["text"].strip()
                height = line["height"]
                margin = line["top"] < height * 0.08 or line["bottom"] > height * 0.92
                if margin and _PAGE_NUMBER.match(text):
                    found.add((index, id(line)))
                    continue
                if len(pages) < 2 or field_key(text):
                    continue
                same = {
                    page_index
                    for page_index, top in places[_digits_folded(text)]
                    if abs(top - line["top"]) <= _SAME_PLACE
                }
                if len(same) >= most:
                    found.add((index, id(line)))
        return found


#: How far (points) a running header may move between pages and still be "the same place".
_SAME_PLACE = 3.0


#: Readers by file suffix.
READERS: dict[str, type[TextReader] | type[DocxReader] | type[PdfReader]] = {
    ".txt": TextReader,
    ".text": TextReader,
    ".md": TextReader,
    ".docx": DocxReader,
    ".pdf": PdfReader,
}
