"""Anonymous user surveys (brukarenkät): questions, answers, rounds and their results.

Framework-free. The committee defines a short survey per intervention: the standard questions
(:data:`STANDARD_QUESTIONS`: was it useful, did you feel respected, would you recommend it, each
on a fixed Swedish answer scale, and one free-text question) plus up to
:data:`OWN_QUESTIONS_MAX` questions of its own (a scale or yes/no). A round (a group session or
a period) is answered through a link with an unguessable token (:func:`token_new`).

What is kept of an answer (docs/followup.md, "Brukarenkät"): the round, the ISO week
(:func:`week_of`, never the day or time), the chosen answer per question and a free text the
identity guard found nothing in (:func:`answers_validate`). No identity, address or browser.
A single-use answer token stops a second post of the same form; only its hash is kept
(:func:`token_hash`), in a set of used tokens that is not linked to the answer. It cannot stop
one person opening the link twice: for that a round can take answers only with a printed
single-use answer code (:func:`answer_code_new`), one per participant, kept as a keyed hash
(:func:`answer_code_hash`) that is marked spent, never linked to the answer it allowed.

Results are ordinary follow-up tables: :func:`survey_table_questions` is the ``surveys=``
argument of :func:`iub.followup.statistics.table_specs` and :func:`survey_observations` turns
stored answers into observations, so every survey figure passes the same disclosure control
as every other figure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from iub.catalog import Regime
from iub.followup._notes import NOTE_MAX_LENGTH, note_screen
from iub.followup.statistics import Observation

__all__ = [
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "FREE_TEXT_ID",
    "OWN_QUESTIONS_MAX",
    "STANDARD_QUESTIONS",
    "YES_NO",
    "AnswerError",
    "OwnQuestion",
    "Question",
    "RoundState",
    "SurveyAnswer",
    "SurveyDefinition",
    "answer_code_format",
    "answer_code_hash",
    "answer_code_new",
    "answer_code_normalize",
    "answers_validate",
    "round_state",
    "survey_observations",
    "survey_questions",
    "survey_table_questions",
    "token_hash",
    "token_new",
    "week_of",
]

QuestionKind = Literal["scale", "yes_no", "free_text"]
OwnKind = Literal["scale", "yes_no"]

#: The answers of the committee's own scale questions.
SCALE: Final[Mapping[str, str]] = {
    "5": "Instämmer helt",
    "4": "Instämmer till stor del",
    "3": "Instämmer delvis",
    "2": "Instämmer lite",
    "1": "Instämmer inte alls",
}
YES_NO: Final[Mapping[str, str]] = {"ja": "Ja", "nej": "Nej"}
FREE_TEXT_ID: Final = "fritext"
FREE_TEXT_MAX: Final = NOTE_MAX_LENGTH
OWN_QUESTIONS_MAX: Final = 5
OWN_TEXT_MAX: Final = 200


@dataclass(frozen=True)
class Question:
    """A question as the resident sees it: id, Swedish text, kind and answers in order."""

    id: str
    text: str
    kind: QuestionKind
    answers: Mapping[str, str] = field(default_factory=dict)
    hint: str = ""


#: The questions every survey asks, in this order (the free text is the last question).
STANDARD_QUESTIONS: Final[tuple[Question, ...]] = (
    Question(
        "nytta",
        "Hade du nytta av insatsen?",
        "scale",
        {
            "mycket": "Ja, mycket",
            "ganska": "Ja, ganska mycket",
            "lite": "Lite",
            "inte": "Nej, inte alls",
            "vet_inte": "Vet inte",
        },
    ),
    Question(
        "respekt",
        "Kände du dig respekterad?",
        "scale",
        {
            "helt": "Ja, helt",
            "delvis": "Ja, delvis",
            "nej": "Nej",
            "vet_inte": "Vet inte",
        },
    ),
    Question(
        "rekommendera",
        "Skulle du rekommendera insatsen till någon i samma situation?",
        "scale",
        {"ja": "Ja", "kanske": "Kanske", "nej": "Nej"},
    ),
)
FREE_TEXT: Final = Question(
    FREE_TEXT_ID,
    "Vill du säga något mer? (frivilligt)",
    "free_text",
    hint=(
        "Skriv inte namn, personnummer, telefonnummer, adresser eller annat som visar vem du "
        "eller någon annan är. Text som kan peka ut någon sparas inte."
    ),
)


class OwnQuestion(BaseModel):
    """One of the committee's own questions: a statement on a scale, or a yes/no question."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(pattern=r"^egen-[0-9]{1,3}$", description="Stable id: egen-1, egen-2, …")
    text: str = Field(min_length=3, max_length=OWN_TEXT_MAX)
    kind: OwnKind


