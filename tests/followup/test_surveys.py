"""Anonymous user surveys, the core (docs/followup.md, "Brukarenkät"): questions, forged
answers, the identity guard on free text, weeks, tokens and results under disclosure control."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest
from pydantic import ValidationError

from iub.catalog import Catalog, load_catalog
from iub.followup.statistics import figures_build, table_specs
from iub.followup.surveys import (
    CODE_ALPHABET,
    CODE_LENGTH,
    FREE_TEXT_ID,
    STANDARD_QUESTIONS,
    AnswerError,
    OwnQuestion,
    SurveyDefinition,
    answer_code_format,
    answer_code_hash,
    answer_code_new,
    answer_code_normalize,
    answers_validate,
    round_state,
    survey_observations,
    survey_questions,
    survey_table_questions,
    token_hash,
    token_new,
    week_of,
)

X = "samtalsgrupp-for-anhoriga"


@cache
def stockholm() -> Catalog:
    return load_catalog("stockholm")


def definition() -> SurveyDefinition:
    return SurveyDefinition(
        intervention=X,
        own=(
            OwnQuestion(id="egen-1", text="Tiden för träffarna passade mig", kind="scale"),
            OwnQuestion(id="egen-2", text="Skulle du gå igen?", kind="yes_no"),
        ),
    )


def test_a_survey_asks_the_standard_questions_then_its_own_then_free_text() -> None:
    questions = survey_questions(definition())
    ids = [q.id for q in questions]
    assert ids == ["nytta", "respekt", "rekommendera", "egen-1", "egen-2", FREE_TEXT_ID]
    assert questions[4].answers == {"ja": "Ja", "nej": "Nej"}
    assert "5" in questions[3].answers
    assert [q.id for q in survey_questions(None)] == [
        *(q.id for q in STANDARD_QUESTIONS),
        "fritext",
    ]


def test_a_definition_refuses_bad_own_questions() -> None:
    with pytest.raises(ValidationError):
        OwnQuestion(id="egen-1", text="x", kind="scale")  # too short
    with pytest.raises(ValidationError):
        OwnQuestion(id="egen-1", text="Bra?", kind="fritext")
    with pytest.raises(ValidationError):
        SurveyDefinition(
            intervention=X,
            own=tuple(
                OwnQuestion(id=f"egen-{i}", text="Bra lokal", kind="yes_no") for i in range(6)
            ),
        )
    with pytest.raises(ValidationError, match="same id"):
        q = OwnQuestion(id="egen-1", text="Bra lokal", kind="yes_no")
        SurveyDefinition(intervention=X, own=(q, q))


def test_a_forged_answer_is_refused() -> None:
    questions = survey_questions(definition())
    with pytest.raises(AnswerError, match="okänd fråga"):
        answers_validate(questions, {"namn": "Anna"})
    with pytest.raises(AnswerError, match="svarsalternativen"):
        answers_validate(questions, {"nytta": "11"})
    with pytest.raises(AnswerError, match="svarsalternativen"):
        answers_validate(questions, {"egen-2": "kanske"})
    with pytest.raises(AnswerError, match="längre"):
        answers_validate(questions, {FREE_TEXT_ID: "a" * 1001})


def test_a_valid_answer_keeps_only_the_chosen_answers() -> None:
    answer = answers_validate(
        survey_questions(definition()),
        {"nytta": "mycket", "respekt": "", "egen-2": "ja", FREE_TEXT_ID: "  Bra träffar.  "},
    )
    assert answer.storable
    assert answer.choices == {"nytta": "mycket", "egen-2": "ja"}
    assert answer.free_text == "Bra träffar."


@pytest.mark.parametrize(
    "text",
    [
        "Ring mig på 070-123 45 67",
        "Mitt personnummer är 19121212-1212",
        "Skriv till anna.svensson@example.se",
    ],
)
def test_free_text_the_guard_blocks_is_not_kept(text: str) -> None:
    questions = survey_questions(None)
    answer = answers_validate(questions, {"nytta": "lite", FREE_TEXT_ID: text})
    assert not answer.storable and answer.text_refused and answer.found
    dropped = answers_validate(questions, {"nytta": "lite", FREE_TEXT_ID: text}, drop_text=True)
    assert dropped.storable and dropped.free_text == "" and dropped.choices == {"nytta": "lite"}


def test_weeks_tokens_and_round_state() -> None:
    assert week_of(dt.date(2026, 12, 7)) == "2026-W50"
    assert week_of(dt.date(2027, 1, 1)) == "2026-W53"  # the ISO week's own year
    a, b = token_new(), token_new()
    assert a != b and len(a) >= 43
    assert token_hash(a) != a and len(token_hash(a)) == 64
    start, end = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    assert round_state(start, end, today=dt.date(2026, 2, 28)) == "not_started"
    assert round_state(start, end, today=start) == "open"
    assert round_state(start, end, today=end) == "open"
    assert round_state(start, end, today=dt.date(2026, 4, 1)) == "closed"


def test_a_round_closed_early_stays_closed() -> None:
    start, end = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    closed = dt.date(2026, 3, 10)
    assert round_state(start, end, today=dt.date(2026, 3, 9), closed_on=closed) == "open"
    assert round_state(start, end, today=closed, closed_on=closed) == "closed"
    assert round_state(start, end, today=dt.date(2026, 2, 1), closed_on=dt.date(2026, 1, 1)) == (
        "closed"
    )  # closed before it opened: never opens


def test_answer_codes_are_random_typeable_and_kept_as_keyed_hashes() -> None:
    codes = {answer_code_new() for _ in range(500)}
    assert 500 == len(codes)
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert not set("01ILO") & set(CODE_ALPHABET)
    code = sorted(codes)[0]
    printed = answer_code_format(code)
    assert len(printed) == CODE_LENGTH + 2 and printed.count("-") == 2
    assert answer_code_normalize(printed) == code
    assert answer_code_normalize(f" {printed.lower().replace('-', ' ')} ") == code
    assert answer_code_normalize(code[:-1]) is None
    assert answer_code_normalize("0" * CODE_LENGTH) is None
    key = b"k" * 32
    hashed = answer_code_hash(key, 7, code)
    assert len(hashed) == 64 and code not in hashed and hashed != token_hash(code)
    assert hashed != answer_code_hash(key, 8, code) != answer_code_hash(b"x" * 32, 7, code)
    assert hashed == answer_code_hash(key, 7, code)


def test_survey_results_are_tables_under_the_same_disclosure_control() -> None:
    cat = stockholm()
    d = definition()
    specs = table_specs(cat, surveys=survey_table_questions([d]))
    survey_specs = [s for s in specs if s.measure.startswith("survey:")]
    assert [s.id for s in survey_specs] == [
        f"{X}-survey-nytta",
        f"{X}-survey-respekt",
        f"{X}-survey-rekommendera",
        f"{X}-survey-egen-1",
        f"{X}-survey-egen-2",
    ]
    rows = [{"intervention": X, "week": "2026-W10", "choices": {"nytta": "mycket"}}] * 12
    rows += [{"intervention": X, "week": "2026-W11", "choices": {"nytta": "inte"}}] * 2
    rows += [
        {"intervention": X, "week": "2025-W11", "choices": {"nytta": "inte"}}
    ] * 9  # other year
    rows += [{"intervention": X, "week": "2026-W12", "choices": {"borttagen": "ja"}}]  # removed
    figures = figures_build(
        "stockholm",
        2026,
        cat,
        survey_observations(rows, year=2026, definitions=[d]),
        specs=specs,
    )
    table = figures.table(f"{X}-survey-nytta")
    # 2 answers "inte" are below the threshold: hidden, and so is one more to keep them hidden.
    assert table.cells[("inte", "")].value is None
    assert table.cells[("mycket", "")].value is None  # else 14 - 12 gives the hidden 2
    assert table.total.value == 14
    assert table.cells[("vet_inte", "")].value == 0
    assert figures.table(f"{X}-survey-respekt").empty


def test_answers_enough_for_every_cell_are_shown() -> None:
    cat = stockholm()
    d = SurveyDefinition(intervention=X)
    rows = [{"intervention": X, "week": "2026-W10", "choices": {"rekommendera": "ja"}, "n": 6}]
    rows += [{"intervention": X, "week": "2026-W10", "choices": {"rekommendera": "nej"}, "n": 5}]
    figures = figures_build(
        "stockholm",
        2026,
        cat,
        survey_observations(rows, year=2026, definitions=[d]),
        specs=table_specs(cat, surveys=survey_table_questions([d])),
    )
    table = figures.table(f"{X}-survey-rekommendera")
    assert table.cells[("ja", "")].value == 6
    assert table.cells[("nej", "")].value == 5
    assert table.total.value == 11
