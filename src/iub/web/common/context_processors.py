"""Template context every page needs: the other language's address for the language switch."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language

# Paths outside i18n_patterns: the language switch asks the URL resolver for these.
_UNPREFIXED = ("/api/", "/personal/", "/healthz", "/static/")


def site(request: HttpRequest) -> dict[str, Any]:
    current = get_language() or "sv"
    other = "en" if current == "sv" else "sv"
    path = request.path
    if path.startswith(_UNPREFIXED):
        url = translate_url(path, other)
    elif other == "en":  # Swedish has no prefix (prefix_default_language=False)
        url = "/en" + path
    else:
        url = path.removeprefix("/en") or "/"
    return {
        "other_language": other,
        "other_language_url": url,
        "other_language_name": "English" if other == "en" else "Svenska",
    }
