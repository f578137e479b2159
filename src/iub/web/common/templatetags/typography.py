"""Swedish hyphenation for headings on narrow screens (docs/web.md, "Phones").

CSS ``hyphens: auto`` needs the browser to have a Swedish dictionary, which many do not (Debian's
Chromium has none); a long compound such as "Vägledningscentrum" in a large heading then breaks
anywhere or overflows. ``{{ text|hyphenate }}`` puts soft hyphens (U+00AD, invisible unless the
line breaks there) at the syllable boundaries of the LibreOffice Swedish patterns, read by
pyphen (already needed by weasyprint for the published PDFs).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen
from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

__all__ = ["SOFT_HYPHEN", "hyphenate"]

register = template.Library()

SOFT_HYPHEN = "\u00ad"
#: Words shorter than this always fit a 320 px screen, even in the largest heading.
_MIN_LENGTH = 14
_WORD = re.compile(rf"\w{{{_MIN_LENGTH},}}")


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="sv", left=3, right=3)


@lru_cache(maxsize=4096)
def _hyphenated(text: str) -> str:
    return _WORD.sub(lambda m: _dictionary().inserted(m.group(0), hyphen=SOFT_HYPHEN), text)


@register.filter(is_safe=True)
def hyphenate(value: object) -> SafeString:
    """The text, escaped, with soft hyphens in its long words."""
    return mark_safe(_hyphenated(str(conditional_escape(str(value)))))
