"""Survey reads and writes for the web (docs/followup.md, "Brukarenkät").

The committee's survey per intervention and its rounds; the resident's answer, stored by
:func:`answer_store` with no identity, no address, no browser and the ISO week only. The
single-use answer token is signed (so a made-up token is refused), checked against its round,
and once used kept as a hash in :class:`~.models.SurveyUsedToken`, which is not linked to the
answer. A round in code mode also needs one of its printed answer codes
(:class:`~.models.SurveyCode`); the code is spent by a conditional update in the transaction
that stores the answer, so two posts of one code store one answer. The committee may close a
round early (:func:`round_close`), audited, and never reopen it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import segno
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count, Q

from iub.followup.surveys import (
    OWN_QUESTIONS_MAX,
    OwnQuestion,
    Question,
    SurveyAnswer,
    SurveyDefinition,
    answer_code_format,
    answer_code_hash,
    answer_code_new,
    answer_code_normalize,
    answers_validate,
    round_state,
    survey_questions,
    token_hash,
    token_new,
    week_of,
)
from iub.web.audit.keys import derived_key
from iub.web.audit.services import audit_record
from iub.web.followup.models import (
    Survey,
    SurveyCode,
    SurveyResponse,
    SurveyRound,
    SurveyUsedToken,
)

__all__ = [
    "CODES_MAX",
    "AlreadyClosedError",
    "CodeError",
    "CodeSpentError",
    "ReplayError",
    "RoundClosedError",
    "TokenError",
    "answer_store",
    "answer_token_check",
    "answer_token_new",
    "answers_check",
    "code_check",
    "code_counts",
    "codes_issue",
    "codes_sheet_pdf",
    "definition_of",
    "definitions_for",
    "qr_svg",
    "round_by_token",
    "round_close",
    "round_current_state",
    "round_open",
    "round_questions",
    "survey_save",
]

_SALT = "iub.followup.survey-answer"


class TokenError(ValueError):
    """An answer token this site did not issue for this round (forged or of another round)."""


class ReplayError(ValueError):
    """An answer token already used: the answer was sent before."""


class CodeError(ValueError):
    """An answer code this round never issued (mistyped, made up, or of another round)."""


class CodeSpentError(ValueError):
    """An answer code of this round that has already allowed its one answer."""


class AlreadyClosedError(ValueError):
    """The round is already closed (early, or its period has ended): nothing to close."""


#: The most answer codes one print makes (25 A4 pages of 8 cards).
CODES_MAX = 200
_CODE_KEY = "survey-answer-codes"


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


def round_open(
    survey: Survey,
    label: str,
    starts_on: dt.date,
    ends_on: dt.date,
    *,
    codes_only: bool = False,
) -> SurveyRound:
    """A new round with its own unguessable token; ``codes_only``: answers need a code."""
    if ends_on < starts_on:
        raise ValueError("Slutdatum får inte vara före startdatum.")
    if not label.strip() or len(label) > 120:
        raise ValueError("Ge omgången ett namn (högst 120 tecken).")
    return SurveyRound.objects.create(
        survey=survey,
        token=token_new(),
        label=label.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
        codes_only=codes_only,
    )


def round_current_state(survey_round: SurveyRound, *, today: dt.date) -> str:
    """The round's state on ``today``, counting an early close."""
    return round_state(
        survey_round.starts_on, survey_round.ends_on, today=today, closed_on=survey_round.closed_on
    )


def round_close(survey_round: SurveyRound, *, actor: str, today: dt.date) -> SurveyRound:
    """Close a round now, for good, and record who did it in the audit trail.

    The row is locked while it is read, so an answer being stored waits and then sees the
    round closed (:func:`answer_store` reads it under the same lock).

    Raises:
        AlreadyClosedError: closed before, or its period has ended.
    """
    with transaction.atomic():
        fresh = (
            SurveyRound.objects.select_for_update().select_related("survey").get(pk=survey_round.pk)
        )
        if round_current_state(fresh, today=today) == "closed":
            raise AlreadyClosedError("the round is already closed")
        fresh.closed_on = today
        fresh.save(update_fields=["closed_on"])
        audit_record(
            actor=actor,
            action="write",
            object_type="survey_round",
            object_id=fresh.pk,
            unit=fresh.survey.stem,
            purpose=f"brukarenkät {fresh.survey.intervention_id}: omgången stängd i förtid"[:200],
        )
    return fresh


def _code_hash(survey_round: SurveyRound, code: str) -> str:
    return answer_code_hash(derived_key(_CODE_KEY), survey_round.pk, code)


