"""Swedish condition phrasings → structured conditions; the rest → manual checks."""

from __future__ import annotations

from typing import Any

import pytest

from iub.documents import Block
from iub.documents._villkor import ConditionContext, parse_conditions
from iub.geo import find_municipality


def _parse(*texts: str, target_group: str = "") -> tuple[list[dict[str, Any]], ConditionContext]:
    ctx = ConditionContext(
        intervention_id="test-insats",
        title="Samarbetssamtal",
        municipality=find_municipality("Alingsås"),
        target_group=target_group,
    )
    blocks = []
    for text in texts:
        if text.startswith("  o "):
            blocks.append(Block(text[4:], "item", 2))
        elif text.startswith("• "):
            blocks.append(Block(text[2:], "item", 1))
        else:
            blocks.append(Block(text))
    return parse_conditions(blocks, ctx), ctx


def _shape(cond: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v for k, v in cond.items() if k not in {"id", "text", "evidence", "citation", "labels"}
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vuxna från 18 år.", [{"kind": "age", "min": 18}]),
        ("Unga från 15 år till 21 år.", [{"kind": "age", "min": 15, "max": 21}]),
        ("Vuxna mellan 18 till 65 år.", [{"kind": "age", "min": 18, "max": 65}]),
        ("Den enskilde är under 18 år.", [{"kind": "age", "max": 17}]),
        ("Folkbokförd i Alingsås kommun.", [{"kind": "registered_in", "municipality": "Alingsås"}]),
        (
            "Barnet ska vara folkbokfört i Alingsås kommun.",
            [{"kind": "registered_in", "municipality": "Alingsås", "subject": "child"}],
        ),
        (
            "Den enskilde är bosatt i Stockholms stad.",
            [{"kind": "lives_in", "municipality": "Stockholm"}],
        ),
        (
            "Samarbetssamtal inleds efter föräldrarnas gemensamma begäran.",
            [{"kind": "flag", "fact": "parents.joint_request"}],
        ),
        (
            "Barn och unga upp till 18 år med vårdnadshavares samtycke.",
            [
                {"kind": "age", "max": 17},
                {"kind": "guardian_consent", "below_age": 18, "guardians": "all"},
            ],
        ),
        (
            "För barn som inte fyllt 15 år krävs samtliga vårdnadshavares samtycke till insatsen.",
            [{"kind": "guardian_consent", "below_age": 15, "guardians": "all"}],
        ),
        (
            "Barnet ska vara inskriven i Alingsås kommuns för- eller grundskola, i förskolan till "
            "årskurs 6.",
            [{"kind": "school", "municipality": "Alingsås", "min_grade": -1, "max_grade": 6}],
        ),
        (
            "Gärningspersonen ska vara folkbokförd i Alingsås kommun.",
            [{"kind": "registered_in", "municipality": "Alingsås", "subject": "offender"}],
        ),
        (
            "Placerat barn upp till 18 år.",
            [
                {"kind": "flag", "fact": "child.placed_outside_home"},
                {"kind": "age", "max": 17, "subject": "child"},
            ],
        ),
        ("Föräldrar med barn upp till 18 år.", [{"kind": "age", "max": 17, "subject": "child"}]),
    ],
)
def test_common_phrasings_become_structured_conditions(
    text: str, expected: list[dict[str, Any]]
) -> None:
    """Each common Swedish phrasing gives exactly these conditions, with no manual check."""
    conditions, ctx = _parse(text)

    assert expected == [_shape(c) for c in conditions]
    assert [] == ctx.manual


def test_unknown_wording_becomes_a_declared_manual_check() -> None:
    """A condition the importer cannot read is kept word for word, with its fact declared."""
    conditions, ctx = _parse("Den enskilde har ett giltigt läkarintyg om sin diagnos.")

    (manual,) = conditions
    assert "manual" == manual["kind"]
    assert "Den enskilde har ett giltigt läkarintyg om sin diagnos." == manual["text"]
    assert [manual["fact"]] == [fact["key"] for fact in ctx.facts]
    assert 1 == len(ctx.manual)


def test_partly_understood_sentence_is_not_half_structured() -> None:
    """A sentence with one known and one unknown part stays whole, as one manual check."""
    conditions, _ = _parse("Vuxna från 18 år som har en pågående kontakt med psykiatrin.")

    assert ["manual"] == [c["kind"] for c in conditions]


def test_nested_any_with_situation_lists() -> None:
    """ "något av följande villkor" over bullets, each with its own list of situations."""
    conditions, ctx = _parse(
        "Den enskilde ska också uppfylla något av följande villkor:",
        "• Den enskilde är 18 år eller äldre och vårdar eller stöder en närstående som:",
        "  o är äldre",
        "  o har skadligt bruk eller beroende",
        "• Den enskilde är under 18 år, efterfrågar själv insatsen och är anhörig till en "
        "närstående som:",
        "  o har en kriminell livsstil",
    )

    (group,) = conditions
    adult, young = group["any"]
    assert ["age", "flag", "includes_any"] == [c["kind"] for c in adult["all"]]
    assert ["older", "substance_use"] == adult["all"][2]["values"]
    assert ["age", "flag", "includes_any"] == [c["kind"] for c in young["all"]]
    assert "person.requests_self" == young["all"][1]["fact"]
    assert [] == ctx.manual


def test_open_to_everyone() -> None:
    """ "Inga villkor" gives an empty list, not a manual check."""
    conditions, _ = _parse("Inga villkor.")

    assert [] == conditions
