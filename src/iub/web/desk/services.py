"""Writes of the desk: checks, visits, participations and head-counts, each under its regime.

Every function takes a :class:`~.selectors.Place` (so the access check has been made), the
validated record from :mod:`iub.followup`, the acting user and the client's idempotency key.
A second call with the same key returns the first record instead of storing another: each
write returns ``(record, created)`` like Django's ``get_or_create``, and ``created`` is true
for exactly one of any number of concurrent calls with one key. The key is stored as the
SHA-256 of user and key (64 hex digits), so any key of the documented format
(:data:`KEY_PATTERN`) fits its column.
Free text of ``advice`` and ``no_identity`` records passes the identity guard here, on every
write path: a refused note raises :class:`~iub.errors.GuardRefusal` (kinds and offsets only)
and nothing is stored. Writes of ``full`` data are audited in the same transaction, with the
digest of the record as written (:mod:`.content`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from typing import Any, TypeVar

from django.contrib.auth.models import User
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from iub.catalog import Regime
from iub.errors import IubError
from iub.followup import (
    AnonymousEnd,
    AnonymousStart,
    FullEnd,
    FullEvent,
    FullStart,
    HeadCountRecord,
    IdentityNumber,
    VisitRecord,
    check_summary,
    identity_parse,
    note_screen,
    problems_validate,
)
from iub.intake import Outcome
from iub.web.audit.services import audit_record
from iub.web.desk.content import content_digest
from iub.web.desk.crypto import field_encrypt, lookup_hash
from iub.web.desk.guard_words import guard_words_for
from iub.web.desk.models import (
    AnonymousParticipation,
    CheckRecord,
    HeadCount,
    Identity,
    Participation,
    ParticipationEvent,
    Visit,
)
from iub.web.desk.selectors import Place

__all__ = [
    "KEY_PATTERN",
    "CheckNotReady",
    "CheckUsed",
    "DeskRuleError",
    "HeadCountExists",
    "IdempotencyKeyError",
    "WrongRegime",
    "anonymous_participation_end",
    "anonymous_participation_start",
    "check_information_give",
    "check_record",
    "check_used",
    "head_count_record",
    "note_allow_list",
    "participation_end",
    "participation_event_add",
    "participation_start",
    "visit_record",
]

#: The Idempotency-Key format: 8 to 64 letters, digits, "-" or "_" (a UUID, a SHA-256 hex).
KEY_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"
_KEY = re.compile(KEY_PATTERN)
M = TypeVar("M", bound=models.Model)


class DeskRuleError(IubError, ValueError):
    """A write the desk's rules do not allow; ``code`` is stable, ``message_sv`` is shown."""

    code = "desk-rule"
    field: str | None = None  # the request field that is wrong, for the API's problem JSON
    status = 422  # the API's answer (iub.web.common.problems maps it)

    def __init__(self, message_sv: str) -> None:
        self.message_sv = message_sv
        super().__init__(f"{self.code}: {message_sv}")


class WrongRegime(DeskRuleError):
    """The record kind does not exist under the intervention's documentation regime."""

    code = "wrong-regime"
    field = "intervention"


class CheckNotReady(DeskRuleError):
    """A participation needs an eligible check of this place whose information was given."""

    code = "check-not-ready"
    field = "kontroll"


class CheckUsed(CheckNotReady):
    """The check already started a participation: a check concerns one individual."""

    code = "check-used"


_CHECK_USED = (
    "Kontrollen gäller en person och har redan använts för ett deltagande. "
    "Gör en ny kontroll för nästa person."
)


class IdempotencyKeyError(DeskRuleError):
    """The idempotency key is missing or malformed."""

    code = "idempotency-key"
    field = "Idempotency-Key"


class HeadCountExists(DeskRuleError):
    """This half-day is already counted (by another request, perhaps at the same moment)."""

    code = "head-count-exists"
    field = "half_day"
    status = 409


_HALF_DAY_COUNTED = "Den här halvdagen är redan räknad."


