"""What reaches the logs: one line per record, and no resident's identity in any line.

Every handler the settings configure formats with ``SafeFormatter`` (docs/operations.md,
"Logs"). The scan drives the public pages, the API and the desk with a personnummer, a name, a
phone number and an e-mail, with every logger at DEBUG, and reads everything written.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator

import pytest
from django.test import Client

from iub.web.accounts.services import staff_create
from iub.web.common.logging import SafeFormatter, log_safe

from .conftest import Staff, answer_check, hidden, skatteverket_numbers

NAME = ("Kerstin", "Bergqvist")
PHONE = "070-123 45 67"
EMAIL = "kerstin.bergqvist@example.se"
BOENDE = "/personal/alingsas/boendecoaching/boendecoaching/"
FAMILJ = "/personal/alingsas/familjeradgivning/familjeradgivning/"
MINI = "/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/"
ADULT_ALINGSAS = {
    "person.age": ["45"],
    "person.municipality": ["1489"],
    "person.supports_close_person": ["yes"],
    "person.lives_in": ["1489"],
}


@pytest.fixture
def written() -> Iterator[io.StringIO]:
    """Everything the configured handlers write, with the root and Django's loggers at DEBUG."""
    buffer = io.StringIO()
    handlers = {
        handler
        for logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
        if isinstance(logger, logging.Logger)
        for handler in logger.handlers
        if isinstance(handler, logging.StreamHandler)
        and isinstance(handler.formatter, SafeFormatter)
    }
    assert handlers, "no handler formats with SafeFormatter"
    streams = {handler: handler.stream for handler in handlers}
    for handler in handlers:
        handler.stream = buffer  # not setStream: it flushes the old stream, maybe closed
    # Everything not pinned by the settings at DEBUG (django.template and django.db.backends
    # stay at INFO: the settings pin them, as their DEBUG records dump forms and SQL).
    loggers = [logging.getLogger(n) for n in ("", "django", "axes", "iub", "mozilla_django_oidc")]
    levels = {logger: logger.level for logger in loggers}
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    try:
        yield buffer
    finally:
        for logger, level in levels.items():
            logger.setLevel(level)
        for handler, stream in streams.items():
            handler.stream = stream


def test_a_line_break_in_a_url_cannot_write_a_fake_line(db: None, written: io.StringIO) -> None:
    """``%0A`` in a path is escaped: the 404 stays one line and no forged line starts."""
    Client().get("/finns-inte%0AERROR%20admin%20logged%20in%0D%0A/")

    lines = written.getvalue().splitlines()

    assert any("Not Found" in line and "\\nERROR admin logged in\\r\\n" in line for line in lines)
    assert not any(line.startswith("ERROR admin") for line in lines)


def test_log_safe_escapes_controls_and_redacts_identity() -> None:
    """Control characters become escapes; identity numbers, phones and e-mail become labels."""
    pnr = skatteverket_numbers()[3]
    text = log_safe(f"a\nb\x1b[31m\u2028 {pnr} {PHONE} {EMAIL}")

    assert "\n" not in text and "\x1b" not in text and "\u2028" not in text
    assert text.startswith("a\\nb\\x1b[31m\\u2028 ")
    assert (pnr not in text, PHONE not in text, EMAIL not in text) == (True, True, True)
    assert "[PERSONNUMMER]" in text and "[TELEFON]" in text


def _form(client: Client, url: str) -> dict[str, str]:
    return {"idem": hidden(client.get(url).content.decode(), "idem")}


def _eligible(client: Client, base: str) -> int:
    from iub.web.desk.models import CheckRecord

    answer_check(client, base + "kontroll/", ADULT_ALINGSAS)
    record = CheckRecord.objects.latest("pk")
    client.post(base + f"kontroll/{record.pk}/information/")
    return record.pk


def _drive_public(pnr: str) -> None:
    client = Client()
    for path in ("/", "/alingsas/", "/stockholm/samtalsgrupp-for-anhoriga/", "/en/alingsas/"):
        assert client.get(path).status_code == 200, path
    selfcheck = "/stockholm/samtalsgrupp-for-anhoriga/passar-det-har-mig/"
    client.post(selfcheck, {"q": "person.age", "a.person.age": pnr})
    client.post(selfcheck, {"q": "person.age", "a.person.age": f"{NAME[0]} {NAME[1]} {EMAIL}"})
    client.get(f"/alingsas/?q={EMAIL}&namn={NAME[0]}+{NAME[1]}&tel={PHONE}")
    client.get(f"/{pnr}/")  # a 404 whose path is a personnummer
    client.get(f"/alingsas/{EMAIL}/")
    client.post(
        "/api/catalogs/stockholm/interventions/samtalsgrupp-for-anhoriga/check",
        json.dumps({"person.age": pnr, "person.name": " ".join(NAME), "person.email": EMAIL}),
        content_type="application/json",
    )
    client.post(
        "/api/catalogs/stockholm/screen", f'{{"x": "{PHONE}"', content_type="application/json"
    )


