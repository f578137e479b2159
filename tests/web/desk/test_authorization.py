"""The authorization matrix: every staff URL and API endpoint against every role.

Only provider staff of the unit that carries the intervention may read or write its records;
a provider of another unit, committee staff, analysts and administrators get 403 and nothing
is stored; without a session, pages redirect to log-in and the API answers 401.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from typing import Any

import pytest
from django.test import Client

from iub.followup import AnonymousStart, FullStart
from iub.intake import EligibilityEngine
from iub.web.accounts.models import StaffProfile
from iub.web.audit.models import AuditEntry
from iub.web.desk import models as desk_models
from iub.web.desk import selectors, services
from iub.web.desk.models import AnonymousParticipation, CheckRecord, Participation

from .conftest import Staff, skatteverket_numbers

ON = dt.date(2026, 11, 26)
ROLES = ("owner", "foreign", "namnd", "analytiker", "admin", "anonymous")
OWNERS = {
    "familjeradgivning": ("alingsas", "familjeradgivning", "familjeradgivning"),
    "minimaria": ("alingsas", "mini-maria", "anhorigstod-vid-ungas-beroende-mini-maria"),
    "boende": ("alingsas", "boendecoaching", "boendecoaching"),
    "glantan": ("alingsas", "aktivitetshus-glantan", "aktivitetshus-glantan"),
    "sodermalm": ("stockholm", "sodermalms-stadsdelsforvaltning", "samtalsgrupp-for-anhoriga"),
}
FACTS = {
    "person.age": 45,
    "person.municipality": "Alingsås",
    "person.lives_in": "Alingsås",
    "person.supports_close_person": True,
}


def _ready_check(staff: Staff, owner: str, n: int = 1) -> tuple[selectors.Place, CheckRecord]:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username=owner)
    stem, unit, intervention = OWNERS[owner]
    place = selectors.desk_place(user, stem=stem, unit=unit, intervention=intervention)
    outcome = EligibilityEngine(place.catalog).check(intervention, FACTS)
    record, _ = services.check_record(
        place, outcome=outcome, user=user, key=f"chk-{owner}-{n}", on=ON
    )
    services.check_information_give(record)
    return place, record


@pytest.fixture
def records(staff: Staff) -> dict[str, int]:
    """One check per place, an anonymous participation and a full participation.

    The participations start from checks of their own: a check is used up by one.
    """
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    ids: dict[str, int] = {}
    for owner in OWNERS:
        ids[f"check-{owner}"] = _ready_check(staff, owner)[1].pk
    place, check = _ready_check(staff, "minimaria", 2)
    ids["anonymous"] = services.anonymous_participation_start(
        place,
        data=AnonymousStart(started_on=ON),
        user=users.get(username="minimaria"),
        key="anon-matrix-1",
        check=check,
    )[0].pk
    place, check = _ready_check(staff, "boende", 2)
    ids["full"] = services.participation_start(
        place,
        data=FullStart(identity=skatteverket_numbers()[9], started_on=ON),
        user=users.get(username="boende"),
        key="full-matrix-1",
        check=check,
        on=ON,
    )[0].pk
    return ids


def _pages(ids: dict[str, int]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(owner, method, url, data) for every desk page."""
    out: list[tuple[str, str, str, dict[str, Any]]] = []
    for owner, (stem, unit, intervention) in OWNERS.items():
        base = f"/personal/{stem}/{unit}/{intervention}/"
        check = ids[f"check-{owner}"]
        out += [
            (owner, "get", base, {}),
            (owner, "get", base + "kontroll/", {}),
            (owner, "post", base + "kontroll/", {"idem": "matrix-key-1"}),
            (owner, "get", base + f"kontroll/{check}/", {}),
            (owner, "post", base + f"kontroll/{check}/information/", {}),
        ]
    visit = {
        "idem": "matrix-key-2",
        "visited_on": "2026-11-26",
        "delivery": "group",
        "people": "3",
        "action": "save",
    }
    for owner in ("familjeradgivning", "minimaria", "sodermalm"):
        stem, unit, intervention = OWNERS[owner]
        base = f"/personal/{stem}/{unit}/{intervention}/"
        out += [(owner, "get", base + "besok/ny/", {}), (owner, "post", base + "besok/ny/", visit)]
    mini = "/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/"
    out += [
        ("minimaria", "get", mini + f"deltagande/ny/?kontroll={ids['check-minimaria']}", {}),
        (
            "minimaria",
            "post",
            mini + "deltagande/ny/",
            {
                "idem": "matrix-key-3",
                "kontroll": ids["check-minimaria"],
                "started_on": "2026-11-26",
                "participants": "1",
                "action": "save",
            },
        ),
        ("minimaria", "get", mini + f"deltagande/anonym/{ids['anonymous']}/avsluta/", {}),
        (
            "minimaria",
            "post",
            mini + f"deltagande/anonym/{ids['anonymous']}/avsluta/",
            {"idem": "matrix-key-4", "ended_on": "2026-11-27", "action": "save"},
        ),
    ]
    boende = "/personal/alingsas/boendecoaching/boendecoaching/"
    full = ids["full"]
    out += [
        ("boende", "get", boende + f"deltagande/ny/?kontroll={ids['check-boende']}", {}),
        (
            "boende",
            "post",
            boende + "deltagande/ny/",
            {
                "idem": "matrix-key-5",
                "kontroll": ids["check-boende"],
                "identity": skatteverket_numbers()[10],
                "started_on": "2026-11-26",
                "action": "save",
            },
        ),
        ("boende", "get", boende + f"deltagande/{full}/", {}),
        ("boende", "get", boende + f"deltagande/{full}/handelse/", {}),
        (
            "boende",
            "post",
            boende + f"deltagande/{full}/handelse/",
            {
                "idem": "matrix-key-6",
                "occurred_on": "2026-11-26",
                "text": "Möte.",
                "action": "save",
            },
        ),
        ("boende", "get", boende + f"deltagande/{full}/avsluta/", {}),
        (
            "boende",
            "post",
            boende + f"deltagande/{full}/avsluta/",
            {"idem": "matrix-key-7", "ended_on": "2026-11-27", "action": "save"},
        ),
        ("boende", "get", boende + f"deltagande/{full}/export.json", {}),
    ]
    glantan = "/personal/alingsas/aktivitetshus-glantan/aktivitetshus-glantan/"
    out += [
        ("glantan", "get", glantan + "huvudrakning/", {}),
        (
            "glantan",
            "post",
            glantan + "huvudrakning/",
            {
                "idem": "matrix-key-8",
                "counted_on": "2026-11-26",
                "half_day": "fm",
                "total": "4",
                "action": "save",
            },
        ),
    ]
    return out


