"""What readers hand to the parser, and what the import hands back.

A reader turns a file into :class:`RawLine` s (text plus what the format knows: a heading
style, a list level, a paragraph boundary). The shared cleaner turns those into
:class:`Block` s, and the parser builds the catalog from blocks only, so that a guideline reads
the same whether it arrives as text, Word or PDF.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from iub.catalog import Catalog

__all__ = [
    "Block",
    "BlockKind",
    "CleanedText",
    "ImportReport",
    "ImportResult",
    "RawLine",
    "ReportEntry",
]

BlockKind = Literal["heading", "paragraph", "item"]


@dataclass(frozen=True)
class RawLine:
    """One line as a reader saw it, with the hints its format gives.

    ``hard`` means the line is a paragraph of its own (a Word paragraph); soft lines (text and
    PDF) may be the continuation of the line before. ``blank`` lines separate paragraphs.
    """

    text: str
    kind: BlockKind | None = None
    level: int = 0
    hard: bool = False
    blank: bool = False
    title: bool = False
    furniture: bool = False  # a running header or footer the reader recognised


@dataclass(frozen=True)
class Block:
    """A logical paragraph: a heading, a paragraph or a list item (``level`` = depth, 1…)."""

    text: str
    kind: BlockKind = "paragraph"
    level: int = 0
    title: bool = False


@dataclass
class CleanedText:
    """The clean stage's output: blocks, the debris removed, and what was skipped (table of
    contents)."""

    blocks: list[Block]
    removed: list[ReportEntry] = field(default_factory=list)
    skipped: list[ReportEntry] = field(default_factory=list)


@dataclass(frozen=True)
class ReportEntry:
    """One place a person should look at: what was found, where, and what the importer did."""

    kind: str
    message: str
    intervention: str | None = None
    text: str | None = None
    code: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class ImportReport:
    """Everything the import did not take over as structured data, so nothing is lost silently.

    ``manual_checks`` are conditions kept as yes/no checks in their original wording;
    ``removed`` is text dropped as extraction debris (footnotes, page headers, deleted tracked
    changes); ``inferred`` are values read from wording rather than from a labelled field;
    ``skipped`` are sections outside the catalog (background, table of contents); ``lint``
    holds the legal linter's findings on the imported catalog (kind = severity, text =
    citation).
    """

    file: str
    format: str
    manual_checks: list[ReportEntry] = field(default_factory=list)
    removed: list[ReportEntry] = field(default_factory=list)
    inferred: list[ReportEntry] = field(default_factory=list)
    skipped: list[ReportEntry] = field(default_factory=list)
    warnings: list[ReportEntry] = field(default_factory=list)
    interventions: list[str] = field(default_factory=list)
    lint: list[ReportEntry] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The report as ``iub import --report`` writes it."""
        return {
            "file": self.file,
            "format": self.format,
            "interventions": list(self.interventions),
            "summary": {
                "interventions": len(self.interventions),
                "manual_checks": len(self.manual_checks),
                "removed": len(self.removed),
                "inferred": len(self.inferred),
                "skipped": len(self.skipped),
                "warnings": len(self.warnings),
                "lint_errors": sum(e.kind == "error" for e in self.lint),
                "lint_warnings": sum(e.kind == "warning" for e in self.lint),
            },
            "manual_checks": [e.to_json() for e in self.manual_checks],
            "warnings": [e.to_json() for e in self.warnings],
            "inferred": [e.to_json() for e in self.inferred],
            "removed": [e.to_json() for e in self.removed],
            "skipped": [e.to_json() for e in self.skipped],
            "lint": [e.to_json() for e in self.lint],
        }


@dataclass(frozen=True)
class ImportResult:
    """A validated catalog, its YAML text exactly as it will be written, and the report."""

    catalog: Catalog
    yaml_text: str
    report: ImportReport
