"""The desk pages, regime by regime: what each journey stores, and what it refuses."""

from __future__ import annotations

import json
import re

from django.test import Client

from iub.web.audit.models import AuditEntry
from iub.web.audit.selectors import audit_verify
from iub.web.desk.models import (
    AnonymousParticipation,
    CheckRecord,
    HeadCount,
    Identity,
    Participation,
    ParticipationEvent,
    Visit,
)

from .conftest import Staff, answer_check, hidden, skatteverket_numbers

FAMILJ = "/personal/alingsas/familjeradgivning/familjeradgivning/"
MINI = "/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/"
BOENDE = "/personal/alingsas/boendecoaching/boendecoaching/"
GLANTAN = "/personal/alingsas/aktivitetshus-glantan/aktivitetshus-glantan/"
SODERMALM = "/personal/stockholm/sodermalms-stadsdelsforvaltning/samtalsgrupp-for-anhoriga/"

ADULT_ALINGSAS = {
    "person.age": ["45"],
    "person.municipality": ["1489"],
    "person.supports_close_person": ["yes"],
    "person.lives_in": ["1489"],
}


def _eligible(client: Client, base: str, answers: dict[str, list[str]]) -> int:
    response = answer_check(client, base + "kontroll/", answers)
    html = response.content.decode()
    assert 'data-outcome="eligible"' in html, html[:2000]
    record = CheckRecord.objects.latest("pk")
    assert 302 == client.post(base + f"kontroll/{record.pk}/information/").status_code
    return record.pk


def _form(client: Client, url: str) -> dict[str, str]:
    return {"idem": hidden(client.get(url).content.decode(), "idem")}


def test_home_lists_the_users_units(staff: Staff) -> None:
    """The desk's home shows the user's unit and its interventions."""
    html = staff.client("minimaria").get("/personal/").content.decode()

    assert "Mini Maria" in html
    assert "anhorigstod-vid-ungas-beroende-mini-maria" in html
    assert "beroendestod-vid-mini-maria" in html


def test_public_pages_set_no_session_cookie(staff: Staff) -> None:
    """Only the staff side uses sessions: a public page sets no session cookie."""
    client = Client()

    public = client.get("/alingsas/")
    login = client.get("/personal/logga-in/")

    assert "iub_personal" not in public.cookies
    assert 200 == login.status_code


def test_login_with_password(staff: Staff) -> None:
    """A staff member logs in with username and password and lands on the desk."""
    from iub.web.accounts.services import staff_create

    staff_create(username="ny", password="ett-langt-losenord", role="provider")
    client = Client()
    page = client.get("/personal/logga-in/").content.decode()
    assert "Användarnamn" in page

    response = client.post(
        "/personal/logga-in/", {"username": "ny", "password": "ett-langt-losenord"}
    )

    assert 302 == response.status_code
    assert "/personal/" == response["Location"]


def test_not_eligible_stores_the_failed_condition_and_shows_committee(staff: Staff) -> None:
    """A no keeps which condition failed; the page names the committee and the information."""
    client = staff.client("familjeradgivning")

    response = answer_check(
        client, FAMILJ + "kontroll/", {"person.age": ["40"], "person.municipality": ["other"]}
    )

    html = response.content.decode()
    assert 'data-outcome="not_eligible"' in html
    assert "Socialnämnden" in html
    assert "11 kap. 6 §" in html
    record = CheckRecord.objects.get()
    assert ("not_eligible", "advice") == (record.outcome, record.regime)
    assert record.failed_conditions


def test_unsure_answer_refers_to_the_committee(staff: Staff) -> None:
    """Osäkert → refer, with the committee's contact."""
    client = staff.client("familjeradgivning")

    response = answer_check(
        client, FAMILJ + "kontroll/", {"person.age": ["40"], "person.municipality": ["unsure"]}
    )

    assert 'data-outcome="refer"' in response.content.decode()
    assert "refer" == CheckRecord.objects.get().outcome


