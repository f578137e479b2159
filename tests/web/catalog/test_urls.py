"""The self-check's patterns resolved first (``catalog.urls.public.first``) change no address."""

from __future__ import annotations

import re
import sys
import types

import pytest
from django.urls import URLPattern, URLResolver, resolve
from django.urls.exceptions import Resolver404
from django.utils.translation import override

from iub.web.catalog.services import RESERVED_STEMS
from iub.web.catalog.urls import public
from iub.web.config import urls

_WITHOUT_FIRST = "tests_web_catalog_urls_without_first"
_module = types.ModuleType(_WITHOUT_FIRST)
_module.urlpatterns = [p for p in urls.urlpatterns if p not in public.first]  # type: ignore[attr-defined]
sys.modules[_WITHOUT_FIRST] = _module

_SEGMENTS = [
    *sorted(RESERVED_STEMS),
    "alingsas",
    "stockholm",
    "a_b",
    "api-x",
    "enx",
    "robots.txt",
    "Alingsas",
    "",
]
_PATHS = [
    f"/{prefix}{stem}/{rest}"
    for prefix in ("", "en/")
    for stem in _SEGMENTS
    for rest in (
        "beroendestod-vid-mini-maria/passar-det-har-mig/",
        "x/passar-det-har-mig/",
        "X_y/passar-det-har-mig/",
        "x/passar-det-har-mig",
        "x/y/passar-det-har-mig/",
        "passar-det-har-mig/",
    )
]


def _found(path: str, urlconf: str) -> object:
    # LocaleMiddleware activates the language of the path; the language prefix pattern reads it.
    with override("en" if path.startswith("/en/") else "sv"):
        try:
            match = resolve(path, urlconf)
        except Resolver404:
            return None
    return match.func, match.args, match.kwargs


@pytest.mark.parametrize("path", _PATHS)
def test_every_path_reaches_the_view_it_reached_before(path: str) -> None:
    assert _found(path, _WITHOUT_FIRST) == _found(path, urls.__name__)


def test_the_answer_is_found_by_the_first_pattern() -> None:
    for path in ("/alingsas/x/passar-det-har-mig/", "/en/alingsas/x/passar-det-har-mig/"):
        with override("en" if path.startswith("/en/") else "sv"):
            assert resolve(path).route in {str(p.pattern) for p in public.first}


def test_every_other_top_level_segment_is_reserved() -> None:
    """A new top-level address that a stem could spell must be reserved, or the first patterns
    would take its self-check-like paths from it."""
    stem = re.compile(public.StemConverter.regex)
    for pattern in urls.urlpatterns:
        if pattern in public.first:
            continue
        assert isinstance(pattern, URLPattern | URLResolver)
        segment = re.split(r"[/<]", str(pattern.pattern), maxsplit=1)[0]
        if segment and stem.fullmatch(segment):
            assert segment in RESERVED_STEMS, pattern
