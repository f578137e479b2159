"""The desk API: session auth, idempotency, 403 outside one's units, 422 for identity fields."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from django.test import Client

from iub.web.desk.models import AnonymousParticipation, CheckRecord, HeadCount, Visit

from .conftest import Staff, skatteverket_numbers

MINI = "/api/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria"
FAMILJ = "/api/personal/alingsas/familjeradgivning/familjeradgivning"
GLANTAN = "/api/personal/alingsas/aktivitetshus-glantan/aktivitetshus-glantan"


def _post(client: Client, url: str, body: Any, key: str = "key-00000001", **query: Any) -> Any:
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return client.post(
        url, json.dumps(body), content_type="application/json", HTTP_IDEMPOTENCY_KEY=key
    )


def _eligible_check(client: Client) -> int:
    facts = {
        "person.age": 45,
        "person.municipality": "Alingsås",
        "person.supports_close_person": True,
    }
    response = _post(client, MINI + "/kontroll", facts, key="check-0001")
    body = response.json()
    assert 201 == response.status_code, body
    assert "eligible" == body["outcome"], body
    client.post(f"{MINI}/kontroll/{body['id']}/information")
    return int(body["id"])


def test_units_lists_only_the_callers_units(staff: Staff) -> None:
    """GET /enheter returns the caller's own unit and what it carries."""
    response = staff.client("glantan").get("/api/personal/enheter")

    assert 200 == response.status_code
    assert ["aktivitetshus-glantan"] == [u["slug"] for u in response.json()]


def test_anonymous_requests_are_401(db: None) -> None:
    """No session, no desk."""
    response = _post(Client(), FAMILJ + "/besok", {})

    assert 401 == response.status_code


def test_visit_is_stored_once_per_idempotency_key(staff: Staff) -> None:
    """A double submit stores one visit."""
    client = staff.client("familjeradgivning")
    body = {"visited_on": "2026-11-26", "delivery": "group", "people": 6}

    first = _post(client, FAMILJ + "/besok", body)
    second = _post(client, FAMILJ + "/besok", body)

    assert (201, 200) == (first.status_code, second.status_code)
    assert first.json()["id"] == second.json()["id"]
    assert [True, False] == [first.json()["created"], second.json()["created"]]
    assert 1 == Visit.objects.count()


def test_forged_post_for_another_units_intervention_is_403(staff: Staff) -> None:
    """Glantan's staff cannot write Familjerådgivning's visits."""
    response = _post(
        staff.client("glantan"),
        FAMILJ + "/besok",
        {"visited_on": "2026-11-26", "delivery": "individual", "people": 1},
    )

    assert 403 == response.status_code
    assert "application/problem+json" == response["Content-Type"]
    assert 0 == Visit.objects.count()


@pytest.mark.parametrize("field", ["personnummer", "name", "namn", "phone", "address"])
def test_identity_field_on_no_identity_record_is_422_and_not_logged(
    staff: Staff, field: str, caplog: pytest.LogCaptureFixture
) -> None:
    """An identity field on a 14 kap. 5 § participation: 422, nothing stored or logged."""
    client = staff.client("minimaria")
    check = _eligible_check(client)
    pnr = skatteverket_numbers()[3]
    caplog.set_level(logging.DEBUG)

    response = _post(
        client,
        MINI + "/deltaganden",
        {"started_on": "2026-11-26", field: pnr},
        key="anon-0001",
        kontroll=check,
    )

    assert 422 == response.status_code
    assert 0 == AnonymousParticipation.objects.count()
    assert pnr not in response.content.decode()
    assert pnr not in caplog.text


def test_no_identity_note_with_a_name_is_422_and_kinds_only(staff: Staff) -> None:
    """The guard refuses the note; the problem names kinds and counts, not the text."""
    client = staff.client("minimaria")
    check = _eligible_check(client)

    response = _post(
        client,
        MINI + "/deltaganden",
        {"started_on": "2026-11-26", "note": "Mamman Anna Svensson ringde från 070-123 45 67."},
        key="anon-0002",
        kontroll=check,
    )

    assert 422 == response.status_code, response.content
    assert "Svensson" not in response.content.decode()
    assert "070" not in response.content.decode()
    assert 0 == AnonymousParticipation.objects.count()