class SurveyDefinition(BaseModel):
    """The survey of one intervention: its own questions (the standard ones always come first)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    intervention: str = Field(min_length=1, max_length=100)
    own: tuple[OwnQuestion, ...] = Field(default=(), max_length=OWN_QUESTIONS_MAX)

    @field_validator("own")
    @classmethod
    def _unique_ids(cls, own: tuple[OwnQuestion, ...]) -> tuple[OwnQuestion, ...]:
        ids = [q.id for q in own]
        if len(set(ids)) != len(ids):
            raise ValueError("two questions have the same id")
        return own


def survey_questions(definition: SurveyDefinition | None) -> tuple[Question, ...]:
    """Every question of a survey in the order asked: standard, own, then the free text."""
    own = () if definition is None else definition.own
    return (
        *STANDARD_QUESTIONS,
        *(
            Question(q.id, q.text, q.kind, dict(SCALE if q.kind == "scale" else YES_NO))
            for q in own
        ),
        FREE_TEXT,
    )


def survey_table_questions(
    definitions: Iterable[SurveyDefinition],
) -> dict[str, list[tuple[str, str, Mapping[str, str]]]]:
    """The ``surveys=`` argument of ``table_specs``: per intervention, the counted questions.

    The free text is never a figure: it is read by the committee, not counted.
    """
    out: dict[str, list[tuple[str, str, Mapping[str, str]]]] = {}
    for definition in definitions:
        out[definition.intervention] = [
            (q.id, q.text, q.answers) for q in survey_questions(definition) if q.kind != "free_text"
        ]
    return out


# --- Answers ------------------------------------------------------------------------------------


class AnswerError(ValueError):
    """A post that no form of this survey could have sent (forged): nothing is stored."""


@dataclass(frozen=True)
class SurveyAnswer:
    """A validated answer: what may be stored, or a free text the resident must rewrite."""

    choices: Mapping[str, str]
    free_text: str = ""
    text_refused: bool = False  # the guard found something; the text is not kept
    found: Mapping[str, int] = field(default_factory=dict)  # kinds and counts, never the text

    @property
    def storable(self) -> bool:
        return not self.text_refused


def answers_validate(
    questions: Sequence[Question],
    posted: Mapping[str, str],
    *,
    allow: Iterable[str] = (),
    drop_text: bool = False,
) -> SurveyAnswer:
    """Check a posted answer against the survey's questions.

    Every question is optional (a resident may skip any). An answer outside a question's
    scale, or a field that is no question of this survey, is a forged post.

    Args:
        questions: the survey's questions (:func:`survey_questions`).
        posted: question id → chosen answer key (or the free text); only question fields.
        allow: unit and programme names that are not people ("Mini Maria").
        drop_text: the resident chose to send without the refused free text.

    Raises:
        AnswerError: an unknown question, an answer not on the scale, or a text too long.
    """
    by_id = {q.id: q for q in questions}
    choices: dict[str, str] = {}
    text = ""
    for qid, value in posted.items():
        question = by_id.get(qid)
        if question is None:
            raise AnswerError(f"okänd fråga: {qid[:40]!r}")
        if question.kind == "free_text":
            text = value.strip()
            if len(text) > FREE_TEXT_MAX:
                raise AnswerError(f"fritexten är längre än {FREE_TEXT_MAX} tecken")
            continue
        if value == "":
            continue
        if value not in question.answers:
            raise AnswerError(f"svaret på {qid!r} finns inte bland svarsalternativen")
        choices[qid] = value
    if not text:
        return SurveyAnswer(choices)
    screen = note_screen(text, regime=Regime.no_identity, allow=allow)
    if screen.clean:
        return SurveyAnswer(choices, text)
    if drop_text:
        return SurveyAnswer(choices, "", found=screen.summary())
    return SurveyAnswer(choices, text, text_refused=True, found=screen.summary())


def week_of(day: dt.date) -> str:
    """The ISO week of a day, ``2026-W49``: the finest date an answer is kept with."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _week_thursday(week: str) -> dt.date:
    year, _, number = week.partition("-W")
    return dt.date.fromisocalendar(int(year), int(number), 4)


