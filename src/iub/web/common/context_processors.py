"""Template context every page needs: the other language's address for the language switch."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language


def site(request: HttpRequest) -> dict[str, Any]:
    current = get_language() or "sv"
    other = "en" if current == "sv" else "sv"
    return {
        "other_language": other,
        "other_language_url": translate_url(request.path, other),
        "other_language_name": "English" if other == "en" else "Svenska",
    }
