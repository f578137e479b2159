"""Concurrent writes through the whole web stack: no 5xx, one record per key, 503 when locked.

Threads post to a live server at once, on SQLite (IMMEDIATE transactions, WAL, a busy
timeout: writers queue) and on PostgreSQL (`make test` runs tests/web again there).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from iub.web.accounts.models import StaffProfile
from iub.web.desk.models import AnonymousParticipation, CheckRecord, HeadCount, Visit

from .live import FAMILJ, GLANTAN, MINI, live_session, parallel, post

ELIGIBLE = {
    "person.age": 45,
    "person.municipality": "Alingsås",
    "person.supports_close_person": True,
}


def _start(base: str, thread: int, round_: int) -> list[int]:
    """A whole 14 kap. 5 § start: check, information given, participation; the statuses."""
    session = live_session("minimaria")
    tag = f"t{thread}r{round_}"
    check = post(session, base + MINI + "/kontroll", ELIGIBLE, key=f"check-{tag}")
    if check.status_code != 201:
        return [check.status_code]
    pk = check.json()["id"]
    given = session.post(f"{base}{MINI}/kontroll/{pk}/information", timeout=120)
    started = post(
        session,
        f"{base}{MINI}/deltaganden?kontroll={pk}",
        {"started_on": "2026-11-26"},
        key=f"start-{tag}",
    )
    return [check.status_code, given.status_code, started.status_code]


def test_concurrent_starts_never_answer_a_server_error(live: str) -> None:
    """6 threads × 4 starts (12 writes a thread, at once): every answer 2xx, every write kept."""
    calls = [
        (lambda t=thread, r=round_: _start(live, t, r))
        for thread in range(6)
        for round_ in range(4)
    ]

    statuses = [status for result in parallel(calls, threads=6) for status in result]

    assert [] == [s for s in statuses if s >= 500]
    assert {200, 201} >= set(statuses), Counter(statuses)
    assert 24 == CheckRecord.objects.count() == AnonymousParticipation.objects.count()


def test_thirty_concurrent_replays_of_one_key_store_one_visit(live: str) -> None:
    """30 posts of one SHA-256 hex key at once: one visit, one `created: true`, one 201."""
    key = hashlib.sha256(b"visit 1").hexdigest()  # 64 characters, the longest allowed
    body = {"visited_on": "2026-11-26", "delivery": "group", "people": 6}
    sessions = [live_session("familjeradgivning") for _ in range(30)]

    responses = parallel(
        [(lambda s=s: post(s, live + FAMILJ + "/besok", body, key=key)) for s in sessions],
        threads=30,
    )

    assert {200: 29, 201: 1} == dict(Counter(r.status_code for r in responses))
    assert [True] == [r.json()["created"] for r in responses if r.json()["created"]]
    assert 1 == len({r.json()["id"] for r in responses})
    assert 1 == Visit.objects.count()


def test_thirty_concurrent_replays_of_a_start_return_the_stored_participation(live: str) -> None:
    """Replays that wait for the check's lock find their twin's record, not `check-used`."""
    session = live_session("minimaria")
    check = post(session, live + MINI + "/kontroll", ELIGIBLE, key="check-replayed")
    pk = check.json()["id"]
    session.post(f"{live}{MINI}/kontroll/{pk}/information", timeout=120)
    url = f"{live}{MINI}/deltaganden?kontroll={pk}"
    sessions = [live_session("minimaria") for _ in range(30)]

    responses: list[Any] = parallel(
        [
            (lambda s=s: post(s, url, {"started_on": "2026-11-26"}, key="start-replayed-1"))
            for s in sessions
        ],
        threads=30,
    )

    assert {200: 29, 201: 1} == dict(Counter(r.status_code for r in responses)), [
        r.text for r in responses if r.status_code >= 300
    ]
    assert 1 == sum(r.json()["created"] for r in responses)
    assert 1 == AnonymousParticipation.objects.count()


def test_two_head_counts_of_one_half_day_at_once_are_one_201_and_409s(live: str) -> None:
    """Different keys, same half-day, at the same moment: one stored, the others 409."""
    body = {"counted_on": "2026-11-26", "half_day": "fm", "total": 14}
    sessions = [live_session("glantan") for _ in range(8)]

    responses = parallel(
        [
            (lambda s=s, n=n: post(s, live + GLANTAN + "/huvudrakning", body, key=f"count-{n:04}"))
            for n, s in enumerate(sessions)
        ],
        threads=8,
    )

    assert {201: 1, 409: 7} == dict(Counter(r.status_code for r in responses))
    conflict = next(r for r in responses if r.status_code == 409)
    assert "application/problem+json" == conflict.headers["Content-Type"]
    assert "head-count-exists" == conflict.json()["code"]
    assert 1 == HeadCount.objects.count()


@pytest.mark.django_db(transaction=True)
def test_a_write_lock_held_past_the_busy_timeout_is_a_503_with_retry_after(
    staff: Any,
) -> None:
    """Another process holds SQLite's write lock: the API says 503 and when to retry."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write lock; PostgreSQL writers wait on rows instead")
    client = Client(raise_request_exception=False)
    client.force_login(StaffProfile.objects.get(user__username="familjeradgivning").user)
    options = connection.settings_dict["OPTIONS"]
    timeout = options.get("timeout")
    holder = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    try:
        options["timeout"] = 0.2  # wait 0.2 s, not the configured 20 s, for the lock
        connection.close()
        holder.execute("BEGIN IMMEDIATE")
        body = '{"visited_on": "2026-11-26", "delivery": "group", "people": 6}'
        response = client.post(
            FAMILJ + "/besok",
            body,
            content_type="application/json",
            HTTP_IDEMPOTENCY_KEY="locked-0001",
        )
        page = client.post(
            "/personal/alingsas/familjeradgivning/familjeradgivning/besok/ny/",
            {
                "idem": "locked-0002",
                "visited_on": "2026-11-26",
                "delivery": "group",
                "people": "6",
            },
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        options["timeout"] = timeout
        connection.close()

    assert 503 == response.status_code, response.content
    assert "application/problem+json" == response["Content-Type"]
    assert "database-busy" == response.json()["code"]
    assert response["Retry-After"].isdigit()
    assert 503 == page.status_code
    assert "Tjänsten är upptagen" in page.content.decode()  # busy, not "does not answer"
    assert page["Retry-After"].isdigit()
    assert 0 == Visit.objects.count()
