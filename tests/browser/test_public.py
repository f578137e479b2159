"""Resident journeys in a real browser: axe on every public page, the keyboard self-check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

SELFCHECK = "/stockholm/samtalsgrupp-for-anhoriga/passar-det-har-mig/"
PAGES = {
    "root": "/",
    "stockholm": "/stockholm/",
    "stockholm-filtered": "/stockholm/?vem=narstaende&alder=16&anonym=ja",
    "stockholm-filter-error": "/stockholm/?alder=sexton",
    "stockholm-intervention": "/stockholm/samtalsgrupp-for-anhoriga/",
    "stockholm-selfcheck": SELFCHECK,
    "alingsas": "/alingsas/",
    "english-intervention": "/en/stockholm/samtalsgrupp-for-anhoriga/",
    "not-found": "/ingenstans/",
    "accessibility": "/tillganglighet/",
    "personal-data": "/personuppgifter/",
    "english-accessibility": "/en/tillganglighet/",
}


def _axe(page: Any) -> dict[str, Any]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    return results.response  # type: ignore[no-any-return]


def _assert_accessible(page: Any, name: str) -> int:
    response = _axe(page)
    violations = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes: {v['nodes'][0]['target']})"
        for v in response["violations"]
    ]
    assert [] == violations, name
    return len(response["passes"]) + len(response["incomplete"])


def _alingsas_pages(browser: Any, site: str) -> dict[str, str]:
    """An Alingsås intervention page, found from the catalog page."""
    page = browser.new_page()
    page.goto(site + "/alingsas/")
    href = page.locator("article h3 a").first.get_attribute("href")
    page.close()
    return {"alingsas-intervention": href, "alingsas-selfcheck": href + "passar-det-har-mig/"}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_public_page_has_no_axe_violations(
    browser: Any, site: str, screenshots: Path, viewport: dict[str, int], record_result: Any
) -> None:
    """axe (WCAG 2.0/2.1 A and AA) finds nothing on any public page; each is photographed."""
    pages = {**PAGES, **_alingsas_pages(browser, site)}
    context = browser.new_context(viewport=viewport, locale="sv-SE")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    suffix = "" if viewport is DESKTOP else "-phone"
    rules = {}
    failures: list[str] = []
    for name, path in pages.items():
        page.goto(site + path)
        if name == "not-found":  # the page's own 404 status is logged as a console error
            errors[:] = [e for e in errors if "404" not in e]
        response = _axe(page)
        failures += [f"{name}: {v['id']}" for v in response["violations"]]
        rules[name] = len(response["passes"]) + len(response["incomplete"])
        page.screenshot(path=screenshots / f"{name}{suffix}.png", full_page=True)

    context.close()
    record_result(
        f"axe (WCAG 2.1 AA), {'dator' if viewport is DESKTOP else 'mobil'}", len(pages), failures
    )
    assert [] == failures
    assert [] == errors  # no CSP violation, no failed asset
    assert all(count > 10 for count in rules.values()), rules  # axe really ran


def _tab_to(page: Any, selector: str, limit: int = 60) -> None:
    """Press Tab until the element matching ``selector`` has focus.

    Uses Playwright's own focus check: ``page.evaluate`` would hang with JavaScript off.
    """
    from playwright.sync_api import expect

    target = page.locator(selector).first
    for _ in range(limit):
        page.keyboard.press("Tab")
        try:
            expect(target).to_be_focused(timeout=100)
        except AssertionError:
            continue
        return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize("javascript", [True, False], ids=["htmx", "no-javascript"])
def test_self_check_with_the_keyboard_alone(
    browser: Any, site: str, screenshots: Path, javascript: bool
) -> None:
    """A 16-year-old carer completes the self-check by keyboard, with or without JavaScript."""
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(site + "/stockholm/samtalsgrupp-for-anhoriga/")

    _tab_to(page, f'a[href$="{SELFCHECK[-19:]}"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/passar-det-har-mig/")
    _tab_to(page, 'input[name="a.person.age"]')
    page.keyboard.type("16")
    page.keyboard.press("Enter")
    page.get_by_text("I vilken kommun bor du?").wait_for()
    _tab_to(page, 'input[name="a.person.lives_in"]')  # the first radio: Stockholm
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.get_by_text("Efterfrågar du själv insatsen?").wait_for()
    _tab_to(page, 'input[name="a.person.requests_self"][value="yes"]')
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.get_by_text("Vilken eller vilka situationer").wait_for()
    _tab_to(page, 'input[value="substance_use"]')
    page.keyboard.press("Space")
    _tab_to(page, 'button[type="submit"]')
    page.keyboard.press("Enter")
    heading = page.get_by_role("heading", name="Ja, det ser ut som att det här passar dig")
    heading.wait_for()

    assert page.get_by_text("utan dina vårdnadshavares samtycke").first.is_visible()
    if javascript:  # htmx swapped the step in place and moved focus to the answer
        assert "result-heading" == page.evaluate("document.activeElement.id")
    if javascript:
        _assert_accessible(page, "selfcheck-result")  # axe needs JavaScript
    page.screenshot(
        path=screenshots / f"stockholm-selfcheck-result{'' if javascript else '-nojs'}.png",
        full_page=True,
    )
    assert ["csrftoken"] == [c["name"] for c in context.cookies()]
    context.close()


def test_not_eligible_and_refer_answers_are_accessible(
    browser: Any, site: str, screenshots: Path, answer_the_rest: Any
) -> None:
    """The not-eligible and refer answers say what to do next, and pass axe."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    for name, answer in (("not-eligible", "En annan kommun"), ("refer", "Jag vet inte")):
        page.goto(site + SELFCHECK)
        page.get_by_label("Hur gammal är du?").fill("40")
        page.get_by_role("button", name="Nästa").click()
        page.get_by_label(answer).check()
        page.get_by_role("button", name="Nästa").click()
        answer_the_rest(page)
        page.get_by_role("heading", name="Ansök om hjälp hos socialtjänsten").wait_for()

        _assert_accessible(page, name)
        page.screenshot(path=screenshots / f"stockholm-selfcheck-{name}.png", full_page=True)
    context.close()


def test_api_docs_page_is_swedish_and_readable(browser: Any, site: str) -> None:
    """/api/docs (Swagger UI) renders, declares lang="sv" and has no contrast violation."""
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(site + "/api/docs")
        page.wait_for_selector(".opblock", timeout=10_000)
        lang = page.get_attribute("html", "lang")
        violations = {
            v["id"]: [(n["target"], n["any"][0]["message"] if n["any"] else "") for n in v["nodes"]]
            for v in _axe(page)["violations"]
        }
    finally:
        context.close()

    assert "sv" == lang
    assert "html-has-lang" not in violations
    assert "color-contrast" not in violations, violations
