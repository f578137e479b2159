"""The committee's units page in Chromium: find it, fix a wrong phone number, see it public.

The secretary of Alingsås follows the workspace's link to "Enheter och kontaktuppgifter",
opens one unit's form, types a number without an area code (a Swedish error that links to
the field), corrects it, and the resident's page shows the new number under "Where to turn".
Each state passes axe and is no wider than a 320, 390 or 1280 px screen (docs/committee.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from iub.web.accounts.services import DEMO_PASSWORD

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = (320, 390, 1280)


def _look(page: Any, screenshots: Path, name: str) -> list[str]:
    """Photograph the page at each width; the widths at which it is wider than the screen,
    then every axe violation."""
    from axe_playwright_python.sync_playwright import Axe

    problems = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        scroll = page.evaluate("document.documentElement.scrollWidth")
        if scroll > width:
            problems.append(f"{name} at {width} px is {scroll} px wide")
        page.screenshot(path=screenshots / f"committee-units-{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    response = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}}).response
    problems += [f"{name}: {v['id']} {v['nodes'][0]['target']}" for v in response["violations"]]
    return problems


def _load(page: Any, target: Any) -> None:
    """Click and wait for the page the click loads (plain links and posts)."""
    with page.expect_navigation():
        target.click()


def test_committee_corrects_a_units_phone_and_residents_see_it(
    browser: Any, committee_site: str, screenshots: Path
) -> None:
    from playwright.sync_api import expect

    from iub.web.accounts.models import Unit
    from iub.web.audit.models import AuditEntry

    site = committee_site
    unit = Unit.objects.get(stem="alingsas", slug="familjeradgivning")
    field = f"#id_u{unit.pk}-phone"
    context = browser.new_context(locale="sv-SE")
    try:
        page = context.new_page()
        page.goto(site + "/personal/logga-in/")
        page.get_by_label("Användarnamn").fill("namnd-alingsas")
        page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
        _load(page, page.get_by_role("button", name="Logga in"))
        assert page.url == site + "/namnd/"

        _load(page, page.get_by_role("link", name="Enheter och kontaktuppgifter"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Enheter och kontaktuppgifter")
        names = page.locator(".unit-list h2").all_inner_texts()
        assert "Familjerådgivning" in names
        assert not any("Stockholm" in name for name in names)
        problems = _look(page, screenshots, "list")
        edit = page.get_by_role("link", name=f"Ändra kontaktuppgifterna för {unit.name}")
        _load(page, edit)
        expect(page.get_by_role("heading", level=1)).to_have_text(
            f"Kontaktuppgifter för {unit.name}"
        )
        problems += _look(page, screenshots, "edit")

        # A number without an area code: refused in Swedish, the summary links to the field.
        page.locator(field).fill("616 60 00")
        _load(page, page.get_by_role("button", name="Spara"))
        summary = page.get_by_role("alert")
        expect(summary).to_contain_text("Telefon: Skriv telefonnumret med riktnummer")
        assert "616 60 00" == page.locator(field).input_value()
        assert "true" == page.locator(field).get_attribute("aria-invalid")
        problems += _look(page, screenshots, "error")
        summary.get_by_role("link").first.click()
        expect(page.locator(field)).to_be_focused()
        unit.refresh_from_db()
        assert "616 60 00" != unit.phone

        page.locator(field).fill("0322-61 60 00")
        _load(page, page.get_by_role("button", name="Spara"))
        expect(page.get_by_text(f"Kontaktuppgifterna för {unit.name} är sparade.")).to_be_visible()
        problems += _look(page, screenshots, "saved")
        saved = page.locator(f"#unit-{unit.pk}")
        expect(saved.locator("dd").filter(has_text="0322-61 60 00")).to_be_visible()
        unit.refresh_from_db()
        assert "0322-61 60 00" == unit.phone
        entry = AuditEntry.objects.filter(object_type="unit_contact").get()
        assert "namnd-alingsas" == entry.actor and "phone" in entry.purpose

        page.goto(site + "/alingsas/familjeradgivning/")
        expect(page.locator('a[href="tel:0322616000"]').first).to_be_visible()
        assert [] == problems, "\n".join(problems)
    finally:
        context.close()
