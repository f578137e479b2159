"""Retention (gallring): exactly the ended full records past their period go, nothing else.

Each test snapshots every row of every table, applies the rules, and compares: the deleted
records are gone, the audit trail only gained ``delete`` entries without content, and every
other row of every table is unchanged. Runs on SQLite and, in `make test`, PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from unittest import mock

from django.db import connection
from django.utils import timezone
from typer.testing import CliRunner

from iub.cli import app
from iub.followup import FullEnd, FullEvent, FullStart
from iub.web.accounts.models import StaffProfile
from iub.web.audit.models import AuditEntry
from iub.web.audit.selectors import audit_verify
from iub.web.desk import selectors, services
from iub.web.desk.models import CheckRecord, Participation, RetentionRule
from iub.web.operations.retention import add_years, retention_apply

from .conftest import Staff, skatteverket_numbers

runner = CliRunner()
TODAY = dt.date(2026, 12, 1)
AFFECTED = {"desk_participation", "desk_participationevent", "desk_identity"}
AUDIT = {"audit_auditentry", "audit_audithead"}


def _at(day: dt.date) -> mock._patch[Any]:
    """Make "now" a moment of ``day`` (entries written then carry that time)."""
    moment = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    return mock.patch.object(timezone, "now", return_value=moment)


def _participation(
    username: str,
    intervention: str,
    unit: str,
    number: str,
    *,
    start: dt.date,
    end: dt.date | None,
    event: dt.date | None = None,
    n: int,
) -> Participation:
    user = StaffProfile.objects.get(user__username=username).user
    place = selectors.desk_place(user, stem="alingsas", unit=unit, intervention=intervention)
    with _at(start):
        check = CheckRecord.objects.create(
            unit=place.unit,
            stem="alingsas",
            catalog_version=place.version.number,
            intervention_id=intervention,
            created_by=user,
            idempotency_key=f"retention-check-{n}",
            regime="full",
            outcome="eligible",
            checked_on=start,
            information_given_at=timezone.now(),
        )
        made = services.participation_start(
            place,
            data=FullStart(identity=number, started_on=start),
            user=user,
            key=f"retention-start-{n}",
            check=check,
            on=TODAY,  # the test numbers are of people born in 2021: parse them as of today
        )[0]
    if event is not None:
        with _at(event):
            services.participation_event_add(
                place,
                made,
                data=FullEvent(occurred_on=event, text="Uppföljningssamtal."),
                user=user,
                key=f"retention-event-{n}",
            )
    if end is not None:
        with _at(end):
            services.participation_end(place, made, data=FullEnd(ended_on=end), user=user)
    return made


def _world(staff: Staff) -> dict[str, Participation]:
    """Participations at Boendecoaching and Mini Maria (UNGDOK), ended and running."""
    pnr = skatteverket_numbers()
    boende = ("boende", "boendecoaching", "boendecoaching")
    ungdok = ("minimaria", "beroendestod-vid-mini-maria", "mini-maria")
    return {
        # ended 2019, event 2019: past five years on TODAY
        "old": _participation(
            *boende,
            pnr[20],
            start=dt.date(2018, 3, 1),
            end=dt.date(2019, 1, 10),
            event=dt.date(2018, 9, 1),
            n=1,
        ),
        # ended 2019, but an event was written in 2022: not yet
        "late_event": _participation(
            *boende,
            pnr[21],
            start=dt.date(2018, 3, 1),
            end=dt.date(2019, 1, 10),
            event=dt.date(2022, 2, 1),
            n=2,
        ),
        # ended 2024
        "recent": _participation(
            *boende, pnr[22], start=dt.date(2023, 3, 1), end=dt.date(2024, 1, 10), n=3
        ),
        # running since 2015
        "running": _participation(*boende, pnr[23], start=dt.date(2015, 3, 1), end=None, n=4),
        # ended 2018 under UNGDOK, whose own rule is ten years
        "ungdok": _participation(
            *ungdok, pnr[24], start=dt.date(2017, 3, 1), end=dt.date(2018, 1, 10), n=5
        ),
        # the same person as "old", ended 2019, and again in 2025 (running): identity stays
        "shared_old": _participation(
            *boende, pnr[25], start=dt.date(2018, 2, 1), end=dt.date(2019, 2, 1), n=6
        ),
        "shared_new": _participation(*boende, pnr[25], start=dt.date(2025, 2, 1), end=None, n=7),
    }


def _rules() -> None:
    RetentionRule.objects.create(stem="alingsas", years=5, decided="dnr 2026/12")
    RetentionRule.objects.create(
        stem="alingsas", intervention_id="beroendestod-vid-mini-maria", years=10
    )


def _rows() -> dict[str, set[tuple[Any, ...]]]:
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        found = {}
        for table in tables:
            cursor.execute(f'SELECT * FROM "{table}"')
            found[table] = {
                tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                for row in cursor.fetchall()
            }
    return found


def _ids(rows: set[tuple[Any, ...]]) -> set[Any]:
    return {row[0] for row in rows}


def test_apply_deletes_exactly_the_due_records_and_nothing_else(staff: Staff) -> None:
    """ "old" goes (with its event and identity); "shared_old" goes but its identity stays."""
    world = _world(staff)
    _rules()
    before = _rows()

    report = retention_apply(today=TODAY)
    after = _rows()

    gone = {d.object_type: set() for d in report.records}
    for deletion in report.records:
        gone[deletion.object_type].add(deletion.pk)
    assert {world["old"].pk, world["shared_old"].pk} == gone["participation"]
    assert {world["old"].identity_id} == gone["identity"]
    assert 1 == len(gone["participation_event"])
    table_of = {
        "participation": "desk_participation",
        "participation_event": "desk_participationevent",
        "identity": "desk_identity",
    }
    for table, rows in before.items():
        if table in AUDIT:
            continue
        removed = {pk for kind, pks in gone.items() if table_of[kind] == table for pk in pks}
        assert {r for r in rows if r[0] not in removed} == after[table], table
        assert removed == _ids(rows) - _ids(after[table]), table
    assert before["audit_auditentry"] < after["audit_auditentry"]
    new = AuditEntry.objects.filter(seq__gt=len(before["audit_auditentry"]))
    assert 4 == new.count()  # an event, two participations, one identity
    assert {("delete", "", "iub retention")} == set(new.values_list("action", "content", "actor"))
    assert [] == audit_verify()[1]


def test_dry_run_reports_the_same_and_deletes_nothing(staff: Staff) -> None:
    """--dry-run lists what apply would delete; every row of every table stays."""
    _world(staff)
    _rules()
    before = _rows()

    result = runner.invoke(app, ["retention", "apply", "--dry-run", "--today", "2026-12-01"])
    report = json.loads(result.stdout)

    assert 0 == result.exit_code
    assert {"participation": 2, "participation_event": 1, "identity": 1} == report["deleted"]
    assert before == _rows()
    assert all("number" not in json.dumps(r) for r in report["records"])


def test_without_a_rule_nothing_is_deleted_and_the_report_says_so(staff: Staff) -> None:
    """No rule for the catalog: nothing goes, and the ended records are counted as uncovered."""
    _world(staff)
    before = _rows()

    report = retention_apply(today=TODAY)

    assert [] == report.records
    assert {"alingsas": 5} == dict(report.without_rule)
    assert before == _rows()


def test_a_second_run_deletes_nothing_more(staff: Staff) -> None:
    """Applying twice is the same as applying once."""
    _world(staff)
    _rules()
    retention_apply(today=TODAY)
    before = _rows()

    again = runner.invoke(app, ["retention", "apply", "--today", "2026-12-01", "--format", "text"])

    assert 0 == again.exit_code
    assert "Gallrat 2026-12-01: 0 deltaganden, 0 händelser, 0 identiteter." in again.stdout
    assert before == _rows()


def test_a_leap_day_counts_to_the_28th() -> None:
    """29 February plus five years is 28 February."""
    assert dt.date(2029, 2, 28) == add_years(dt.date(2024, 2, 29), 5)
