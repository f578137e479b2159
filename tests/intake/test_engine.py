"""The summary check's contract: outcome, cited reasons, questions and the information duty."""

import pytest

from iub.catalog import find_intervention, load_catalog
from iub.errors import FactError, UnknownIntervention
from iub.intake import EligibilityEngine
from iub.law import STATUTORY_CONSENT_ID

STOCKHOLM = EligibilityEngine(load_catalog("stockholm"))
GROUP = "samtalsgrupp-for-anhoriga"
ADULT_CARER = {
    "person.age": 40,
    "person.lives_in": "Stockholm",
    "person.supports_close_person": True,
    "close_person.situations": ["older"],
}


@pytest.mark.parametrize(
    "facts", [{}, ADULT_CARER, {**ADULT_CARER, "person.lives_in": "unsure"}, {"person.age": 3}]
)
def test_information_duty_is_always_given(facts: dict) -> None:
    """Whatever the outcome, the 11 kap. 6 § text and the right to apply under 11:1 are there."""
    outcome = STOCKHOLM.check(GROUP, facts)

    assert "11 kap. 6 §" in outcome.information
    assert "11 kap. 1 §" in outcome.information
    assert "stadsdelsförvaltning" in outcome.information


def test_every_reason_is_cited() -> None:
    """No verdict leaves without its source: the catalog's or the law's."""
    outcome = STOCKHOLM.check(GROUP, ADULT_CARER)

    assert all(reason.citation for reason in outcome.reasons)
    statutory = next(r for r in outcome.reasons if r.condition == STATUTORY_CONSENT_ID)
    assert "21 kap. 2 §" in statutory.citation


def test_json_follows_the_design_contract() -> None:
    """The JSON object has the contract's keys (docs/architecture.md) with their value sets."""
    data = STOCKHOLM.check(GROUP, {}).to_json()

    assert {"intervention", "outcome", "reasons", "questions", "information"} == set(data)
    assert "needs_info" == data["outcome"]
    assert all(
        set(r) == {"condition", "result", "text", "citation"}
        and r["result"] in {"met", "not_met", "unknown", "unsure"}
        for r in data["reasons"]
    )
    assert data["questions"][0] == "Hur gammal är du?"


def test_refer_says_why_and_asks_nothing() -> None:
    """An unsure fact that matters refers to the committee with no questions."""
    outcome = STOCKHOLM.check(GROUP, {**ADULT_CARER, "person.lives_in": "unsure"})

    assert "refer" == outcome.outcome
    assert () == outcome.questions
    assert "hänvisas till socialnämnden" in outcome.information


def test_screen_answers_for_every_intervention() -> None:
    """Screening gives one outcome per intervention, in catalog order."""
    outcomes = STOCKHOLM.screen(ADULT_CARER)

    assert [GROUP] == [o.intervention for o in outcomes]
    assert "eligible" == outcomes[0].outcome


def test_bad_facts_and_unknown_ids_raise_precise_errors() -> None:
    """A misspelt fact and an unknown id raise the core's errors, naming them."""
    with pytest.raises(FactError, match=r"person\.lives_in"):
        STOCKHOLM.check(GROUP, {"person.lives": "Stockholm"})
    with pytest.raises(UnknownIntervention):
        STOCKHOLM.check("kontaktfamilj", {})


def test_statutory_layer_requires_consent_to_18_where_catalog_is_silent() -> None:
    """Without the committee's 15–17 position, a 16-year-old needs all guardians' consent."""
    catalog = load_catalog("stockholm")
    silent = catalog.model_copy(
        update={
            "interventions": [
                catalog.interventions[0].model_copy(update={"minors_without_consent": None})
            ]
        }
    )
    young = {
        "person.age": 16,
        "person.lives_in": "Stockholm",
        "person.requests_self": True,
        "close_person.situations": ["older"],
    }

    assert "needs_info" == EligibilityEngine(silent).check(GROUP, young).outcome
    assert (
        "not_eligible"
        == EligibilityEngine(silent)
        .check(GROUP, {**young, "person.guardian_consent": "some"})
        .outcome
    )
    assert "eligible" == EligibilityEngine(catalog).check(GROUP, young).outcome


