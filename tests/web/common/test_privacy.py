"""Privacy of the public side: no cookie but CSRF's, strict CSP, nothing from other sites."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from iub.web.catalog.models import CatalogVersion

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/stockholm/",
    "/stockholm/?vem=narstaende&alder=40&anonym=ja",
    "/stockholm/samtalsgrupp-for-anhoriga/",
    "/en/stockholm/samtalsgrupp-for-anhoriga/",
]
SELFCHECK = "/stockholm/samtalsgrupp-for-anhoriga/passar-det-har-mig/"


@pytest.mark.parametrize("path", PAGES)
def test_reading_pages_set_no_cookie(client: Client, stockholm: CatalogVersion, path: str) -> None:
    """Pages without a form set no cookie at all."""
    response = client.get(path)

    assert 200 == response.status_code
    assert [] == list(response.cookies)


def test_the_self_check_sets_only_the_csrf_cookie(
    client: Client, stockholm: CatalogVersion
) -> None:
    """The form page sets one cookie, csrftoken: HttpOnly and SameSite=Strict."""
    response = client.get(SELFCHECK)

    assert ["csrftoken"] == list(response.cookies)
    morsel = response.cookies["csrftoken"]
    assert morsel["httponly"]
    assert "Strict" == morsel["samesite"]


@pytest.mark.parametrize("path", [*PAGES, SELFCHECK, "/nowhere/"])
def test_strict_content_security_policy(
    client: Client, stockholm: CatalogVersion, path: str
) -> None:
    """Only our own origin may supply scripts and styles; nothing inline, no framing."""
    policy = client.get(path)["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))

    assert "'none'" == directives["default-src"]
    assert "'self'" == directives["script-src"]
    assert "'self'" == directives["style-src"]
    assert "'none'" == directives["frame-ancestors"]
    assert "unsafe" not in policy


@pytest.mark.parametrize("path", [*PAGES, SELFCHECK])
def test_no_third_party_urls_and_no_inline_code(
    client: Client, stockholm: CatalogVersion, path: str
) -> None:
    """Every src and stylesheet is same-origin; there is no inline script or style."""
    html = client.get(path).content.decode()

    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        if url.startswith(("mailto:", "tel:", "#")):
            continue
        assert url.startswith("/"), url
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None
    assert "<style" not in html
    assert ' style="' not in html


def test_access_log_lines_lose_their_query_string() -> None:
    """The runserver access log never shows the filters a resident chose."""
    import logging

    from iub.web.common.logging import StripQueryString

    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        "",
        0,
        '"%s" %s %s',
        ("GET /stockholm/?alder=16 HTTP/1.1", "200", "5"),
        None,
    )

    StripQueryString().filter(record)

    assert '"GET /stockholm/ HTTP/1.1" 200 5' == record.getMessage()
