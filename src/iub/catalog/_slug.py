"""Intervention ids: slugs of the Swedish title, as docs/architecture.md fixes them."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["slugify"]

_SWEDISH = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "a", "Ä": "a", "Ö": "o"})


def slugify(title: str) -> str:
    """Lower-case ASCII; å/ä → a, ö → o; other runs of non-alphanumerics → ``-``.

    >>> slugify("Anhörigstöd vid ungas beroende Mini Maria")
    'anhorigstod-vid-ungas-beroende-mini-maria'
    """
    text = title.translate(_SWEDISH)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
