"""Outcome kinds: one enum, one label per language, the JSON contract's strings as values."""

from __future__ import annotations

from iub.intake import OutcomeKind


def test_values_are_the_contract_strings() -> None:
    """The four JSON values, in the contract's order."""
    assert ["eligible", "not_eligible", "needs_info", "refer"] == [k.value for k in OutcomeKind]


def test_a_kind_compares_equal_to_its_string() -> None:
    """Stored and posted strings compare equal to the enum member."""
    assert "needs_info" == OutcomeKind.NEEDS_INFO


def test_every_kind_has_a_swedish_and_an_english_label() -> None:
    """No label is missing or shared between two kinds."""
    swedish = [kind.label_sv for kind in OutcomeKind]
    english = [kind.label_en for kind in OutcomeKind]

    assert 4 == len(set(swedish)) == len(set(english))
    assert "Fler uppgifter behövs" == OutcomeKind.NEEDS_INFO.label_sv