def _api(ids: dict[str, int]) -> list[tuple[str, str, dict[str, Any], str]]:
    """(owner, url, json body, query) for every desk API write."""
    out: list[tuple[str, str, dict[str, Any], str]] = []
    for owner, (stem, unit, intervention) in OWNERS.items():
        base = f"/api/personal/{stem}/{unit}/{intervention}/"
        out += [
            (owner, base + "kontroll", dict(FACTS), ""),
            (owner, base + f"kontroll/{ids[f'check-{owner}']}/information", {}, ""),
        ]
    visit = {"visited_on": "2026-11-26", "delivery": "individual", "people": 1}
    for owner in ("familjeradgivning", "minimaria", "sodermalm"):
        stem, unit, intervention = OWNERS[owner]
        out.append((owner, f"/api/personal/{stem}/{unit}/{intervention}/besok", visit, ""))
    out += [
        (
            "minimaria",
            "/api/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/deltaganden",
            {"started_on": "2026-11-26"},
            f"?kontroll={ids['check-minimaria']}",
        ),
        (
            "glantan",
            "/api/personal/alingsas/aktivitetshus-glantan/aktivitetshus-glantan/huvudrakning",
            {"counted_on": "2026-11-26", "half_day": "em", "total": 3},
            "",
        ),
    ]
    return out


def _client(staff: Staff, role: str, owner: str) -> Client:
    if role == "anonymous":
        return Client()
    if role == "owner":
        return staff.client(owner)
    if role == "foreign":
        return staff.client("familjeradgivning" if owner != "familjeradgivning" else "glantan")
    return staff.client(role)


def _counts() -> dict[str, int]:
    names = (
        "CheckRecord",
        "Visit",
        "AnonymousParticipation",
        "HeadCount",
        "Participation",
        "ParticipationEvent",
        "Identity",
    )
    counts = {name: getattr(desk_models, name).objects.count() for name in names}
    counts["ended"] = AnonymousParticipation.objects.exclude(ended_on=None).count()
    counts["full_ended"] = Participation.objects.exclude(ended_on=None).count()
    counts["informed"] = CheckRecord.objects.exclude(information_given_at=None).count()
    return counts


