"""The rule registry: every rule registers itself once, under its stable code."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from iub.law.lint._model import Context, Hit, Rule, Severity

__all__ = ["RULES", "rule"]

#: Every rule by code, in code order once all rule modules are imported.
RULES: dict[str, Rule] = {}

RuleCheck = Callable[[Context], Iterable[Hit]]


def rule(
    code: str,
    *,
    ref: str,
    name: str,
    title_sv: str,
    title_en: str,
    severity: Severity,
    citation: str,
    bill: bool = False,
) -> Callable[[RuleCheck], RuleCheck]:
    """Register the decorated function as the check of rule ``code`` (docs/law.md ``ref``)."""

    def register(check: RuleCheck) -> RuleCheck:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(
            code=code,
            ref=ref,
            name=name,
            title_sv=title_sv,
            title_en=title_en,
            severity=severity,
            citation=citation,
            bill=bill,
            check=check,
        )
        return check

    return register
