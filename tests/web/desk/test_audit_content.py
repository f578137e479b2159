"""Record contents inside the audit chain: a record edited in the database is found.

Each write of a record documented in full logs the keyed digest of the record as stored;
`iub audit verify` compares every record with its last logged write (docs/audit.md). Runs on
SQLite and, in `make test`, again on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.db import connection
from django.utils import timezone
from typer.testing import CliRunner

from iub.cli import app
from iub.followup import FullEnd, FullEvent, FullStart
from iub.web.accounts.models import StaffProfile
from iub.web.audit.models import AuditEntry
from iub.web.desk import selectors, services
from iub.web.desk.models import CheckRecord, Participation, ParticipationEvent

from .conftest import Staff, skatteverket_numbers

runner = CliRunner()


def _verify() -> tuple[int, dict[str, Any]]:
    result = runner.invoke(app, ["audit", "verify"])
    return result.exit_code, json.loads(result.stdout)


def _records(staff: Staff) -> tuple[Participation, Participation, ParticipationEvent]:
    """Two participations (the first ended) and an event, through the desk's services."""
    user = StaffProfile.objects.get(user__username="boende").user
    place = selectors.desk_place(
        user, stem="alingsas", unit="boendecoaching", intervention="boendecoaching"
    )
    made = []
    for n, number in enumerate(skatteverket_numbers()[10:12]):
        check = CheckRecord.objects.create(
            unit=place.unit,
            stem="alingsas",
            catalog_version=place.version.number,
            intervention_id="boendecoaching",
            created_by=user,
            idempotency_key=f"content-check-{n}",
            regime="full",
            outcome="eligible",
            checked_on=dt.date(2026, 1, 5),
            information_given_at=timezone.now(),
        )
        made.append(
            services.participation_start(
                place,
                data=FullStart(identity=number, started_on=dt.date(2026, 1, 5), wellbeing_start=2),
                user=user,
                key=f"content-start-{n}",
                check=check,
                on=dt.date(2026, 1, 5),
            )[0]
        )
    event = services.participation_event_add(
        place,
        made[0],
        data=FullEvent(occurred_on=dt.date(2026, 1, 20), text="Första hembesöket."),
        user=user,
        key="content-event-1",
    )[0]
    services.participation_end(
        place, made[0], data=FullEnd(ended_on=dt.date(2026, 2, 1), wellbeing_end=4), user=user
    )
    return made[0], made[1], event


def _sql(statement: str, params: list[object]) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def test_records_as_written_verify_and_every_write_carries_a_digest(staff: Staff) -> None:
    """Start, event and end: intact, and each write entry holds a 64-hex content digest."""
    _records(staff)

    code, report = _verify()
    writes = AuditEntry.objects.filter(action="write").values_list("content", flat=True)

    assert (0, True) == (code, report["intact"])
    assert 4 == len(writes)
    assert all(len(digest) == 64 for digest in writes)


def test_a_start_date_edited_in_the_database_is_found(staff: Staff) -> None:
    """UPDATE of a participation's start date: verify exits 1 naming the participation."""
    _ended, running, _event = _records(staff)
    _sql("UPDATE desk_participation SET started_on = %s WHERE id = %s", ["2025-06-01", running.pk])

    code, report = _verify()

    assert 1 == code
    assert [{"seq": 0, "problem": "record_edited", "record": f"participation {running.pk}"}] == (
        report["problems"]
    )


def test_an_edited_end_and_an_edited_event_are_found(staff: Staff) -> None:
    """The end's wellbeing score and an event's date, each edited: both named."""
    ended, _running, event = _records(staff)
    _sql("UPDATE desk_participation SET wellbeing_end = 5 WHERE id = %s", [ended.pk])
    _sql(
        "UPDATE desk_participationevent SET occurred_on = %s WHERE id = %s",
        ["2026-01-02", event.pk],
    )

    code, report = _verify()

    assert 1 == code
    assert {f"participation {ended.pk}", f"participation_event {event.pk}"} == {
        p["record"] for p in report["problems"] if p["problem"] == "record_edited"
    }


def test_a_participation_moved_to_another_person_is_found(staff: Staff) -> None:
    """Pointing a participation at another identity row changes its content: found."""
    ended, running, _event = _records(staff)
    _sql(
        "UPDATE desk_participation SET identity_id = %s WHERE id = %s",
        [running.identity_id, ended.pk],
    )

    code, report = _verify()

    assert 1 == code
    assert ["record_edited"] == [p["problem"] for p in report["problems"]]


def test_an_identity_edited_in_place_is_found(staff: Staff) -> None:
    """An identity's look-up hash replaced in place: the participation using it is found."""
    ended, _running, _event = _records(staff)
    _sql("UPDATE desk_identity SET lookup_hash = %s WHERE id = %s", ["0" * 64, ended.identity_id])

    code, report = _verify()
    text = runner.invoke(app, ["audit", "verify", "--format", "text"]).stdout

    assert 1 == code
    assert [f"participation {ended.pk}"] == [p["record"] for p in report["problems"]]
    assert f"deltagande {ended.pk}: posten är ändrad i databasen" in text