def test_double_submit_of_the_last_answer_stores_one_check(staff: Staff) -> None:
    """Posting the final answer twice (same idempotency key) stores one check."""
    client = staff.client("familjeradgivning")
    url = FAMILJ + "kontroll/"
    first = client.get(url).content.decode()
    data = {"idem": hidden(first, "idem"), "q": "person.age", "a.person.age": "40"}
    second = client.post(url, data).content.decode()
    final = {
        "idem": hidden(second, "idem"),
        "q": "person.municipality",
        "a.person.age": "40",
        "a.person.municipality": "1489",
    }

    client.post(url, final)
    client.post(url, final)

    assert 1 == CheckRecord.objects.count()


def test_advice_visit_after_check(staff: Staff) -> None:
    """Familjerådgivning: check → information → visit, no personal circumstances."""
    client = staff.client("familjeradgivning")
    check = _eligible(client, FAMILJ, {"person.age": ["40"], "person.municipality": ["1489"]})
    url = FAMILJ + f"besok/ny/?kontroll={check}"

    response = client.post(
        url,
        {
            **_form(client, url),
            "kontroll": check,
            "visited_on": "2026-11-26",
            "delivery": "individual",
            "people": "2",
            "age_band": "25-44",
            "action": "save",
        },
    )

    assert 302 == response.status_code
    visit = Visit.objects.get()
    assert (2, "25-44", "advice", check) == (
        visit.people,
        visit.age_band,
        visit.regime,
        visit.check_record_id,
    )


def test_advice_note_with_identity_warns_and_redacts(staff: Staff) -> None:
    """A 14 kap. 4 § note with a phone number warns; 'Ersätt och spara' stores the label."""
    client = staff.client("familjeradgivning")
    url = FAMILJ + "besok/ny/"
    data = {
        **_form(client, url),
        "visited_on": "2026-11-26",
        "delivery": "individual",
        "people": "1",
        "note": "Ring tillbaka på 070-123 45 67 om tid.",
    }

    warned = client.post(url, {**data, "action": "save"})
    saved = client.post(url, {**data, "action": "redact_save"})

    assert 422 == warned.status_code
    assert 'data-color="warning"' in warned.content.decode()
    assert 302 == saved.status_code
    assert "Ring tillbaka på [TELEFON] om tid." == Visit.objects.get().note


def test_group_meeting_is_one_record_of_n(staff: Staff) -> None:
    """A group meeting with eight people is recorded once."""
    client = staff.client("familjeradgivning")
    url = FAMILJ + "besok/ny/"

    client.post(
        url,
        {
            **_form(client, url),
            "visited_on": "2026-11-26",
            "delivery": "group",
            "people": "8",
            "action": "save",
        },
    )

    assert [("group", 8)] == list(Visit.objects.values_list("delivery", "people"))


def test_no_identity_participation_blocks_a_name_then_saves_redacted(staff: Staff) -> None:
    """14 kap. 5 §: a name blocks saving and is shown; one click redacts; then it saves."""
    client = staff.client("minimaria")
    check = _eligible(client, MINI, ADULT_ALINGSAS)
    url = MINI + f"deltagande/ny/?kontroll={check}"
    data = {
        **_form(client, url),
        "kontroll": check,
        "started_on": "2026-11-26",
        "participants": "1",
        "age_band": "45-64",
        "gender": "kvinna",
        "problems": ["ungdomens_alkohol", "skolfranvaro"],
        "wellbeing_start": "2",
        "social_start": "3",
        "note": "Mamman Anna Svensson oroar sig för sonen.",
    }

    blocked = client.post(url, {**data, "action": "save"})
    redacted = client.post(url, {**data, "action": "redact"})
    note = re.search(
        r'<textarea[^>]*name="note"[^>]*>\s*([^<]*)</textarea>', redacted.content.decode()
    )
    assert note is not None
    saved = client.post(url, {**data, "note": note.group(1).strip(), "action": "save"})

    assert 422 == blocked.status_code
    assert "<mark" in blocked.content.decode() and "namn" in blocked.content.decode()
    assert 0 == AnonymousParticipation.objects.filter(note__contains="Svensson").count()
    assert 302 == saved.status_code, saved.content.decode()[:3000]
    stored = AnonymousParticipation.objects.get()
    assert "[NAMN]" in stored.note and "Svensson" not in stored.note
    assert (["ungdomens_alkohol", "skolfranvaro"], 2, 3) == (
        stored.problems,
        stored.wellbeing_start,
        stored.social_start,
    )


