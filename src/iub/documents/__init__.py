"""Guideline documents: import (PDF, DOCX, text → catalog) and publishing (catalog → documents).

Public API: :func:`import_document` returns an :class:`ImportResult` (the validated catalog,
its YAML text and an :class:`ImportReport`); :func:`publish` renders a catalog as HTML, DOCX or
PDF. Readers sit behind :class:`DocumentReader` and the PDF renderer behind
:class:`PdfRenderer`; each has a fake for tests.
"""

from __future__ import annotations

from iub.documents._compare import Comparison, compare_catalogs
from iub.documents._import import import_document, import_lines
from iub.documents._model import Block, ImportReport, ImportResult, RawLine, ReportEntry
from iub.documents._publish import (
    FakePdfRenderer,
    PdfRenderer,
    WeasyPrintRenderer,
    publish,
    to_html,
)
from iub.documents._readers import DocumentReader, DocxReader, FakeReader, PdfReader, TextReader
from iub.documents._summary import render_summary

__all__ = [
    "Block",
    "Comparison",
    "DocumentReader",
    "DocxReader",
    "FakePdfRenderer",
    "FakeReader",
    "ImportReport",
    "ImportResult",
    "PdfReader",
    "PdfRenderer",
    "RawLine",
    "ReportEntry",
    "TextReader",
    "WeasyPrintRenderer",
    "compare_catalogs",
    "import_document",
    "import_lines",
    "publish",
    "render_summary",
    "to_html",
]
