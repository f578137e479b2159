"""Playwright on Debian's Chromium against pytest-django's live server.

Never ``playwright install``: the browser is /usr/bin/chromium (CI installs it with apt-get).
Every test here is marked ``browser`` and skips, saying why, when that binary is missing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
#: The results the accessibility statement shows (iub.web.catalog.statements).
REPORT = Path(__file__).resolve().parents[2] / "var" / "accessibility.json"

# The sync Playwright API runs an event loop in this thread; the ORM calls in fixtures are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists():
                item.add_marker(
                    pytest.mark.skip(
                        reason="/usr/bin/chromium is missing: apt-get install chromium "
                        "(.ci/run does) to run the browser tests"
                    )
                )


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium per test process (each xdist worker has its own)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(live_server: object, transactional_db: None) -> str:
    """The live server's URL with both shipped catalogs published."""
    from iub.web.catalog.services import catalog_version_load_file

    for stem in ("stockholm", "alingsas"):
        catalog_version_load_file(stem)
    return str(live_server.url)  # type: ignore[attr-defined]


@pytest.fixture
def committee_site(site: str, settings: Any) -> str:
    """The live site on 2026-12-06 (``IUB_TODAY``) with the demo accounts, namnd-alingsas among
    them, fast password hashing and no page cache."""
    from iub.web.accounts.services import staff_seed_demo
    from iub.web.catalog import selectors

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.IUB_TODAY = dt.date(2026, 12, 6)
    settings.IUB_CACHE_SECONDS = 0
    versions = selectors.catalog_versions_latest()
    staff_seed_demo([(v.stem, selectors.catalog_of(v)) for v in versions])
    return site


@pytest.fixture
def committee_page(browser: Any, committee_site: str) -> Iterator[tuple[Any, list[str]]]:
    """Alingsås' committee secretary logged in with the keyboard alone, at /namnd/; and the
    console errors Chromium logs, for the test to judge."""
    from iub.web.accounts.services import DEMO_PASSWORD

    context = browser.new_context(locale="sv-SE")
    errors: list[str] = []
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.set_default_timeout(60_000)
    page.goto(committee_site + "/personal/logga-in/")
    page.get_by_label("Användarnamn").fill("namnd-alingsas")
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(committee_site + "/namnd/")  # the committee lands in its workspace
    yield page, errors
    context.close()


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def _answer_the_rest(page: Any) -> None:
    """Tick the first option of each self-check question still asked until the answer shows
    (an unsure answer refers only once nothing unasked could settle the outcome)."""
    for _ in range(10):
        page.wait_for_load_state("load")
        page.wait_for_function(_SETTLED)
        if page.locator("#result-heading").count():
            return
        key = page.locator('input[name="q"]').get_attribute("value")
        page.locator(f'input[name="a.{key}"]:not([type="hidden"])').first.check()
        page.get_by_role("button", name="Nästa").click()
    raise AssertionError("the self-check did not end")


# htmx swaps each step in place; these classes mark a step on its way.
_SETTLED = (
    "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') && "
    "!!document.querySelector('#result-heading, input[name=q]')"
)


@pytest.fixture
def answer_the_rest() -> Callable[[Any], None]:
    return _answer_the_rest


def _record(name: str, pages: int, failures: list[str]) -> None:
    """Merge one run's results into var/accessibility.json for the accessibility statement."""
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    try:
        data = json.loads(REPORT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    data[name] = {
        "name": name,
        "pages": pages,
        "failures": failures,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    REPORT.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


@pytest.fixture
def record_result() -> Callable[[str, int, list[str]], None]:
    return _record


@pytest.fixture
def opened(browser: Any) -> Iterator[list[Any]]:
    """Browser contexts a test opens, closed at its end."""
    contexts: list[Any] = []
    yield contexts
    for context in contexts:
        context.close()