def test_no_identity_participation_after_eligible_check(staff: Staff) -> None:
    """Check → information → participation with de-identified data."""
    client = staff.client("minimaria")
    check = _eligible_check(client)

    response = _post(
        client,
        MINI + "/deltaganden",
        {
            "started_on": "2026-11-26",
            "participants": 2,
            "age_band": "45-64",
            "gender": "kvinna",
            "problems": ["ungdomens_alkohol"],
            "wellbeing_start": 2,
        },
        key="anon-0003",
        kontroll=check,
    )

    assert 201 == response.status_code, response.content
    saved = AnonymousParticipation.objects.get()
    assert (2, ["ungdomens_alkohol"], 2) == (
        saved.participants,
        saved.problems,
        saved.wellbeing_start,
    )
    assert CheckRecord.objects.get(pk=check) == saved.check_record


def test_participation_without_information_given_is_refused(staff: Staff) -> None:
    """The information duty comes before the participation."""
    client = staff.client("minimaria")
    facts = {
        "person.age": 45,
        "person.municipality": "Alingsås",
        "person.supports_close_person": True,
    }
    check = _post(client, MINI + "/kontroll", facts, key="check-0002").json()["id"]

    response = _post(
        client, MINI + "/deltaganden", {"started_on": "2026-11-26"}, key="a-0004", kontroll=check
    )

    assert 422 == response.status_code
    assert 0 == AnonymousParticipation.objects.count()


def test_head_count_once_per_half_day(staff: Staff) -> None:
    """A half-day is counted once; breakdowns may not exceed the total."""
    client = staff.client("glantan")
    body = {"counted_on": "2026-11-26", "half_day": "fm", "total": 14, "by_gender": {"kvinna": 8}}

    first = _post(client, GLANTAN + "/huvudrakning", body, key="count-0001")
    again = _post(client, GLANTAN + "/huvudrakning", body, key="count-0002")
    too_many = _post(
        client,
        GLANTAN + "/huvudrakning",
        {**body, "half_day": "em", "by_gender": {"man": 20}},
        key="count-0003",
    )

    assert (201, 409, 422) == (first.status_code, again.status_code, too_many.status_code)
    assert "head-count-exists" == again.json()["code"]
    assert 1 == HeadCount.objects.count()


def test_check_stores_no_facts(staff: Staff) -> None:
    """The stored check has the outcome and failed condition, not the age or municipality."""
    client = staff.client("familjeradgivning")

    response = _post(
        client,
        FAMILJ + "/kontroll",
        {"person.age": 41, "person.municipality": "Borås"},
        key="check-0003",
    )

    assert "not_eligible" == response.json()["outcome"]
    saved = CheckRecord.objects.get()
    assert saved.failed_conditions
    stored = json.dumps([saved.failed_conditions, saved.outcome, str(saved.checked_on)])
    assert "41" not in stored and "Borås" not in stored and "1490" not in stored


def test_one_check_starts_one_participation_through_the_api(staff: Staff) -> None:
    """Reusing a check for a second participation is a 422 naming `kontroll`."""
    client = staff.client("minimaria")
    check = _eligible_check(client)
    body = {"started_on": "2026-11-26"}

    first = _post(client, MINI + "/deltaganden", body, key="reuse-0001", kontroll=check)
    second = _post(client, MINI + "/deltaganden", body, key="reuse-0002", kontroll=check)

    assert (201, 422) == (first.status_code, second.status_code)
    assert "check-used" == second.json()["code"]
    assert ["kontroll"] == [p["name"] for p in second.json()["invalid_params"]]
    assert 1 == AnonymousParticipation.objects.count()


def test_refused_note_names_the_note_with_kinds_and_offsets_only(staff: Staff) -> None:
    """The problem's invalid_params name `note`, with kinds and offsets, never the text."""
    client = staff.client("minimaria")
    check = _eligible_check(client)
    note = "Ring 0701234567 om tid"

    response = _post(
        client,
        MINI + "/deltaganden",
        {"started_on": "2026-11-26", "note": note},
        key="anon-0009",
        kontroll=check,
    )

    assert 422 == response.status_code
    body = response.json()
    assert "application/problem+json" == response["Content-Type"]
    assert ["note"] == [p["name"] for p in body["invalid_params"]]
    assert "phone 5–15" in body["invalid_params"][0]["reason"]
    assert "0701234567" not in response.content.decode()


def test_participation_under_the_wrong_regime_names_the_intervention(staff: Staff) -> None:
    """Familjerådgivning is advice: a participation there is 422 naming `intervention`."""
    client = staff.client("familjeradgivning")

    response = _post(client, FAMILJ + "/deltaganden", {"started_on": "2026-11-26"}, kontroll=1)

    assert 422 == response.status_code
    body = response.json()
    assert "wrong-regime" == body["code"]
    assert ["intervention"] == [p["name"] for p in body["invalid_params"]]
