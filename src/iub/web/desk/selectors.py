"""Reads of the desk: where a staff member stands, and audited reads of full records.

:func:`desk_place` is the one way in: it calls :func:`accounts.selectors.unit_access` (403 for
anything outside the user's own units) and then finds the intervention in the latest
published catalog. Every read of a participation documented in full is written to the audit
trail in the same transaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, TypeVar

from django.contrib.auth.models import AnonymousUser, User
from django.db import models, transaction
from django.db.models import QuerySet
from django.http import Http404

from iub.catalog import Catalog, Intervention, Regime, find_intervention
from iub.errors import UnknownIntervention
from iub.followup import journal_export
from iub.web.accounts.models import Unit, UnitIntervention
from iub.web.accounts.selectors import unit_access
from iub.web.audit.services import audit_record
from iub.web.catalog import selectors as catalog_selectors
from iub.web.catalog.models import CatalogVersion
from iub.web.desk.crypto import field_decrypt
from iub.web.desk.models import (
    AnonymousParticipation,
    CheckRecord,
    HeadCount,
    Participation,
    ParticipationEvent,
    Visit,
)

__all__ = [
    "Place",
    "desk_place",
    "expected_audit_writes",
    "participation_export",
    "participation_read",
    "participations_full",
    "records_recent",
]


#: A desk model with ``unit`` and ``intervention_id`` (every record kind).
_Record = TypeVar("_Record", bound=models.Model)


@dataclass(frozen=True)
class Place:
    """One intervention at one of the user's units, in the latest published catalog."""

    unit: Unit
    carried: UnitIntervention
    version: CatalogVersion
    catalog: Catalog
    intervention: Intervention

    @property
    def regime(self) -> Regime:
        return self.intervention.documentation.regime

    @property
    def audit_unit(self) -> str:
        return f"{self.unit.stem}/{self.unit.slug}"

    def records(self, model: type[_Record]) -> QuerySet[_Record]:
        """A model's records of this intervention at this unit."""
        return model._default_manager.filter(unit=self.unit, intervention_id=self.intervention.id)


def desk_place(user: User | AnonymousUser, *, stem: str, unit: str, intervention: str) -> Place:
    """The place a staff member works at, if they may.

    Raises:
        PermissionDenied: not the user's unit, or not an intervention it carries.
        Http404: the catalog is not published or no longer has the intervention.
    """
    access = unit_access(user, stem=stem, unit=unit, intervention=intervention)
    version = catalog_selectors.catalog_version_latest(stem)
    if version is None:
        raise Http404("no published catalog")
    catalog = catalog_selectors.catalog_of(version)
    try:
        found = find_intervention(catalog, intervention)
    except UnknownIntervention:
        raise Http404("no such intervention") from None
    return Place(access.unit, access.carried, version, catalog, found)


def records_recent(place: Place, *, limit: int = 10) -> dict[str, list[Any]]:
    """The latest records of the place that carry no identity, for its overview page."""
    return {
        "checks": list(place.records(CheckRecord)[:limit]),
        "visits": list(place.records(Visit)[:limit]),
        "anonymous": list(place.records(AnonymousParticipation)[:limit]),
        "head_counts": list(place.records(HeadCount)[:limit]),
    }


@dataclass(frozen=True)
class FullView:
    """A participation documented in full, with its identity and events decrypted."""

    participation: Participation
    identity_display: str
    identity_kind: str
    events: list[tuple[Any, str]]


def participations_full(place: Place, *, actor: str) -> list[Participation]:
    """The unit's participations of a full-regime intervention (no identity shown); audited."""
    with transaction.atomic():
        rows = list(place.records(Participation)[:200])
        audit_record(
            actor=actor,
            action="read",
            object_type="participation_list",
            object_id=place.intervention.id,
            unit=place.audit_unit,
            purpose="lista deltaganden",
        )
    return rows


def _participation(place: Place, pk: int) -> Participation:
    found = place.records(Participation).select_related("identity").filter(pk=pk).first()
    if found is None:
        raise Http404("no such participation")
    return found


def participation_read(place: Place, pk: int, *, actor: str, purpose: str) -> FullView:
    """One participation with identity and events, written to the audit trail as a read."""
    with transaction.atomic():
        participation = _participation(place, pk)
        digits = field_decrypt(participation.identity.number_encrypted)
        events = [
            (event, field_decrypt(event.text_encrypted)) for event in participation.events.all()
        ]
        audit_record(
            actor=actor,
            action="read",
            object_type="participation",
            object_id=participation.pk,
            unit=place.audit_unit,
            purpose=purpose,
        )
    return FullView(
        participation=participation,
        identity_display=f"{digits[:8]}-{digits[8:]}",
        identity_kind=participation.identity.kind,
        events=events,
    )


def participation_export(place: Place, pk: int, *, actor: str) -> dict[str, Any]:
    """Start and end as JSON for the external journal system; audited as an export."""
    with transaction.atomic():
        participation = _participation(place, pk)
        system = participation.external_system or place.intervention.documentation.system
        if not system:
            raise Http404("no external journal system")
        digits = field_decrypt(participation.identity.number_encrypted)
        audit_record(
            actor=actor,
            action="export",
            object_type="participation",
            object_id=participation.pk,
            unit=place.audit_unit,
            purpose=f"export till {system}",
        )
    return journal_export(
        system=system,
        intervention=place.intervention.id,
        unit=place.unit.name,
        identity_digits=digits,
        identity_kind=participation.identity.kind,
        started_on=participation.started_on,
        ended_on=participation.ended_on,
        start_scores={
            "wellbeing": participation.wellbeing_start,
            "social_situation": participation.social_start,
        },
        end_scores={
            "wellbeing": participation.wellbeing_end,
            "social_situation": participation.social_end,
            "left_early": participation.left_early or None,
        },
    )


def expected_audit_writes() -> Counter[tuple[str, str]]:
    """How many write entries each record documented in full must have in the audit chain.

    A participation is written when it starts and again when it ends; an event once. The
    desk registers this with the audit app (:mod:`iub.web.audit.registry`) in its ``ready``.
    """
    expected: Counter[tuple[str, str]] = Counter()
    for pk, ended_on in Participation.objects.values_list("pk", "ended_on").iterator():
        expected["participation", str(pk)] += 1 if ended_on is None else 2
    for pk in ParticipationEvent.objects.values_list("pk", flat=True).iterator():
        expected["participation_event", str(pk)] += 1
    return expected