def test_no_identity_participation_ends_with_a_reason(staff: Staff) -> None:
    """Ending early records the reason from the fixed list and the end scores."""
    client = staff.client("minimaria")
    check = _eligible(client, MINI, ADULT_ALINGSAS)
    url = MINI + f"deltagande/ny/?kontroll={check}"
    client.post(
        url,
        {
            **_form(client, url),
            "kontroll": check,
            "started_on": "2026-11-01",
            "participants": "1",
            "action": "save",
        },
    )
    participation = AnonymousParticipation.objects.get()
    end_url = MINI + f"deltagande/anonym/{participation.pk}/avsluta/"

    client.post(
        end_url,
        {
            **_form(client, end_url),
            "ended_on": "2026-11-26",
            "left_early": "flyttat",
            "wellbeing_end": "4",
            "action": "save",
        },
    )

    participation.refresh_from_db()
    assert ("flyttat", 4) == (participation.left_early, participation.wellbeing_end)


def test_participation_needs_an_eligible_check_with_information(staff: Staff) -> None:
    """Without a ready check the start form refuses and stores nothing."""
    client = staff.client("minimaria")
    url = MINI + "deltagande/ny/"

    response = client.post(
        url,
        {**_form(client, url), "started_on": "2026-11-26", "participants": "1", "action": "save"},
    )

    assert 422 == response.status_code
    assert 0 == AnonymousParticipation.objects.count()


def test_full_participation_with_encrypted_personnummer_and_audit(staff: Staff) -> None:
    """Boendecoaching: the personnummer is validated, encrypted, audited, and exported."""
    client = staff.client("boende")
    check = _eligible(client, BOENDE, ADULT_ALINGSAS)
    pnr = skatteverket_numbers()[5]
    url = BOENDE + f"deltagande/ny/?kontroll={check}"

    response = client.post(
        url,
        {
            **_form(client, url),
            "kontroll": check,
            "identity": pnr,
            "started_on": "2026-11-26",
            "wellbeing_start": "2",
            "social_start": "2",
            "action": "save",
        },
    )

    assert 302 == response.status_code
    participation = Participation.objects.get()
    identity = Identity.objects.get()
    assert pnr.encode() not in bytes(identity.number_encrypted)
    assert pnr not in identity.lookup_hash
    assert "Lifecare IFO" == participation.external_system
    detail = client.get(response["Location"]).content.decode()
    assert f"{pnr[:8]}-{pnr[8:]}" in detail
    event_url = BOENDE + f"deltagande/{participation.pk}/handelse/"
    client.post(
        event_url,
        {
            **_form(client, event_url),
            "occurred_on": "2026-11-27",
            "text": "Första hembesöket genomfört.",
            "action": "save",
        },
    )
    assert b"hembes" not in bytes(ParticipationEvent.objects.get().text_encrypted)
    exported = client.get(BOENDE + f"deltagande/{participation.pk}/export.json")
    body = json.loads(exported.content)
    assert ("Lifecare IFO", pnr, "2026-11-26") == (
        body["system"],
        body["person"]["number"],
        body["start"]["date"],
    )
    actions = list(AuditEntry.objects.values_list("action", "purpose"))
    assert ("write", "starta deltagande") in actions
    assert ("read", "visa deltagande") in actions
    assert ("write", "dokumentera händelse") in actions
    assert ("export", "export till Lifecare IFO") in actions
    assert [] == audit_verify()[1]


def test_same_person_twice_shares_one_identity_row(staff: Staff) -> None:
    """The keyed hash finds an identity already stored."""
    client = staff.client("boende")
    pnr = skatteverket_numbers()[6]
    for _ in range(2):
        check = _eligible(client, BOENDE, ADULT_ALINGSAS)
        url = BOENDE + f"deltagande/ny/?kontroll={check}"
        client.post(
            url,
            {
                **_form(client, url),
                "kontroll": check,
                "identity": pnr,
                "started_on": "2026-11-26",
                "action": "save",
            },
        )

    assert (2, 1) == (Participation.objects.count(), Identity.objects.count())


