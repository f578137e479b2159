"""Collect OpenFisca-style YAML case files: one test per case, named by its sentence.

A file ``tests/cases/<catalog>/<intervention-id>.yaml`` holds a list of cases::

    - name: A sentence someone at the committee could check against the decision.
      facts: {person.age: 40, person.municipality: Alingsås}
      expect:
        outcome: eligible              # eligible | not_eligible | needs_info | refer
        reasons: {condition-id: met}   # only the conditions the case is about
        missing_facts: [person.age]    # optional: exactly the facts still to ask, in order

Unknown keys fail the load; a condition id that the intervention lacks fails the case.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, Literal

import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from iub.catalog import load_catalog
from iub.intake import EligibilityEngine

ROOT = Path(__file__).resolve().parents[2]


class Expect(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: Literal["eligible", "not_eligible", "needs_info", "refer"]
    reasons: dict[str, Literal["met", "not_met", "unknown", "unsure"]] = Field(default_factory=dict)
    missing_facts: list[str] | None = None


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=10)
    facts: dict[str, Any]
    expect: Expect


@cache
def _desk(catalog: str) -> EligibilityEngine:
    return EligibilityEngine(load_catalog(ROOT / "catalogs" / f"{catalog}.yaml"))


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".yaml" and file_path.parent.parent == Path(__file__).parent:
        return CaseFile.from_parent(parent, path=file_path)
    return None


class CaseFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        raw = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        if not isinstance(raw, list):
            raise pytest.fail(f"{self.path}: a case file is a list of cases", pytrace=False)
        for index, item in enumerate(raw):
            try:
                case = Case.model_validate(item)
            except ValidationError as exc:
                raise pytest.fail(f"{self.path}: case {index + 1}: {exc}", pytrace=False) from None
            yield CaseItem.from_parent(self, name=case.name, case=case)


class CaseFailure(Exception):
    pass


class CaseItem(pytest.Item):
    def __init__(self, *, case: Case, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        catalog, intervention = self.path.parent.name, self.path.stem
        desk = _desk(catalog)
        outcome = desk.check(intervention, self.case.facts)
        known = {reason.condition: reason.result for reason in outcome.reasons}
        problems = []
        if outcome.outcome != self.case.expect.outcome:
            problems.append(f"outcome: expected {self.case.expect.outcome}, got {outcome.outcome}")
        for condition, expected in self.case.expect.reasons.items():
            if condition not in known:
                problems.append(f"reasons: {intervention} has no condition {condition!r}")
            elif known[condition] != expected:
                problems.append(f"reasons.{condition}: expected {expected}, got {known[condition]}")
        wanted = self.case.expect.missing_facts
        if wanted is not None and list(outcome.missing_facts) != wanted:
            problems.append(f"missing_facts: expected {wanted}, got {list(outcome.missing_facts)}")
        if problems:
            raise CaseFailure("\n".join(problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, CaseFailure):
            return f"{self.path.name}: {self.case.name}\n{excinfo.value}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"case: {self.case.name}"
