"""Helpers of the follow-up tests: Skatteverket's test personnummer, which belong to no one."""

from __future__ import annotations

from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "testpersonnummer-2021.txt"


def skatteverket_numbers() -> list[str]:
    """Skatteverket's 2021 test personnummer, 12 digits each."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
