"""Shared helpers for the identity guard tests: Skatteverket test numbers and a result view."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import pytest

from iub.privacy import analyze

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "testpersonnummer-2021.txt"


def load_test_personnummer() -> list[str]:
    """Return Skatteverket's 2021 test personnummer (12 digits); they belong to no one."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def luhn_digit(nine: str) -> str:
    """Return the check digit that completes nine digits under the Luhn rule."""
    total = 0
    for position, char in enumerate(nine):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def as_samordningsnummer(pnr12: str) -> str:
    """Derive a samordningsnummer from a test personnummer: day + 60, check digit redone."""
    day = int(pnr12[6:8]) + 60
    nine = pnr12[2:6] + f"{day:02d}" + pnr12[8:11]
    return pnr12[:2] + nine + luhn_digit(nine)


def spans(text: str, **kwargs: object) -> list[tuple[str, str]]:
    """Return (kind, matched text) for each finding, the easiest shape to compare."""
    return [(f.kind, text[f.start : f.end]) for f in analyze(text, **kwargs)]  # type: ignore[arg-type]


def steps(text: str) -> int:
    """Return how many Python and C function calls one analysis makes: a count, not a time.

    The count is the same on a quiet laptop and a loaded CI machine, so a test can compare the
    work for n and 4n characters exactly (a quadratic loop shows as 16 times the calls).
    """
    count = 0

    def tick(_frame: FrameType, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(tick)
    try:
        analyze(text)
    finally:
        sys.setprofile(None)
    return count


@contextmanager
def hang_guard(seconds: int = 120) -> Iterator[None]:
    """Fail a test that runs for minutes (a regex backtracking without end), never a slow one.

    The bound is a hard timeout only: it decides nothing on a busy machine that merely runs
    slowly, and the figures themselves belong to `make bench`.
    """

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TimeoutError(f"still running after {seconds} s: a hang, not a slow machine")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="session")
def test_numbers() -> list[str]:
    """Skatteverket's test personnummer."""
    return load_test_personnummer()
