"""``iub.web.common.http.never_cache``: Django's never-cache headers, byte for byte."""

from __future__ import annotations

from unittest import mock

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory
from django.views.decorators.cache import never_cache as django_never_cache

from iub.web.common import http


def _headers(response: HttpResponse) -> list[tuple[str, str]]:
    return list(response.headers.items())


@pytest.mark.parametrize(
    "now", [1_796_000_000.0, 1_796_000_000.999_999_4, 1_796_000_000.999_999_6, 1_796_000_059.5]
)
@pytest.mark.parametrize("preset", [{}, {"Cache-Control": "public, max-age=60"}, {"Expires": "0"}])
def test_the_same_headers_as_djangos(now: float, preset: dict[str, str]) -> None:
    def view(request: HttpRequest) -> HttpResponse:
        response = HttpResponse("x", content_type="text/plain")
        for name, value in preset.items():
            response[name] = value
        return response

    request = RequestFactory().get("/")
    with mock.patch("time.time", return_value=now):
        ours = http.never_cache(view)(request)
        djangos = django_never_cache(view)(request)

    assert _headers(djangos) == _headers(ours)
    if not preset:
        assert http.NEVER_CACHE_CONTROL == ours["Cache-Control"]


def test_expires_follows_the_clock() -> None:
    """The date is kept for its second only."""
    view = http.never_cache(lambda request: HttpResponse("x"))
    request = RequestFactory().get("/")
    with mock.patch("time.time", return_value=1_796_000_000.2):
        first = view(request)["Expires"]
    with mock.patch("time.time", return_value=1_796_000_001.2):
        second = view(request)["Expires"]

    assert first != second
    assert second.endswith(" GMT")
