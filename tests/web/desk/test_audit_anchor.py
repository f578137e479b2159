"""The audit trail's anchors: a cut tail, a rewound head and a wiped log are found.

The chain alone cannot see them; `iub audit verify` checks the head's HMAC and that every
write of a record documented in full (14 kap. 3 §) has its entry.
"""

from __future__ import annotations

import json
from typing import Any

from django.db import connection
from django.utils import timezone
from typer.testing import CliRunner

from iub.cli import app
from iub.web.accounts.models import StaffProfile
from iub.web.audit.models import AuditEntry

runner = CliRunner()


def _verify() -> tuple[int, dict[str, Any]]:
    result = runner.invoke(app, ["audit", "verify"])
    return result.exit_code, json.loads(result.stdout)


def _full_participation(staff: Any) -> None:
    """Start (and end) one participation documented in full through the desk's services."""
    import datetime as dt

    from iub.followup import FullEnd, FullStart
    from iub.web.desk import selectors, services
    from iub.web.desk.models import CheckRecord

    user = StaffProfile.objects.get(user__username="boende").user
    place = selectors.desk_place(
        user, stem="alingsas", unit="boendecoaching", intervention="boendecoaching"
    )
    for n, number in enumerate(("202101012397", "202101022396")):
        check = CheckRecord.objects.create(
            unit=place.unit,
            stem="alingsas",
            catalog_version=place.version.number,
            intervention_id="boendecoaching",
            created_by=user,
            idempotency_key=f"check-{n}",
            regime="full",
            outcome="eligible",
            checked_on=dt.date(2026, 1, 5),
            information_given_at=timezone.now(),
        )
        started, _ = services.participation_start(
            place,
            data=FullStart(identity=number, started_on=dt.date(2026, 1, 5)),
            user=user,
            key=f"start-key-{n}",
            check=check,
            on=dt.date(2026, 1, 5),
        )
    services.participation_end(
        place, started, data=FullEnd(ended_on=dt.date(2026, 2, 1)), user=user
    )


def _head_rewind_to(seq: int) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT hash FROM audit_auditentry WHERE seq = %s", [seq])
        (digest,) = cursor.fetchone()
        cursor.execute("DELETE FROM audit_auditentry WHERE seq > %s", [seq])
        cursor.execute("UPDATE audit_audithead SET seq = %s, hash = %s", [seq, digest])


def test_cut_tail_with_the_head_rewound_is_found(staff: Any) -> None:
    """Deleting the last write and rewinding the head to the entry before fails verification."""
    _full_participation(staff)
    last = AuditEntry.objects.order_by("-seq").first()
    assert last is not None and last.action == "write"

    _head_rewind_to(last.seq - 1)
    code, report = _verify()

    assert 1 == code
    problems = {(p["problem"], p.get("record")) for p in report["problems"]}
    assert ("head_forged", None) in problems
    assert ("write_not_logged", f"participation {last.object_id}") in problems


def test_wiped_log_and_head_are_found_while_full_records_exist(staff: Any) -> None:
    """Deleting every entry and the head is found: full participations have no writes."""
    _full_participation(staff)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry")
        cursor.execute("DELETE FROM audit_audithead")

    code, report = _verify()

    assert 1 == code
    assert 0 == report["entries"]
    assert {"write_not_logged"} == {p["problem"] for p in report["problems"]}
    assert 2 == len(report["problems"])


def test_full_records_with_their_writes_verify(staff: Any) -> None:
    """Starting, ending and the head's HMAC: the untouched trail is intact."""
    _full_participation(staff)

    code, report = _verify()

    assert (0, True) == (code, report["intact"])
