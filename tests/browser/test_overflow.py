"""No page is wider than the screen: every public page and every desk page at 320, 390, 1280 px.

axe does not catch horizontal overflow, so each page is measured in Chromium
(``document.documentElement.scrollWidth <= innerWidth``); a page that overflows is
photographed into ``var/screenshots/overflow/<width>/``, and under ``make screenshots`` every
page is. Long Swedish compounds in headings
("Vägledningscentrum", "Beroenderådgivning") and non-wrapping tags were the cause at phone
widths; see docs/web.md (Phones).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from iub.web.accounts.services import DEMO_PASSWORD, staff_seed_demo

WIDTHS = [320, 390, 1280]
# `make screenshots` photographs every page for people to look at; `make test` only the pages
# that overflow, since a full-page photograph costs more than the measurement.
PHOTOGRAPH_EVERY_PAGE = os.environ.get("IUB_SCREENSHOTS") == "1"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "testpersonnummer-2021.txt"
_MEASURE = "[document.documentElement.scrollWidth, window.innerWidth]"
# The innermost elements that reach past the right edge, to say what to fix.
_CULPRITS = """() => {
  const out = (e) => e.getBoundingClientRect().right > window.innerWidth + 0.5;
  return [...document.querySelectorAll('body *')]
    .filter((e) => out(e) && ![...e.children].some(out))
    .slice(0, 3)
    .map((e) => e.tagName.toLowerCase() + '.' + String(e.className).split(' ').join('.'));
}"""


def _public_paths() -> dict[str, str]:
    """Every public page: the root, each catalog, each intervention and its self-check start,
    and a few states (a filter, a filter error, an English page, the 404 page)."""
    from iub.web.catalog import selectors

    paths = {
        "root": "/",
        "not-found": "/ingenstans/",
        "accessibility": "/tillganglighet/",
        "personal-data": "/personuppgifter/",
        "en-accessibility": "/en/tillganglighet/",
        "en-personal-data": "/en/personuppgifter/",
    }
    for version in selectors.catalog_versions_latest():
        stem = version.stem
        paths[stem] = f"/{stem}/"
        paths[f"{stem}-filtered"] = f"/{stem}/?vem=barn&alder=14&anonym=ja"
        paths[f"{stem}-filter-error"] = f"/{stem}/?alder=sexton"
        paths[f"en-{stem}"] = f"/en/{stem}/"
        for intervention in selectors.catalog_of(version).interventions:
            paths[f"{stem}-{intervention.id}"] = f"/{stem}/{intervention.id}/"
            paths[f"{stem}-{intervention.id}-selfcheck"] = (
                f"/{stem}/{intervention.id}/passar-det-har-mig/"
            )
    return paths


class Looker:
    """Measures and photographs pages; collects every overflow instead of stopping at one."""

    def __init__(self, page: Any, width: int, folder: Path) -> None:
        self.page, self.width, self.folder = page, width, folder
        self.too_wide: list[str] = []
        self.seen: list[str] = []
        folder.mkdir(parents=True, exist_ok=True)

    def __call__(self, name: str) -> None:
        self.page.wait_for_load_state("load")
        scroll, inner = self.page.evaluate(_MEASURE)
        self.seen.append(name)
        if scroll > inner:
            culprits = ", ".join(self.page.evaluate(_CULPRITS))
            self.too_wide.append(f"{name} ({self.page.url}): {scroll} > {inner} ({culprits})")
        if PHOTOGRAPH_EVERY_PAGE or scroll > inner:
            self.page.screenshot(path=self.folder / f"{name}.png", full_page=True)


@pytest.fixture
def looker(browser: Any, screenshots: Path, request: pytest.FixtureRequest) -> Any:
    contexts: list[Any] = []

    def make(width: int, kind: str) -> Looker:
        context = browser.new_context(viewport={"width": width, "height": 800}, locale="sv-SE")
        contexts.append(context)
        return Looker(context.new_page(), width, screenshots / "overflow" / str(width) / kind)

    yield make
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_no_public_page_is_wider_than_the_screen(
    site: str,
    looker: Callable[[int, str], Looker],
    width: int,
    answer_the_rest: Any,
    record_result: Any,
) -> None:
    look = looker(width, "public")
    paths = _public_paths()
    for name, path in paths.items():
        look.page.goto(site + path)
        look(name)
    # the self-check's answers: yes, no with suggestions, and refer
    base = site + "/stockholm/samtalsgrupp-for-anhoriga/passar-det-har-mig/"
    for name, municipality in (("not-eligible", "En annan kommun"), ("refer", "Jag vet inte")):
        look.page.goto(base)
        look.page.get_by_label("Hur gammal är du?").fill("40")
        look.page.get_by_role("button", name="Nästa").click()
        look.page.get_by_label(municipality).first.check()
        look.page.get_by_role("button", name="Nästa").click()
        answer_the_rest(look.page)
        look(f"selfcheck-{name}")
    look.page.goto(base)
    look.page.get_by_label("Hur gammal är du?").fill("sexton")
    look.page.get_by_role("button", name="Nästa").click()
    look.page.locator(".ds-error-summary").wait_for()
    look("selfcheck-error")

    record_result(f"Bredd {width} px, invånarsidor", len(look.seen), look.too_wide)
    assert len(look.seen) >= 60
    assert [] == look.too_wide, "\n".join(look.too_wide)


def _pnr(index: int) -> str:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")][index]


def _load(page: Any, target: Any) -> None:
    """Click a link or submit button and wait for the page it loads.

    The desk's forms are plain posts: without the wait, the next read can meet the old page,
    or the new one half parsed (CI failed on exactly that under load).
    """
    with page.expect_navigation():
        target.click()


def _login(look: Looker, site: str, username: str) -> None:
    page = look.page
    page.context.clear_cookies()
    page.goto(site + "/personal/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    _load(page, page.get_by_role("button", name="Logga in"))
    page.wait_for_url(site + "/personal/")


ADULT = {
    "person.age": "45",
    "person.municipality": "1489",
    "person.lives_in": "1489",
    "person.supports_close_person": "yes",
}


def _check(look: Looker, site: str, base: str, name: str) -> None:
    """A check through its pages: question, outcome (information given), stored check."""
    page = look.page
    page.goto(site + base)
    look(f"{name}-place")
    _load(page, page.get_by_role("link", name="Ny kontroll av villkoren"))
    look(f"{name}-check-question")
    for _ in range(12):
        if page.locator("#outcome").count():
            break
        key = page.locator('input[name="q"]').get_attribute("value")
        field = page.locator(f'[name="a.{key}"][value="{ADULT[key]}"]')
        if field.count():
            field.first.check()
        else:
            page.locator(f'input[type="text"][name="a.{key}"]').fill(ADULT[key])
        _load(page, page.get_by_role("button", name="Nästa"))
    look(f"{name}-check-outcome")
    _load(page, page.get_by_role("button", name="Informationen är lämnad"))
    look(f"{name}-check-informed")


@pytest.mark.parametrize("width", WIDTHS)
def test_no_desk_page_is_wider_than_the_screen(
    site: str,
    looker: Callable[[int, str], Looker],
    width: int,
    settings: Any,
    record_result: Any,
) -> None:
    from iub.web.catalog import selectors

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    versions = selectors.catalog_versions_latest()
    staff_seed_demo([(v.stem, selectors.catalog_of(v)) for v in versions])
    look = looker(width, "desk")
    page = look.page

    page.goto(site + "/personal/logga-in/")
    look("login")
    page.get_by_label("Användarnamn").fill("ingen")
    page.get_by_label("Lösenord").fill("fel")
    _load(page, page.get_by_role("button", name="Logga in"))
    look("login-error")

    # 14 kap. 3 §: participation with identity, its event and end
    _login(look, site, "boendecoaching")
    look("home")
    base = "/personal/alingsas/boendecoaching/boendecoaching/"
    _check(look, site, base, "full")
    _load(page, page.get_by_role("link", name="Starta deltagande"))
    look("full-participation-new")
    page.get_by_label("Personnummer eller samordningsnummer").fill(_pnr(21)[:-1] + "x")
    _load(page, page.get_by_role("button", name="Spara"))
    look("full-participation-error")
    page.get_by_label("Personnummer eller samordningsnummer").fill(_pnr(21))
    _load(page, page.get_by_role("button", name="Spara"))
    page.locator("#identity").wait_for()
    look("full-participation")
    detail = page.url
    page.goto(detail + "handelse/")
    look("full-event")
    page.goto(detail + "avsluta/")
    look("full-end")
    page.goto(site + base)
    look("full-place-with-records")

    # 14 kap. 5 §: an anonymous participation, the guard's finding, its end
    _login(look, site, "mini-maria")
    look("home-mini-maria")
    base = "/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria/"
    _check(look, site, base, "anonymous")
    _load(page, page.get_by_role("link", name="Starta deltagande"))
    look("anonymous-participation-new")
    page.get_by_label("Åldersgrupp").select_option("45-64")
    page.get_by_label("Mående vid start").select_option("2")
    page.get_by_label("Anteckning (frivillig)").fill("Pappan Lars Karlsson, 0701234567, ringde.")
    _load(page, page.get_by_role("button", name="Spara"))
    page.locator("#guard").wait_for()
    look("anonymous-guard")
    _load(page, page.get_by_role("button", name="Ersätt markerade uppgifter"))
    _load(page, page.get_by_role("button", name="Spara"))
    page.goto(site + base)
    look("anonymous-place-with-records")
    _load(page, page.get_by_role("link", name="Avsluta").first)
    look("anonymous-end")
    page.goto(site + base + "besok/ny/")
    look("visit-new")
    _load(page, page.get_by_role("button", name="Spara"))
    look("visit-error")

    # an open activity's head-count
    _login(look, site, "aktivitetshus-glantan")
    page.goto(site + "/personal/alingsas/aktivitetshus-glantan/aktivitetshus-glantan/huvudrakning/")
    look("head-count")

    # a Stockholm district acting for another, and a refusal
    _login(look, site, "enskede-arsta-vantors-stadsdelsforvaltning")
    look("home-district")
    page.goto(site + "/personal/alingsas/boendecoaching/boendecoaching/")
    look("forbidden")

    # with units configured, the public page's district chooser and the unit it names
    page.goto(site + "/stockholm/samtalsgrupp-for-anhoriga/")
    look("public-district-chooser")
    page.goto(
        site + "/stockholm/samtalsgrupp-for-anhoriga/?stadsdel=skarpnacks-stadsdelsforvaltning"
    )
    look("public-district-unit")

    record_result(f"Bredd {width} px, personalsidor", len(look.seen), look.too_wide)
    assert len(look.seen) >= 25
    assert [] == look.too_wide, "\n".join(look.too_wide)