def test_an_eligible_outcome_gives_only_met_reasons() -> None:
    """The branch of an 'any' that a person did not need is not listed as a reason."""
    outcome = STOCKHOLM.check(GROUP, ADULT_CARER)

    assert "eligible" == outcome.outcome
    assert {"met"} == {reason.result for reason in outcome.reasons}
    assert "ung-anhorig" not in {reason.condition for reason in outcome.reasons}


def test_a_failed_any_explains_every_branch() -> None:
    """When no alternative is met, each one is shown with what failed."""
    facts = {**ADULT_CARER, "close_person.situations": ["gambling"]}

    reasons = {r.condition: r.result for r in STOCKHOLM.check(GROUP, facts).reasons}

    assert "not_met" == reasons["vuxen-anhorig"] == reasons["ung-anhorig"]


def test_the_consent_rule_says_it_does_not_apply_to_an_adult() -> None:
    """An adult's reason for the statutory consent rule reads 'does not apply', not a consent."""
    outcome = STOCKHOLM.check(GROUP, ADULT_CARER)

    statutory = next(r for r in outcome.reasons if r.condition == STATUTORY_CONSENT_ID)
    assert statutory.text.endswith("(gäller inte: personen är 40 år)")


def test_triage_gives_the_outcomes_of_screen() -> None:
    """The cheap triage and the full screen agree for every intervention of both catalogs."""
    from iub.facts import parse_facts

    for name in ("alingsas", "stockholm"):
        desk = EligibilityEngine(load_catalog(name))
        for raw in ({}, ADULT_CARER, {"person.age": 16, "person.municipality": "Alingsås"}):
            facts = parse_facts(raw, vocabulary=desk.vocabulary)

            expected = [(o.intervention, o.outcome) for o in desk.screen(facts)]
            assert expected == desk.triage(facts)


def test_triage_asking_gives_the_outcomes_and_facts_asked_of_check() -> None:
    """What triage_asking says each intervention still asks is what check asks, as a set."""
    from iub.facts import parse_facts

    for name in ("alingsas", "stockholm"):
        desk = EligibilityEngine(load_catalog(name))
        for raw in (
            {},
            ADULT_CARER,
            {"person.age": 16, "person.municipality": "Alingsås"},
            {"person.age": 40},
            {"person.age": 12, "person.lives_in": "unsure"},
        ):
            facts = parse_facts(raw, vocabulary=desk.vocabulary)

            for intervention_id, kind, asking in desk.triage_asking(facts):
                outcome = desk.check(intervention_id, facts)
                assert (outcome.outcome, set(outcome.missing_facts)) == (kind, set(asking))


def test_triage_asking_of_some_interventions_is_triage_asking_of_all() -> None:
    """Deciding only some interventions (any order, repeated) gives their rows of the full
    triage."""
    from iub.facts import parse_facts

    for name in ("alingsas", "stockholm"):
        desk = EligibilityEngine(load_catalog(name))
        count = len(desk.catalog.interventions)
        for raw in (
            {},
            ADULT_CARER,
            {"person.age": 40},
            {"person.age": 12, "person.lives_in": "unsure"},
        ):
            facts = parse_facts(raw, vocabulary=desk.vocabulary)
            rows = [(kind, asking) for _id, kind, asking in desk.triage_asking(facts)]
            for indices in (
                [],
                [0],
                list(range(count))[::-1],
                [count - 1, count // 2, count // 2, 0],
            ):
                assert [rows[i] for i in indices] == desk.triage_asking_of(facts, indices)


def test_find_is_find_intervention() -> None:
    """The engine's table of ids and aliases finds what ``find_intervention`` finds."""
    for stem in ("alingsas", "stockholm"):
        catalog = load_catalog(stem)
        catalog = catalog.model_copy(
            update={
                "interventions": [
                    # an alias that is another's id, and one with space around it
                    catalog.interventions[0].model_copy(
                        update={"aliases": [catalog.interventions[-1].id, " spaced "]}
                    ),
                    *catalog.interventions[1:],
                ]
            }
        )
        engine = EligibilityEngine(catalog)
        names = [n for i in catalog.interventions for n in (i.id, *i.aliases, i.title)]
        names += [" spaced ", "spaced", f" {names[-1]} ", "finns-inte", ""]
        for name in names:
            try:
                expected = find_intervention(catalog, name)
            except UnknownIntervention:
                with pytest.raises(UnknownIntervention):
                    engine.find(name)
            else:
                assert expected is engine.find(name), name
