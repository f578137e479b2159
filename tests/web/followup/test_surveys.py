"""Anonymous user surveys on the web (docs/followup.md, "Brukarenkät"): the committee defines
and opens rounds, residents answer without log-in, and every bad post stores nothing."""

from __future__ import annotations

import datetime as dt
import logging
import re

import pytest
from django.test import Client

from iub.web.accounts.models import StaffProfile, Unit
from iub.web.accounts.services import staff_create, units_seed_from_catalog
from iub.web.catalog import selectors as catalog_selectors
from iub.web.catalog.services import catalog_version_load_file
from iub.web.common.logging import SurveyQuiet
from iub.web.followup.models import Survey, SurveyResponse, SurveyRound, SurveyUsedToken
from iub.web.followup.selectors import figures_for

X = "samtalsgrupp-for-anhoriga"
TODAY = dt.date.today()
YEAR = TODAY.year


def login(username: str) -> Client:
    client = Client()
    client.force_login(StaffProfile.objects.get(user__username=username).user)
    return client


@pytest.fixture
def seeded(db: None) -> None:
    version = catalog_version_load_file("stockholm").version
    units = units_seed_from_catalog(catalog_selectors.catalog_of(version), stem="stockholm")
    committee = [u for u in units if u.kind == Unit.Kind.COMMITTEE]
    staff_create(username="namnd", password=None, role="committee", units=committee)
    staff_create(username="analytiker", password=None, role="analyst")
    staff_create(username="other-committee", password=None, role="committee", units=[])


def open_round(
    client: Client, *, starts: dt.date = TODAY, ends: dt.date = TODAY + dt.timedelta(days=7)
) -> SurveyRound:
    response = client.post(
        f"/uppfoljning/stockholm/enkater/{X}/",
        {"action": "round", "label": "Gruppträff 3", "starts_on": starts, "ends_on": ends},
    )
    assert 302 == response.status_code, response.content.decode()
    return SurveyRound.objects.latest("id")


def form_of(client: Client, survey_round: SurveyRound) -> tuple[str, str]:
    """The page and its answer token."""
    page = client.get(f"/enkat/{survey_round.token}/")
    assert 200 == page.status_code
    html = page.content.decode()
    token = re.search(r'name="svarstoken" value="([^"]+)"', html)
    assert token is not None
    return html, token.group(1)


def nothing_stored() -> bool:
    return not SurveyResponse.objects.exists() and not SurveyUsedToken.objects.exists()


def test_the_committee_adds_its_own_questions_and_opens_a_round(seeded: None) -> None:
    client = login("namnd")
    page = client.get("/uppfoljning/stockholm/enkater/")
    assert 200 == page.status_code and X in page.content.decode()
    response = client.post(
        f"/uppfoljning/stockholm/enkater/{X}/",
        {"action": "questions", "new-text": "Tiden för träffarna passade mig", "new-kind": "scale"},
    )
    assert 302 == response.status_code
    assert Survey.objects.get().own == [
        {"id": "egen-1", "text": "Tiden för träffarna passade mig", "kind": "scale"}
    ]
    survey_round = open_round(client)
    printable = client.get(
        f"/uppfoljning/stockholm/enkater/{X}/omgang/{survey_round.pk}/"
    ).content.decode()
    assert f"/enkat/{survey_round.token}/" in printable
    assert '<svg role="img" aria-label="QR-kod till enkäten"' in printable
    assert len(survey_round.token) >= 43
    # Removing a question: an empty text.
    client.post(f"/uppfoljning/stockholm/enkater/{X}/", {"action": "questions", "text-egen-1": ""})
    assert Survey.objects.get().own == []


def test_bad_committee_input_is_refused_clearly(seeded: None) -> None:
    client = login("namnd")
    url = f"/uppfoljning/stockholm/enkater/{X}/"
    short = client.post(url, {"action": "questions", "new-text": "Bra", "new-kind": "fritext"})
    assert 400 == short.status_code and "Välj en svarstyp" in short.content.decode()
    backwards = client.post(
        url,
        {"action": "round", "label": "X", "starts_on": TODAY, "ends_on": TODAY - dt.timedelta(1)},
    )
    assert 400 == backwards.status_code and "Slutdatum" in backwards.content.decode()
    no_date = client.post(
        url, {"action": "round", "label": "X", "starts_on": "igår", "ends_on": ""}
    )
    assert 400 == no_date.status_code and "inget datum" in no_date.content.decode()
    assert not SurveyRound.objects.exists()
    # An intervention whose follow-up is not a user survey has no survey page.
    assert 404 == client.get("/uppfoljning/stockholm/enkater/anhorigstod/").status_code


