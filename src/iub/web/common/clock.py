"""Today's date for the web app, which tests and demos can set.

Publishing is by date: a version is shown from its valid-from day, and the linter judges
revise-by dates against today. ``IUB_TODAY`` (a ``datetime.date`` or ISO text in settings)
fixes the day; unset, it is the local date in ``TIME_ZONE``.

Every public page asks for the day (which version is in force), and Django's ``localdate``
finds the active time zone anew on each call (a context-local lookup): as much as the rest of
finding the version. The local date is therefore read once per second of the clock: a zone's
offset is whole minutes, so the day never changes within a second. The site never activates
another time zone than ``TIME_ZONE``.
"""

from __future__ import annotations

import datetime as dt
import time

from django.conf import settings
from django.utils import timezone

__all__ = ["today"]

_local: tuple[int, dt.date] = (-1, dt.date.min)  # the second of the clock, its local date


def today() -> dt.date:
    """The day the site acts on: ``settings.IUB_TODAY`` when set, else the local date."""
    fixed = getattr(settings, "IUB_TODAY", None)
    if isinstance(fixed, dt.date):
        return fixed
    if isinstance(fixed, str) and fixed:
        return dt.date.fromisoformat(fixed)
    global _local
    second = int(time.time())
    if _local[0] != second:
        day = dt.datetime.fromtimestamp(second, timezone.get_current_timezone()).date()
        _local = (second, day)  # replaced whole: a thread sees the one or the other
    return _local[1]
