"""``iub.web.common.clock.today``: the local date, read once per second of the clock."""

from __future__ import annotations

import datetime as dt
from typing import Any
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from iub.web.common import clock

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _epoch(year: int, month: int, day: int, hour: int, minute: int, second: int) -> float:
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=STOCKHOLM).timestamp()


@pytest.fixture
def unset(settings: Any) -> None:
    settings.IUB_TODAY = ""
    settings.TIME_ZONE = "Europe/Stockholm"


@pytest.mark.parametrize(
    ("now", "day"),
    [
        (_epoch(2026, 12, 6, 23, 59, 59) + 0.999, dt.date(2026, 12, 6)),
        (_epoch(2026, 12, 7, 0, 0, 0), dt.date(2026, 12, 7)),
        (_epoch(2026, 12, 7, 0, 0, 0) + 0.2, dt.date(2026, 12, 7)),
        (_epoch(2027, 3, 27, 23, 59, 59), dt.date(2027, 3, 27)),  # the night before summer time
        (_epoch(2027, 3, 28, 0, 0, 1), dt.date(2027, 3, 28)),
    ],
)
def test_the_local_date_at_each_second(unset: None, now: float, day: dt.date) -> None:
    with mock.patch("time.time", return_value=now):
        assert day == clock.today()
        assert timezone.localdate(dt.datetime.fromtimestamp(now, dt.UTC)) == clock.today()


def test_midnight_is_noticed_at_once(unset: None) -> None:
    with mock.patch("time.time", return_value=_epoch(2026, 12, 6, 23, 59, 59) + 0.5):
        assert dt.date(2026, 12, 6) == clock.today()
    with mock.patch("time.time", return_value=_epoch(2026, 12, 7, 0, 0, 0) + 0.001):
        assert dt.date(2026, 12, 7) == clock.today()


def test_a_fixed_day_wins(settings: Any) -> None:
    settings.IUB_TODAY = "2027-01-01"
    assert dt.date(2027, 1, 1) == clock.today()
    settings.IUB_TODAY = dt.date(2027, 2, 1)
    assert dt.date(2027, 2, 1) == clock.today()