def test_invalid_personnummer_says_why_and_stores_nothing(staff: Staff) -> None:
    """A wrong check digit: the field says so; nothing is stored or audited."""
    client = staff.client("boende")
    check = _eligible(client, BOENDE, ADULT_ALINGSAS)
    pnr = skatteverket_numbers()[0]
    wrong = pnr[:-1] + str((int(pnr[-1]) + 1) % 10)
    url = BOENDE + f"deltagande/ny/?kontroll={check}"
    audits = AuditEntry.objects.count()

    response = client.post(
        url,
        {
            **_form(client, url),
            "kontroll": check,
            "identity": wrong,
            "started_on": "2026-11-26",
            "action": "save",
        },
    )

    assert 422 == response.status_code
    assert "Kontrollsiffran stämmer inte" in response.content.decode()
    assert (0, 0, audits) == (
        Participation.objects.count(),
        Identity.objects.count(),
        AuditEntry.objects.count(),
    )


def test_ungdok_participation_at_mini_maria(staff: Staff) -> None:
    """Mini Maria's full-regime intervention records that the journal is kept in UNGDOK."""
    client = staff.client("minimaria")
    base = "/personal/alingsas/mini-maria/beroendestod-vid-mini-maria/"
    check = _eligible(
        client,
        base,
        {
            "person.age": ["19"],
            "person.municipality": ["1489"],
            "person.requests_self": ["yes"],
            "person.lives_in": ["1489"],
        },
    )
    url = base + f"deltagande/ny/?kontroll={check}"

    client.post(
        url,
        {
            **_form(client, url),
            "kontroll": check,
            "identity": skatteverket_numbers()[7],
            "started_on": "2026-11-26",
            "action": "save",
        },
    )

    assert "UNGDOK" == Participation.objects.get().external_system


def test_head_count_per_half_day(staff: Staff) -> None:
    """Gläntan counts heads per half-day under its counting rule; a second count is refused."""
    client = staff.client("glantan")
    url = GLANTAN + "huvudrakning/"
    page = client.get(url).content.decode()
    assert "högst en gång per förmiddag" in page
    data = {
        "counted_on": "2026-11-26",
        "half_day": "em",
        "total": "23",
        "age_65+": "9",
        "gender_kvinna": "12",
        "action": "save",
    }

    client.post(url, {**_form(client, url), **data})
    again = client.post(url, {**_form(client, url), **data})

    assert 422 == again.status_code
    count = HeadCount.objects.get()
    assert (23, {"65+": 9}, {"kvinna": 12}) == (count.total, count.by_age_band, count.by_gender)


def test_stockholm_district_group_session(staff: Staff) -> None:
    """Södermalm: check for the relatives' group, then one meeting of five."""
    client = staff.client("sodermalm")
    check = _eligible(
        client,
        SODERMALM,
        {
            "person.age": ["52"],
            "person.lives_in": ["0180"],
            "person.supports_close_person": ["yes"],
            "close_person.situations": ["older"],
            "person.municipality": ["0180"],
        },
    )
    url = SODERMALM + f"besok/ny/?kontroll={check}"

    client.post(
        url,
        {
            **_form(client, url),
            "kontroll": check,
            "visited_on": "2026-11-26",
            "delivery": "group",
            "people": "5",
            "action": "save",
        },
    )

    visit = Visit.objects.get()
    assert ("no_identity", "group", 5) == (visit.regime, visit.delivery, visit.people)


def test_district_acting_for_another_shows_it(staff: Staff) -> None:
    """Enskede-Årsta-Vantör's staff see that their district acts for Skarpnäck."""
    html = staff.client("enskede").get("/personal/").content.decode()

    assert "utför insatser åt" in html and "Skarpnäcks stadsdelsförvaltning" in html


def test_one_check_starts_one_full_participation(staff: Staff) -> None:
    """A check concerns one individual: reusing it for a second person is refused."""
    client = staff.client("boende")
    check = _eligible(client, BOENDE, ADULT_ALINGSAS)
    url = BOENDE + f"deltagande/ny/?kontroll={check}"
    statuses = []
    for pnr in skatteverket_numbers()[7:9]:
        response = client.post(
            url,
            {
                **_form(client, url),
                "kontroll": check,
                "identity": pnr,
                "started_on": "2026-11-26",
                "action": "save",
            },
        )
        statuses.append(response.status_code)

    assert [302, 422] == statuses
    assert "redan använts" in response.content.decode()
    assert 1 == Participation.objects.count()
    detail = client.get(BOENDE + f"kontroll/{check}/").content.decode()
    assert "Starta deltagande" not in detail


