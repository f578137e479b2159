"""Swedish first, English under /en/; the committed .mo matches the .po."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from django.test import Client

from iub.web.catalog.models import CatalogVersion

LOCALE = Path(__file__).resolve().parents[3] / "src/iub/web/common/locale/sv/LC_MESSAGES"


@pytest.mark.django_db
def test_swedish_at_the_root_and_english_under_en(
    client: Client, stockholm: CatalogVersion
) -> None:
    """One smoke test per locale: the same page in each language."""
    swedish = client.get("/stockholm/samtalsgrupp-for-anhoriga/").content.decode()
    english = client.get("/en/stockholm/samtalsgrupp-for-anhoriga/").content.decode()

    assert '<html lang="sv"' in swedish
    assert "Vem det är för" in swedish
    assert '<html lang="en"' in english
    assert "Who it is for" in english
    assert 'href="/en/stockholm/samtalsgrupp-for-anhoriga/"' in swedish


@pytest.mark.django_db
def test_404_page_is_swedish(client: Client) -> None:
    """An unknown municipality answers with the Swedish 404 page."""
    response = client.get("/ingenstans/")

    assert 404 == response.status_code
    assert "Sidan finns inte" in response.content.decode()


def _po_entries(text: str) -> dict[str, str]:
    entries = {}
    for block in text.split("\n\n")[1:]:
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        msgstr = re.search(r'^msgstr(?:\[0\])? ((?:".*"\n?)+)', block, re.M)
        if msgid and msgstr:
            join = lambda chunk: "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', chunk))  # noqa: E731
            entries[join(msgid.group(1))] = join(msgstr.group(1))
    return entries


def test_every_swedish_string_is_translated_and_compiled() -> None:
    """No empty or fuzzy msgstr in sv/django.po, and django.mo holds every entry."""
    po = (LOCALE / "django.po").read_text(encoding="utf-8")
    entries = _po_entries(po)
    with (LOCALE / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)

    assert "#, fuzzy" not in po
    assert [] == [msgid for msgid, msgstr in entries.items() if not msgstr]
    missing = [
        msgid
        for msgid in entries
        if "\\" not in msgid and compiled.gettext(msgid) == msgid and entries[msgid] != msgid
    ]
    assert [] == missing
