"""Shared helpers for the identity guard tests: Skatteverket test numbers and a result view."""

from __future__ import annotations

from pathlib import Path

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


@pytest.fixture(scope="session")
def test_numbers() -> list[str]:
    """Skatteverket's test personnummer."""
    return load_test_personnummer()