def test_one_check_starts_one_anonymous_participation(staff: Staff) -> None:
    """The same rule under 14 kap. 5 §: the second start from the check is refused."""
    client = staff.client("minimaria")
    check = _eligible(client, MINI, ADULT_ALINGSAS)
    url = MINI + f"deltagande/ny/?kontroll={check}"
    statuses = [
        client.post(
            url,
            {
                **_form(client, url),
                "kontroll": check,
                "started_on": "2026-11-26",
                "participants": "1",
                "action": "save",
            },
        ).status_code
        for _ in range(2)
    ]

    assert [302, 422] == statuses
    assert 1 == AnonymousParticipation.objects.count()


def test_forged_redact_save_under_no_identity_only_redacts_for_review(staff: Staff) -> None:
    """14 kap. 5 §: a forged 'Ersätt och spara' saves nothing; the redacted note is shown."""
    client = staff.client("minimaria")
    check = _eligible(client, MINI, ADULT_ALINGSAS)
    url = MINI + f"deltagande/ny/?kontroll={check}"
    pnr = skatteverket_numbers()[2]

    response = client.post(
        url,
        {
            **_form(client, url),
            "kontroll": check,
            "started_on": "2026-11-26",
            "participants": "1",
            "note": f"Kalle ringde från 0701234567, pnr {pnr}.",
            "action": "redact_save",
        },
    )

    assert 200 == response.status_code
    assert 0 == AnonymousParticipation.objects.count()
    html = response.content.decode()
    assert "[TELEFON]" in html and "[PERSONNUMMER]" in html
    assert pnr not in html


def test_advice_name_guess_is_saved_when_confirmed(staff: Staff) -> None:
    """14 kap. 4 §: the guard warns; 'the marked word is not a name' lets the note be saved."""
    client = staff.client("familjeradgivning")
    url = FAMILJ + "besok/ny/"
    data = {
        **_form(client, url),
        "visited_on": "2026-11-26",
        "delivery": "individual",
        "people": "1",
        "note": "Pratade med Lisa Berg om ekonomi",
        "action": "save",
    }

    warned = client.post(url, data)
    saved = client.post(url, {**data, "confirm": "on"})

    assert 422 == warned.status_code
    assert 'name="confirm"' in warned.content.decode()
    assert 302 == saved.status_code
    assert "Pratade med Lisa Berg om ekonomi" == Visit.objects.get().note


def test_advice_confirm_does_not_let_numbers_through(staff: Staff) -> None:
    """The override is for name guesses only: a phone number with confirm=on is refused."""
    client = staff.client("familjeradgivning")
    url = FAMILJ + "besok/ny/"
    data = {
        **_form(client, url),
        "visited_on": "2026-11-26",
        "delivery": "individual",
        "people": "1",
        "note": "Ring 0701234567 om tid",
        "action": "save",
        "confirm": "on",
    }

    refused = client.post(url, data)

    assert 422 == refused.status_code
    assert 'name="confirm"' not in refused.content.decode()
    assert 0 == Visit.objects.count()


def test_help_texts_are_the_elements_fields_point_to(staff: Staff) -> None:
    """Every aria-describedby id on a desk form names an element of the page."""
    pages = [
        (staff.client("minimaria"), MINI + "deltagande/ny/"),
        (staff.client("boende"), BOENDE + "deltagande/ny/"),
        (staff.client("familjeradgivning"), FAMILJ + "besok/ny/"),
    ]
    for client, url in pages:
        html = client.get(url).content.decode()
        ids = set(re.findall(r'\sid="([^"]+)"', html))
        described = {
            ref for refs in re.findall(r'aria-describedby="([^"]+)"', html) for ref in refs.split()
        }
        assert described, url
        assert described <= ids, (url, described - ids)


def test_place_shows_outcomes_in_swedish(staff: Staff) -> None:
    """The recent checks say 'Villkoren är uppfyllda', not the code 'eligible'."""
    client = staff.client("familjeradgivning")
    _eligible(client, FAMILJ, {"person.age": ["40"], "person.municipality": ["1489"]})

    html = client.get(FAMILJ).content.decode()

    assert "Villkoren är uppfyllda" in html
    assert ">eligible<" not in html
