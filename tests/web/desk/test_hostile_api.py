"""Bad input to the API is problem JSON that the OpenAPI document describes, never a 500.

Runs on SQLite and again on PostgreSQL (`make test`), where a NUL byte in text or a date out
of the database's range used to end in a server error.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import pytest
from django.test import Client

from iub.web.config.api import api
from iub.web.desk.models import HeadCount, Visit

from .conftest import Staff

FAMILJ = "/api/personal/alingsas/familjeradgivning/familjeradgivning"
GLANTAN = "/api/personal/alingsas/aktivitetshus-glantan/aktivitetshus-glantan"
CHECK = "/api/catalogs/alingsas/interventions/familjeradgivning/check"
VISIT = {"visited_on": "2026-11-26", "delivery": "group", "people": 6}
PROBLEM = "application/problem+json"


def _post(client: Client, url: str, body: Any, *, key: str = "key-00000001") -> Any:
    raw = body if isinstance(body, bytes | str) else json.dumps(body)
    return client.post(url, raw, content_type="application/json", HTTP_IDEMPOTENCY_KEY=key)


def _problem(response: Any, status: int) -> dict[str, Any]:
    assert status == response.status_code, response.content[:500]
    assert PROBLEM == response["Content-Type"]
    body: dict[str, Any] = response.json()
    assert {"type", "title", "status", "detail", "code", "invalid_params"} <= set(body)
    assert status == body["status"]
    return body


def _operation(url: str) -> dict[str, Any]:
    """The POST operation of the OpenAPI document whose path template matches ``url``."""
    schema = api.get_openapi_schema()
    for path, item in schema["paths"].items():
        if re.fullmatch(re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(path)), url) and "post" in item:
            return dict(item["post"])
    raise AssertionError(url)


def test_a_nul_byte_in_a_note_is_a_422_naming_the_note(staff: Staff) -> None:
    """PostgreSQL cannot store NUL in text: the record refuses it before the database."""
    response = _post(
        staff.client("familjeradgivning"), FAMILJ + "/besok", {**VISIT, "note": "a\x00b"}
    )

    body = _problem(response, 422)
    assert ["record.note"] == [p["name"] for p in body["invalid_params"]]
    assert 0 == Visit.objects.count()


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "2100-01-01"])
def test_an_implausible_date_is_a_422_naming_the_field(staff: Staff, day: str) -> None:
    """Dates outside 2000-01-01 … 2099-12-31 are refused, whatever the database could hold."""
    response = _post(
        staff.client("familjeradgivning"), FAMILJ + "/besok", {**VISIT, "visited_on": day}
    )

    body = _problem(response, 422)
    assert ["record.visited_on"] == [p["name"] for p in body["invalid_params"]]
    assert 0 == Visit.objects.count()


def test_the_date_bounds_themselves_are_stored(staff: Staff) -> None:
    """The first and last plausible dates are accepted."""
    client = staff.client("familjeradgivning")
    first = _post(client, FAMILJ + "/besok", {**VISIT, "visited_on": "2000-01-01"}, key="first-000")
    last = _post(client, FAMILJ + "/besok", {**VISIT, "visited_on": "2099-12-31"}, key="last-0000")

    assert (201, 201) == (first.status_code, last.status_code)


@pytest.mark.parametrize("where", ["public", "desk"])
def test_a_body_over_64_kb_is_a_413_problem(staff: Staff, where: str) -> None:
    """Django's size limit answers problem JSON under /api/, not an HTML page."""
    big = {"note": "x" * (70 * 1024), **VISIT}
    client = staff.client("familjeradgivning") if where == "desk" else Client()
    url = FAMILJ + "/besok" if where == "desk" else CHECK

    body = _problem(_post(client, url, big), 413)

    assert "body-too-large" == body["code"]
    assert "413" in _operation(url)["responses"]


@pytest.mark.parametrize("where", ["public", "desk"])
def test_malformed_json_is_a_400_problem_that_openapi_describes(staff: Staff, where: str) -> None:
    """A body that is not JSON is 400 problem JSON; the operation documents that 400."""
    client = staff.client("familjeradgivning") if where == "desk" else Client()
    url = FAMILJ + "/besok" if where == "desk" else CHECK

    _problem(_post(client, url, b'{"visited_on": "2026-'), 400)

    response = _operation(url)["responses"]["400"]
    assert PROBLEM in response["content"]


def test_an_unknown_api_path_is_a_404_problem() -> None:
    """A path under /api/ that does not exist answers problem JSON; pages keep their HTML."""
    _problem(Client().get("/api/nowhere/at/all"), 404)


def test_a_64_character_key_is_stored_and_replayed(staff: Staff) -> None:
    """A SHA-256 hex key (64 characters) fits: 201, then 200 with the same record."""
    client = staff.client("familjeradgivning")
    key = hashlib.sha256(b"a visit").hexdigest()

    first = _post(client, FAMILJ + "/besok", VISIT, key=key)
    again = _post(client, FAMILJ + "/besok", VISIT, key=key)

    assert (201, 200) == (first.status_code, again.status_code)
    assert (True, False) == (first.json()["created"], again.json()["created"])
    assert first.json()["id"] == again.json()["id"]


@pytest.mark.parametrize("key", ["short", "x" * 65, "has space1", "åäöåäöåäö"])
def test_a_key_outside_the_documented_format_is_a_422(staff: Staff, key: str) -> None:
    """The key format the OpenAPI states is the one enforced; nothing is stored."""
    response = _post(staff.client("familjeradgivning"), FAMILJ + "/besok", VISIT, key=key)

    body = _problem(response, 422)
    assert ["Idempotency-Key"] == [p["name"] for p in body["invalid_params"]]
    assert 0 == Visit.objects.count()


def test_openapi_states_the_key_format_and_every_problem_status() -> None:
    """The header's pattern and length, and 400/413/422/503 as problem JSON on a write."""
    operation = _operation(GLANTAN + "/huvudrakning")
    (header,) = [p for p in operation["parameters"] if p["name"] == "Idempotency-Key"]

    assert "^[A-Za-z0-9_-]{8,64}$" == header["schema"]["pattern"]
    assert "SHA-256" in header["description"]
    for status in ("400", "409", "413", "422", "503"):
        assert PROBLEM in operation["responses"][status]["content"], status
    assert "Retry-After" in operation["responses"]["503"]["headers"]


def test_a_sequential_second_count_of_a_half_day_is_a_409(staff: Staff) -> None:
    """The same half-day counted again under another key: 409 conflict, one row."""
    client = staff.client("glantan")
    body = {"counted_on": "2026-11-26", "half_day": "em", "total": 3}

    _post(client, GLANTAN + "/huvudrakning", body, key="count-a-0001")
    again = _post(client, GLANTAN + "/huvudrakning", body, key="count-b-0001")

    assert "head-count-exists" == _problem(again, 409)["code"]
    assert 1 == HeadCount.objects.count()
