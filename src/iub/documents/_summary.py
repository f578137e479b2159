"""The import report as one page a committee secretary can review on the console.

The JSON report (``--report``) holds everything; this page lists what needs a person: the
interventions found, every manual check in its wording, values read from wording rather than
from a labelled field, warnings, the linter's errors and warnings, and counts of the text that
was dropped or skipped.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from iub.documents._model import ImportReport, ReportEntry

__all__ = ["render_summary"]

_LIST_LIMIT = 8
_CLIP = 110
_REMOVED_SV = {
    "page_furniture": "sidhuvud/sidfot/sidnummer",
    "footnote": "fotnot",
    "tracked_change_deleted": "struken text i spårade ändringar",
}
_SKIPPED_SV = {"table_of_contents": "innehållsförteckning", "background": "bakgrundsavsnitt"}


def _clip(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= _CLIP else text[: _CLIP - 1] + "…"


def _entries(
    title: str, entries: Sequence[ReportEntry], *, limit: int | None, quote: bool = True
) -> list[str]:
    if not entries:
        return []
    lines = [f"{title} ({len(entries)}):"]
    shown = entries if limit is None else entries[:limit]
    for entry in shown:
        where = f"{entry.intervention}: " if entry.intervention else ""
        code = f"{entry.code} " if entry.code else ""
        if quote and entry.text:
            lines.append(f"  - {code}{where}”{_clip(entry.text)}” — {_clip(entry.message)}")
        else:
            lines.append(f"  - {code}{where}{_clip(entry.message)}")
    if len(entries) > len(shown):
        lines.append(f"  … och {len(entries) - len(shown)} till (se --report)")
    return lines


def _counts(entries: Sequence[ReportEntry], names: dict[str, str]) -> str:
    counts = Counter(entry.kind for entry in entries)
    return ", ".join(f"{n} {names.get(kind, kind)}" for kind, n in counts.most_common())


def render_summary(report: ImportReport, *, output: Path | str) -> str:
    """One page: what was imported and everything a person should review before deciding."""
    lint_errors = [e for e in report.lint if e.kind == "error"]
    lint_warnings = [e for e in report.lint if e.kind == "warning"]
    lines = [
        f"Importerat: {report.file} ({report.format}) → {output}",
        *textwrap.wrap(
            f"Insatser ({len(report.interventions)}): {', '.join(report.interventions)}",
            width=100,
            subsequent_indent="  ",
        ),
        f"Att granska: {len(report.manual_checks)} manuella kontroller, "
        f"{len(report.inferred)} härledda värden, {len(report.warnings)} varningar, "
        f"lint {len(lint_errors)} fel och {len(lint_warnings)} varningar.",
    ]
    sections = [
        _entries(
            "Manuella kontroller (villkor i originalformulering)", report.manual_checks, limit=None
        ),
        _entries("Varningar", report.warnings, limit=_LIST_LIMIT),
        _entries(
            "Härledda värden (lästa ur formuleringar, inte ur rubriker)",
            report.inferred,
            limit=_LIST_LIMIT,
        ),
        _entries("Lint: fel", lint_errors, limit=None, quote=False),
        _entries("Lint: varningar", lint_warnings, limit=_LIST_LIMIT, quote=False),
    ]
    for section in sections:
        if section:
            lines.append("")
            lines.extend(section)
    dropped = []
    if report.removed:
        dropped.append(
            f"Borttagen text ({len(report.removed)}): {_counts(report.removed, _REMOVED_SV)}."
        )
    if report.skipped:
        dropped.append(
            f"Överhoppat ({len(report.skipped)}): {_counts(report.skipped, _SKIPPED_SV)}."
        )
    if dropped:
        lines.append("")
        lines.extend(dropped)
    return "\n".join(lines)
