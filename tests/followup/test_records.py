"""Tests of the record models, the check summary and the journal export."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from iub.catalog import load_catalog
from iub.followup import (
    AnonymousStart,
    HeadCountRecord,
    VisitRecord,
    check_summary,
    journal_export,
    problem_categories,
    problems_validate,
)
from iub.intake import EligibilityEngine

ON = dt.date(2026, 11, 26)


def test_anonymous_record_refuses_an_identity_field() -> None:
    """A 14 kap. 5 § record has no field for a personnummer or a name: extra keys fail."""
    with pytest.raises(ValidationError):
        AnonymousStart.model_validate({"started_on": "2026-11-26", "personnummer": "x"})
    with pytest.raises(ValidationError):
        VisitRecord.model_validate(
            {"visited_on": "2026-11-26", "delivery": "group", "people": 4, "name": "x"}
        )


def test_visit_counts_and_categories_are_bounded() -> None:
    """People from 1, age band and gender from the fixed lists."""
    with pytest.raises(ValidationError):
        VisitRecord(visited_on=ON, delivery="group", people=0)
    with pytest.raises(ValidationError):
        VisitRecord.model_validate(
            {"visited_on": ON, "delivery": "individual", "people": 1, "age_band": "30-40"}
        )

    visit = VisitRecord(visited_on=ON, delivery="group", people=8, gender="kvinna")

    assert 8 == visit.people


def test_scales_run_from_one_to_five() -> None:
    """Wellbeing and social situation use the stated 1–5 scale."""
    with pytest.raises(ValidationError):
        AnonymousStart(started_on=ON, wellbeing_start=6)

    assert 5 == AnonymousStart(started_on=ON, social_start=5).social_start


def test_head_count_parts_cannot_exceed_the_total() -> None:
    """Optional breakdowns add up to at most the total."""
    with pytest.raises(ValidationError):
        HeadCountRecord(counted_on=ON, half_day="fm", total=3, by_gender={"kvinna": 4})

    record = HeadCountRecord(
        counted_on=ON, half_day="em", total=12, by_age_band={"18-24": 5, "65+": 2}
    )

    assert 7 == sum(record.by_age_band.values())


def test_problem_categories_are_a_fixed_list_per_intervention() -> None:
    """Each intervention has its list; a code not on it is refused."""
    codes = tuple(problem_categories("anhorigstod-vid-beroende"))

    assert codes[:2] == problems_validate("anhorigstod-vid-beroende", codes[:2])
    with pytest.raises(ValueError):
        problems_validate("anhorigstod-vid-beroende", ("narstaende_brott",))
    assert "older" in problem_categories("samtalsgrupp-for-anhoriga")


def test_check_summary_keeps_outcome_and_failed_conditions_only() -> None:
    """A no keeps which condition failed; no fact value is kept."""
    desk = EligibilityEngine(load_catalog("alingsas"))
    outcome = desk.check("familjeradgivning", {"person.age": 40, "person.municipality": "Borås"})

    summary = check_summary(outcome, on=ON)

    assert "not_eligible" == summary.outcome
    assert summary.failed_conditions
    assert "Borås" not in summary.model_dump_json()
    assert "1490" not in summary.model_dump_json()


def test_check_summary_of_refer_names_the_unsure_condition() -> None:
    """A refer keeps the condition that could not be checked."""
    desk = EligibilityEngine(load_catalog("alingsas"))
    outcome = desk.check("familjeradgivning", {"person.age": 40, "person.municipality": "unsure"})

    summary = check_summary(outcome, on=ON)

    assert "refer" == summary.outcome
    assert summary.failed_conditions


def test_journal_export_has_start_and_end() -> None:
    """The export for Lifecare IFO or UNGDOK carries the start, end and scale."""
    exported = journal_export(
        system="Lifecare IFO",
        intervention="boendecoaching",
        unit="Boendecoaching",
        identity_digits="202101012397",
        identity_kind="personnummer",
        started_on=ON,
        ended_on=None,
        start_scores={"wellbeing": 2, "social_situation": 3},
        end_scores={},
    )

    assert "Lifecare IFO" == exported["system"]
    assert {"date": "2026-11-26", "wellbeing": 2, "social_situation": 3} == exported["start"]
    assert exported["end"] is None