def _scoped_key(user: User, key: str) -> str:
    """What is stored: SHA-256 of user and key, so one user's key never meets another's."""
    if not isinstance(key, str) or not _KEY.match(key):
        raise IdempotencyKeyError("Formuläret saknar en giltig engångsnyckel. Ladda om sidan.")
    return hashlib.sha256(f"{user.pk}:{key}".encode()).hexdigest()


def _stored(model: type[M], key: str) -> M | None:
    return model._default_manager.filter(idempotency_key=key).first()


def _once(
    model: type[M],
    key: str,
    create: Callable[[], M],
    *,
    lock: Callable[[], object] | None = None,
    conflict: Callable[[], Exception] | None = None,
) -> tuple[M, bool]:
    """``(record, created)``: the record stored under ``key``, or the one ``create`` stores now.

    ``lock`` runs first inside the write's transaction (it locks what the write depends on);
    the key is looked up again after it, so that a replay that waited for the lock finds the
    record its twin stored. A unique constraint other than the key's is ``conflict()``.
    """
    existing = _stored(model, key)
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            if lock is not None:
                lock()
                existing = _stored(model, key)
                if existing is not None:
                    return existing, False
            return create(), True
    except IntegrityError:
        existing = _stored(model, key)
        if existing is not None:
            return existing, False
        if conflict is not None:
            raise conflict() from None
        raise


def _require(place: Place, *regimes: Regime) -> None:
    if place.regime not in regimes:
        raise WrongRegime("Den här uppgiften dokumenteras inte för insatsen.")


def _base(place: Place, user: User, key: str) -> dict[str, Any]:
    return {
        "unit": place.unit,
        "stem": place.unit.stem,
        "catalog_version": place.version.number,
        "intervention_id": place.intervention.id,
        "created_by": user,
        "idempotency_key": key,
    }


def note_allow_list(place: Place) -> list[str]:
    """Names that are not people in this place's notes: the unit, the catalog's unit names,
    and the words the committee has said are never a person (``guard_words``)."""
    names = {place.unit.name, place.intervention.title}
    names.update(r.unit for i in place.catalog.interventions for r in i.where_to_turn if r.unit)
    names.update(guard_words_for(place.unit.stem))
    return sorted(names)


def _screened(place: Place, note: str, *, confirmed: bool) -> str:
    """The note if the guard lets it be stored under the place's regime; else GuardRefusal."""
    screen = note_screen(note, regime=place.regime, allow=note_allow_list(place))
    if not screen.storable(confirmed=confirmed):
        raise screen.refusal(field="note")
    return note


# -- the summary check ------------------------------------------------------------------------


def check_record(
    place: Place, *, outcome: Outcome, user: User, key: str, on: dt.date
) -> tuple[CheckRecord, bool]:
    """Store a finished check: outcome, date, unit and the failed conditions — no facts."""
    if outcome.outcome == "needs_info":
        raise DeskRuleError("Kontrollen är inte klar: alla frågor är inte besvarade.")
    summary = check_summary(outcome, on=on)
    scoped = _scoped_key(user, key)
    return _once(
        CheckRecord,
        scoped,
        lambda: CheckRecord.objects.create(
            **_base(place, user, scoped),
            regime=place.regime,
            outcome=summary.outcome,
            checked_on=summary.checked_on,
            failed_conditions=list(summary.failed_conditions),
        ),
    )


def check_information_give(check: CheckRecord) -> CheckRecord:
    """Mark the 11 kap. 6 § information as given (the first time only)."""
    if check.information_given_at is None:
        check.information_given_at = timezone.now()
        check.save(update_fields=["information_given_at"])
    return check


def check_used(check: CheckRecord) -> bool:
    """Whether a participation (in full or without identity) started from this check."""
    return (
        Participation.objects.filter(check_record=check).exists()
        or AnonymousParticipation.objects.filter(check_record=check).exists()
    )


def _ready_check(place: Place, check: CheckRecord | None) -> CheckRecord:
    if (
        check is None
        or check.unit_id != place.unit.pk
        or check.intervention_id != place.intervention.id
        or check.outcome != "eligible"
        or check.information_given_at is None
    ):
        raise CheckNotReady(
            "Ett deltagande börjar med en kontroll där villkoren är uppfyllda och "
            "informationen enligt 11 kap. 6 § är lämnad."
        )
    return check  # whether it is used is asked under its lock (_claim_check), after the key


