"""Staff journeys in Chromium: each regime end to end on both catalogs, and every role.

check → outcome → information → participation or visit, through the real pages with the
keyboard-free default of Playwright clicks; forms work without JavaScript, so the same posts
go through whether or not the web components load.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from iub.web.accounts.services import DEMO_PASSWORD, staff_seed_demo

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "testpersonnummer-2021.txt"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _pnr(index: int) -> str:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")][index]


@pytest.fixture
def desk_site(site: str, settings: Any) -> str:
    """The live site with both catalogs' units and the demo accounts (fast hashing)."""
    from iub.web.catalog import selectors

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

    versions = selectors.catalog_versions_latest()
    staff_seed_demo([(v.stem, selectors.catalog_of(v)) for v in versions])
    return site


@pytest.fixture
def contexts() -> Any:
    """Browser contexts opened by a test, closed before the live server's database goes."""
    opened: list[Any] = []
    yield opened
    for context in opened:
        context.close()


def _load(page: Any, target: Any) -> None:
    """Click a link or submit button and wait for the page it loads.

    Every desk form is a plain post: without the wait, the next read can meet the old page,
    or the new one half parsed (CI failed on exactly that under load).
    """
    with page.expect_navigation():
        target.click()


def _login(browser: Any, site: str, username: str, contexts: list[Any]) -> Any:
    context = browser.new_context(locale="sv-SE")
    contexts.append(context)
    page = context.new_page()
    page.goto(site + "/personal/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    _load(page, page.get_by_role("button", name="Logga in"))
    # committee staff land in their workspace (docs/committee.md), everyone else at the desk
    page.wait_for_url(site + ("/namnd/" if username.startswith("namnd-") else "/personal/"))
    return page


def _answer(page: Any, answers: dict[str, str]) -> None:
    """Answer the check's questions one at a time until the outcome shows."""
    for _ in range(12):
        if page.locator("#outcome").count():
            return
        key = page.locator('input[name="q"]').get_attribute("value")
        value = answers[key]
        field = page.locator(f'[name="a.{key}"][value="{value}"]')
        if field.count():
            field.first.check()
        else:
            page.locator(f'input[type="text"][name="a.{key}"]').fill(value)
        _load(page, page.get_by_role("button", name="Nästa"))
    raise AssertionError("the check did not end")


def _check_and_inform(page: Any, site: str, base: str, answers: dict[str, str]) -> None:
    page.goto(site + base)
    _load(page, page.get_by_role("link", name="Ny kontroll av villkoren"))
    _answer(page, answers)
    assert "eligible" == page.locator("#outcome").get_attribute("data-outcome")
    assert "11 kap. 6 §" in page.locator("#info-heading").inner_text()
    _load(page, page.get_by_role("button", name="Informationen är lämnad"))
    assert page.locator("#info-given").is_visible()


def _axe_clean(page: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    response = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}}).response
    assert [] == [f"{v['id']}: {v['nodes'][0]['target']}" for v in response["violations"]]


ADULT = {
    "person.age": "45",
    "person.municipality": "1489",
    "person.lives_in": "1489",
    "person.supports_close_person": "yes",
}


def test_advice_journey_familjeradgivning(
    browser: Any, desk_site: str, contexts: list[Any]
) -> None:
    """Alingsås, advice: check → eligible → information → an individual visit."""
    from iub.web.desk.models import Visit

    page = _login(browser, desk_site, "familjeradgivning", contexts)
    _check_and_inform(
        page, desk_site, "/personal/alingsas/familjeradgivning/familjeradgivning/", ADULT
    )
    _axe_clean(page)
    _load(page, page.get_by_role("link", name="Registrera besök"))
    page.get_by_label("Antal personer").fill("2")
    _load(page, page.get_by_role("button", name="Spara"))

    assert "Besöket är registrerat." in page.content()
    assert [2] == list(Visit.objects.values_list("people", flat=True))


