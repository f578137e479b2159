"""Every rule against its fixtures: cases that trigger it and near misses that must not.

Fixtures are ``tests/law/fixtures/rules/IUBnnn.yaml``, each a list of cases named by a
sentence; a case's catalog is a fragment laid over ``fixtures/base.yaml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field

from iub.law.lint import RULES, Severity, lint

from .conftest import FIXTURES, TODAY, build_catalog

RULE_FIXTURES = FIXTURES / "rules"


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=10)
    fires: bool
    severity: Severity | None = None
    catalog: dict[str, Any]


def _cases() -> list[tuple[str, Case]]:
    out = []
    for path in sorted(RULE_FIXTURES.glob("IUB*.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")):
            out.append((path.stem, Case.model_validate(raw)))
    return out


CASES = _cases()


def test_base_catalog_is_clean() -> None:
    """The base every fixture builds on has no finding at all."""
    catalog, _ = build_catalog({})

    assert [] == lint(catalog, today=TODAY)


def test_every_rule_has_a_case_that_fires_and_one_that_does_not() -> None:
    """Each registered rule is covered both ways by its fixture file."""
    fires = {code for code, case in CASES if case.fires}
    quiet = {code for code, case in CASES if not case.fires}

    assert set(RULES) == fires
    assert set(RULES) == quiet


@pytest.mark.parametrize(
    ("code", "case"), CASES, ids=[f"{code}: {case.name}" for code, case in CASES]
)
def test_rule_case(code: str, case: Case) -> None:
    """The rule fires (with the stated severity) exactly when the case says so."""
    catalog, _ = build_catalog(case.catalog)

    found = [f for f in lint(catalog, today=TODAY) if f.code == code]

    assert case.fires == bool(found), [f.message for f in found]
    if case.severity is not None:
        assert case.severity in {f.severity for f in found}


def test_lint_is_pure_and_ordered() -> None:
    """The same catalog and day give the same findings, sorted by line then code."""
    catalog, text = build_catalog({"decision": {"date": None}})
    from iub.law.lint import yaml_positions

    first = lint(catalog, today=TODAY, positions=yaml_positions(text))
    second = lint(catalog, today=TODAY, positions=yaml_positions(text))

    assert first == second
    assert [(f.line or 0, f.code) for f in first] == sorted((f.line or 0, f.code) for f in first)


def test_select_runs_only_the_chosen_rules() -> None:
    """`select` restricts the run to the given codes."""
    catalog, _ = build_catalog({"decision": {"date": None}, "doubt_procedure": None})

    found = lint(catalog, today=TODAY, select=["IUB033"])

    assert {"IUB033"} == {f.code for f in found}


def test_registry_entries_are_complete() -> None:
    """Every rule has a code, an L-number, a citation and its docs path."""
    for code, rule in RULES.items():
        assert code == rule.code
        assert rule.ref.startswith("L")
        assert rule.citation
        assert Path(rule.docs).name == f"{code}.md"