def _lock_check(check: CheckRecord) -> None:
    """Inside the write's transaction: lock the check row (SQLite: the IMMEDIATE transaction)."""
    CheckRecord.objects.select_for_update().filter(pk=check.pk).first()


def _claim_check(check: CheckRecord) -> None:
    """After :func:`_lock_check`: refuse the check if a participation already used it."""
    if check_used(check):
        raise CheckUsed(_CHECK_USED)


# -- advice and no_identity -------------------------------------------------------------------


def visit_record(
    place: Place,
    *,
    data: VisitRecord,
    user: User,
    key: str,
    check: CheckRecord | None = None,
    confirmed: bool = False,
) -> tuple[Visit, bool]:
    """Store a visit or one group meeting; the note must pass the identity guard."""
    _require(place, Regime.advice, Regime.no_identity)
    scoped = _scoped_key(user, key)
    note = _screened(place, data.note, confirmed=confirmed)
    return _once(
        Visit,
        scoped,
        lambda: Visit.objects.create(
            **_base(place, user, scoped),
            regime=place.regime,
            visited_on=data.visited_on,
            delivery=data.delivery,
            people=data.people,
            age_band=data.age_band or "",
            gender=data.gender or "",
            note=note,
            check_record=check,
        ),
    )


def anonymous_participation_start(
    place: Place,
    *,
    data: AnonymousStart,
    user: User,
    key: str,
    check: CheckRecord | None,
    confirmed: bool = False,
) -> tuple[AnonymousParticipation, bool]:
    """Start a 14 kap. 5 § participation after an eligible check; no identity is stored."""
    _require(place, Regime.no_identity)
    scoped = _scoped_key(user, key)
    existing = _stored(AnonymousParticipation, scoped)
    if existing is not None:
        return existing, False
    ready = _ready_check(place, check)
    problems = problems_validate(place.intervention.id, data.problems)
    note = _screened(place, data.note, confirmed=confirmed)

    def create() -> AnonymousParticipation:
        _claim_check(ready)
        return AnonymousParticipation.objects.create(
            **_base(place, user, scoped),
            started_on=data.started_on,
            participants=data.participants,
            age_band=data.age_band or "",
            gender=data.gender or "",
            problems=list(problems),
            wellbeing_start=data.wellbeing_start,
            social_start=data.social_start,
            note=note,
            check_record=ready,
        )

    return _once(AnonymousParticipation, scoped, create, lock=lambda: _lock_check(ready))


def anonymous_participation_end(
    participation: AnonymousParticipation, *, data: AnonymousEnd
) -> AnonymousParticipation:
    """End a 14 kap. 5 § participation (once); the end date may not precede the start."""
    if participation.ended_on is not None:
        return participation
    if data.ended_on < participation.started_on:
        raise DeskRuleError("Slutdatum kan inte vara före startdatum.")
    participation.ended_on = data.ended_on
    participation.left_early = data.left_early or ""
    participation.wellbeing_end = data.wellbeing_end
    participation.social_end = data.social_end
    participation.save(update_fields=["ended_on", "left_early", "wellbeing_end", "social_end"])
    return participation


def head_count_record(
    place: Place, *, data: HeadCountRecord, user: User, key: str
) -> tuple[HeadCount, bool]:
    """Store the head-count of one half-day at an open activity (once per half-day).

    Raises:
        HeadCountExists: the half-day is counted already, or another request counts it now.
    """
    if not place.carried.head_count:
        raise WrongRegime("Enheten räknar inte besökare för den här insatsen.")
    scoped = _scoped_key(user, key)
    existing = _stored(HeadCount, scoped)
    if existing is not None:
        return existing, False
    if place.records(HeadCount).filter(counted_on=data.counted_on, half_day=data.half_day).exists():
        raise HeadCountExists(_HALF_DAY_COUNTED)
    return _once(
        HeadCount,
        scoped,
        lambda: HeadCount.objects.create(
            **_base(place, user, scoped),
            counted_on=data.counted_on,
            half_day=data.half_day,
            total=data.total,
            by_age_band=dict(data.by_age_band),
            by_gender=dict(data.by_gender),
            counting_rule=place.unit.counting_rule,
        ),
        conflict=lambda: HeadCountExists(_HALF_DAY_COUNTED),
    )


