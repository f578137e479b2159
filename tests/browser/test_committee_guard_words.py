"""The committee's "Ord som inte är namn" in Chromium: find it, be refused a name, add a brand.

Each state passes axe and is no wider than a 320, 390 or 1280 px screen (docs/committee.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .test_committee_units import _load, _look


def test_committee_adds_a_word_that_is_never_a_person(
    committee_page: tuple[Any, list[str]], screenshots: Path
) -> None:
    from playwright.sync_api import expect

    from iub.web.audit.models import AuditEntry
    from iub.web.desk.models import GuardWord

    page, errors = committee_page
    _load(page, page.get_by_role("link", name="Ord som inte är namn"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ord som inte är namn")
    problems = _look(page, screenshots, "guard-words-empty")

    field = page.get_by_label("Ord eller namn som aldrig är en person")
    field.fill("Lisa")
    _load(page, page.get_by_role("button", name="Lägg till"))
    expect(page.get_by_role("alert")).to_contain_text("förnamn eller efternamn")
    problems += _look(page, screenshots, "guard-words-refused")
    page.get_by_role("alert").get_by_role("link").click()
    expect(field).to_be_focused()
    assert 0 == GuardWord.objects.count()

    field.fill("Qasa")
    _load(page, page.get_by_role("button", name="Lägg till"))
    expect(page.get_by_role("status")).to_contain_text("Qasa")
    expect(page.locator(".guard-words")).to_contain_text("Qasa")
    problems += _look(page, screenshots, "guard-words-added")
    assert ["Qasa"] == [row.word for row in GuardWord.objects.all()]
    assert "guard_word" == AuditEntry.objects.order_by("-seq")[0].object_type

    _load(page, page.get_by_role("button", name="Ta bort Qasa"))
    assert 0 == GuardWord.objects.count()
    assert [] == problems
    # The refused form answers 400, which Chromium logs; nothing else may be logged.
    assert [] == [e for e in errors if "status of 400" not in e]
