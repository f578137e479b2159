"""Follow-up pages in Chromium (docs/followup.md): the committee's figures on a 320 px phone,
390 px and a desktop, without JavaScript, with no axe violations; screenshots for review."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from iub.web.accounts.services import DEMO_PASSWORD, staff_seed_demo

from .conftest import SCREENSHOTS

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
YEAR = dt.date.today().year


@pytest.fixture
def followup_site(site: str, settings: Any) -> str:
    from iub.web.catalog import selectors
    from iub.web.followup.demo import demo_fill

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    versions = selectors.catalog_versions_latest()
    staff_seed_demo([(v.stem, selectors.catalog_of(v)) for v in versions])
    demo_fill(seed=7, stems=["stockholm"])
    return site


def _login(browser: Any, site: str, opened: list[Any], width: int, javascript: bool) -> Any:
    context = browser.new_context(
        locale="sv-SE", java_script_enabled=javascript, viewport={"width": width, "height": 900}
    )
    opened.append(context)
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(site + "/personal/logga-in/")
    page.get_by_label("Användarnamn").fill("namnd-stockholm")
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(site + "/namnd/")  # committee staff land in their workspace
    return page


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_committee_figures_on_every_width(
    browser: Any, followup_site: str, opened: list[Any], width: int
) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    # Without JavaScript: the pages, charts and tables are all server-rendered.
    page = _login(browser, followup_site, opened, width, javascript=False)
    page.goto(followup_site + "/uppfoljning/")
    page.get_by_role("link", name=f"Uppföljning {YEAR}").click()
    expect(page.get_by_role("heading", name=f"Uppföljning {YEAR}: Stockholm")).to_be_visible()
    page.get_by_role("link", name="Samtalsgrupp för anhöriga").first.click()
    expect(page.get_by_role("heading", name=f"Samtalsgrupp för anhöriga {YEAR}")).to_be_visible()
    expect(page.locator("table").first).to_be_visible()
    expect(page.locator("svg.iub-chart text").first).to_be_visible()  # real text in the chart
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"followup-intervention-{width}.png"), full_page=True)
    # With JavaScript, for the measurements: no sideways scrolling, no axe violations.
    page = _login(browser, followup_site, opened, width, javascript=True)
    for path, name in (
        (f"/uppfoljning/stockholm/{YEAR}/samtalsgrupp-for-anhoriga/", "intervention"),
        (f"/uppfoljning/stockholm/{YEAR}/", "catalog"),
    ):
        page.goto(followup_site + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
        if name == "catalog":
            page.screenshot(path=str(SCREENSHOTS / f"followup-catalog-{width}.png"), full_page=True)
        response = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}}).response
        assert [] == [f"{v['id']}: {v['nodes'][0]['target']}" for v in response["violations"]]
