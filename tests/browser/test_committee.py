"""The committee in Chromium: Alingsås' guideline from upload to a published new version.

Log in as the committee's secretary (today is 2026-12-06 through ``IUB_TODAY``), upload the
Alingsås seed, accept it as a draft, lower one age limit from 18 to 16 in the condition
builder, be refused a decision dated after its valid-from day, decide, publish, read the diff,
and see the public page announce the new version and then show it on its valid-from date.
Every committee page passes axe and is photographed at 320, 390 and 1280 px.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from iub.web.accounts.services import DEMO_PASSWORD

SEED = Path(__file__).resolve().parents[1] / "documents" / "fixtures" / "alingsas-riktlinjer.txt"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = (320, 390, 1280)
IID = "radgivning-vid-vald-i-nara-relationer"


def _check(page: Any, screenshots: Path, name: str) -> None:
    """axe finds nothing, and the page is photographed at each width."""
    from axe_playwright_python.sync_playwright import Axe

    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=screenshots / f"committee-{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}}).response
    violations = [
        f"{v['id']}: {v['help']} ({v['nodes'][0]['target']})" for v in results["violations"]
    ]
    assert [] == violations, name


def test_from_upload_to_published_version(
    committee_page: tuple[Any, list[str]],
    committee_site: str,
    settings: Any,
    screenshots: Path,
) -> None:
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)  # a loaded CI machine; only a hang fails
    site = committee_site
    page, errors = committee_page
    expect(page.locator("#revise-heading + ul")).to_contain_text("2026-12-31")
    _check(page, screenshots, "home")

    # Upload the seed and look at the preview before anything is stored.
    page.get_by_role("link", name="Läs in riktlinjer").first.click()
    page.get_by_label("Riktlinjerna (.docx, .pdf eller .txt)").set_input_files(str(SEED))
    _check(page, screenshots, "import")
    page.get_by_role("button", name="Läs in och granska").click()
    page.wait_for_url(re.compile(r".*/namnd/importera/granska/$"))
    expect(page.locator("h1")).to_contain_text("alingsas-riktlinjer.txt")
    expect(page.locator("#found-heading")).to_be_visible()
    _check(page, screenshots, "import-preview")
    page.get_by_role("button", name="Spara som utkast").click()
    page.wait_for_url(re.compile(r".*/namnd/utkast/\d+/$"))
    draft_url = page.url
    _check(page, screenshots, "draft")

    # Lower the age limit of one intervention in the condition builder.
    page.get_by_role("link", name="Rådgivning vid våld i nära relationer").click()
    expect(page.locator("#villkor")).to_contain_text("Personen har fyllt 18 år.")
    _check(page, screenshots, "intervention")
    page.locator("#villkor").get_by_role("link", name=re.compile("^Ändra.*18 år")).click()
    _check(page, screenshots, "condition")
    page.get_by_label("Lägsta ålder (fyllda år)").fill("16")
    page.get_by_label("Nämndens formulering").fill("Vuxna och unga från 16 år.")
    # htmx shows the sentence as the resident will read it, before anything is saved
    expect(page.locator("#sentence")).to_have_text("Personen har fyllt 16 år.")
    page.get_by_role("button", name="Spara villkoret").click()
    expect(page.locator("#villkor")).to_contain_text("Personen har fyllt 16 år.")
    page.goto(draft_url)
    changes = page.locator("#draft-changes li")
    expect(changes).to_have_count(1)
    expect(changes).to_have_text(
        "Rådgivning vid våld i nära relationer: Ålder: från 18 år → från 16 år"
    )

    # Decide: a decision dated after its valid-from day is refused in Swedish.
    page.get_by_role("link", name="Registrera nämndens beslut").click()
    page.get_by_label("Beslutsdatum").fill("2027-01-02")
    page.get_by_label("Diarienummer").fill("2026.101 SN")
    page.get_by_label("Paragraf").fill("52")
    page.get_by_label("Gäller från").fill("2027-01-01")
    page.get_by_label("Revideras senast").fill("2027-12-31")
    page.get_by_role("button", name="Registrera beslutet").click()
    expect(page.locator(".ds-error-summary")).to_contain_text(
        "Ett beslut kan inte gälla innan det är fattat."
    )
    _check(page, screenshots, "decide-error")
    page.get_by_label("Beslutsdatum").fill("2026-12-15")
    page.get_by_role("button", name="Registrera beslutet").click()
    page.wait_for_url(draft_url)
    expect(page.locator("h1")).to_contain_text("beslutad")

    # Publish: inserted now, shown from 2027-01-01.
    page.get_by_role("button", name="Publicera").click()
    expect(page.locator("[role=status]").first).to_contain_text("Publicerad som version 2")

    # The versions: 1 in force, 2 published from 2027-01-01.
    page.goto(site + "/namnd/alingsas/")
    expect(page.locator("table")).to_contain_text("Publicerad, gäller från 2027-01-01")
    _check(page, screenshots, "versions")

    # The diff between the two versions, in words.
    page.goto(site + "/namnd/alingsas/jamfor/?fran=1&till=2")
    expect(page.locator("#diff")).to_contain_text("Ålder: från 18 år → från 16 år")
    _check(page, screenshots, "diff")

    # The public page: version 1 today, with the announcement; version 2 from 2027-01-01.
    public = site + f"/alingsas/{IID}/"
    page.goto(site + "/alingsas/")
    expect(page.locator("#next-version")).to_contain_text("2027-01-01")
    page.goto(public)
    expect(page.locator("#next-version")).to_contain_text("2027-01-01")
    expect(page.locator("main")).to_contain_text("18 år")
    expect(page.locator("main")).not_to_contain_text("16 år")

    settings.IUB_TODAY = dt.date(2027, 1, 1)
    page.goto(site + "/alingsas/")
    expect(page.locator("#next-version")).to_have_count(0)
    page.goto(public)
    expect(page.locator("main")).to_contain_text("16 år")
    # the refused decision answers 422, which Chromium logs as a failed resource
    assert [] == [e for e in errors if "422" not in e]


def _tab_to(page: Any, selector: str, limit: int = 120) -> None:
    """Press Tab until ``selector`` has focus (Playwright's check: works with JavaScript off)."""
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


def test_condition_builder_with_the_keyboard_and_no_javascript(
    browser: Any, committee_site: str
) -> None:
    """A new 'any' group with an age condition, by keyboard alone, with JavaScript off."""
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)  # a loaded CI machine; only a hang fails
    site = committee_site
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
        _tab_to(page, "button:has-text('Nytt utkast från version 1')")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*/namnd/utkast/\d+/$"))
        _tab_to(page, "a:has-text('Beroendestöd vid Mini Maria')")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*/insats/beroendestod-vid-mini-maria/$"))
        _tab_to(page, "a:has-text('Lägg till villkor')")
        page.keyboard.press("Enter")
        _tab_to(page, "#kind-age")
        page.keyboard.press("Space")
        _tab_to(page, "#group-none")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")  # "något av följande"
        expect(page.locator("#group-any")).to_be_checked()
        _tab_to(page, "button:has-text('Nästa')")
        page.keyboard.press("Enter")
        _tab_to(page, "#id_max")
        page.keyboard.type("21")
        page.keyboard.press("Enter")
        expect(page.locator("#villkor")).to_contain_text(
            "Minst ett av följande villkor ska vara uppfyllt:"
        )
        expect(page.locator("#villkor")).to_contain_text("Personen är högst 21 år")
    finally:
        context.close()