def test_no_identity_journey_mini_maria_with_guard(
    browser: Any, desk_site: str, contexts: list[Any]
) -> None:
    """Alingsås, 14 kap. 5 §: a name in the note is blocked, redacted in one click, saved."""
    from iub.web.desk.models import AnonymousParticipation

    page = _login(browser, desk_site, "mini-maria", contexts)
    base = "/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/"
    _check_and_inform(page, desk_site, base, ADULT)
    _load(page, page.get_by_role("link", name="Starta deltagande"))
    page.get_by_label("Åldersgrupp").select_option("45-64")
    page.get_by_label("Ungdomens alkoholbruk").check()
    page.get_by_label("Mående vid start").select_option("2")
    page.get_by_label("Anteckning (frivillig)").fill(
        "Pappan Lars Karlsson, 202101042386, ringde om sonen."
    )
    _load(page, page.get_by_role("button", name="Spara"))

    assert page.locator("#guard mark").count() >= 2
    assert 0 == AnonymousParticipation.objects.count()
    _axe_clean(page)
    _load(page, page.get_by_role("button", name="Ersätt markerade uppgifter"))
    redacted = page.get_by_label("Anteckning (frivillig)").input_value()
    assert "[NAMN]" in redacted and "[PERSONNUMMER]" in redacted
    assert "202101042386" not in redacted
    _load(page, page.get_by_role("button", name="Spara"))

    assert "utan uppgifter som kan röja identiteten" in page.content()
    stored = AnonymousParticipation.objects.get()
    assert "Karlsson" not in stored.note and "2386" not in stored.note
    assert ["ungdomens_alkohol"] == stored.problems


def test_full_journey_boendecoaching(browser: Any, desk_site: str, contexts: list[Any]) -> None:
    """Alingsås, 14 kap. 3 §: an invalid number says why; a valid one is stored and audited."""
    from iub.web.audit.models import AuditEntry

    page = _login(browser, desk_site, "boendecoaching", contexts)
    _check_and_inform(page, desk_site, "/personal/alingsas/boendecoaching/boendecoaching/", ADULT)
    _load(page, page.get_by_role("link", name="Starta deltagande"))
    pnr = _pnr(20)
    page.get_by_label("Personnummer eller samordningsnummer").fill(
        pnr[:-1] + str((int(pnr[-1]) + 1) % 10)
    )
    _load(page, page.get_by_role("button", name="Spara"))
    assert "Kontrollsiffran stämmer inte" in page.content()
    page.get_by_label("Personnummer eller samordningsnummer").fill(pnr)
    _load(page, page.get_by_role("button", name="Spara"))

    assert f"{pnr[:8]}-{pnr[8:]}" == page.locator("#identity").inner_text()
    assert page.get_by_role("link", name=re.compile("Lifecare IFO")).is_visible()
    assert {"write", "read"} <= set(AuditEntry.objects.values_list("action", flat=True))


def test_head_count_journey_glantan(browser: Any, desk_site: str, contexts: list[Any]) -> None:
    """Alingsås meeting place: a half-day's head-count under the unit's rule."""
    from iub.web.desk.models import HeadCount

    page = _login(browser, desk_site, "aktivitetshus-glantan", contexts)
    page.goto(desk_site + "/personal/alingsas/aktivitetshus-glantan/aktivitetshus-glantan/")
    _load(page, page.get_by_role("link", name="Räkna besökare"))
    assert "högst en gång per förmiddag" in page.content()
    page.get_by_label("Eftermiddag").check()
    page.get_by_label("Antal besökare").fill("17")
    _load(page, page.get_by_role("button", name="Spara"))

    assert [(17, "em")] == list(HeadCount.objects.values_list("total", "half_day"))


def test_stockholm_group_journey(browser: Any, desk_site: str, contexts: list[Any]) -> None:
    """Stockholm, 14 kap. 5 §: the relatives' group at a district, one meeting of six."""
    from iub.web.desk.models import Visit

    page = _login(browser, desk_site, "sodermalms-stadsdelsforvaltning", contexts)
    base = "/personal/stockholm/sodermalms-stadsdelsforvaltning/samtalsgrupp-for-anhoriga/"
    _check_and_inform(
        page,
        desk_site,
        base,
        {
            "person.age": "60",
            "person.lives_in": "0180",
            "person.municipality": "0180",
            "person.supports_close_person": "yes",
            "close_person.situations": "older",
        },
    )
    _load(page, page.get_by_role("link", name="Registrera besök"))
    page.get_by_label("Gruppträff").check()
    page.get_by_label("Antal personer").fill("6")
    _load(page, page.get_by_role("button", name="Spara"))

    assert [("group", 6, "no_identity")] == list(
        Visit.objects.values_list("delivery", "people", "regime")
    )


