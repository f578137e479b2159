"""The legal linter: checks a catalog against socialtjänstlagen (2025:400) before the decision.

Each rule of docs/law.md is one small function registered under a stable code (``IUB001`` =
L01 … ``IUB038`` = L38; ``IUB039``–``IUB041`` sharpen L11, L31 and L08) with its citation,
severity and whether it rests on the bill; ``docs/rules/IUBnnn.md`` documents each.
:func:`lint` is pure: the caller passes the day, and the YAML positions if it wants line numbers.
"""

from __future__ import annotations

# Importing the rule modules registers the rules.
from iub.law.lint import (  # noqa: F401
    _rules_children,
    _rules_conditions,
    _rules_documentation,
    _rules_information,
    _rules_scope,
    _rules_texts,
)
from iub.law.lint._engine import INVALID_CODE, lint, lint_source, load_findings
from iub.law.lint._model import BILL, LintFinding, Rule, Severity
from iub.law.lint._positions import yaml_positions
from iub.law.lint._registry import RULES
from iub.law.lint._render import render_json, render_sarif, render_text

# Registration order follows module imports; keep the registry in code order.
for _code, _rule in sorted(RULES.items()):
    del RULES[_code]
    RULES[_code] = _rule

__all__ = [
    "BILL",
    "INVALID_CODE",
    "RULES",
    "LintFinding",
    "Rule",
    "Severity",
    "lint",
    "lint_source",
    "load_findings",
    "render_json",
    "render_sarif",
    "render_text",
    "yaml_positions",
]