def test_analysts_read_and_others_do_not_edit(seeded: None) -> None:
    round_ = open_round(login("namnd"))
    analyst = login("analytiker")
    assert 200 == analyst.get(f"/uppfoljning/stockholm/enkater/{X}/").status_code
    assert 200 == analyst.get(f"/uppfoljning/stockholm/enkater/{X}/omgang/{round_.pk}/").status_code
    refused = analyst.post(
        f"/uppfoljning/stockholm/enkater/{X}/",
        {"action": "round", "label": "Y", "starts_on": TODAY, "ends_on": TODAY},
    )
    assert 403 == refused.status_code and 1 == SurveyRound.objects.count()
    assert 404 == login("other-committee").get("/uppfoljning/stockholm/enkater/").status_code
    assert 302 == Client().get("/uppfoljning/stockholm/enkater/").status_code


def test_a_resident_answers_anonymously_once(seeded: None) -> None:
    survey_round = open_round(login("namnd"))
    resident = Client(REMOTE_ADDR="198.51.100.23", HTTP_USER_AGENT="Testbrowser/1.0 unique-ua")
    html, token = form_of(resident, survey_round)
    assert "Hade du nytta av insatsen?" in html and "Kände du dig respekterad?" in html
    assert "<script" not in html
    answer = {"svarstoken": token, "q-nytta": "mycket", "q-rekommendera": "ja", "q-fritext": "Bra!"}
    thanks = resident.post(f"/enkat/{survey_round.token}/", answer)
    assert 200 == thanks.status_code and "Tack för ditt svar" in thanks.content.decode()
    assert not thanks.cookies and "Set-Cookie" not in thanks.headers
    stored = SurveyResponse.objects.get()
    fields = {f.name for f in SurveyResponse._meta.get_fields()}
    assert fields == {"id", "round", "week", "choices", "free_text"}  # no time, IP or agent
    row = SurveyResponse.objects.values().get()
    flat = " ".join(str(v) for v in row.values())
    assert "198.51.100" not in flat and "Testbrowser" not in flat
    assert re.fullmatch(r"\d{4}-W\d{2}", stored.week)
    assert stored.choices == {"nytta": "mycket", "rekommendera": "ja"}
    assert stored.free_text == "Bra!"
    used = SurveyUsedToken.objects.get()
    assert token not in used.token_hash and str(stored.pk) not in used.token_hash
    # The same form again (a replay, a double click, the back button): refused, nothing more.
    again = resident.post(f"/enkat/{survey_round.token}/", answer)
    assert 409 == again.status_code and "redan inskickat" in again.content.decode()
    assert 1 == SurveyResponse.objects.count() and 1 == SurveyUsedToken.objects.count()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"q-nytta": "11"}, "stämmer inte"),  # out of range
        ({"q-okand": "ja"}, "stämmer inte"),  # unknown question
        ({"namn": "Anna"}, "stämmer inte"),  # a field of no question
        ({"svarstoken": "made-up"}, "stämmer inte"),  # forged token
        ({"svarstoken": ""}, "stämmer inte"),  # no token
    ],
)
def test_forged_posts_are_refused_and_store_nothing(
    seeded: None, change: dict[str, str], expected: str
) -> None:
    survey_round = open_round(login("namnd"))
    resident = Client()
    _, token = form_of(resident, survey_round)
    response = resident.post(
        f"/enkat/{survey_round.token}/", {"svarstoken": token, "q-nytta": "lite", **change}
    )
    assert 400 == response.status_code and expected in response.content.decode()
    assert nothing_stored()


def test_a_token_of_another_round_is_refused(seeded: None) -> None:
    committee = login("namnd")
    first, second = open_round(committee), open_round(committee)
    resident = Client()
    _, token = form_of(resident, first)
    response = resident.post(f"/enkat/{second.token}/", {"svarstoken": token, "q-nytta": "lite"})
    assert 400 == response.status_code and nothing_stored()


def test_a_closed_round_stores_nothing(seeded: None) -> None:
    survey_round = open_round(login("namnd"))
    resident = Client()
    _, token = form_of(resident, survey_round)
    SurveyRound.objects.filter(pk=survey_round.pk).update(
        starts_on=TODAY - dt.timedelta(days=9), ends_on=TODAY - dt.timedelta(days=1)
    )
    page = resident.get(f"/enkat/{survey_round.token}/")
    assert 410 == page.status_code and "Enkäten är stängd" in page.content.decode()
    late = resident.post(f"/enkat/{survey_round.token}/", {"svarstoken": token, "q-nytta": "lite"})
    assert 410 == late.status_code and "stängd" in late.content.decode() and nothing_stored()
    SurveyRound.objects.filter(pk=survey_round.pk).update(
        starts_on=TODAY + dt.timedelta(days=1), ends_on=TODAY + dt.timedelta(days=9)
    )
    early = resident.post(f"/enkat/{survey_round.token}/", {"svarstoken": token, "q-nytta": "lite"})
    assert 409 == early.status_code and "öppnar" in early.content.decode() and nothing_stored()
    assert 404 == Client().get("/enkat/" + "x" * 43 + "/").status_code


