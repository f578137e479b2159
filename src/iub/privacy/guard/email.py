"""E-mail addresses, including local parts and domains with å, ä and ö.

The scan starts from each ``@`` and looks a bounded distance either way, so that a
megabyte with no spaces costs linear time: a plain ``[\\w.]+@`` regex would retry the whole
run from every start position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._types import Detection

_LOCAL = re.compile(r"[\w.+\-']{1,64}\Z")
_DOMAIN = re.compile(r"(?:[^\W_](?:[\w\-]{0,62}[^\W_])?\.){1,8}[^\W\d_]{2,24}(?![\w\-]|\.\w)")
_LOCAL_MAX = 64

SCORE = 0.95


class EmailDetector:
    """Find e-mail addresses by looking outwards from every at sign."""

    structured = True  # never hidden by the allow-list

    def detect(self, text: str) -> Iterator[Detection]:
        """Yield one finding per address with a plausible local part and domain."""
        position = text.find("@")
        while position != -1:
            window = text[max(0, position - _LOCAL_MAX) : position]
            local = _LOCAL.search(window)
            domain = _DOMAIN.match(text, position + 1, position + 1 + 340)
            if local is not None and domain is not None:
                start = position - len(local.group(0))
                # Sentence dots before the address are not part of it.
                while start < position and text[start] in ".'-":
                    start += 1
                if start < position:
                    yield Detection(start, domain.end(), "email", SCORE, "email.address")
            position = text.find("@", position + 1)
