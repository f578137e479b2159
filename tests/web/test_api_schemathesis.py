"""Schemathesis against /api/openapi.json: no server error, every answer as documented.

For every operation of the public and the staff API, Schemathesis generates a bounded,
deterministic number of requests that fit the document and as many that do not, and sends
them in process through Django's WSGI application, as a logged-in provider whose own place
the desk operations are pointed at. No answer may be a 5xx, and every answer must match the
document: its status, content type, headers and body schema. Runs on SQLite and again on
PostgreSQL (`make test`).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from iub.web.accounts.models import StaffProfile
from iub.web.config.api import api
from iub.web.config.wsgi import application

from .desk.conftest import Staff, staff  # noqa: F401  (the fixture, for the staff API)

#: Examples per operation and mode: enough to cross every parameter, few enough for CI
#: (IUB_FUZZ_EXAMPLES=200 for a longer hunt).
EXAMPLES = int(os.environ.get("IUB_FUZZ_EXAMPLES", "8"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
#: The staff API's places, by the path's last segment: a unit and intervention the user has.
PLACES = {
    "huvudrakning": ("glantan", ("alingsas", "aktivitetshus-glantan", "aktivitetshus-glantan")),
    "default": (
        "minimaria",
        ("alingsas", "mini-maria", "anhorigstod-vid-ungas-beroende-mini-maria"),
    ),
}

#: Operations where requests that fit the document must also succeed now and then (the log-in
#: and the place work): the others need a stored record's id or a published stem.
REACHED = ("/personal/enheter", "/besok", "/huvudrakning", "/kontroll", "GET /api/catalogs")

SCHEMA = schemathesis.openapi.from_dict(api.get_openapi_schema())
SCHEMA.app = application
OPERATIONS = {op.label: op for op in (result.ok() for result in SCHEMA.get_all_operations())}


@pytest.fixture(autouse=True)
def _keep_the_test_connection() -> Iterator[None]:
    """As Django's test client does: the end of a request must not close the test's connection
    (it holds the test's transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _login(username: str) -> tuple[dict[str, str], dict[str, str]]:
    """Cookies (session, CSRF) and the CSRF header of a logged-in ``username``."""
    client = Client()
    client.force_login(StaffProfile.objects.get(user__username=username).user)
    session = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    token = secrets.token_hex(16)
    cookies = {
        django_settings.SESSION_COOKIE_NAME: session,
        django_settings.CSRF_COOKIE_NAME: token,
    }
    return cookies, {"X-CSRFToken": token}


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_every_api_answer_is_documented_and_never_a_server_error(
    staff: Staff,  # noqa: F811
    label: str,
    mode: GenerationMode,
) -> None:
    """No 5xx; status, content type, headers and body as the OpenAPI document states."""
    operation = OPERATIONS[label]
    fixed: dict[str, Any] = {}
    headers: dict[str, str] = {}
    cookies: dict[str, str] = {}
    if "/personal/" in operation.path:
        username, (stem, unit, intervention) = PLACES[
            "huvudrakning" if operation.path.endswith("huvudrakning") else "default"
        ]
        if "{stem}" in operation.path:
            fixed = {"stem": stem, "unit": unit, "intervention": intervention}
        cookies, headers = _login(username)

    statuses: list[int] = []

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(mode, path_parameters=fixed or None))
    def run(case: Any) -> None:
        statuses.append(
            case.call_and_validate(headers=headers, cookies=cookies, checks=CHECKS).status_code
        )

    try:
        run()
    except Unsatisfiable:  # e.g. GET /api/catalogs: no parameter that could be made wrong
        pytest.skip(f"{label} has nothing that can be made invalid")
    if mode is GenerationMode.POSITIVE and label.endswith(REACHED):
        assert any(200 <= status < 300 for status in statuses), statuses  # logged in, in place
