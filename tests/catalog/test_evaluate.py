"""Three-valued evaluation: Kleene logic, unsure kept apart from unknown, only useful questions."""

import itertools
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iub.catalog import (
    AllOf,
    AnyOf,
    Condition,
    Decide,
    NotOf,
    Verdict,
    compile_conditions,
    evaluate,
    evaluate_all,
    load_catalog,
)
from iub.catalog._conditions import Age, Flag, GuardianConsent
from iub.facts import UNSURE, Evidence
from iub.law import statutory_conditions

ADULT = Age(kind="age", id="vuxen", min=18, evidence=Evidence.identity_document)
ASKS = Flag(kind="flag", id="ber", fact="person.requests_self", evidence=Evidence.own_statement)
CARES = Flag(
    kind="flag", id="vardar", fact="person.supports_close_person", evidence=Evidence.own_statement
)


def test_one_failing_condition_decides_even_when_others_are_unknown() -> None:
    """not_met beats unknown in 'all' and asks nothing more."""
    result = evaluate_all([ADULT, ASKS], {"person.age": 12})

    assert Verdict.NOT_MET == result.verdict
    assert () == result.missing


def test_unknown_conditions_list_their_facts() -> None:
    """An undetermined 'all' asks the facts of its undetermined parts, in order."""
    result = evaluate_all([ADULT, ASKS], {})

    assert Verdict.UNKNOWN == result.verdict
    assert ("person.age", "person.requests_self") == result.missing


def test_unsure_is_kept_apart_from_unknown() -> None:
    """An unsure fact makes the node unsure (refer), not unknown (ask)."""
    result = evaluate_all([ADULT, ASKS], {"person.age": UNSURE, "person.requests_self": True})

    assert Verdict.UNSURE == result.verdict


def test_any_is_met_by_one_branch_and_ignores_the_other() -> None:
    """A met branch decides 'any'; the other branch's missing facts are not asked."""
    node = AnyOf(id="nagot", any=[ASKS, CARES])

    result = evaluate(node, {"person.requests_self": True})

    assert Verdict.MET == result.verdict
    assert () == result.missing


def test_any_asks_only_open_branches() -> None:
    """A failed branch of 'any' contributes no questions."""
    node = AnyOf(id="nagot", any=[AllOf(id="a", all=[ADULT, CARES]), ASKS])

    result = evaluate(node, {"person.age": 10})

    assert Verdict.UNKNOWN == result.verdict
    assert ("person.requests_self",) == result.missing


def test_not_swaps_met_and_not_met_only() -> None:
    """'not' of unknown stays unknown (Kleene), of met is not met."""
    node = NotOf.model_validate({"id": "inte", "not": ASKS.model_dump()})

    assert Verdict.NOT_MET == evaluate(node, {"person.requests_self": True}).verdict
    assert Verdict.MET == evaluate(node, {"person.requests_self": False}).verdict
    assert Verdict.UNKNOWN == evaluate(node, {}).verdict


def test_age_bounds_are_inclusive() -> None:
    """'mellan 18 och 65 år' holds on both boundary ages and fails just outside."""
    band = Age(kind="age", id="band", min=18, max=65, evidence=Evidence.identity_document)

    verdicts = [evaluate(band, {"person.age": age}).verdict for age in (17, 18, 65, 66)]

    assert [Verdict.NOT_MET, Verdict.MET, Verdict.MET, Verdict.NOT_MET] == verdicts


VALUES = st.sampled_from([None, UNSURE, True, False])


