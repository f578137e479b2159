"""Findings as people and tools read them: text like ruff, the JSON contract, and SARIF 2.1.0."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from iub.law.lint._model import LintFinding, Severity
from iub.law.lint._registry import RULES

__all__ = ["render_json", "render_sarif", "render_text", "summary"]

_SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_INFO_URI = "https://github.com/iub/iub/blob/main/docs/lint.md"


def summary(findings: Sequence[LintFinding], *, lang: str = "sv") -> str:
    counts = Counter(f.severity for f in findings)
    if lang == "en":
        parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity]
        return f"{len(findings)} finding(s): " + ", ".join(parts)
    names = {
        Severity.error: ("fel", "fel"),
        Severity.warning: ("varning", "varningar"),
        Severity.info: ("info", "info"),
    }
    parts = [f"{counts[s]} {names[s][0] if counts[s] == 1 else names[s][1]}" for s in Severity]
    return f"{len(findings)} fynd: " + ", ".join(parts)


def render_text(findings: Sequence[LintFinding], *, file: str, lang: str = "sv") -> str:
    """One block per finding: ``file:line:col: CODE severity [intervention] message``."""
    lines = []
    for f in findings:
        place = f"{file}:{f.line}:{f.column}" if f.line else file
        who = f" [{f.intervention}]" if f.intervention else ""
        severity = f.severity.label_sv if lang == "sv" else f.severity.value
        lines.append(f"{place}: {f.code} {severity}{who} {f.text(lang)}")
        lines.append(f"    {f.citation} · {f.docs}")
    lines.append(summary(findings, lang=lang))
    return "\n".join(lines)


def render_json(findings: Sequence[LintFinding], *, lang: str = "sv") -> str:
    return json.dumps([f.to_dict(lang=lang) for f in findings], ensure_ascii=False, indent=2)


def render_sarif(findings: Sequence[LintFinding], *, file: str, lang: str = "sv") -> str:
    """SARIF 2.1.0, so that code hosts and editors show findings in place."""
    codes = sorted({f.code for f in findings} | set(RULES))
    rules: list[dict[str, Any]] = []
    for code in codes:
        rule = RULES.get(code)
        if rule is None:
            rules.append(
                {
                    "id": code,
                    "name": "invalid_catalog",
                    "shortDescription": {"text": "Catalog does not validate"},
                }
            )
            continue
        rules.append(
            {
                "id": code,
                "name": rule.name,
                "shortDescription": {"text": rule.title_en if lang == "en" else rule.title_sv},
                "helpUri": rule.docs,
                "defaultConfiguration": {"level": rule.severity.sarif_level},
                "properties": {
                    "citation": rule.full_citation,
                    "bill": rule.bill,
                    "rulesMd": rule.ref,
                },
            }
        )
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results = []
    for f in findings:
        location: dict[str, Any] = {"artifactLocation": {"uri": file}}
        if f.line:
            location["region"] = {"startLine": f.line, "startColumn": f.column or 1}
        results.append(
            {
                "ruleId": f.code,
                "ruleIndex": index[f.code],
                "level": f.severity.sarif_level,
                "message": {"text": f.text(lang)},
                "locations": [{"physicalLocation": location}],
                "properties": {
                    "intervention": f.intervention,
                    "citation": f.citation,
                    "path": f.dotted_path,
                },
            }
        )
    document = {
        "$schema": _SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {"name": "iub lint", "informationUri": _INFO_URI, "rules": rules}
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