def token_new() -> str:
    """An unguessable token (256 bits, URL-safe): for a round's link or a single-use answer."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What is kept of a used answer token: its SHA-256, so the set reveals no token."""
    return hashlib.sha256(token.encode()).hexdigest()


RoundState = Literal["not_started", "open", "closed"]


def round_state(
    starts_on: dt.date,
    ends_on: dt.date,
    *,
    today: dt.date,
    closed_on: dt.date | None = None,
) -> RoundState:
    """Whether a round takes answers on ``today``: both dates are days it is open.

    ``closed_on`` is the day the committee closed the round early: from then on it is closed
    for good, even before its first day (a closed round is never reopened).
    """
    if closed_on is not None and today >= closed_on:
        return "closed"
    if today < starts_on:
        return "not_started"
    return "open" if today <= ends_on else "closed"


# --- Answer codes (one per participant) -------------------------------------------------------

#: The characters of an answer code: digits and capitals without 0/O, 1/I/L (read aloud, typed
#: on a phone, printed small). 31 symbols.
CODE_ALPHABET: Final = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH: Final = 12  # 31**12 ≈ 2**59: guessing one of a round's codes is hopeless


def answer_code_new() -> str:
    """A random answer code (``secrets``), unformatted: :func:`answer_code_format` for print."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def answer_code_format(code: str) -> str:
    """The code as printed and typed: groups of four, ``K7PM-3QXD-R9TW``."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def answer_code_normalize(text: str) -> str | None:
    """What a resident typed, as a code: case, spaces and dashes do not matter.

    None when it cannot be a code at all (wrong length or a character no code has).
    """
    code = "".join(ch for ch in text.upper() if ch not in " -\t")
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return code


def answer_code_hash(key: bytes, round_id: int, code: str) -> str:
    """What is kept of a code: an HMAC-SHA-256 with the site's key, bound to its round.

    Keyed, because a 59-bit code could be found from a plain hash by trying them all; bound to
    the round, so a code of one round is unknown in every other.
    """
    message = f"{round_id}:{code}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def survey_observations(
    rows: Iterable[Mapping[str, Any]],
    *,
    year: int,
    definitions: Iterable[SurveyDefinition],
) -> Iterator[Observation]:
    """Stored answers as observations: ``intervention``, ``week``, ``choices``, optional ``n``.

    An answer counts in the year of its ISO week's Thursday (the week's own year). A question
    left unanswered, or since removed from the survey, is not counted.
    """
    known = {
        d.intervention: {q.id: q.answers for q in survey_questions(d) if q.kind != "free_text"}
        for d in definitions
    }
    for row in rows:
        if _week_thursday(str(row["week"])).year != year:
            continue
        n = int(row.get("n") or 1)
        asked = known.get(str(row["intervention"]), {})
        for qid, answer in dict(row["choices"]).items():
            if answer not in asked.get(qid, {}):
                continue
            yield Observation(
                f"survey:{qid}",
                {"intervention": str(row["intervention"]), "answer": str(answer)},
                n,
            )
