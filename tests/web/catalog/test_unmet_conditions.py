"""The conditions a not-eligible answer names: the same as walking the whole tree of results.

``unmet_conditions`` reads a leaf of the list by its compiled check and evaluates only an
all/any/not into a tree (docs/web.md, "What the self-check answer costs"); the reference here is
the plain walk over ``evaluate_all`` that it replaced.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

from iub.catalog import (
    AnyOf,
    Intervention,
    Leaf,
    NodeResult,
    NotOf,
    Verdict,
    evaluate_all,
    load_catalog,
)
from iub.facts import UNSURE, Facts, FactValue, parse_facts
from iub.intake import EligibilityEngine
from iub.law import statutory_conditions
from iub.web.catalog.selfcheck import unmet_conditions

ROOT = Path(__file__).resolve().parents[3]


def _met_leaves(result: NodeResult) -> int:
    return sum(
        1 for part in result.walk() if isinstance(part.node, Leaf) and part.verdict is Verdict.MET
    )


def _reference(intervention: Intervention, facts: Facts) -> list[str]:
    texts: list[str] = []

    def visit(result: NodeResult) -> None:
        node = result.node
        if result.verdict is not Verdict.NOT_MET or node is None:
            return
        if isinstance(node, Leaf | NotOf):
            text = node.text or (node.describe() if isinstance(node, Leaf) else "")
            if text and text not in texts:
                texts.append(text)
            return
        children = list(result.children)
        if isinstance(node, AnyOf):
            best = max(_met_leaves(child) for child in children)
            children = [child for child in children if _met_leaves(child) == best]
        for child in children:
            visit(child)

    root = evaluate_all((*intervention.conditions, *statutory_conditions(intervention)), facts)
    for child in root.children:
        visit(child)
    return texts


def _facts(desk: EligibilityEngine, stem: str) -> list[Facts]:
    """Ages 0-70 alone and with each answer on where the person and the child live, and every
    case file's facts."""
    places: list[FactValue] = ["1489", "0180", "other", UNSURE]
    found = []
    for age, place in itertools.product([*range(0, 71, 3), UNSURE], [None, *places]):
        values: dict[str, FactValue] = {"person.age": age}
        if place is not None:
            for key in ("person.lives_in", "person.municipality", "child.municipality"):
                if key in desk.vocabulary:
                    values[key] = place
        found.append(Facts(values))
    for path in sorted((ROOT / "tests" / "cases" / stem).glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            raw = {k: v for k, v in case["facts"].items() if not isinstance(v, dict)}
            try:
                found.append(parse_facts(raw, vocabulary=desk.vocabulary))
            except ValueError:
                continue
    return found


@pytest.mark.parametrize("stem", ["alingsas", "stockholm"])
def test_unmet_conditions_are_the_plain_walks(stem: str) -> None:
    desk = EligibilityEngine(load_catalog(ROOT / "catalogs" / f"{stem}.yaml"))
    named = 0
    for facts in _facts(desk, stem):
        for intervention in desk.catalog.interventions:
            expected = _reference(intervention, facts)
            assert expected == unmet_conditions(intervention, facts), (intervention.id, facts)
            named += bool(expected)
    assert named > 50


def test_an_either_or_names_only_the_branch_the_person_is_in() -> None:
    """A composite (any, all, not) is still walked: the branch with the most conditions met."""
    catalog = load_catalog(ROOT / "catalogs" / "alingsas.yaml")
    intervention = catalog.interventions[0]
    conditions = [
        {
            "id": "young-or-adult",
            "any": [
                {
                    "id": "young",
                    "all": [
                        {
                            "id": "under-18",
                            "kind": "age",
                            "max": 17,
                            "evidence": "identity_document",
                            "text": "Den enskilde är under 18 år.",
                        },
                        {
                            "id": "lives-young",
                            "kind": "lives_in",
                            "municipality": "1489",
                            "evidence": "rental_contract",
                            "text": "Bor i Alingsås (unga).",
                        },
                    ],
                },
                {
                    "id": "adult",
                    "all": [
                        {
                            "id": "from-18",
                            "kind": "age",
                            "min": 18,
                            "evidence": "identity_document",
                            "text": "Den enskilde har fyllt 18 år.",
                        },
                        {
                            "id": "lives-adult",
                            "kind": "lives_in",
                            "municipality": "1489",
                            "evidence": "rental_contract",
                            "text": "Bor i Alingsås.",
                        },
                    ],
                },
            ],
        },
        {
            "id": "not-placed",
            "not": {
                "id": "placed",
                "kind": "flag",
                "fact": "child.placed_outside_home",
                "evidence": "own_statement",
            },
            "text": "Barnet är inte placerat.",
        },
    ]
    changed = intervention.model_validate(
        {**intervention.model_dump(by_alias=True, exclude_none=True), "conditions": conditions}
    )
    for age, lives, placed in itertools.product([10, 45, UNSURE], ["1489", "0180"], [True, False]):
        facts = Facts(
            {"person.age": age, "person.lives_in": lives, "child.placed_outside_home": placed}
        )
        assert _reference(changed, facts) == unmet_conditions(changed, facts)
    facts = Facts({"person.age": 45, "person.lives_in": "0180", "child.placed_outside_home": True})
    assert ["Bor i Alingsås.", "Barnet är inte placerat."] == unmet_conditions(changed, facts)
