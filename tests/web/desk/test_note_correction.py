"""Notes that must not exist: corrected or removed by staff with the permission, audited
without the text; found by the scan (per record, with a link), counted for the committee."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from typer.testing import CliRunner

from iub.web.audit.models import AuditEntry
from iub.web.audit.selectors import audit_verify
from iub.web.desk.models import AnonymousParticipation, Visit
from iub.web.desk.notes import privacy_findings, privacy_findings_count

from .conftest import Staff, hidden

LEAK = "Lisa, 45 år, barnmorska på Södersjukhuset, berättade om sömnen."
MINI = "/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/"
MINI_ID = "anhorigstod-vid-ungas-beroende-mini-maria"


def _visit(staff: Staff, note: str, *, key: str = "forged-0001") -> Visit:
    """A visit stored behind the guard's back, as an old note or a guard miss would be."""
    return Visit.objects.create(
        unit=staff.units["mini-maria"],
        stem="alingsas",
        catalog_version=1,
        intervention_id=MINI_ID,
        created_by=get_user_model().objects.get(username="minimaria"),
        idempotency_key=key,
        regime="no_identity",
        visited_on="2026-11-26",
        delivery="group",
        people=6,
        note=note,
    )


def _post_group_visit(staff: Staff, note: str, confirm: str = "", **headers: str) -> Any:
    """Post a group meeting of six at Mini Maria (no_identity) with this note, as the form does."""
    client = staff.client("minimaria")
    url = MINI + "besok/ny/"
    data = {
        "idem": hidden(client.get(url).content.decode(), "idem"),
        "visited_on": "2026-11-26",
        "delivery": "group",
        "people": "6",
        "note": note,
    }
    if confirm:
        data["confirm"] = confirm
    return client.post(url, data, **headers)


def _grant(username: str) -> None:
    user = get_user_model().objects.get(username=username)
    user.user_permissions.add(Permission.objects.get(codename="note_correct"))


def _edit_url(visit: Visit) -> str:
    return MINI + f"anteckning/besok/{visit.pk}/"


def _audit_text() -> str:
    return " ".join(
        " ".join(str(v) for v in row)
        for row in AuditEntry.objects.values_list(
            "actor", "action", "object_type", "object_id", "unit", "purpose"
        )
    )


def test_without_the_permission_the_page_is_refused(staff: Staff) -> None:
    visit = _visit(staff, LEAK)
    response = staff.client("minimaria").get(_edit_url(visit))

    assert 403 == response.status_code
    assert LEAK == Visit.objects.get().note


def test_another_units_staff_cannot_reach_the_note(staff: Staff) -> None:
    visit = _visit(staff, LEAK)
    _grant("familjeradgivning")
    response = staff.client("familjeradgivning").get(_edit_url(visit))

    assert 403 == response.status_code


def test_removal_is_audited_without_the_text(staff: Staff) -> None:
    visit = _visit(staff, LEAK)
    _grant("minimaria")
    client = staff.client("minimaria")

    page = client.get(_edit_url(visit))
    assert 200 == page.status_code
    response = client.post(_edit_url(visit), {"action": "remove", "reason": "identity"})

    assert 302 == response.status_code
    assert "" == Visit.objects.get().note
    entry = AuditEntry.objects.get()
    assert ("minimaria", "note_remove", "visit", str(visit.pk)) == (
        entry.actor,
        entry.action,
        entry.object_type,
        entry.object_id,
    )
    assert "Uppgifter som kan röja identiteten" in entry.purpose
    for secret in ("Lisa", "barnmorska", "Södersjukhuset", "45 år"):
        assert secret not in _audit_text()
    count, problems = audit_verify()
    assert (1, []) == (count, problems)


def test_a_correction_must_pass_the_guard(staff: Staff) -> None:
    visit = _visit(staff, LEAK)
    _grant("minimaria")
    client = staff.client("minimaria")

    refused = client.post(
        _edit_url(visit),
        {"action": "correct", "reason": "identity", "note": "olle sa att han vill sluta"},
    )
    assert 422 == refused.status_code
    assert 'id="guard"' in refused.content.decode()
    assert LEAK == Visit.objects.get().note
    assert 0 == AuditEntry.objects.count()

    combined = client.post(
        _edit_url(visit),
        {
            "action": "correct",
            "reason": "combination",
            "note": "45 år, barnmorska på Södersjukhuset",
        },
    )
    assert 422 == combined.status_code
    assert "exakt ålder + yrke + arbetsplats" in combined.content.decode()

    fixed = client.post(
        _edit_url(visit),
        {
            "action": "correct",
            "reason": "identity",
            "note": "En deltagare i 40-årsåldern som arbetar inom vården berättade om sömnen.",
        },
    )
    assert 302 == fixed.status_code
    assert Visit.objects.get().note.startswith("En deltagare i 40-årsåldern")
    entry = AuditEntry.objects.get()
    assert "note_correct" == entry.action
    assert "vården" not in _audit_text() and "Lisa" not in _audit_text()


