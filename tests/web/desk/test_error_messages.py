"""Desk form errors say what is wrong and how to fix it (docs/desk.md), never just
"Värdet är inte tillåtet"."""

from __future__ import annotations

import pytest

from iub.followup import GENDERS
from iub.web.desk.errors_sv import pydantic_error_sv

from .conftest import Staff

pytestmark = pytest.mark.django_db

GLANTAN = "/personal/alingsas/aktivitetshus-glantan/aktivitetshus-glantan/huvudrakning/"


def test_head_count_parts_above_the_total_say_which_and_what_to_do(staff: Staff) -> None:
    gender = next(iter(GENDERS))
    response = staff.client("glantan").post(
        GLANTAN,
        {
            "idem": "errors-0001",
            "counted_on": "2026-11-26",
            "half_day": "fm",
            "total": "3",
            f"gender_{gender}": "5",
            "action": "save",
        },
    )
    html = response.content.decode()

    assert 422 == response.status_code
    assert "Värdet är inte tillåtet" not in html
    assert "Antalen per kön är tillsammans fler än antalet besökare" in html


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ({"type": "greater_than_equal", "ctx": {"ge": 1}}, "Värdet måste vara minst 1"),
        ({"type": "less_than_equal", "ctx": {"le": 5000}}, "högst 5000"),
        ({"type": "int_parsing"}, "Skriv ett heltal"),
        ({"type": "missing"}, "Fyll i fältet."),
    ],
)
def test_each_kind_of_error_names_the_limit(error: dict[str, object], expected: str) -> None:
    assert expected in pydantic_error_sv(error)
