"""Closing a survey round early, and rounds answered with printed single-use answer codes
(docs/followup.md, "Brukarenkät"): every refused post changes nothing and stores nothing."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from typing import Any

import pytest
import requests
from django.test import Client
from pypdf import PdfReader

from iub.followup.surveys import answer_code_normalize, token_hash
from iub.web.accounts.models import StaffProfile, Unit
from iub.web.accounts.services import staff_create, units_seed_from_catalog
from iub.web.audit.models import AuditEntry
from iub.web.audit.selectors import audit_verify
from iub.web.catalog import selectors as catalog_selectors
from iub.web.catalog.services import catalog_version_load_file
from iub.web.followup import surveys as services
from iub.web.followup.models import (
    Survey,
    SurveyCode,
    SurveyResponse,
    SurveyRound,
    SurveyUsedToken,
)

X = "samtalsgrupp-for-anhoriga"
TODAY = dt.date.today()
EDIT = f"/uppfoljning/stockholm/enkater/{X}/"
CODE = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}\b")


def login(username: str) -> Client:
    client = Client()
    client.force_login(StaffProfile.objects.get(user__username=username).user)
    return client


def _seed() -> None:
    for stem in ("stockholm", "alingsas"):
        version = catalog_version_load_file(stem).version
        units = units_seed_from_catalog(catalog_selectors.catalog_of(version), stem=stem)
        committee = [u for u in units if u.kind == Unit.Kind.COMMITTEE]
        staff_create(username=f"namnd-{stem}", password=None, role="committee", units=committee)
        if stem == "stockholm":
            provider = [u for u in units if u.kind != Unit.Kind.COMMITTEE][:1]
            staff_create(username="utforare", password=None, role="provider", units=provider)
    staff_create(username="analytiker", password=None, role="analyst")


@pytest.fixture
def seeded(db: None) -> None:
    _seed()


def open_round(client: Client, *, codes: bool = False) -> SurveyRound:
    response = client.post(
        EDIT,
        {
            "action": "round",
            "label": "Gruppträff 4",
            "starts_on": TODAY,
            "ends_on": TODAY + dt.timedelta(days=7),
            "svarssatt": "koder" if codes else "lank",
        },
    )
    assert 302 == response.status_code, response.content.decode()
    return SurveyRound.objects.latest("id")


def round_url(survey_round: SurveyRound, tail: str = "") -> str:
    return f"{EDIT}omgang/{survey_round.pk}/{tail}"


def answer_token(client: Client, url: str) -> str:
    page = client.get(url)
    assert 200 == page.status_code, page.content.decode()
    token = re.search(r'name="svarstoken" value="([^"]+)"', page.content.decode())
    assert token is not None
    return token.group(1)


def nothing_stored() -> bool:
    return not SurveyResponse.objects.exists() and not SurveyUsedToken.objects.exists()


def snapshot(survey_round: SurveyRound) -> tuple[Any, ...]:
    fresh = SurveyRound.objects.get(pk=survey_round.pk)
    return (
        fresh.closed_on,
        SurveyCode.objects.count(),
        AuditEntry.objects.filter(object_type="survey_round").count(),
    )


# --- Closing a round early -----------------------------------------------------------------


def test_the_committee_closes_a_round_early_and_it_stays_closed(seeded: None) -> None:
    committee = login("namnd-stockholm")
    survey_round = open_round(committee)
    resident = Client()
    link = f"/enkat/{survey_round.token}/"
    token = answer_token(resident, link)  # a form loaded before the close
    page = committee.get(round_url(survey_round)).content.decode()
    assert "Stäng omgången nu" in page and "kan inte öppnas igen" in page

    closed = committee.post(round_url(survey_round, "stang/"), {"bekrafta": "ja"}, follow=True)

    assert 200 == closed.status_code
    html = closed.content.decode()
    assert "är stängd. Inga fler svar tas emot, och omgången kan inte öppnas igen." in html
    assert "Stäng omgången nu" not in html and "stängdes i förtid" in html
    assert TODAY == SurveyRound.objects.get(pk=survey_round.pk).closed_on
    entry = AuditEntry.objects.get(object_type="survey_round")
    assert (entry.actor, entry.action, entry.unit, entry.object_id) == (
        "namnd-stockholm",
        "write",
        "stockholm",
        str(survey_round.pk),
    )
    assert "stängd i förtid" in entry.purpose
    assert (1, []) == audit_verify()  # the chain stays whole
    # The resident's link: the same closed page as after the period, and a post is refused.
    shown = resident.get(link)
    assert 410 == shown.status_code and "Enkäten är stängd" in shown.content.decode()
    late = resident.post(link, {"svarstoken": token, "q-nytta": "lite"})
    assert 410 == late.status_code and "Inga fler svar tas emot" in late.content.decode()
    assert nothing_stored()
    # No reopening: a second close is refused and changes nothing; the list says it was early.
    again = committee.post(round_url(survey_round, "stang/"), {"bekrafta": "ja"})
    assert 409 == again.status_code and "kan inte öppnas igen" in again.content.decode()
    assert 1 == AuditEntry.objects.filter(object_type="survey_round").count()
    assert "stängd i förtid" in committee.get(EDIT).content.decode()


def test_closing_needs_the_confirmation(seeded: None) -> None:
    committee = login("namnd-stockholm")
    survey_round = open_round(committee)
    before = snapshot(survey_round)
    refused = committee.post(round_url(survey_round, "stang/"), {})
    assert 400 == refused.status_code and "Kryssa i rutan" in refused.content.decode()
    assert before == snapshot(survey_round) and before[0] is None
    assert 405 == committee.get(round_url(survey_round, "stang/")).status_code


def test_a_round_whose_period_ended_is_already_closed(seeded: None) -> None:
    committee = login("namnd-stockholm")
    survey_round = open_round(committee)
    SurveyRound.objects.filter(pk=survey_round.pk).update(
        starts_on=TODAY - dt.timedelta(days=9), ends_on=TODAY - dt.timedelta(days=1)
    )
    before = snapshot(survey_round)
    response = committee.post(round_url(survey_round, "stang/"), {"bekrafta": "ja"})
    assert 409 == response.status_code and before == snapshot(survey_round)


@pytest.mark.parametrize("username", ["analytiker", "namnd-alingsas", "utforare"])
def test_other_roles_and_municipalities_cannot_close_or_print(seeded: None, username: str) -> None:
    survey_round = open_round(login("namnd-stockholm"), codes=True)
    before = snapshot(survey_round)
    other = login(username)
    closing = other.post(round_url(survey_round, "stang/"), {"bekrafta": "ja"})
    printing = other.post(round_url(survey_round, "svarskoder.pdf"), {"antal": "8"})
    assert (403, 403) == (closing.status_code, printing.status_code)
    assert before == snapshot(survey_round) == (None, 0, 0)
    anonymous = Client().post(round_url(survey_round, "stang/"), {"bekrafta": "ja"})
    assert 302 == anonymous.status_code and before == snapshot(survey_round)


def test_a_forged_close_without_the_csrf_token_is_refused(seeded: None) -> None:
    survey_round = open_round(login("namnd-stockholm"))
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(StaffProfile.objects.get(user__username="namnd-stockholm").user)
    response = strict.post(round_url(survey_round, "stang/"), {"bekrafta": "ja"})
    assert 400 == response.status_code  # the project's CSRF failure page (common.views)
    assert SurveyRound.objects.get(pk=survey_round.pk).closed_on is None
    assert not AuditEntry.objects.filter(object_type="survey_round").exists()


# --- Answer codes ------------------------------------------------------------------------------


def print_codes(client: Client, survey_round: SurveyRound, count: int) -> list[str]:
    """The codes on the printed sheet, read back from the PDF's text."""
    response = client.post(round_url(survey_round, "svarskoder.pdf"), {"antal": str(count)})
    assert 200 == response.status_code, response.content[:400]
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == -(-count // 8)  # eight cards a page
    text = "\n".join(page.extract_text() for page in reader.pages)
    return CODE.findall(text)


def test_printed_codes_each_take_exactly_one_answer(seeded: None) -> None:
    committee = login("namnd-stockholm")
    survey_round = open_round(committee, codes=True)
    assert survey_round.codes_only

    codes = print_codes(committee, survey_round, 10)

    assert 10 == len(set(codes)) == SurveyCode.objects.filter(round=survey_round).count()
    stored = " ".join(SurveyCode.objects.values_list("code_hash", flat=True))
    for code in codes:  # only keyed hashes: neither the code nor its plain SHA-256
        plain = answer_code_normalize(code)
        assert plain is not None
        assert plain not in stored and token_hash(plain) not in stored
    audit = AuditEntry.objects.get(object_type="survey_round")
    assert "10 svarskoder" in audit.purpose and codes[0] not in audit.purpose
    round_page = committee.get(round_url(survey_round)).content.decode()
    assert "10 koder utskrivna, 0 använda" in round_page

    resident = Client()
    link = f"/enkat/{survey_round.token}/"
    entry = resident.get(link)
    assert 200 == entry.status_code and 'name="kod"' in entry.content.decode()
    assert "svarstoken" not in entry.content.decode()
    typed = codes[0].lower().replace("-", " ")  # as a phone keyboard may type it
    token = answer_token(resident, f"{link}?kod={typed}")
    thanks = resident.post(link, {"svarstoken": token, "kod": typed, "q-nytta": "mycket"})
    assert 200 == thanks.status_code and "Tack för ditt svar" in thanks.content.decode()
    answer = SurveyResponse.objects.values().get()
    assert set(answer) == {"id", "round_id", "week", "choices", "free_text"}  # nothing of a code
    assert [True] + [False] * 9 == sorted(
        SurveyCode.objects.values_list("spent", flat=True), reverse=True
    )
    # The same code again, from a fresh form (the link reopened): one answer per code.
    spent_page = resident.get(f"{link}?kod={codes[0]}")
    assert 409 == spent_page.status_code and "Koden är redan använd" in spent_page.content.decode()
    fresh = answer_token(resident, f"{link}?kod={codes[1]}")
    again = resident.post(link, {"svarstoken": fresh, "kod": codes[0], "q-nytta": "inte"})
    assert 409 == again.status_code and "redan använd" in again.content.decode()
    assert 1 == SurveyResponse.objects.count() == SurveyUsedToken.objects.count()
    # Another code is fine.
    assert 200 == resident.post(link, {"svarstoken": fresh, "kod": codes[1]}).status_code
    round_page = committee.get(round_url(survey_round)).content.decode()
    assert "10 koder utskrivna, 2 använda" in round_page


@pytest.mark.parametrize(
    "code",
    ["", "K7PM-3QXD-R9TW", "nonsense", "O0I1-L000-0000"],
    ids=["none", "unknown", "not-a-code", "wrong-alphabet"],
)
def test_a_code_round_refuses_posts_without_one_of_its_codes(seeded: None, code: str) -> None:
    committee = login("namnd-stockholm")
    survey_round = open_round(committee, codes=True)
    valid = print_codes(committee, survey_round, 1)[0]
    resident = Client()
    link = f"/enkat/{survey_round.token}/"
    token = answer_token(resident, f"{link}?kod={valid}")
    response = resident.post(link, {"svarstoken": token, "kod": code, "q-nytta": "lite"})
    assert 400 == response.status_code and "Inget sparades" in response.content.decode()
    assert nothing_stored() and not SurveyCode.objects.filter(spent=True).exists()
    if code:
        shown = resident.get(link, {"kod": code})
        assert 400 == shown.status_code and "Koden finns inte" in shown.content.decode()


def test_a_code_of_another_round_is_unknown(seeded: None) -> None:
    committee = login("namnd-stockholm")
    first, second = open_round(committee, codes=True), open_round(committee, codes=True)
    code = print_codes(committee, first, 1)[0]
    print_codes(committee, second, 1)
    resident = Client()
    assert 400 == resident.get(f"/enkat/{second.token}/", {"kod": code}).status_code
    token = answer_token(resident, f"/enkat/{first.token}/?kod={code}")
    forged = resident.post(f"/enkat/{second.token}/", {"svarstoken": token, "kod": code})
    assert 400 == forged.status_code and nothing_stored()


def test_a_code_field_in_an_open_link_round_is_a_forged_post(seeded: None) -> None:
    survey_round = open_round(login("namnd-stockholm"))
    resident = Client()
    link = f"/enkat/{survey_round.token}/"
    token = answer_token(resident, link)
    forged = resident.post(link, {"svarstoken": token, "kod": "K7PM-3QXD-R9TW"})
    assert 400 == forged.status_code and "stämmer inte" in forged.content.decode()
    assert nothing_stored()


def test_a_closed_code_round_refuses_a_valid_code(seeded: None) -> None:
    committee = login("namnd-stockholm")
    survey_round = open_round(committee, codes=True)
    code = print_codes(committee, survey_round, 2)[0]
    resident = Client()
    link = f"/enkat/{survey_round.token}/"
    token = answer_token(resident, f"{link}?kod={code}")
    assert 302 == committee.post(round_url(survey_round, "stang/"), {"bekrafta": "ja"}).status_code
    late = resident.post(link, {"svarstoken": token, "kod": code, "q-nytta": "lite"})
    assert 410 == late.status_code and "Enkäten är stängd" in late.content.decode()
    assert nothing_stored() and not SurveyCode.objects.filter(spent=True).exists()
    printing = committee.post(round_url(survey_round, "svarskoder.pdf"), {"antal": "8"})
    assert 400 == printing.status_code and "stängd" in printing.content.decode()
    assert 2 == SurveyCode.objects.count()


@pytest.mark.parametrize("count", ["0", "201", "åtta", ""])
def test_a_bad_number_of_codes_is_refused(seeded: None, count: str) -> None:
    committee = login("namnd-stockholm")
    survey_round = open_round(committee, codes=True)
    response = committee.post(round_url(survey_round, "svarskoder.pdf"), {"antal": count})
    assert 400 == response.status_code and "från 1 till 200" in response.content.decode()
    assert not SurveyCode.objects.exists()


def test_an_open_link_round_has_no_codes(seeded: None) -> None:
    committee = login("namnd-stockholm")
    survey_round = open_round(committee)
    response = committee.post(round_url(survey_round, "svarskoder.pdf"), {"antal": "8"})
    assert 400 == response.status_code and "har inga svarskoder" in response.content.decode()
    assert not SurveyCode.objects.exists()
    bad_mode = committee.post(
        EDIT,
        {"action": "round", "label": "X", "starts_on": TODAY, "ends_on": TODAY, "svarssatt": "?"},
    )
    assert 400 == bad_mode.status_code and "Välj hur deltagarna svarar" in bad_mode.content.decode()
    assert 1 == SurveyRound.objects.count()


# --- Concurrency: one code, many posts at once ---------------------------------------------------


@pytest.fixture
def live(live_server: Any, transactional_db: None) -> str:
    """A threaded live server (one connection per request), on SQLite and on PostgreSQL when
    `make test` runs tests/web there."""
    _seed()
    return str(live_server.url)


def test_concurrent_posts_of_one_code_store_one_answer(live: str) -> None:
    """12 posts of one code at once, each from its own freshly loaded form: one answer."""
    from concurrent.futures import ThreadPoolExecutor

    survey = Survey.objects.create(stem="stockholm", intervention_id=X)
    survey_round = services.round_open(
        survey, "Gruppträff", TODAY, TODAY + dt.timedelta(days=1), codes_only=True
    )
    code = services.codes_issue(survey_round, 1, actor="namnd-stockholm")[0]
    link = f"{live}/enkat/{survey_round.token}/"
    tokens = [
        re.findall(r'name="svarstoken" value="([^"]+)"', requests.get(link, {"kod": code}).text)[0]
        for _ in range(12)
    ]

    def send(token: str) -> int:
        body = {"svarstoken": token, "kod": code, "q-nytta": "mycket"}
        return requests.post(link, data=body, timeout=120).status_code

    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(send, tokens))

    assert {200: 1, 409: 11} == dict(Counter(statuses))
    assert 1 == SurveyResponse.objects.count() == SurveyUsedToken.objects.count()
    assert [True] == list(SurveyCode.objects.values_list("spent", flat=True))
