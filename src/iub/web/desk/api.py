"""The desk's JSON API under /api/personal/: the same services as the pages, session auth.

Every endpoint finds its place through ``desk_place`` (403 outside the user's own units) and
takes an ``Idempotency-Key`` header (8–64 letters, digits, ``-`` or ``_``), so a retried request
stores one record: the first answers 201 with ``created: true``, every replay 200 with the
stored record and ``created: false``. Bodies are the :mod:`iub.followup` records with
``extra="forbid"``: an identity field on a ``no_identity`` record is a 422 and nothing is
stored. A refused note is a 422 that names kinds and counts. Errors are mapped to problem
JSON in one place, :mod:`iub.web.common.problems`; endpoints here never catch them.
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

from iub.followup import AnonymousStart, HeadCountRecord, VisitRecord
from iub.web.accounts.requests import StaffRequest
from iub.web.accounts.selectors import staff_units
from iub.web.catalog import selectors as catalog_selectors
from iub.web.common.problems import ApiProblem, Problem
from iub.web.desk import selectors, services
from iub.web.desk.models import CheckRecord

router = Router(tags=["desk"], auth=django_auth)

_ERRORS: dict[int, Any] = {401: Problem, 403: Problem, 404: Problem, 422: Problem}
_KEY_HELP = (
    "The client's key for this write: 8 to 64 letters, digits, '-' or '_' (a UUID or a "
    "SHA-256 hex digest fits). The same key again returns the stored record (200) instead "
    "of storing another (201); keys are per user."
)


def _key() -> Any:
    return Header(
        ...,
        alias="Idempotency-Key",
        description=_KEY_HELP,
        min_length=8,
        max_length=64,
        pattern=services.KEY_PATTERN,
    )


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
    created: bool = Field(description="False when the idempotency key was seen before.")


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


def _answer(saved: tuple[Any, bool]) -> Status[CreatedOut]:
    """201 with ``created: true`` for a new record; 200 and the stored one for a replay."""
    record, created = saved
    return Status(201 if created else 200, CreatedOut(id=record.pk, created=created))


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


@router.post(
    "/personal/{stem}/{unit}/{intervention}/kontroll",
    response={200: CheckOut, 201: CheckOut, **_ERRORS},
)
def check(
    request: StaffRequest,
    stem: str,
    unit: str,
    intervention: str,
    facts: dict[str, Any] = Body(...),  # noqa: B008
    idempotency_key: str = _key(),
) -> Status[CheckOut]:
    """The summary check; stores the outcome, date, unit and failed conditions, not the facts."""
    place = _place(request, stem, unit, intervention)
    outcome = catalog_selectors.desk_of(place.version).check(place.intervention.id, facts)
    record, created = services.check_record(
        place, outcome=outcome, user=request.user, key=idempotency_key, on=timezone.localdate()
    )
    return Status(
        201 if created else 200,
        CheckOut(
            id=record.pk,
            outcome=record.outcome,
            failed_conditions=record.failed_conditions,
            information=outcome.information,
            information_given=record.information_given_at is not None,
            created=created,
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


_WRITTEN: dict[int, Any] = {200: CreatedOut, 201: CreatedOut, **_ERRORS}


@router.post("/personal/{stem}/{unit}/{intervention}/besok", response=_WRITTEN)
def visit(
    request: StaffRequest,
    stem: str,
    unit: str,
    intervention: str,
    record: VisitRecord,
    idempotency_key: str = _key(),
) -> Status[CreatedOut]:
    """A visit or one group meeting of N people (advice, no_identity)."""
    place = _place(request, stem, unit, intervention)
    return _answer(
        services.visit_record(place, data=record, user=request.user, key=idempotency_key)
    )


@router.post("/personal/{stem}/{unit}/{intervention}/deltaganden", response=_WRITTEN)
def anonymous_participation(
    request: StaffRequest,
    stem: str,
    unit: str,
    intervention: str,
    record: AnonymousStart,
    kontroll: int,
    idempotency_key: str = _key(),
) -> Status[CreatedOut]:
    """Start a 14 kap. 5 § participation after the eligible check ``kontroll``."""
    place = _place(request, stem, unit, intervention)
    check_record = place.records(CheckRecord).filter(pk=kontroll).first()
    return _answer(
        services.anonymous_participation_start(
            place, data=record, user=request.user, key=idempotency_key, check=check_record
        )
    )


@router.post(
    "/personal/{stem}/{unit}/{intervention}/huvudrakning",
    response={**_WRITTEN, 409: Problem},
)
def head_count(
    request: StaffRequest,
    stem: str,
    unit: str,
    intervention: str,
    record: HeadCountRecord,
    idempotency_key: str = _key(),
) -> Status[CreatedOut]:
    """Head-count of one half-day at an open activity; 409 when the half-day is counted."""
    place = _place(request, stem, unit, intervention)
    return _answer(
        services.head_count_record(place, data=record, user=request.user, key=idempotency_key)
    )
