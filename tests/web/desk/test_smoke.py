"""A first walk through each regime with Django's test client."""

from __future__ import annotations

from .conftest import Staff, answer_check


def test_advice_check_then_visit(staff: Staff) -> None:
    """Familjerådgivning: check → eligible → information → visit."""
    client = staff.client("familjeradgivning")
    base = "/personal/alingsas/familjeradgivning/familjeradgivning/"

    response = answer_check(
        client, base + "kontroll/", {"person.age": ["40"], "person.municipality": ["1489"]}
    )

    assert 200 == response.status_code, response.content.decode()[:3000]
    assert 'data-outcome="eligible"' in response.content.decode()
