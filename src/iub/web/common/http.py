"""Response helpers for the pages answered on every request, cheaper than Django's own.

:func:`never_cache` sets the same two headers as Django's ``never_cache``, byte for byte, where
the response has neither yet (else it calls Django's). Django's builds ``Cache-Control`` by
parsing and re-joining directives and formats ``Expires`` anew on each response: about a tenth
of a self-check answer's own cost (docs/web.md, "What the self-check answer costs").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec

from django.http import HttpResponseBase
from django.utils.cache import add_never_cache_headers
from django.utils.http import http_date

__all__ = ["NEVER_CACHE_CONTROL", "never_cache"]

#: Django's ``add_never_cache_headers`` on a response without ``Cache-Control``.
NEVER_CACHE_CONTROL = "max-age=0, no-cache, no-store, must-revalidate, private"

P = ParamSpec("P")

_expires: tuple[int, str] = (0, "")  # the second, and its HTTP date (replaced whole)


def _now_http_date() -> str:
    """``http_date(time.time())``, formatted once a second."""
    global _expires
    now = time.time()
    second = int(now)
    if round((now - second) * 1_000_000) >= 1_000_000:
        second += 1  # datetime rounds to the microsecond, half to even, as http_date does
    if _expires[0] != second:
        _expires = (second, http_date(second))
    return _expires[1]


def never_cache(view: Callable[P, HttpResponseBase]) -> Callable[P, HttpResponseBase]:
    """Django's ``never_cache`` for a synchronous view: ``Expires`` now, ``Cache-Control``
    forbidding any store."""

    @wraps(view)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> HttpResponseBase:
        response = view(*args, **kwargs)
        headers = response.headers
        if "Expires" in headers or "Cache-Control" in headers:
            add_never_cache_headers(response)
        else:
            headers["Expires"] = _now_http_date()
            headers["Cache-Control"] = NEVER_CACHE_CONTROL
        return response

    return wrapper