def test_free_text_with_an_identity_is_not_stored(seeded: None) -> None:
    survey_round = open_round(login("namnd"))
    resident = Client()
    _, token = form_of(resident, survey_round)
    url = f"/enkat/{survey_round.token}/"
    answer = {"svarstoken": token, "q-nytta": "lite", "q-fritext": "Ring mig på 070-123 45 67"}
    refused = resident.post(url, answer)
    html = refused.content.decode()
    assert 400 == refused.status_code and "Skriv om den" in html and nothing_stored()
    assert "Skicka mina svar utan fritexten" in html
    assert 'value="lite" checked' in html  # the answers are kept on the page, not stored
    dropped = resident.post(url, {**answer, "utan_fritext": "1"})
    assert 200 == dropped.status_code and "Din fritext sparades inte" in dropped.content.decode()
    stored = SurveyResponse.objects.get()
    assert stored.free_text == "" and stored.choices == {"nytta": "lite"}


def test_results_pass_disclosure_control(seeded: None) -> None:
    survey_round = open_round(login("namnd"))
    for answer in ["mycket"] * 6 + ["inte"] * 2:
        resident = Client()
        _, token = form_of(resident, survey_round)
        resident.post(f"/enkat/{survey_round.token}/", {"svarstoken": token, "q-nytta": answer})
    week_year = int(SurveyResponse.objects.first().week[:4])  # type: ignore[union-attr]
    table = figures_for("stockholm", week_year).table(f"{X}-survey-nytta")
    assert table.total.value == 8
    assert table.cells[("inte", "")].value is None and table.cells[("mycket", "")].value is None
    page = login("analytiker").get(f"/uppfoljning/stockholm/{week_year}/{X}/").content.decode()
    assert "Brukarenkät: Hade du nytta av insatsen?" in page
    csv = login("namnd").get(f"/uppfoljning/stockholm/{week_year}/figurer.csv?insats={X}")
    assert "Brukarenkät: Hade du nytta av insatsen?" in csv.content.decode()
    api = login("analytiker").get(f"/api/uppfoljning/stockholm/{week_year}/{X}").json()
    survey = next(t for t in api["tables"] if t["id"] == f"{X}-survey-nytta")
    assert survey["total"] == {"value": 8, "hidden": False}
    assert {"value": None, "hidden": True} in [r["cell"] for r in survey["rows"]]


def test_no_log_line_about_the_survey_pages() -> None:
    quiet = SurveyQuiet()

    def record(msg: str, *args: object) -> logging.LogRecord:
        return logging.LogRecord("django.server", logging.INFO, __file__, 1, msg, args, None)

    assert not quiet.filter(record('"%s" %s %s', "POST /enkat/abc/ HTTP/1.1", "200", "12"))
    assert not quiet.filter(record("%(U)s", {"U": "/enkat/abc/"}))
    assert quiet.filter(record('"%s" %s %s', "GET /stockholm/ HTTP/1.1", "200", "12"))


def test_free_texts_show_only_once_enough_have_answered(seeded: None) -> None:
    committee = login("namnd")
    survey_round = open_round(committee)
    url = f"/uppfoljning/stockholm/enkater/{X}/omgang/{survey_round.pk}/"
    for n in range(5):
        resident = Client()
        _, token = form_of(resident, survey_round)
        answer = {"svarstoken": token, "q-fritext": f"Svar nummer {n}"}
        assert 200 == resident.post(f"/enkat/{survey_round.token}/", answer).status_code
        page = committee.get(url).content.decode()
        assert ("Svar nummer 0" in page) == (n == 4), n
    assert "visas när minst 5" not in page


def test_the_demo_has_survey_answers_and_the_report_shows_them(seeded: None) -> None:
    from iub.web.followup.demo import demo_fill

    demo_fill(seed=7, warm=False, stems=["stockholm"])
    first = sorted(str(r) for r in SurveyResponse.objects.values_list("week", "choices"))
    assert first
    demo_fill(seed=7, warm=False, stems=["stockholm"])
    assert first == sorted(str(r) for r in SurveyResponse.objects.values_list("week", "choices"))
    html = login("namnd").get(f"/uppfoljning/stockholm/{YEAR - 1}/rapport.html").content.decode()
    assert "Brukarenkät: Hade du nytta av insatsen?" in html
