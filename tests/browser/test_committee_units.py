"""The committee edits its units' contact data in Chromium, by keyboard, without JavaScript.

Log in as the Alingsås committee's secretary, open "Enheter och kontaktuppgifter", type a
phone number that is not one and be told so in Swedish with the typed value kept, correct
it, save, and see the saved value. The page passes axe, is no wider than the screen at 320,
390 and 1280 px, and is photographed at each width (docs/committee.md).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from iub.web.accounts.services import DEMO_PASSWORD, staff_seed_demo

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = (320, 390, 1280)


@pytest.fixture
def committee_site(site: str, settings: Any) -> str:
    from iub.web.catalog import selectors

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.IUB_TODAY = dt.date(2026, 12, 6)
    settings.IUB_CACHE_SECONDS = 0
    versions = selectors.catalog_versions_latest()
    staff_seed_demo([(v.stem, selectors.catalog_of(v)) for v in versions])
    return site


def _check(page: Any, screenshots: Path, name: str) -> None:
    """No overflow and a screenshot at each width; axe finds nothing."""
    from axe_playwright_python.sync_playwright import Axe

    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        assert scroll <= inner, f"{name} at {width} px: {scroll} > {inner}"
        page.screenshot(path=screenshots / f"committee-{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}}).response
    violations = [
        f"{v['id']}: {v['help']} ({v['nodes'][0]['target']})" for v in results["violations"]
    ]
    assert [] == violations, name


def _tab_to(page: Any, selector: str, limit: int = 200) -> None:
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


def test_unit_contact_by_keyboard_without_javascript(
    browser: Any, committee_site: str, screenshots: Path
) -> None:
    from playwright.sync_api import expect

    from iub.web.accounts.models import Unit

    expect.set_options(timeout=30_000)  # a loaded CI machine; only a hang fails
    site = committee_site
    unit = Unit.objects.filter(stem="alingsas").exclude(kind="committee").order_by("name")[0]
    context = browser.new_context(locale="sv-SE", java_script_enabled=False)
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(site + "/personal/logga-in/")
        _tab_to(page, "#id_username")
        page.keyboard.type("namnd-alingsas")
        page.keyboard.press("Tab")
        page.keyboard.type(DEMO_PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(site + "/namnd/")
        _tab_to(page, "a:has-text('Enheter och kontaktuppgifter')")
        page.keyboard.press("Enter")
        page.wait_for_url(site + "/namnd/enheter/")
        expect(page.locator("h1")).to_have_text("Enheter och kontaktuppgifter")
        expect(page.locator("main")).not_to_contain_text("Stadsdelsförvaltning")
        _check(page, screenshots, "units")

        phone = f"#id_u{unit.pk}-phone"
        page.locator(f"#unit-{unit.pk}").scroll_into_view_if_needed()
        page.locator(f"#id_u{unit.pk}-address").focus()
        page.keyboard.press("Tab")  # from the address to the phone field
        expect(page.locator(phone)).to_be_focused()
        page.keyboard.type("ring oss")
        page.keyboard.press("Enter")  # submits this unit's form
        expect(page.locator(".ds-error-summary")).to_contain_text("Det är inget telefonnummer")
        expect(page.locator(phone)).to_have_value("ring oss")
        _check(page, screenshots, "units-error")

        page.locator(".ds-error-summary a").first.focus()
        page.keyboard.press("Enter")  # the summary's link leads to the field
        page.locator(phone).fill("0322-61 60 00")
        page.locator(phone).press("Enter")
        page.wait_for_url(re.compile(r".*/namnd/enheter/$"))
        expect(page.locator("[role=status]").first).to_contain_text("är sparade")
        expect(page.locator(phone)).to_have_value("0322-61 60 00")
    finally:
        context.close()
    unit.refresh_from_db()
    assert "0322-61 60 00" == unit.phone
