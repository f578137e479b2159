"""Identifiers hidden by odd spacing or casing are never passed silently; spans do not overrun.

From an acceptance test: single-spaced digits, a slash in a personnummer, names in lower case
after "heter" or in capitals, streets in lower case or capitals, plates with a hyphen, and
address spans that swallowed the next word.
"""

from __future__ import annotations

import pytest

from iub.privacy import analyze

from .conftest import hang_guard, spans, steps

HIDDEN: list[tuple[str, list[tuple[str, str]]]] = [
    ("Pnr 2 0 2 1 0 1 0 1 - 2 3 9 7", [("personnummer", "2 0 2 1 0 1 0 1 - 2 3 9 7")]),
    ("Pnr 2 1 0 1 0 1 2 3 9 7 i ärendet.", [("personnummer", "2 1 0 1 0 1 2 3 9 7")]),
    ("Ring 0 7 0 1 2 3 4 5 6 7", [("phone", "0 7 0 1 2 3 4 5 6 7")]),
    ("Pnr 20210101/2397", [("personnummer", "20210101/2397")]),
    ("Pnr 210101/2397 enligt intyget.", [("personnummer", "210101/2397")]),
    ("mamma heter lena.", [("name", "lena")]),
    ("hon heter lena svensson.", [("name", "lena svensson")]),
    ("Hon heter LENA SVENSSON.", [("name", "LENA SVENSSON")]),
    ("Han bor på storgatan 5.", [("address", "storgatan 5")]),
    ("Han bor på STORGATAN 12.", [("address", "STORGATAN 12")]),
    ("Reg ABC-123", [("licence_plate", "ABC-123")]),
    ("Bilen abc-123 stod utanför.", [("licence_plate", "abc-123")]),
    ("Såg en vit Volvo, ABC 123, 456 meter bort.", [("licence_plate", "ABC 123")]),
]

NOT_IDENTIFYING = [
    "Det kostade 1 250 kr och 12 500 kronor.",
    "Det var 1 2 3 4 5 6 7 8 9 10 personer i rummet.",
    "Skattning 2 3 4 5 6 7 8 9 under veckorna.",
    "Period 2025/2026 och Dnr SN 2025/00123.",
    "Vi träffades på plan 3 och vid torget 2 gånger.",
    "Hon heter inte så längre.",
    "HON VILL BO KVAR.",
    "Skulder: Klarna 7 300 o CSN 142 000 enl. utdraget.",
]

SPANS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Hon bor på Lilla Nygatan 3 i Stockholm.", [("address", "Lilla Nygatan 3")]),
    (
        "Post till Kungsvägen 2 c/o Andersson.",
        [("address", "Kungsvägen 2"), ("name", "Andersson")],
    ),
    ("Han bor på Storgatan 5 B.", [("address", "Storgatan 5 B")]),
    ("Han bor på Storgatan 5b sedan i våras.", [("address", "Storgatan 5b")]),
    ("Han bodde på Östra Hamngatan 22 A förut.", [("address", "Östra Hamngatan 22 A")]),
]


@pytest.mark.parametrize(("note", "expected"), HIDDEN, ids=[case[0][:40] for case in HIDDEN])
def test_identifier_in_odd_spacing_or_case_is_found(
    note: str, expected: list[tuple[str, str]]
) -> None:
    """Each identifier is reported, with its whole span."""
    assert expected == spans(note)


@pytest.mark.parametrize("note", NOT_IDENTIFYING, ids=[n[:40] for n in NOT_IDENTIFYING])
def test_spaced_amounts_counts_and_ordinary_words_are_not_flagged(note: str) -> None:
    """Amounts, counts and ordinary words in odd forms give no finding."""
    assert [] == spans(note)


@pytest.mark.parametrize(("note", "expected"), SPANS, ids=[case[0][:40] for case in SPANS])
def test_address_span_stops_at_the_house_number_or_its_letter(
    note: str, expected: list[tuple[str, str]]
) -> None:
    """A house letter is glued or a spaced capital; a following word is not part of it."""
    assert expected == spans(note)


@pytest.mark.parametrize(
    "unit",
    ["1 ", "0 7 ", "2 0 2 1 0 1 0 1 - ", "1/", "storgatan 5 ", "STORGATAN ", "ABC-1 "],
)
def test_odd_form_patterns_stay_linear(unit: str) -> None:
    """Four times a long run of single digits, slashes or streets costs about four times the work.

    Work is counted in function calls, not seconds, so a busy CI machine cannot decide it: a
    quadratic scan would make sixteen times the calls. The regexes' own backtracking inside one
    call is caught by the hard timeout, which only a hang reaches.
    """
    quarter = unit * (50_000 // len(unit))
    analyze("x")
    with hang_guard():
        small = steps(quarter)
        large = steps(quarter * 4)

    assert large <= 5 * small + 1_000
