"""Guideline documents: import (PDF, DOCX, text → catalog) and publishing (catalog → documents).

Public API: :func:`import_document` returns an :class:`ImportResult` (the validated catalog,
its YAML text and an :class:`ImportReport`); :func:`publish` renders a catalog as HTML, DOCX or
PDF. Readers sit behind :class:`DocumentReader` and the PDF renderer behind
:class:`PdfRenderer`; each has a fake for tests.

Import runs in named stages, each a module with typed input and output, each testable alone:

======================  =========================  ==========================================
stage                   module                     data out
======================  =========================  ==========================================
read                    ``_readers`` (one reader   ``list[RawLine]``: text with the format's
                        per format)                hints (heading style, list level, furniture)
clean                   ``_clean.clean``           :class:`CleanedText`: ``Block`` s, plus what
                                                   was removed (footnotes, page furniture) and
                                                   skipped (table of contents)
sections                ``_parse.parse_blocks``    ``ParsedDocument``: title, decision header,
                                                   areas, background chapters, and each
                                                   ``ParsedIntervention`` with the blocks
                                                   under each field heading
fields                  ``_draft`` over            ``InterventionDraft``: content, methods,
                        ``_fields``                target group, extent, delivery,
                                                   documentation, follow-up, where to turn
conditions              ``_villkor``               the draft's ``conditions`` (catalog shape),
                                                   manual checks and declared facts
catalog                 ``_import``                the catalog dict → YAML → ``parse_catalog``
                                                   (validated), never-IUB interventions left
                                                   out, then the linter's findings
======================  =========================  ==========================================

Every stage adds to the one :class:`ImportReport` what it did not take over as data.
``_vocab`` holds the wordings (field headings, header labels) the stages recognise.
"""

from __future__ import annotations

from iub.documents._compare import Comparison, compare_catalogs
from iub.documents._import import import_document, import_lines
from iub.documents._model import (
    Block,
    CleanedText,
    ImportReport,
    ImportResult,
    RawLine,
    ReportEntry,
)
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
    "CleanedText",
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
