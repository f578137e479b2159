"""Survey reads and writes for the web (docs/followup.md, "Brukarenkät").

The committee's survey per intervention and its rounds; the resident's answer, stored by
:func:`answer_store` with no identity, no address, no browser and the ISO week only. The
single-use answer token is signed (so a made-up token is refused), checked against its round,
and once used kept as a hash in :class:`~.models.SurveyUsedToken`, which is not linked to the
answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import segno
from django.core import signing
from django.db import IntegrityError, transaction

from iub.followup.surveys import (
    OWN_QUESTIONS_MAX,
    OwnQuestion,
    Question,
    SurveyAnswer,
    SurveyDefinition,
    answers_validate,
    round_state,
    survey_questions,
    token_hash,
    token_new,
    week_of,
)
from iub.web.followup.models import Survey, SurveyResponse, SurveyRound, SurveyUsedToken

__all__ = [
    "ReplayError",
    "TokenError",
    "answer_store",
    "answer_token_check",
    "answer_token_new",
    "answers_check",
    "definition_of",
    "definitions_for",
    "qr_svg",
    "round_by_token",
    "round_open",
    "round_questions",
    "survey_save",
]

_SALT = "iub.followup.survey-answer"


class TokenError(ValueError):
    """An answer token this site did not issue for this round (forged or of another round)."""


class ReplayError(ValueError):
    """An answer token already used: the answer was sent before."""


def definition_of(survey: Survey) -> SurveyDefinition:
    return SurveyDefinition(
        intervention=survey.intervention_id,
        own=tuple(OwnQuestion.model_validate(q) for q in survey.own),
    )


def definitions_for(stem: str) -> list[SurveyDefinition]:
    return [definition_of(s) for s in Survey.objects.filter(stem=stem).order_by("id")]


def survey_save(
    stem: str, intervention: str, texts: dict[str, str], new: list[tuple[str, str]]
) -> Survey:
    """Save the committee's own questions.

    Args:
        texts: existing question id → its new text; an empty text removes the question.
        new: (text, kind) of questions to add; an empty text is skipped.

    Raises:
        pydantic.ValidationError: a text too short or long, too many questions, a bad kind.
    """
    survey, _ = Survey.objects.get_or_create(stem=stem, intervention_id=intervention)
    kept: list[dict[str, Any]] = []
    for question in survey.own:
        text = texts.get(question["id"], question["text"]).strip()
        if text:
            kept.append({**question, "text": text})
    used = [int(q["id"].removeprefix("egen-")) for q in survey.own]
    number = max(used, default=0)
    for text, kind in new:
        if text.strip():
            number += 1
            kept.append({"id": f"egen-{number}", "text": text.strip(), "kind": kind})
    definition = SurveyDefinition(
        intervention=intervention, own=tuple(OwnQuestion.model_validate(q) for q in kept)
    )
    survey.own = [q.model_dump() for q in definition.own]
    survey.save()
    return survey


def round_open(survey: Survey, label: str, starts_on: dt.date, ends_on: dt.date) -> SurveyRound:
    """A new round with its own unguessable token."""
    if ends_on < starts_on:
        raise ValueError("Slutdatum får inte vara före startdatum.")
    if not label.strip() or len(label) > 120:
        raise ValueError("Ge omgången ett namn (högst 120 tecken).")
    return SurveyRound.objects.create(
        survey=survey, token=token_new(), label=label.strip(), starts_on=starts_on, ends_on=ends_on
    )


def round_by_token(token: str) -> SurveyRound | None:
    if not 20 <= len(token) <= 64:
        return None
    return SurveyRound.objects.select_related("survey").filter(token=token).first()


def round_questions(survey_round: SurveyRound) -> tuple[Question, ...]:
    return survey_questions(definition_of(survey_round.survey))


def answer_token_new(survey_round: SurveyRound) -> str:
    """A signed single-use token for one answer form of this round (nothing is stored)."""
    return signing.dumps({"r": survey_round.pk, "t": token_new()}, salt=_SALT)


def answer_token_check(survey_round: SurveyRound, token: str) -> str:
    try:
        data = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        raise TokenError("unknown answer token") from None
    if not isinstance(data, dict) or data.get("r") != survey_round.pk or "t" not in data:
        raise TokenError("answer token of another round")
    return token_hash(str(data["t"]))


@dataclass(frozen=True)
class Stored:
    text_dropped: bool


def answer_store(
    survey_round: SurveyRound,
    token: str,
    answer: SurveyAnswer,
    *,
    today: dt.date,
) -> Stored:
    """Store one validated answer, once per answer token.

    Raises:
        TokenError: a token this site did not issue for this round.
        ReplayError: the token was used before.
        ValueError: the round is not open today, or the answer holds refused text.
    """
    hashed = answer_token_check(survey_round, token)
    if round_state(survey_round.starts_on, survey_round.ends_on, today=today) != "open":
        raise ValueError("the round is not open")
    if not answer.storable:
        raise ValueError("the free text was refused by the identity guard")
    try:
        with transaction.atomic():
            SurveyUsedToken.objects.create(token_hash=hashed)
            SurveyResponse.objects.create(
                round=survey_round,
                week=week_of(today),
                choices=dict(answer.choices),
                free_text=answer.free_text,
            )
    except IntegrityError:
        raise ReplayError("answer token already used") from None
    return Stored(text_dropped=bool(answer.found))


def answers_check(
    survey_round: SurveyRound, posted: dict[str, str], *, allow: list[str], drop_text: bool
) -> SurveyAnswer:
    """The core's validation with this round's questions (raises ``AnswerError`` if forged)."""
    return answers_validate(round_questions(survey_round), posted, allow=allow, drop_text=drop_text)


def qr_svg(url: str) -> str:
    """The link as an SVG QR code (segno), black on white, with a title for screen readers."""
    qr = segno.make(url, error="m", micro=False)
    svg = str(
        qr.svg_inline(
            scale=6, border=4, title="QR-kod till enkäten", svgclass="survey-qr", omitsize=True
        )
    )
    return svg.replace("<svg ", '<svg role="img" aria-label="QR-kod till enkäten" ', 1)


OWN_MAX = OWN_QUESTIONS_MAX