@pytest.mark.parametrize("username", ["namnd-alingsas", "analytiker", "admin", "familjeradgivning"])
def test_other_roles_are_refused_the_unit(
    browser: Any, desk_site: str, username: str, contexts: list[Any]
) -> None:
    """Committee staff, analysts, administrators and another unit's staff get a Swedish 403."""
    page = _login(browser, desk_site, username, contexts)
    response = page.goto(desk_site + "/personal/alingsas/boendecoaching/boendecoaching/kontroll/")

    assert 403 == response.status
    assert "Åtkomst nekad" in page.locator("h1").inner_text()


LEAKS = [
    "Lisa, 45 år, kom med sin pappa.",
    "Lisa (15 år) kom med sin pappa.",
    "Olle sa att han vill sluta.",
    "Hon mejlar från lisa.berg@telia.com om tiden.",
    "erik johansson kom till träffen.",
    "pratade med maria nilsson om sömnen.",
    "Bor på Södra Vägen 12 sedan i våras.",
    "bor på Norra 20B med sin mamma.",
    "adress: Lilla Torg 3",
    "45 år, barnmorska på Södersjukhuset, berättade om sömnen.",
]
MINI_BASE = "/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/"


def test_each_leak_found_in_use_is_refused_in_a_no_identity_note(
    browser: Any, desk_site: str, contexts: list[Any], screenshots: Path
) -> None:
    """Alingsås, 14 kap. 5 §: every leak from use is typed into a group-meeting note and refused."""
    from iub.web.desk.models import Visit

    page = _login(browser, desk_site, "mini-maria", contexts)
    for note in LEAKS:
        page.goto(desk_site + MINI_BASE + "besok/ny/")
        page.get_by_label("Gruppträff").check()
        page.get_by_label("Antal personer").fill("6")
        page.get_by_label("Anteckning (frivillig)").fill(note)
        _load(page, page.get_by_role("button", name="Spara"))
        assert page.locator("#guard").is_visible(), note
        assert "kan inte sparas" in page.locator("#guard h2").inner_text(), note
        assert 0 == Visit.objects.count(), note
    assert "exakt ålder + yrke + arbetsplats" in page.locator("#guard-combination").inner_text()
    _axe_clean(page)
    for width in (320, 390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(
            path=str(screenshots / f"desk-guard-combination-{width}.png"), full_page=True
        )


def test_a_saved_note_is_removed_and_the_audit_shows_it_without_the_text(
    browser: Any, desk_site: str, contexts: list[Any], screenshots: Path
) -> None:
    """A note saved before the guard caught it is removed by staff with the permission."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    from iub.web.accounts.models import Unit
    from iub.web.audit.models import AuditEntry
    from iub.web.desk.models import Visit

    leak = "Lisa, 45 år, barnmorska på Södersjukhuset, berättade om sömnen."
    user = get_user_model().objects.get(username="mini-maria")
    user.user_permissions.add(Permission.objects.get(codename="note_correct"))
    Visit.objects.create(
        unit=Unit.objects.get(stem="alingsas", slug="mini-maria"),
        stem="alingsas",
        catalog_version=1,
        intervention_id="anhorigstod-vid-ungas-beroende-mini-maria",
        created_by=user,
        idempotency_key="before-the-guard-0001",
        regime="no_identity",
        visited_on="2026-11-20",
        delivery="group",
        people=6,
        note=leak,
    )

    page = _login(browser, desk_site, "mini-maria", contexts)
    _load(page, page.get_by_role("link", name="Anteckningar att granska"))
    assert "1" == page.locator("#privacy-count strong").inner_text()
    _axe_clean(page)
    for width in (320, 390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(screenshots / f"desk-privacy-review-{width}.png"), full_page=True)
    _load(page, page.get_by_role("link", name="Rätta eller ta bort"))
    _axe_clean(page)
    for width in (320, 390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(screenshots / f"desk-note-edit-{width}.png"), full_page=True)
    page.get_by_label("Ta bort anteckningen").check()
    page.get_by_label("Skäl").select_option("identity")
    _load(page, page.get_by_role("button", name="Spara ändringen"))

    assert "Anteckningen är borttagen" in page.content()
    assert "" == Visit.objects.get().note

    admin = _login(browser, desk_site, "admin", contexts)
    admin.goto(desk_site + "/personal/admin/audit/auditentry/")
    listing = admin.locator("#result_list").inner_text()
    assert "note_remove" in listing and "mini-maria" in listing
    for secret in ("Lisa", "barnmorska", "Södersjukhuset"):
        assert secret not in listing
    entry = AuditEntry.objects.get()
    assert "Uppgifter som kan röja identiteten" in entry.purpose
