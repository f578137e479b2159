"""The desk's own header: its name and navigation, and no language link (Swedish only)."""

from __future__ import annotations

import pytest

from .conftest import Staff

pytestmark = pytest.mark.django_db


def test_desk_pages_offer_no_english_and_have_a_staff_navigation(staff: Staff) -> None:
    html = staff.client("glantan").get("/personal/").content.decode()

    assert 'hreflang="en"' not in html and ">English<" not in html
    assert '<nav class="staff-nav" aria-label="Personal">' in html
    assert 'aria-current="page">Mina enheter</a>' in html
    assert "Logga ut" in html
    assert 'href="/tillganglighet/"' in html and 'href="/personuppgifter/"' in html


def test_public_pages_keep_their_language_link(client: object, staff: Staff) -> None:
    html = client.get("/alingsas/").content.decode()  # type: ignore[attr-defined]

    assert 'hreflang="en"' in html
