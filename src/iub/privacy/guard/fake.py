"""A detector for tests: reports exactly the spans it is told to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._types import Detection, Kind


class FakeDetector:
    """Report every occurrence of fixed marker strings as findings of a given kind.

    Tests of code that calls the guard (services, views, the CLI) use it to get findings
    where they want them without depending on the real detectors' judgement.

    Example:
        ``Guard(detectors=[FakeDetector({"XNAMNX": "name"})])``
    """

    def __init__(self, markers: dict[str, Kind], *, score: float = 1.0) -> None:
        self._markers = dict(markers)
        self._score = score
        pattern = "|".join(re.escape(marker) for marker in sorted(markers, key=len, reverse=True))
        self._pattern = re.compile(pattern) if markers else None

    def detect(self, text: str) -> Iterator[Detection]:
        """Yield one finding per marker occurrence."""
        if self._pattern is None:
            return
        for match in self._pattern.finditer(text):
            kind = self._markers[match.group(0)]
            yield Detection(match.start(), match.end(), kind, self._score, "fake.marker")