@settings(deadline=None)  # no example is judged by the clock
@given(st.lists(VALUES, min_size=3, max_size=3), st.lists(VALUES, min_size=3, max_size=3))
def test_decided_verdicts_never_change_when_more_is_learnt(
    first: list[object], completion: list[object]
) -> None:
    """Information monotonicity: filling in unknown facts never flips met or not met."""
    keys = ["person.requests_self", "person.supports_close_person", "child.placed_outside_home"]
    tree = AnyOf(
        id="rot",
        any=[
            AllOf(id="b1", all=[ASKS, CARES]),
            Flag(kind="flag", id="p", fact=keys[2], evidence=Evidence.certificate),
        ],
    )
    facts = {k: v for k, v in zip(keys, first, strict=True) if v is not None}
    more = dict(facts)
    for key, value in zip(keys, completion, strict=True):
        if key not in more and isinstance(value, bool):
            more[key] = value

    before, after = evaluate(tree, facts).verdict, evaluate(tree, more).verdict

    if before.decided:
        assert before == after
    if not facts:
        assert Verdict.NOT_MET != before


FACT_VALUES = {
    "person.age": st.sampled_from([None, UNSURE, 10, 14, 15, 17, 18, 21, 22, 65, 66]),
    "person.municipality": st.sampled_from([None, UNSURE, "1489", "0180", "1441"]),
    "person.lives_in": st.sampled_from([None, UNSURE, "0180", "0184"]),
    "person.guardian_consent": st.sampled_from([None, UNSURE, "all", "some", "none"]),
    "person.requests_self": VALUES,
    "person.supports_close_person": VALUES,
    "close_person.situations": st.sampled_from(
        [None, UNSURE, (), ("older",), ("stop_buying_sex",), ("domestic_violence", "gambling")]
    ),
    "child.age": st.sampled_from([None, UNSURE, 0, 6, 12, 17, 18]),
    "child.municipality": st.sampled_from([None, UNSURE, "1489", "1441"]),
    "child.school_municipality": st.sampled_from([None, UNSURE, "1489", "1441"]),
    "child.school_grade": st.sampled_from([None, UNSURE, -1, 0, 6, 7]),
    "child.placed_outside_home": VALUES,
    "parents.joint_request": VALUES,
    "offender.age": st.sampled_from([None, UNSURE, 14, 15, 21, 22]),
    "offender.municipality": st.sampled_from([None, UNSURE, "1489", "1441"]),
}


@cache
def shipped_condition_lists() -> list[tuple[str, list[Condition], Decide]]:
    """Every shipped intervention's conditions with the statutory layer, and their compilation."""
    out = []
    for path in sorted((Path(__file__).resolve().parents[2] / "catalogs").glob("*.yaml")):
        for intervention in load_catalog(path).interventions:
            conditions = [*intervention.conditions, *statutory_conditions(intervention)]
            out.append((intervention.id, conditions, compile_conditions(conditions)))
    return out


@settings(max_examples=300, deadline=None)  # the first example loads both catalogs
@given(st.fixed_dictionaries(FACT_VALUES))
def test_compiled_decision_equals_the_explained_tree(raw: dict[str, object]) -> None:
    """The desk's fast path and the reasons' tree agree on verdict and facts to ask."""
    facts = {key: value for key, value in raw.items() if value is not None}
    for intervention_id, conditions, decide in shipped_condition_lists():
        tree = evaluate_all(conditions, facts)  # type: ignore[arg-type]
        verdict, missing = decide(facts)  # type: ignore[arg-type]

        assert tree.verdict == verdict, intervention_id
        assert set(tree.missing) == set(missing), intervention_id


@pytest.mark.parametrize("guardians", ["all", "any"])
@pytest.mark.parametrize("below_age", [15, 18])
def test_compiled_guardian_consent_is_its_check(guardians: str, below_age: int) -> None:
    leaf = GuardianConsent(
        id="consent",
        kind="guardian_consent",
        below_age=below_age,
        guardians=guardians,
        evidence=Evidence.written_consent,
    )
    compiled = leaf.compile()
    for age, consent in itertools.product(
        [None, UNSURE, 0, 14, 15, 17, 18, 40], [None, UNSURE, "all", "some", "none"]
    ):
        facts = {
            key: value
            for key, value in (("person.age", age), ("person.guardian_consent", consent))
            if value is not None
        }
        assert leaf.check(facts) == compiled(facts), facts
