"""What the linter reports: rules with their legal source, and findings placed in the YAML.

A rule is one small function over a :class:`Context`; it yields :class:`Hit` objects (what is
wrong, where, in Swedish and English) and the engine turns them into :class:`LintFinding` objects
with the rule's code, citation and the source line. Rules never read files or the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any, Literal

from iub.catalog import Catalog, Intervention

__all__ = [
    "BILL",
    "Context",
    "Hit",
    "LintFinding",
    "Path",
    "Positions",
    "Rule",
    "Severity",
]

Path = tuple[str | int, ...]
Positions = Mapping[Path, tuple[int, int]]

#: How a finding names the government bill when a rule rests on it rather than on the act.
BILL = "prop. 2024/25:89"

DOCS_BASE = "docs/rules"


class Severity(StrEnum):
    """Error blocks publishing (unlawful or unrunnable); warning and info do not."""

    error = "error"
    warning = "warning"
    info = "info"

    @property
    def label_sv(self) -> str:
        return {Severity.error: "fel", Severity.warning: "varning", Severity.info: "info"}[self]

    @property
    def sarif_level(self) -> Literal["error", "warning", "note"]:
        if self is Severity.error:
            return "error"
        return "warning" if self is Severity.warning else "note"


@dataclass(frozen=True)
class Hit:
    """One problem a rule found: the message in both languages and where it is.

    ``path`` is the YAML path of the field at fault, ``intervention`` the index of the
    intervention (None for catalog-wide findings); ``severity`` overrides the rule's own where
    the rule grades its findings (docs/law.md gives "E/W" for some).
    """

    sv: str
    en: str
    path: Path = ()
    intervention: int | None = None
    severity: Severity | None = None


@dataclass(frozen=True)
class Rule:
    """A checkable rule of docs/law.md: code, source, severity, and the function that checks."""

    code: str
    ref: str
    name: str
    title_sv: str
    title_en: str
    severity: Severity
    citation: str
    bill: bool
    check: Callable[[Context], Iterable[Hit]] = field(compare=False, repr=False)

    @property
    def full_citation(self) -> str:
        """The citation as a finding prints it; a rule resting on the bill says so."""
        return f"{self.citation}; {BILL}" if self.bill else self.citation

    @property
    def docs(self) -> str:
        return f"{DOCS_BASE}/{self.code}.md"


@dataclass(frozen=True)
class LintFinding:
    """One finding: a stable code, a severity, a place, a message and the law it enforces."""

    code: str
    severity: Severity
    intervention: str | None
    message: str
    message_en: str
    citation: str
    rule: str
    path: Path = ()
    line: int | None = None
    column: int | None = None

    @property
    def docs(self) -> str:
        return f"{DOCS_BASE}/{self.code}.md"

    @property
    def dotted_path(self) -> str:
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out

    def text(self, lang: str = "sv") -> str:
        return self.message_en if lang == "en" else self.message

    def to_dict(self, *, lang: str = "sv") -> dict[str, Any]:
        """The JSON contract (docs/lint.md), plus line, column, path, rule and docs."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "intervention": self.intervention,
            "message": self.text(lang),
            "citation": self.citation,
            "line": self.line,
            "column": self.column,
            "path": self.dotted_path,
            "rule": self.rule,
            "docs": self.docs,
        }


@dataclass(frozen=True)
class Context:
    """What a rule looks at: the catalog and the day it is linted on (never the clock)."""

    catalog: Catalog
    today: dt.date

    @cached_property
    def interventions(self) -> list[tuple[int, Intervention]]:
        return list(enumerate(self.catalog.interventions))

    def base(self, index: int) -> Path:
        """The YAML path of the intervention at ``index``."""
        return ("interventions", index)