# -- full (14 kap. 3 §): the one audited path for identity data ----------------------------------


def _identity_get_or_create(number: IdentityNumber) -> Identity:
    digest = lookup_hash(number.digits)
    found = Identity.objects.filter(lookup_hash=digest).first()
    if found is not None:
        return found
    try:
        with transaction.atomic():
            return Identity.objects.create(
                kind=number.kind,
                number_encrypted=field_encrypt(number.digits),
                lookup_hash=digest,
            )
    except IntegrityError:
        return Identity.objects.get(lookup_hash=digest)


def participation_start(
    place: Place,
    *,
    data: FullStart,
    user: User,
    key: str,
    check: CheckRecord | None,
    on: dt.date,
) -> tuple[Participation, bool]:
    """Start a participation documented in full; identity validated, encrypted, audited.

    Raises:
        IdentityError: the personnummer or samordningsnummer is not valid (says why).
        CheckNotReady: no eligible check with the information given.
    """
    _require(place, Regime.full)
    scoped = _scoped_key(user, key)
    existing = _stored(Participation, scoped)
    if existing is not None:
        return existing, False
    number = identity_parse(data.identity, on=on)
    ready = _ready_check(place, check)

    def create() -> Participation:
        _claim_check(ready)
        identity = _identity_get_or_create(number)
        participation = Participation.objects.create(
            **_base(place, user, scoped),
            identity=identity,
            started_on=data.started_on,
            wellbeing_start=data.wellbeing_start,
            social_start=data.social_start,
            external_system=place.intervention.documentation.system or "",
            check_record=ready,
        )
        audit_record(
            actor=user.get_username(),
            action="write",
            object_type="participation",
            object_id=participation.pk,
            unit=place.audit_unit,
            purpose="starta deltagande",
            content=content_digest("participation", participation.pk),
        )
        return participation

    return _once(Participation, scoped, create, lock=lambda: _lock_check(ready))


def participation_event_add(
    place: Place,
    participation: Participation,
    *,
    data: FullEvent,
    user: User,
    key: str,
) -> tuple[ParticipationEvent, bool]:
    """Document a fact or event of significance (encrypted at rest, audited)."""
    scoped = _scoped_key(user, key)

    def create() -> ParticipationEvent:
        event = ParticipationEvent.objects.create(
            participation=participation,
            occurred_on=data.occurred_on,
            text_encrypted=field_encrypt(data.text),
            created_by=user,
            idempotency_key=scoped,
        )
        audit_record(
            actor=user.get_username(),
            action="write",
            object_type="participation_event",
            object_id=event.pk,
            unit=place.audit_unit,
            purpose="dokumentera händelse",
            content=content_digest("participation_event", event.pk),
        )
        return event

    return _once(ParticipationEvent, scoped, create)


def participation_end(
    place: Place, participation: Participation, *, data: FullEnd, user: User
) -> Participation:
    """End a participation documented in full (once), audited."""
    if participation.ended_on is not None:
        return participation
    if data.ended_on < participation.started_on:
        raise DeskRuleError("Slutdatum kan inte vara före startdatum.")
    with transaction.atomic():
        participation.ended_on = data.ended_on
        participation.wellbeing_end = data.wellbeing_end
        participation.social_end = data.social_end
        participation.left_early = data.left_early or ""
        participation.save(update_fields=["ended_on", "wellbeing_end", "social_end", "left_early"])
        audit_record(
            actor=user.get_username(),
            action="write",
            object_type="participation",
            object_id=participation.pk,
            unit=place.audit_unit,
            purpose="avsluta deltagande",
            content=content_digest("participation", participation.pk),
        )
    return participation
