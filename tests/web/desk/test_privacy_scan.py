"""After hostile input on every write path, no advice or no_identity record and no log line
holds a personnummer, a name or a phone number."""

from __future__ import annotations

import json
import logging

import pytest
from django.core.management import call_command

from iub.web.desk.models import Visit
from iub.web.desk.privacy import privacy_scan

from .conftest import Staff, answer_check, hidden, skatteverket_numbers

NAME = "Karin Lindqvist"
PHONE = "070-123 45 67"
FAMILJ = "/personal/alingsas/familjeradgivning/familjeradgivning/"
MINI = "/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/"
API_MINI = "/api/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/"


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Capture every logger the site writes to, including those that do not propagate."""
    caplog.set_level(logging.DEBUG)
    for name in ("django.request", "django.server", "iub.desk", "django"):
        logging.getLogger(name).addHandler(caplog.handler)
    yield caplog
    for name in ("django.request", "django.server", "iub.desk", "django"):
        logging.getLogger(name).removeHandler(caplog.handler)


def test_hostile_input_leaves_no_identity_in_records_or_logs(
    staff: Staff, logs: pytest.LogCaptureFixture
) -> None:
    """Names, phone numbers and personnummer are refused or redacted on every path."""
    pnr = skatteverket_numbers()[30]
    hostile = f"{NAME} ({pnr}) ringer från {PHONE}."
    advice = staff.client("familjeradgivning")
    mini = staff.client("minimaria")

    # advice: warned, then redacted and saved
    url = FAMILJ + "besok/ny/"
    data = {
        "idem": hidden(advice.get(url).content.decode(), "idem"),
        "visited_on": "2026-11-26",
        "delivery": "individual",
        "people": "1",
        "note": hostile,
    }
    advice.post(url, {**data, "action": "save"})
    advice.post(url, {**data, "action": "redact_save"})
    # advice through the API: refused
    advice.post(
        "/api/personal/alingsas/familjeradgivning/familjeradgivning/besok",
        json.dumps(
            {"visited_on": "2026-11-26", "delivery": "individual", "people": 1, "note": hostile}
        ),
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="scan-0001",
    )
    # no_identity: a check, then a refused note and identity fields through the API
    answer_check(
        mini,
        MINI + "kontroll/",
        {
            "person.age": ["45"],
            "person.municipality": ["1489"],
            "person.supports_close_person": ["yes"],
        },
    )
    from iub.web.desk.models import CheckRecord

    check = CheckRecord.objects.filter(intervention_id__startswith="anhorigstod").latest("pk")
    mini.post(MINI + f"kontroll/{check.pk}/information/")
    for index, body in enumerate(
        [
            {"started_on": "2026-11-26", "note": hostile},
            {"started_on": "2026-11-26", "personnummer": pnr},
            {"started_on": "2026-11-26", "name": NAME, "phone": PHONE},
        ]
    ):
        mini.post(
            API_MINI + f"deltaganden?kontroll={check.pk}",
            json.dumps(body),
            content_type="application/json",
            HTTP_IDEMPOTENCY_KEY=f"scan-01{index:02d}",
        )
    url = MINI + f"deltagande/ny/?kontroll={check.pk}"
    form = {
        "idem": hidden(mini.get(url).content.decode(), "idem"),
        "kontroll": check.pk,
        "started_on": "2026-11-26",
        "participants": "1",
        "note": hostile,
    }
    mini.post(url, {**form, "action": "save"})
    mini.post(url, {**form, "action": "redact"})

    assert {} == privacy_scan()
    assert "[NAMN]" in Visit.objects.get().note
    for secret in (pnr, pnr[2:], NAME, "Lindqvist", PHONE, "0701234567"):
        assert secret not in logs.text


def test_scan_finds_what_a_forged_write_would_leave(staff: Staff) -> None:
    """The scan itself works: a row written behind the services' back is reported by kind."""
    from django.contrib.auth import get_user_model

    unit = staff.units["familjeradgivning"]
    Visit.objects.create(
        unit=unit,
        stem="alingsas",
        catalog_version=1,
        intervention_id="familjeradgivning",
        created_by=get_user_model().objects.get(username="familjeradgivning"),
        idempotency_key="forged-0001",
        regime="advice",
        visited_on="2026-11-26",
        delivery="individual",
        people=1,
        note=f"{NAME}, {PHONE}",
    )

    report = privacy_scan()

    assert {"name", "phone"} <= set(report["Visit"])
    with pytest.raises(Exception, match="kinds and counts"):
        call_command("iub_privacy_scan")
