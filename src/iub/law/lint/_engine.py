"""Running every rule over a catalog, and turning a catalog that does not load into findings."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping

from iub.catalog import Catalog, parse_catalog
from iub.errors import CatalogLoadError
from iub.law.lint._model import Context, Hit, LintFinding, Path, Rule, Severity
from iub.law.lint._positions import place, yaml_positions
from iub.law.lint._registry import RULES

__all__ = ["INVALID_CODE", "lint", "lint_source", "load_findings"]

#: The code of "the catalog does not validate": not a rule of docs/law.md, but a finding so that
#: JSON and SARIF consumers see it like any other (as ruff reports a syntax error).
INVALID_CODE = "IUB000"


def lint(
    catalog: Catalog,
    *,
    today: dt.date,
    positions: Mapping[Path, tuple[int, int]] | None = None,
    select: Iterable[str] | None = None,
) -> list[LintFinding]:
    """Check a catalog against every rule of docs/law.md.

    Args:
        catalog: a validated catalog.
        today: the day to judge dates against (revise-by, validity); never the clock.
        positions: YAML path → (line, column), as :func:`yaml_positions` builds it, so that
            each finding names its line.
        select: only these rule codes (default: all).

    Returns:
        Findings sorted by line, then code.
    """
    chosen = set(select) if select is not None else None
    context = Context(catalog=catalog, today=today)
    findings: list[LintFinding] = []
    for code, rule in sorted(RULES.items()):
        if chosen is not None and code not in chosen:
            continue
        findings.extend(_finding(rule, hit, catalog, positions) for hit in rule.check(context))
    return sorted(findings, key=lambda f: (f.line or 0, f.column or 0, f.code, f.message))


def _finding(
    rule: Rule, hit: Hit, catalog: Catalog, positions: Mapping[Path, tuple[int, int]] | None
) -> LintFinding:
    line, column = place(hit.path, positions)
    intervention = (
        catalog.interventions[hit.intervention].id if hit.intervention is not None else None
    )
    return LintFinding(
        code=rule.code,
        severity=hit.severity or rule.severity,
        intervention=intervention,
        message=hit.sv,
        message_en=hit.en,
        citation=rule.full_citation,
        rule=rule.name,
        path=hit.path,
        line=line,
        column=column,
    )


def load_findings(error: CatalogLoadError) -> list[LintFinding]:
    """The problems of a catalog that does not validate, as IUB000 findings."""
    return [
        LintFinding(
            code=INVALID_CODE,
            severity=Severity.error,
            intervention=None,
            message=f"Katalogen validerar inte: {problem.dotted_path}: {problem.message}",
            message_en=f"The catalog does not validate: {problem.dotted_path}: {problem.message}",
            citation="IUB:s katalogformat (docs/catalog.schema.json)",
            rule="invalid_catalog",
            path=problem.path,
            line=problem.line,
            column=problem.column,
        )
        for problem in error.problems
    ]


def lint_source(
    text: str, *, today: dt.date, file: str | os.PathLike[str] | None = None
) -> tuple[Catalog | None, list[LintFinding]]:
    """Validate and lint catalog YAML text; a catalog that does not validate gives IUB000s."""
    try:
        catalog = parse_catalog(text, file=file)
    except CatalogLoadError as exc:
        return None, load_findings(exc)
    return catalog, lint(catalog, today=today, positions=yaml_positions(text))
