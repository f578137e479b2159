"""The self-check and `iub eligible` agree on every case file in tests/cases.

Each case's facts go to the self-check as the answers so far, as the form carries them
(``selfcheck_step``, which the view renders), and to `iub eligible`. Where the self-check
answers, its answer is the command's outcome; where it still asks, the command says
`needs_info`, or `refer` while the question asked is one the case did not answer (an unsure
answer does not stop a question that may still settle the outcome, docs/web.md).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from iub.catalog import find_intervention, load_catalog
from iub.cli import app
from iub.geo import find_municipality
from iub.intake import EligibilityEngine
from iub.web.catalog.selfcheck import SelfCheckInputError, selfcheck_step

ROOT = Path(__file__).resolve().parents[3]
CASES = ROOT / "tests" / "cases"


def _cases() -> list[Any]:
    found = []
    for path in sorted(CASES.glob("*/*.yaml")):
        for index, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            found.append(pytest.param(path.parent.name, path.stem, case, id=f"{path.stem}-{index}"))
    return found


def _field(key: str, value: Any) -> list[str]:
    if value == "unsure":
        return ["unsure"]
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    if isinstance(value, list):
        return [str(v) for v in value] or [""]
    if key.endswith(("municipality", "lives_in", ".school_municipality")) and isinstance(
        value, str
    ):
        found = find_municipality(value)
        return [found.code if found else value]
    return [str(value)]


def _eligible(stem: str, intervention: str, facts: dict[str, Any]) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, ["eligible", "-c", stem, "-i", intervention, "-f", "-"], input=json.dumps(facts)
    )
    if result.exit_code:
        return result.exit_code, ""
    return 0, json.loads(result.stdout)["outcome"]


@cache
def _engine(stem: str) -> EligibilityEngine:
    return EligibilityEngine(load_catalog(ROOT / "catalogs" / f"{stem}.yaml"))


@pytest.mark.parametrize(("stem", "intervention", "case"), _cases())
def test_selfcheck_and_iub_eligible_agree(
    stem: str, intervention: str, case: dict[str, Any]
) -> None:
    facts = case["facts"]
    status, expected = _eligible(stem, intervention, facts)
    desk = _engine(stem)
    data = {f"a.{key}": _field(key, value) for key, value in facts.items()}

    try:
        step = selfcheck_step(
            desk=desk, intervention=find_intervention(desk.catalog, intervention), data=data
        )
    except SelfCheckInputError:
        assert status, case["name"]  # the form refuses only what the command refuses
        return
    if status:  # facts the command refuses that the form's strings still carry
        return
    if step.question is not None:
        assert expected in {"needs_info", "refer"}, (case["name"], step.question.key, expected)
        if expected == "refer":
            assert step.question.key not in facts
        return
    assert expected == step.outcome.outcome, case["name"]
