"""The one error tree of IUB; every package raises from here so callers catch one base.

    IubError
    ├── CatalogError
    │   ├── CatalogLoadError      file, problems (each with YAML path, line, column)
    │   └── UnknownIntervention   catalog, intervention
    ├── FactError                 fact, problem (never the whole facts document)
    ├── GuardRefusal              findings as (kind, start, end): never the matched text
    └── DocumentImportError       file

Context travels as keyword attributes so that the CLI, the API and the web can each render
it their own way; ``str(error)`` is a complete Swedish-neutral English message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CatalogError",
    "CatalogLoadError",
    "CatalogProblem",
    "DocumentImportError",
    "FactError",
    "GuardRefusal",
    "IubError",
    "UnknownIntervention",
]


class IubError(Exception):
    """Base of every error the core raises on purpose."""


class CatalogError(IubError, ValueError):
    """A catalog could not be used."""


@dataclass(frozen=True)
class CatalogProblem:
    """One problem in a catalog document, placed where a person can find it."""

    path: tuple[str | int, ...]
    message: str
    line: int | None = None
    column: int | None = None

    @property
    def dotted_path(self) -> str:
        """The YAML path as people write it: ``interventions[3].conditions[0].min``."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out or "(dokumentets rot)"

    def render(self, file: str | Path | None) -> str:
        """``file:line:column: path: message``, the shape editors and CI logs understand."""
        place = str(file) if file is not None else "<catalog>"
        if self.line is not None:
            place += f":{self.line}:{self.column or 1}"
        return f"{place}: {self.dotted_path}: {self.message}"


class CatalogLoadError(CatalogError):
    """The catalog document is not valid YAML or not a valid catalog."""

    def __init__(self, problems: Sequence[CatalogProblem], *, file: str | Path | None = None):
        self.file = file
        self.problems = list(problems)
        lines = [p.render(file) for p in self.problems]
        super().__init__("\n".join(lines) if lines else "invalid catalog")


class UnknownIntervention(CatalogError, LookupError):
    """No intervention with that id (or alias) in the catalog."""

    def __init__(self, intervention: str, *, catalog: str, known: Sequence[str] = ()):
        self.intervention = intervention
        self.catalog = catalog
        self.known = list(known)
        hint = f" Known ids: {', '.join(self.known)}." if self.known else ""
        super().__init__(f"catalog {catalog!r} has no intervention {intervention!r}.{hint}")


class FactError(IubError, ValueError):
    """A fact is unknown, misspelt or of the wrong type."""

    def __init__(self, problem: str, *, fact: str | None = None):
        self.fact = fact
        self.problem = problem
        super().__init__(f"fact {fact!r}: {problem}" if fact else problem)


class GuardRefusal(IubError, ValueError):
    """Text was refused because it may reveal identity; carries kinds and offsets only."""

    def __init__(self, findings: Sequence[tuple[str, int, int]], *, field: str | None = None):
        self.findings = list(findings)
        self.field = field
        kinds = sorted({kind for kind, _, _ in self.findings})
        where = f" in {field!r}" if field else ""
        super().__init__(
            f"{len(self.findings)} identity-revealing span(s){where}: {', '.join(kinds)}"
        )


class DocumentImportError(IubError, ValueError):
    """A guideline document could not be read or is not an IUB guideline.

    ``code`` is a stable kebab-case reason (``empty``, ``corrupt``, ``unsupported``,
    ``no-interventions``, ``not-iub``) and ``found`` lists what the importer did find, so
    that the web can show it without parsing the message.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        code: str = "unreadable",
        found: Sequence[str] = (),
    ):
        self.file = file
        self.code = code
        self.found = list(found)
        super().__init__(f"{file}: {message}" if file else message)