def _drive_desk(staff: Staff, pnr: str) -> None:
    # Log-in attempts by a staff member whose username is an e-mail address (as with OIDC).
    staff_create(username=EMAIL, password="Ett-langt-losenord-2026", role="provider")
    for n in range(6):
        Client().post("/personal/logga-in/", {"username": EMAIL, "password": f"{PHONE}{n}"})

    familj = staff.client("familjeradgivning")
    url = FAMILJ + "besok/ny/"
    note = f"{NAME[0]} {NAME[1]} ringer på {PHONE}, {EMAIL}, pnr {pnr}."
    visit = {**_form(familj, url), "visited_on": "2026-11-26", "delivery": "individual"}
    familj.post(url, {**visit, "people": "1", "note": note, "action": "save"})
    familj.post(url, {**visit, "people": "1", "note": note, "action": "redact_save"})
    familj.post(
        "/api/personal/alingsas/familjeradgivning/familjeradgivning/besok",
        json.dumps(
            {"visited_on": "2026-11-26", "delivery": "individual", "people": 1, "note": note}
        ),
        content_type="application/json",
        headers={"Idempotency-Key": "log-scan-0001"},
    )

    mini = staff.client("minimaria")
    check = _eligible(mini, MINI)
    url = MINI + f"deltagande/ny/?kontroll={check}"
    start = {**_form(mini, url), "kontroll": check, "started_on": "2026-11-26", "participants": "1"}
    mini.post(url, {**start, "note": note, "action": "save"})
    mini.post(
        "/api/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/deltaganden",
        json.dumps({"started_on": "2026-11-26", "identity": pnr, "note": note}),
        content_type="application/json",
        headers={"Idempotency-Key": "log-scan-0002"},
    )

    boende = staff.client("boende")
    wrong = pnr[:-1] + str((int(pnr[-1]) + 1) % 10)
    for number in (wrong, pnr):
        check = _eligible(boende, BOENDE)
        url = BOENDE + f"deltagande/ny/?kontroll={check}"
        boende.post(
            url,
            {
                **_form(boende, url),
                "kontroll": check,
                "identity": number,
                "started_on": "2026-11-26",
                "action": "save",
            },
        )
    from iub.web.desk.models import Participation

    participation = Participation.objects.get()
    event = BOENDE + f"deltagande/{participation.pk}/handelse/"
    boende.post(
        event,
        {**_form(boende, event), "occurred_on": "2026-11-27", "text": note, "action": "save"},
    )
    boende.get(BOENDE + f"deltagande/{participation.pk}/")
    boende.get(BOENDE + f"deltagande/{participation.pk}/export.json")
    boende.get(BOENDE + f"deltagande/{pnr}/")  # a 404 whose path is a personnummer
    staff.client("glantan").get(BOENDE + f"deltagande/{participation.pk}/")  # a 403


def _forms_of(pnr: str) -> list[str]:
    """The personnummer as people write it: 12 digits, 10 digits, with a dash."""
    return [pnr, pnr[2:], f"{pnr[:8]}-{pnr[8:]}", f"{pnr[2:8]}-{pnr[8:]}"]


def test_no_identity_from_the_test_data_reaches_any_log_line(
    staff: Staff, written: io.StringIO
) -> None:
    """Public pages, API and desk driven with identity data: no line carries any of it."""
    pnr = skatteverket_numbers()[7]

    _drive_public(pnr)
    _drive_desk(staff, pnr)
    text = written.getvalue()

    assert "Not Found: /" in text and "403 /personal/" in text  # the scan saw lines
    assert "[PERSONNUMMER]" in text  # the 404 paths, redacted
    leaks = [
        needle
        for needle in [*_forms_of(pnr), *NAME, PHONE, PHONE.replace(" ", ""), EMAIL]
        if re.search(re.escape(needle), text, flags=re.IGNORECASE)
    ]
    assert [] == leaks, [line for line in text.splitlines() if any(n in line for n in leaks)]