@pytest.mark.parametrize("role", ROLES)
def test_every_desk_page_against_every_role(
    staff: Staff, records: dict[str, int], role: str
) -> None:
    """Owners reach every page; every other role gets 403 (or log-in) and nothing changes."""
    failures = []
    for owner, method, url, data in _pages(records):
        client = _client(staff, role, owner)
        before = _counts()
        audits = AuditEntry.objects.count()
        response = getattr(client, method)(url, data)
        status = response.status_code
        if role == "owner":
            if status in {401, 403, 404, 500}:
                failures.append((method, url, status))
            continue
        expected = 302 if role == "anonymous" else 403
        location = response.get("Location", "")
        if status != expected or (role == "anonymous" and "/personal/logga-in/" not in location):
            failures.append((method, url, status))
        if _counts() != before or AuditEntry.objects.count() != audits:
            failures.append((method, url, "changed data"))
        if role != "anonymous":
            assert "Åtkomst nekad" in response.content.decode()
    assert [] == failures


@pytest.mark.parametrize("role", ROLES)
def test_every_api_endpoint_against_every_role(
    staff: Staff, records: dict[str, int], role: str
) -> None:
    """The API: owners write; other roles get 403, no session gets 401; nothing changes."""
    failures = []
    for index, (owner, url, body, query) in enumerate(_api(records)):
        client = _client(staff, role, owner)
        before = _counts()
        response = client.post(
            url + query,
            json.dumps(body),
            content_type="application/json",
            HTTP_IDEMPOTENCY_KEY=f"api-matrix-{index:04d}",
        )
        status = response.status_code
        if role == "owner":
            if status not in {200, 201}:
                failures.append((url, status, response.content[:200]))
            continue
        if status != (401 if role == "anonymous" else 403):
            failures.append((url, status))
        if _counts() != before:
            failures.append((url, "changed data"))
    assert [] == failures


@pytest.mark.parametrize("role", ["owner", "foreign", "namnd", "analytiker", "anonymous"])
def test_units_endpoint_shows_only_own_units(staff: Staff, role: str) -> None:
    """GET /api/personal/enheter: own units for providers, none for other roles."""
    response = _client(staff, role, "glantan").get("/api/personal/enheter")

    if role == "anonymous":
        assert 401 == response.status_code
    else:
        expected = {"owner": ["aktivitetshus-glantan"], "foreign": ["familjeradgivning"]}
        assert expected.get(role, []) == [u["slug"] for u in response.json()]


def test_own_prefix_cannot_reach_another_units_record(
    staff: Staff, records: dict[str, int]
) -> None:
    """A record id of another unit under one's own unit's address is not found."""
    client = staff.client("minimaria")
    own_full = "/personal/alingsas/mini-maria/beroendestod-vid-mini-maria/"

    response = client.get(own_full + f"deltagande/{records['full']}/")
    export = client.get(own_full + f"deltagande/{records['full']}/export.json")
    check = client.get(own_full + f"kontroll/{records['check-boende']}/")

    assert (404, 404, 404) == (response.status_code, export.status_code, check.status_code)
    assert 0 == AuditEntry.objects.filter(actor="minimaria").count()


@pytest.mark.parametrize("role", ROLES)
def test_site_administration_is_for_administrators_only(staff: Staff, role: str) -> None:
    """/personal/admin/ opens for administrators; everyone else is sent to its log-in."""
    client = _client(staff, role, "glantan")

    response = client.get("/personal/admin/")

    if role == "admin":
        assert 200 == response.status_code
        assert 200 == client.get("/personal/admin/accounts/unit/").status_code
        assert 200 == client.get("/personal/admin/audit/auditentry/").status_code
    else:
        assert 302 == response.status_code
        assert "/personal/admin/login/" in response["Location"]


def test_a_403_is_logged_as_one_line_without_traceback(staff: Staff) -> None:
    """Status, path and user id; no traceback, no request data."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        client = staff.client("glantan")
        response = client.get("/personal/alingsas/familjeradgivning/familjeradgivning/")
    finally:
        logger.removeHandler(handler)

    user = StaffProfile.objects.get(user__username="glantan").user
    assert 403 == response.status_code
    lines = stream.getvalue().strip().splitlines()
    assert [
        f"WARNING 403 /personal/alingsas/familjeradgivning/familjeradgivning/ user={user.pk}"
    ] == lines
