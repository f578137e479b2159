"""The anonymous user survey in Chromium (docs/followup.md, "Brukarenkät"): a resident answers
on a 320 px phone without JavaScript; the pages have no axe violations and no sideways
scrolling at 320, 390 and 1280 px; screenshots for review under var/screenshots/."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from iub.web.accounts.services import staff_seed_demo

from .conftest import SCREENSHOTS

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
X = "samtalsgrupp-for-anhoriga"


@pytest.fixture
def survey_url(site: str, settings: Any) -> str:
    from iub.web.catalog import selectors
    from iub.web.followup.models import Survey
    from iub.web.followup.surveys import round_open, survey_save

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    versions = selectors.catalog_versions_latest()
    staff_seed_demo([(v.stem, selectors.catalog_of(v)) for v in versions])
    survey_save("stockholm", X, {}, [("Tiden för träffarna passade mig", "scale")])
    survey = Survey.objects.get(stem="stockholm", intervention_id=X)
    today = dt.date.today()
    survey_round = round_open(survey, "Gruppträff 3", today, today + dt.timedelta(days=7))
    return f"{site}/enkat/{survey_round.token}/"


def _page(browser: Any, opened: list[Any], width: int, javascript: bool) -> Any:
    context = browser.new_context(
        locale="sv-SE", java_script_enabled=javascript, viewport={"width": width, "height": 800}
    )
    opened.append(context)
    page = context.new_page()
    page.set_default_timeout(30_000)
    return page


def test_a_resident_answers_on_a_320px_phone_without_javascript(
    browser: Any, survey_url: str, opened: list[Any]
) -> None:
    from playwright.sync_api import expect

    from iub.web.followup.models import SurveyResponse

    page = _page(browser, opened, 320, javascript=False)
    page.goto(survey_url)
    expect(
        page.get_by_role("heading", name="Vad tyckte du om Samtalsgrupp för anhöriga?")
    ).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 321
    page.get_by_role("group", name="1. Hade du nytta av insatsen?").get_by_label(
        "Ja, mycket"
    ).check()
    page.get_by_role("group", name="3. Skulle du rekommendera").get_by_label("Kanske").check()
    page.get_by_label("Instämmer delvis").check()
    page.get_by_label("Vill du säga något mer?").fill("Ring mig på 070-123 45 67")
    page.get_by_role("button", name="Skicka svaren").click()
    expect(page.get_by_role("heading", name="Fritexten sparas inte")).to_be_visible()
    assert not SurveyResponse.objects.exists()
    page.screenshot(path=str(SCREENSHOTS / "survey-rewrite-320.png"), full_page=True)
    page.get_by_label("Vill du säga något mer?").fill("Tryggt och lugnt, tack.")
    token = page.locator('input[name="svarstoken"]').input_value()
    page.get_by_role("button", name="Skicka svaren").click()
    expect(page.get_by_role("heading", name="Tack för ditt svar!")).to_be_visible()
    page.screenshot(path=str(SCREENSHOTS / "survey-thanks-320.png"), full_page=True)
    stored = SurveyResponse.objects.get()
    assert stored.choices == {"nytta": "mycket", "rekommendera": "kanske", "egen-1": "3"}
    assert stored.free_text == "Tryggt och lugnt, tack."
    # The same form sent again (a replay): refused, nothing more is stored.
    replay = page.request.post(survey_url, form={"svarstoken": token, "q-nytta": "inte"})
    assert 409 == replay.status and "Ditt svar är redan inskickat" in replay.text()
    assert 1 == SurveyResponse.objects.count()
    assert [] == page.context.cookies()


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_survey_pages_on_every_width(
    browser: Any, survey_url: str, opened: list[Any], width: int
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    from iub.web.accounts.services import DEMO_PASSWORD
    from iub.web.followup.models import SurveyRound

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = _page(browser, opened, width, javascript=True)
    page.goto(survey_url)
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.screenshot(path=str(SCREENSHOTS / f"survey-answer-{width}.png"), full_page=True)
    response = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}}).response
    assert [] == [f"{v['id']}: {v['nodes'][0]['target']}" for v in response["violations"]]
    # The committee's pages: the survey and the printable QR code.
    site = survey_url.split("/enkat/")[0]
    page.goto(site + "/personal/logga-in/")
    page.get_by_label("Användarnamn").fill("namnd-stockholm")
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(site + "/namnd/")  # committee staff land in their workspace
    survey_round = SurveyRound.objects.get()
    for path, name in (
        (f"/uppfoljning/stockholm/enkater/{X}/", "edit"),
        (f"/uppfoljning/stockholm/enkater/{X}/omgang/{survey_round.pk}/", "qr"),
    ):
        page.goto(site + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
        page.screenshot(path=str(SCREENSHOTS / f"survey-{name}-{width}.png"), full_page=True)
        response = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}}).response
        assert [] == [f"{v['id']}: {v['nodes'][0]['target']}" for v in response["violations"]]


def test_a_resident_answers_with_a_code_on_a_320px_phone_without_javascript(
    browser: Any, survey_url: str, opened: list[Any]
) -> None:
    """Code mode: the entry page asks for the card's code; a wrong code is explained, the right
    one (typed in lower case with spaces) leads to the questions, and the code answers once."""
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    from iub.web.accounts.services import DEMO_PASSWORD
    from iub.web.followup.models import Survey, SurveyCode, SurveyResponse
    from iub.web.followup.surveys import codes_issue, round_open

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    today = dt.date.today()
    survey = Survey.objects.get(stem="stockholm", intervention_id=X)
    survey_round = round_open(
        survey, "Gruppträff 5", today, today + dt.timedelta(days=1), codes_only=True
    )
    code = codes_issue(survey_round, 8, actor="namnd-stockholm")[0]
    site = survey_url.split("/enkat/")[0]
    link = f"{site}/enkat/{survey_round.token}/"

    page = _page(browser, opened, 320, javascript=False)
    page.goto(link)
    expect(
        page.get_by_role("heading", name="Vad tyckte du om Samtalsgrupp för anhöriga?")
    ).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 321
    page.screenshot(path=str(SCREENSHOTS / "survey-code-320.png"), full_page=True)
    page.get_by_label("Svarskod").fill("ABCD-EFGH-JKMN")
    page.get_by_role("button", name="Fortsätt till frågorna").click()
    expect(page.get_by_role("heading", name="Koden stämmer inte")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 321
    page.screenshot(path=str(SCREENSHOTS / "survey-code-wrong-320.png"), full_page=True)
    page.get_by_label("Svarskod").fill(code.lower().replace("-", " "))
    page.get_by_role("button", name="Fortsätt till frågorna").click()
    page.get_by_role("group", name="1. Hade du nytta av insatsen?").get_by_label("Lite").check()
    page.get_by_role("button", name="Skicka svaren").click()
    expect(page.get_by_role("heading", name="Tack för ditt svar!")).to_be_visible()
    assert {"nytta": "lite"} == SurveyResponse.objects.get().choices
    assert 1 == SurveyCode.objects.filter(spent=True).count()
    page.goto(f"{link}?kod={code}")
    expect(page.get_by_role("heading", name="Koden är redan använd")).to_be_visible()
    assert [] == page.context.cookies()

    # Zero axe violations (axe itself needs JavaScript): the entry page, blank and with an
    # error, at 320 px; and the committee's page of the round with its code and close forms.
    checked = _page(browser, opened, 320, javascript=True)
    for url in (link, f"{link}?kod=ABCD-EFGH-JKMN"):
        checked.goto(url)
        assert checked.evaluate("document.documentElement.scrollWidth") <= 321
        response = Axe().run(checked, options={"runOnly": {"type": "tag", "values": WCAG}})
        violations = response.response["violations"]
        assert [] == [f"{v['id']}: {v['nodes'][0]['target']}" for v in violations], url
    checked.goto(site + "/personal/logga-in/")
    checked.get_by_label("Användarnamn").fill("namnd-stockholm")
    checked.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    checked.get_by_role("button", name="Logga in").click()
    checked.wait_for_url(site + "/namnd/")
    checked.goto(f"{site}/uppfoljning/stockholm/enkater/{X}/omgang/{survey_round.pk}/")
    expect(checked.get_by_role("button", name="Stäng omgången nu")).to_be_visible()
    assert checked.evaluate("document.documentElement.scrollWidth") <= 321
    checked.screenshot(path=str(SCREENSHOTS / "survey-code-round-320.png"), full_page=True)
    response = Axe().run(checked, options={"runOnly": {"type": "tag", "values": WCAG}})
    violations = response.response["violations"]
    assert [] == [f"{v['id']}: {v['nodes'][0]['target']}" for v in violations]
