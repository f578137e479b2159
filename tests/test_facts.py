"""Facts are typed, validated against the vocabulary, and 'unsure' is kept apart from missing."""

import pytest

from iub.errors import FactError
from iub.facts import UNSURE, VOCABULARY, parse_facts


def test_design_vocabulary_is_complete() -> None:
    """Every fact of the contract (docs/architecture.md) is in the vocabulary, with a question."""
    expected = {
        "person.age", "person.municipality", "person.lives_in", "person.guardian_consent",
        "person.requests_self", "person.supports_close_person", "close_person.situations",
        "child.age", "child.municipality", "child.school_municipality", "child.school_grade",
        "child.placed_outside_home", "parents.joint_request", "offender.municipality",
        "offender.age",
    }  # fmt: skip

    assert expected == set(VOCABULARY)
    assert all("?" in spec.question for spec in VOCABULARY.values())


def test_municipality_facts_are_normalised_to_the_scb_code() -> None:
    """'Alingsås kommun' and '1489' are the same register fact."""
    facts = parse_facts({"person.municipality": "Alingsås kommun", "child.municipality": "1489"})

    assert facts["person.municipality"] == facts["child.municipality"] == "1489"


@pytest.mark.parametrize("value", ["unsure", "Unsure", " osäker "])
def test_any_fact_may_be_unsure(value: str) -> None:
    """'unsure' is accepted for every type and becomes the UNSURE marker."""
    facts = parse_facts({"person.age": value, "person.requests_self": value})

    assert facts["person.age"] is UNSURE
    assert facts["person.requests_self"] is UNSURE


def test_null_is_the_same_as_not_given() -> None:
    """A null fact is unknown, not false."""
    assert "person.requests_self" not in parse_facts({"person.requests_self": None})


@pytest.mark.parametrize(
    ("raw", "fact", "message"),
    [
        ({"person.agee": 4}, "person.agee", "did you mean 'person.age'"),
        ({"person.age": "forty"}, "person.age", "whole number"),
        ({"person.age": True}, "person.age", "whole number"),
        ({"person.age": -1}, "person.age", "outside"),
        ({"person.requests_self": "yes"}, "person.requests_self", "true or false"),
        ({"person.municipality": "Atlantis"}, "person.municipality", "290 municipalities"),
        ({"person.municipality": 1489}, "person.municipality", "municipality name"),
        ({"person.guardian_consent": "both"}, "person.guardian_consent", "'all'"),
        ({"close_person.situations": "older"}, "close_person.situations", "a list"),
        ({"close_person.situations": ["aliens"]}, "close_person.situations", "aliens"),
    ],
)
def test_bad_facts_name_the_fact_and_the_problem(raw: dict, fact: str, message: str) -> None:
    """Unknown names and wrong types raise FactError naming the fact."""
    with pytest.raises(FactError, match=message) as caught:
        parse_facts(raw)

    assert fact == caught.value.fact


def test_facts_must_be_an_object() -> None:
    """A JSON list or string is not a facts document."""
    with pytest.raises(FactError, match="JSON object"):
        parse_facts(["person.age"])


def test_school_year_runs_from_forskola_to_year_ten() -> None:
    """-1 is förskola and 0 förskoleklass; a school year of 11 does not exist."""
    assert -1 == parse_facts({"child.school_grade": -1})["child.school_grade"]
    with pytest.raises(FactError, match="outside -1–10"):
        parse_facts({"child.school_grade": 11})


def test_a_number_written_as_text_is_the_wrong_type() -> None:
    """ "30" is text, not an age: JSON facts carry numbers as numbers."""
    with pytest.raises(FactError, match="whole number"):
        parse_facts({"person.age": "30"})


def test_a_whole_number_written_with_a_decimal_point_is_accepted() -> None:
    """JSON has one number type: 40.0 is the age 40, while 40.5 is refused."""
    assert 40 == parse_facts({"person.age": 40.0})["person.age"]
    with pytest.raises(FactError, match="whole number"):
        parse_facts({"person.age": 40.5})
