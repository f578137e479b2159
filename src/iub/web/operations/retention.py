"""Retention (gallring) of records documented in full, by the committee's rules.

``iub retention apply`` (a scheduled task, e.g. nightly) deletes every participation
documented in full (14 kap. 3 §) that has ended and whose retention period, counted from its
last entry, has run out: the participation, its events and, when no other participation uses
it, the stored identity. Nothing else is touched: not checks, visits, head counts or records
without identity, not running participations, not the catalogs, not the audit trail's
entries. Each deletion appends a ``delete`` entry to the audit trail in the same transaction,
naming only the record kind and id: no content, no identity. ``--dry-run`` reports the same
without deleting. The rules are :class:`~iub.web.desk.models.RetentionRule` rows
(``iub retention set``); a catalog without a rule loses nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction

from iub.web.audit.services import audit_record
from iub.web.desk.models import Identity, Participation, ParticipationEvent, RetentionRule

__all__ = ["ACTOR", "Deletion", "RetentionReport", "add_years", "retention_apply"]

#: The actor named in the audit trail for deletions by the retention rules.
ACTOR = "iub retention"


@dataclass(frozen=True)
class Deletion:
    """One record the rules delete (or would delete, in a dry run)."""

    object_type: str
    pk: int
    stem: str
    intervention: str
    last_entry: dt.date
    due: dt.date
    years: int

    def to_json(self) -> dict[str, object]:
        return {
            "type": self.object_type,
            "id": self.pk,
            "stem": self.stem,
            "intervention": self.intervention,
            "last_entry": self.last_entry.isoformat(),
            "due": self.due.isoformat(),
            "years": self.years,
        }


@dataclass
class RetentionReport:
    """What a run deleted (or would delete), and the ended records no rule covers."""

    today: dt.date
    dry_run: bool
    rules: list[str]
    records: list[Deletion] = field(default_factory=list)
    without_rule: Counter[str] = field(default_factory=Counter)

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(d.object_type for d in self.records)
        return {k: counted[k] for k in ("participation", "participation_event", "identity")}

    def to_json(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "dry_run": self.dry_run,
            "rules": self.rules,
            "deleted": self.counts,
            "records": [d.to_json() for d in self.records],
            "without_rule": dict(sorted(self.without_rule.items())),
        }


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _last_entry(participation: Participation, events: list[ParticipationEvent]) -> dt.date:
    """The last entry of a record: its end, its start's writing, an event or its writing."""
    dates = [participation.created_at.date()]
    if participation.ended_on is not None:
        dates.append(participation.ended_on)
    for event in events:
        dates += [event.occurred_on, event.created_at.date()]
    return max(dates)


def _delete(participation: Participation, due: list[Deletion]) -> None:
    """Delete one participation with its events (and identity if unused); audit each."""
    unit = f"{participation.stem}/{participation.unit.slug}"

    def logged(kind: str, pk: int) -> None:
        audit_record(
            actor=ACTOR,
            action="delete",
            object_type=kind,
            object_id=pk,
            unit=unit,
            purpose="gallring enligt nämndens regel",
        )

    with transaction.atomic():
        Participation.objects.select_for_update().filter(pk=participation.pk).first()
        for deletion in due:
            if deletion.object_type == "participation_event":
                ParticipationEvent.objects.filter(pk=deletion.pk).delete()
                logged("participation_event", deletion.pk)
        Participation.objects.filter(pk=participation.pk).delete()
        logged("participation", participation.pk)
        for deletion in due:
            if deletion.object_type == "identity":
                Identity.objects.filter(pk=deletion.pk).delete()
                logged("identity", deletion.pk)


def retention_apply(*, today: dt.date, dry_run: bool = False) -> RetentionReport:
    """Delete (or, in a dry run, list) every ended full record whose retention has run out."""
    rules = {(r.stem, r.intervention_id): r.years for r in RetentionRule.objects.all()}
    report = RetentionReport(
        today=today,
        dry_run=dry_run,
        rules=[f"{stem}/{iid or '*'}: {years}" for (stem, iid), years in sorted(rules.items())],
    )
    ended = (
        Participation.objects.filter(ended_on__isnull=False).select_related("unit").order_by("pk")
    )
    identities: set[int] = set()
    plans: list[tuple[Participation, list[Deletion]]] = []
    for participation in ended.iterator(chunk_size=500):
        years = rules.get((participation.stem, participation.intervention_id))
        if years is None:
            years = rules.get((participation.stem, ""))
        if years is None:
            report.without_rule[participation.stem] += 1
            continue
        events = list(ParticipationEvent.objects.filter(participation=participation))
        last = _last_entry(participation, events)
        due = add_years(last, years)
        if today < due:
            continue
        where = (participation.stem, participation.intervention_id, last, due, years)
        plan = [Deletion("participation_event", e.pk, *where) for e in events]
        plan.append(Deletion("participation", participation.pk, *where))
        identities.add(participation.identity_id)
        plans.append((participation, plan))
    # An identity goes only with the last participation that uses it.
    uses = Counter(
        Participation.objects.filter(identity_id__in=identities).values_list(
            "identity_id", flat=True
        )
    )
    for participation, plan in plans:
        identity = participation.identity_id
        uses[identity] -= 1
        if uses[identity] == 0:
            record = plan[-1]
            plan.append(
                Deletion(
                    "identity",
                    identity,
                    record.stem,
                    record.intervention,
                    record.last_entry,
                    record.due,
                    record.years,
                )
            )
        report.records += plan
        if not dry_run:
            _delete(participation, plan)
    return report