def test_a_reason_is_required(staff: Staff) -> None:
    visit = _visit(staff, LEAK)
    _grant("minimaria")
    response = staff.client("minimaria").post(_edit_url(visit), {"action": "remove"})

    assert 422 == response.status_code
    assert LEAK == Visit.objects.get().note


def test_scan_lists_each_record_with_a_link_and_the_committee_sees_the_count(
    staff: Staff,
) -> None:
    first = _visit(staff, LEAK)
    _visit(staff, "erik johansson kom till träffen", key="forged-0002")
    _visit(staff, "Samtal om sömn, mår bättre.", key="forged-0003")

    findings = privacy_findings()
    assert 2 == len(findings) == privacy_findings_count()
    assert f"visit {first.pk}" == findings[0].record
    assert "name" in findings[0].kinds
    assert "exakt ålder + yrke + arbetsplats" == findings[0].combination
    assert _edit_url(first) == findings[0].link

    _grant("minimaria")
    provider = staff.client("minimaria").get("/personal/integritet/").content.decode()
    assert _edit_url(first) in provider
    committee = staff.client("namnd").get("/personal/integritet/").content.decode()
    assert "<strong>2</strong>" in committee
    assert "Lisa" not in committee and "anteckning/besok" not in committee


def test_the_cli_lists_findings_per_record(staff: Staff) -> None:
    from iub.cli import app

    visit = _visit(staff, LEAK)
    result = CliRunner().invoke(app, ["privacy", "scan", "--base-url", "https://iub.example"])

    assert 1 == result.exit_code
    report: dict[str, Any] = json.loads(result.stdout)
    assert 1 == report["count"]
    assert f"https://iub.example{_edit_url(visit)}" == report["findings"][0]["link"]
    assert "Lisa" not in result.stdout

    Visit.objects.update(note="")
    clean = CliRunner().invoke(app, ["privacy", "scan"])
    assert 0 == clean.exit_code
    assert json.loads(clean.stdout)["clean"]


def test_an_anonymous_participations_note_can_be_removed(staff: Staff) -> None:
    participation = AnonymousParticipation.objects.create(
        unit=staff.units["mini-maria"],
        stem="alingsas",
        catalog_version=1,
        intervention_id=MINI_ID,
        created_by=get_user_model().objects.get(username="minimaria"),
        idempotency_key="forged-0009",
        started_on="2026-11-26",
        note="pappa ali ringde",
    )
    _grant("minimaria")
    url = MINI + f"anteckning/deltagande/{participation.pk}/"
    response = staff.client("minimaria").post(url, {"action": "remove", "reason": "identity"})

    assert 302 == response.status_code
    assert "" == AnonymousParticipation.objects.get().note
    assert "anonymous_participation" == AuditEntry.objects.get().object_type


@pytest.mark.parametrize(
    "note",
    [
        "45 år, barnmorska på Södersjukhuset, kom till gruppen.",
        "Lisa berättade om sömnen.",
        "erik johansson kom",
        "Mejla lisa.berg@telia.com",
        "Bor på Södra Vägen 12",
    ],
)
def test_the_record_form_refuses_each_leak_under_no_identity(staff: Staff, note: str) -> None:
    response = _post_group_visit(staff, note, confirm="on")

    assert 422 == response.status_code
    assert 0 == Visit.objects.count()


@pytest.mark.parametrize(
    ("note", "why"),
    [
        ("Pnr 19121212-\n1212 enligt intyget.", "personnummer"),
        ("Mamma Фатима ringde.", "namn"),
        ("Deltagaren heter محمد.", "namn"),
        ("ERIK JOHANSSON KOM TILL TRÄFFEN.", "namn"),
        ("LISA BERÄTTADE OM SKOLAN.", "namn"),
    ],
)
def test_bad_input_gets_a_clear_answer_and_nothing_is_stored(
    staff: Staff, note: str, why: str
) -> None:
    response = _post_group_visit(staff, note)

    assert 422 == response.status_code
    assert why in response.content.decode()
    assert 0 == Visit.objects.count()


def test_a_megabyte_note_is_refused_before_it_is_read(staff: Staff) -> None:
    """A 1 MB post is over the request size limit: a Swedish 400 page, nothing stored."""
    response = _post_group_visit(staff, "Lisa berättade. " * 65_000, HTTP_ACCEPT_LANGUAGE="sv")

    assert 400 == response.status_code
    assert "Ingenting sparades" in response.content.decode()
    assert 0 == Visit.objects.count()


def test_a_note_over_the_field_limit_gets_the_limit(staff: Staff) -> None:
    response = _post_group_visit(staff, "samtal om sömn. " * 100)

    assert 422 == response.status_code
    assert "1000" in response.content.decode()
    assert 0 == Visit.objects.count()


def test_binary_junk_in_a_note_is_answered_without_a_server_error(staff: Staff) -> None:
    junk = bytes(range(1, 256)).decode("latin-1") * 3
    response = _post_group_visit(staff, junk[:900])

    assert response.status_code in (302, 422)
    for visit in Visit.objects.all():
        assert not [f for f in privacy_findings() if f.record == f"visit {visit.pk}"]
