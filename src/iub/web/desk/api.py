"""The desk's JSON API under /api/personal/: the same services as the pages, session auth.

Every endpoint finds its place through ``desk_place`` (403 outside the user's own units) and
takes an ``Idempotency-Key`` header, so a retried request stores one record. Bodies are the
:mod:`iub.followup` records with ``extra="forbid"``: an identity field on a ``no_identity``
record is a 422 and nothing is stored. A refused note is a 422 that names kinds and counts.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone
from ninja import Router, Schema, Status
from ninja.params.functions import Body, Header
from ninja.security import django_auth
from pydantic import Field

from iub.errors import GuardRefusal
from iub.followup import AnonymousStart, HeadCountRecord, VisitRecord
from iub.web.accounts.requests import StaffRequest
from iub.web.accounts.selectors import staff_units
from iub.web.catalog import selectors as catalog_selectors
from iub.web.common.problems import ApiProblem, Problem
from iub.web.desk import selectors, services
from iub.web.desk.models import CheckRecord

router = Router(tags=["desk"], auth=django_auth)

_ERRORS: dict[int, Any] = {401: Problem, 403: Problem, 404: Problem, 422: Problem}


class UnitOut(Schema):
    stem: str
    slug: str
    name: str
    kind: str
    interventions: list[str]


class CreatedOut(Schema):
    id: int
    created: bool = Field(description="False when the idempotency key was seen before.")


class CheckOut(Schema):
    id: int
    outcome: str
    failed_conditions: list[str]
    information: str
    information_given: bool


def _place(request: StaffRequest, stem: str, unit: str, intervention: str) -> selectors.Place:
    try:
        return selectors.desk_place(request.user, stem=stem, unit=unit, intervention=intervention)
    except PermissionDenied:
        raise ApiProblem(
            403, "forbidden", "Not one of your units, or not an intervention it carries."
        ) from None
    except Http404:
        raise ApiProblem(
            404,
            "not-found",
            "No such intervention in the published catalog.",
            params=[("intervention", "not found")],
        ) from None


def _write(call: Any) -> Any:
    try:
        return call()
    except GuardRefusal as exc:
        kinds: dict[str, int] = {}
        for kind, _start, _end in exc.findings:
            kinds[kind] = kinds.get(kind, 0) + 1
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        spans = ", ".join(f"{kind} {start}–{end}" for kind, start, end in exc.findings)
        raise ApiProblem(
            422,
            "identity-in-note",
            f"{exc.field or 'note'}: identity-revealing content ({summary})",
            params=[(exc.field or "note", f"identity-revealing content: {spans}")],
        ) from None
    except services.DeskRuleError as exc:
        params = [(exc.field, exc.code)] if exc.field else []
        raise ApiProblem(422, exc.code, str(exc), params=params) from None
    except ValueError as exc:
        raise ApiProblem(422, "invalid-value", str(exc), params=[("body", str(exc))]) from None


def _created(model: Any, before: int, record: Any) -> CreatedOut:
    return CreatedOut(id=record.pk, created=model.objects.count() > before)


@router.get("/personal/enheter", response={200: list[UnitOut], **_ERRORS})
def units(request: StaffRequest) -> list[UnitOut]:
    """The caller's own units and the interventions each carries."""
    return [
        UnitOut(
            stem=u.stem,
            slug=u.slug,
            name=u.name,
            kind=u.kind,
            interventions=[c.intervention_id for c in u.interventions.all()],
        )
        for u in staff_units(request.user)
    ]


@router.post("/personal/{stem}/{unit}/{intervention}/kontroll", response={201: CheckOut, **_ERRORS})
def check(
    request: StaffRequest,
    stem: str,
    unit: str,
    intervention: str,
    facts: dict[str, Any] = Body(...),  # noqa: B008
    idempotency_key: str = Header(..., alias="Idempotency-Key"),
) -> Status[CheckOut]:
    """The summary check; stores the outcome, date, unit and failed conditions, not the facts."""
    place = _place(request, stem, unit, intervention)
    outcome = catalog_selectors.desk_of(place.version).check(place.intervention.id, facts)
    record = _write(
        lambda: services.check_record(
            place,
            outcome=outcome,
            user=request.user,
            key=idempotency_key,
            on=timezone.localdate(),
        )
    )
    return Status(
        201,
        CheckOut(
            id=record.pk,
            outcome=record.outcome,
            failed_conditions=record.failed_conditions,
            information=outcome.information,
            information_given=record.information_given_at is not None,
        ),
    )


@router.post(
    "/personal/{stem}/{unit}/{intervention}/kontroll/{pk}/information",
    response={200: CreatedOut, **_ERRORS},
)
def information_given(
    request: StaffRequest, stem: str, unit: str, intervention: str, pk: int
) -> CreatedOut:
    """Mark the 11 kap. 6 § information as given."""
    place = _place(request, stem, unit, intervention)
    record = place.records(CheckRecord).filter(pk=pk).first()
    if record is None:
        raise ApiProblem(
            404, "not-found", "No such check at this unit.", params=[("pk", "not found")]
        )
    services.check_information_give(record)
    return CreatedOut(id=record.pk, created=False)


@router.post("/personal/{stem}/{unit}/{intervention}/besok", response={201: CreatedOut, **_ERRORS})
def visit(
    request: StaffRequest,
    stem: str,
    unit: str,
    intervention: str,
    record: VisitRecord,
    idempotency_key: str = Header(..., alias="Idempotency-Key"),
) -> Status[CreatedOut]:
    """A visit or one group meeting of N people (advice, no_identity)."""
    from iub.web.desk.models import Visit

    place = _place(request, stem, unit, intervention)
    before = Visit.objects.count()
    saved = _write(
        lambda: services.visit_record(place, data=record, user=request.user, key=idempotency_key)
    )
    return Status(201, _created(Visit, before, saved))


@router.post(
    "/personal/{stem}/{unit}/{intervention}/deltaganden", response={201: CreatedOut, **_ERRORS}
)
def anonymous_participation(
    request: StaffRequest,
    stem: str,
    unit: str,
    intervention: str,
    record: AnonymousStart,
    kontroll: int,
    idempotency_key: str = Header(..., alias="Idempotency-Key"),
) -> Status[CreatedOut]:
    """Start a 14 kap. 5 § participation after the eligible check ``kontroll``."""
    from iub.web.desk.models import AnonymousParticipation

    place = _place(request, stem, unit, intervention)
    check_record = place.records(CheckRecord).filter(pk=kontroll).first()
    before = AnonymousParticipation.objects.count()
    saved = _write(
        lambda: services.anonymous_participation_start(
            place, data=record, user=request.user, key=idempotency_key, check=check_record
        )
    )
    return Status(201, _created(AnonymousParticipation, before, saved))


@router.post(
    "/personal/{stem}/{unit}/{intervention}/huvudrakning", response={201: CreatedOut, **_ERRORS}
)
def head_count(
    request: StaffRequest,
    stem: str,
    unit: str,
    intervention: str,
    record: HeadCountRecord,
    idempotency_key: str = Header(..., alias="Idempotency-Key"),
) -> Status[CreatedOut]:
    """Head-count of one half-day at an open activity."""
    from iub.web.desk.models import HeadCount

    place = _place(request, stem, unit, intervention)
    before = HeadCount.objects.count()
    saved = _write(
        lambda: services.head_count_record(
            place, data=record, user=request.user, key=idempotency_key
        )
    )
    return Status(201, _created(HeadCount, before, saved))
