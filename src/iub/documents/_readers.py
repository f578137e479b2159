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
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from iub.documents._model import RawLine

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
        f"the document holds {chars} characters of text or more (at most {MAX_TEXT_CHARS}); "
        "import the catalog chapter only",
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
            raise ReaderError("the text is neither UTF-8 nor Windows-1252")
        if "\x00" in text:
            raise ReaderError("this is a binary file, not text")
        if len(text) > MAX_TEXT_CHARS:
            raise _too_much_text(len(text))
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
        return [RawLine(line, blank=not line.strip()) for line in text.split("\n")]


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
        raise ReaderError(f"not a readable Word document ({type(exc).__name__})") from None
    if len(entries) > MAX_DOCX_ENTRIES:
        raise ReaderError(
            f"the Word file has {len(entries)} parts (at most {MAX_DOCX_ENTRIES}); "
            "it is not a guideline document",
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
            f"the Word file expands to {total // (1024 * 1024)} MB "
            f"(at most {MAX_DOCX_UNCOMPRESSED // (1024 * 1024)} MB, "
            f"{MAX_DOCX_XML_PART // (1024 * 1024)} MB per XML part); refused as a possible "
            "zip bomb",
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
            raise ReaderError(f"not a readable Word document ({type(exc).__name__})") from None
        lines: list[RawLine] = []
        chars = 0
        for element in document.element.body.iterchildren():
            if element.tag == qn("w:p"):
                if _is_toc_field(element):
                    continue  # a table-of-contents field: the body repeats every heading
                line = self._paragraph(document, element)
                if line is not None:
                    lines.append(line)
                    chars += len(line.text)
            elif element.tag == qn("w:tbl"):
                rows = self._table(element)
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

    def _table(self, table: Any) -> list[RawLine]:
        """Rows of a header table ("Beslutande instans | Socialnämnden") become "label: value"."""
        from docx.oxml.ns import qn

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


# --- PDF ----------------------------------------------------------------------------------------

_BULLETS = "•·▪◦○●‣⁃–-*o\uf0b7\uf0a7"
_PAGE_NUMBER = re.compile(r"^(?:sida\s+)?\d{1,3}(?:\s*(?:av|/|\()\s*\d{1,3}\)?)?$", re.IGNORECASE)


def _digits_folded(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).casefold()


class PdfReader:
    """PDF through pdfplumber: font size marks headings, gaps mark paragraphs, and lines that
    repeat at the top or bottom of pages are running headers and footers."""

    def read(self, data: bytes) -> list[RawLine]:
        import pdfplumber

        pages: list[list[dict[str, Any]]] = []
        try:
            pdf = pdfplumber.open(io.BytesIO(data))
            with pdf:
                if len(pdf.pages) > MAX_PDF_PAGES:
                    raise ReaderError(
                        f"the PDF has {len(pdf.pages)} pages (at most {MAX_PDF_PAGES}); "
                        "import the catalog chapter only",
                        code="too-large",
                    )
                chars = 0
                for page in pdf.pages:
                    pages.append(self._page_lines(page))
                    chars += sum(len(line["text"]) for line in pages[-1])
                    if chars > MAX_TEXT_CHARS:
                        raise _too_much_text(chars)
                    page.flush_cache()
        except ReaderError:
            raise
        except Exception as exc:  # pdfminer raises many types for broken files
            raise ReaderError(f"not a readable PDF ({type(exc).__name__})") from None
        return self._lines(pages)

    @staticmethod
    def _page_lines(page: Any) -> list[dict[str, Any]]:
        out = []
        for line in page.extract_text_lines(return_chars=True, strip=True):
            chars = [c for c in line["chars"] if c["text"].strip()]
            if not chars:
                continue
            sizes = [round(float(c["size"]), 1) for c in chars]
            bold = sum(
                "bold" in str(c.get("fontname", "")).casefold()
                or "black" in str(c.get("fontname", "")).casefold()
                for c in chars
            )
            out.append(
                {
                    "text": line["text"],
                    "x0": float(line["x0"]),
                    "top": float(line["top"]),
                    "bottom": float(line["bottom"]),
                    "size": statistics.median(sizes),
                    "bold": bold >= len(chars) * 0.95,
                    "height": float(page.height),
                }
            )
        return out

    def _lines(self, pages: Sequence[list[dict[str, Any]]]) -> list[RawLine]:
        all_lines = [line for page in pages for line in page]
        if not all_lines:
            return []
        weights: Counter[float] = Counter()
        for line in all_lines:
            weights[line["size"]] += len(line["text"])
        body = weights.most_common(1)[0][0]
        heading_sizes = sorted({s for s in weights if s >= body * 1.12}, reverse=True)
        title_size = heading_sizes[0] if heading_sizes else None
        furniture = self._furniture(pages, body)
        bullet_x = sorted(
            {
                round(line["x0"] / 6)
                for line in all_lines
                if self._bullet(line["text"]) and line["size"] <= body * 1.05
            }
        )
        gaps = [
            b["top"] - a["bottom"]
            for page in pages
            for a, b in itertools.pairwise(page)
            if 0 < b["top"] - a["bottom"] < 40
        ]
        normal_gap = statistics.median(gaps) if gaps else 2.0
        out: list[RawLine] = []
        seen_title = False
        for page_index, page in enumerate(pages):
            previous: dict[str, Any] | None = None
            heading_size: float | None = None
            for line in page:
                text = line["text"]
                if (page_index, id(line)) in furniture:
                    out.append(RawLine(text, furniture=True))
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
    def _furniture(pages: Sequence[list[dict[str, Any]]], body: float) -> set[tuple[int, int]]:
        """Page numbers in the margins, and small lines that repeat at the top or bottom of
        several pages (running headers and footers)."""
        from iub.documents._vocab import field_key

        counts: Counter[str] = Counter()
        margins: list[tuple[int, dict[str, Any]]] = []
        for index, page in enumerate(pages):
            for line in page:
                height = line["height"]
                if line["top"] < height * 0.08 or line["bottom"] > height * 0.92:
                    margins.append((index, line))
                    counts[_digits_folded(line["text"])] += 1
        found: set[tuple[int, int]] = set()
        for index, line in margins:
            text = line["text"].strip()
            height = line["height"]
            repeated = len(pages) > 1 and counts[_digits_folded(text)] > 1
            outer = line["top"] < height * 0.05 or line["bottom"] > height * 0.95
            if _PAGE_NUMBER.match(text) or (
                repeated and (line["size"] < body * 0.95 or outer) and not field_key(text)
            ):
                found.add((index, id(line)))
        return found


#: Readers by file suffix.
READERS: dict[str, type[TextReader] | type[DocxReader] | type[PdfReader]] = {
    ".txt": TextReader,
    ".text": TextReader,
    ".md": TextReader,
    ".docx": DocxReader,
    ".pdf": PdfReader,
}
