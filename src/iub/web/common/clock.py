"""Today's date for the web app, which tests and demos can set.

Publishing is by date: a version is shown from its valid-from day, and the linter judges
revise-by dates against today. ``IUB_TODAY`` (a ``datetime.date`` or ISO text in settings)
fixes the day; unset, it is the local date in ``TIME_ZONE``.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

__all__ = ["today"]


def today() -> dt.date:
    """The day the site acts on: ``settings.IUB_TODAY`` when set, else the local date."""
    fixed = getattr(settings, "IUB_TODAY", None)
    if isinstance(fixed, dt.date):
        return fixed
    if isinstance(fixed, str) and fixed:
        return dt.date.fromisoformat(fixed)
    return timezone.localdate()