def codes_issue(survey_round: SurveyRound, count: int, *, actor: str) -> list[str]:
    """``count`` new answer codes for a code-mode round, formatted for print.

    Only their keyed hashes are stored: the codes themselves exist only on the printed sheet,
    which is why every print makes new codes (the ones printed before stay valid). Audited,
    with the number of codes and nothing of them.

    Raises:
        ValueError: not a code-mode round, closed, or a count outside 1 … :data:`CODES_MAX`.
    """
    if not survey_round.codes_only:
        raise ValueError("Omgången tar emot svar via den öppna länken; den har inga svarskoder.")
    if round_current_state(survey_round, today=dt.date.today()) == "closed":
        raise ValueError("Omgången är stängd. Inga nya svarskoder skapas.")
    if not 1 <= count <= CODES_MAX:
        raise ValueError(f"Välj ett antal svarskoder från 1 till {CODES_MAX}.")
    codes = [answer_code_new() for _ in range(count)]
    with transaction.atomic():
        SurveyCode.objects.bulk_create(
            SurveyCode(round=survey_round, code_hash=_code_hash(survey_round, code))
            for code in codes
        )
        audit_record(
            actor=actor,
            action="write",
            object_type="survey_round",
            object_id=survey_round.pk,
            unit=survey_round.survey.stem,
            purpose=f"brukarenkät {survey_round.survey.intervention_id}: "
            f"{count} svarskoder utskrivna"[:200],
        )
    return [answer_code_format(code) for code in codes]


def code_counts(survey_round: SurveyRound) -> tuple[int, int]:
    """How many codes the round has, and how many are spent."""
    counts = SurveyCode.objects.filter(round=survey_round).aggregate(
        total=Count("pk"), spent=Count("pk", filter=Q(spent=True))
    )
    return int(counts["total"]), int(counts["spent"])


def code_check(survey_round: SurveyRound, typed: str) -> str:
    """The hash of a typed code that may still answer in this round.

    Raises:
        CodeError: not a code of this round.
        CodeSpentError: the code has answered already.
    """
    code = answer_code_normalize(typed)
    if code is None:
        raise CodeError("not a code")
    hashed = _code_hash(survey_round, code)
    spent = (
        SurveyCode.objects.filter(round=survey_round, code_hash=hashed)
        .values_list("spent", flat=True)
        .first()
    )
    if spent is None:
        raise CodeError("no such code in this round")
    if spent:
        raise CodeSpentError("code already spent")
    return hashed


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


class RoundClosedError(ValueError):
    """The round is not open (closed early while the form was on screen, or not started)."""


def answer_store(
    survey_round: SurveyRound,
    token: str,
    answer: SurveyAnswer,
    *,
    today: dt.date,
    code: str | None = None,
) -> Stored:
    """Store one validated answer, once per answer token and, in code mode, once per code.

    One transaction: the round is read again under a row lock (an early close that won the
    race is seen), the code is spent by ``UPDATE … WHERE spent = false`` (of two concurrent
    posts of one code exactly one updates a row; the other stores nothing), the used answer
    token is recorded and the answer inserted. The answer row carries nothing of the code.

    Raises:
        TokenError: a token this site did not issue for this round.
        ReplayError: the token was used before.
        CodeError: code mode without a code of this round.
        CodeSpentError: the code has answered already.
        RoundClosedError: the round is not open today.
        ValueError: the answer holds refused text.
    """
    hashed = answer_token_check(survey_round, token)
    if not answer.storable:
        raise ValueError("the free text was refused by the identity guard")
    code_hash = None
    if survey_round.codes_only:
        code_hash = code_check(survey_round, code or "")
    try:
        with transaction.atomic():
            fresh = SurveyRound.objects.select_for_update().get(pk=survey_round.pk)
            if round_current_state(fresh, today=today) != "open":
                raise RoundClosedError("the round is not open")
            if code_hash is not None:
                spent = SurveyCode.objects.filter(
                    round=fresh, code_hash=code_hash, spent=False
                ).update(spent=True)
                if spent != 1:
                    raise CodeSpentError("code already spent")
            SurveyUsedToken.objects.create(token_hash=hashed)
            SurveyResponse.objects.create(
                round=fresh,
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


def qr_svg(url: str, *, label: str = "QR-kod till enkäten") -> str:
    """The link as an SVG QR code (segno), black on white, with a title for screen readers."""
    qr = segno.make(url, error="m", micro=False)
    svg = str(qr.svg_inline(scale=6, border=4, title=label, svgclass="survey-qr", omitsize=True))
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)


def codes_sheet_pdf(html: str) -> bytes:
    """The printable A4 sheet of answer codes as a PDF (WeasyPrint, tagged PDF/UA)."""
    from weasyprint import HTML  # heavy: imported only when a sheet is printed

    pdf: bytes = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)
    return pdf


OWN_MAX = OWN_QUESTIONS_MAX
