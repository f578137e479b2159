"""Unicode folding: odd spaces, digits and marks are folded, and offsets map back exactly."""

from __future__ import annotations

import pytest

from iub.privacy import analyze
from iub.privacy.guard._normalize import normalize

from .conftest import spans

ODD_SEPARATORS = [
    "\u00a0",  # no-break space
    "\u202f",  # narrow no-break space
    "\u2009",  # thin space
    "\u3000",  # ideographic space
    "\u2011",  # non-breaking hyphen
    "\u2013",  # en dash
    "\u2212",  # minus sign
    "\ufe63",  # small hyphen-minus
    "-\u200b",  # hyphen and zero-width space
    "\u200e-\u200f",  # hyphen between bidi marks
    "\u00ad",  # soft hyphen only (nothing visible between date and serial)
]


def test_plain_text_is_not_copied() -> None:
    """Plain Swedish text takes the fast path: same string, identity offsets."""
    folded = normalize("Hon åt gröt på förskolan.")

    assert "Hon åt gröt på förskolan." == folded.text
    assert (4, 6) == folded.span(4, 6)


def test_full_width_digits_fold_to_ascii() -> None:
    """Full-width digits become ASCII digits."""
    assert "850101-0006" == normalize("８５０１０１－０００６").text


def test_invisible_marks_are_dropped_and_offsets_cover_them() -> None:
    """A zero-width space inside a number is dropped, and the span still covers it."""
    text = "pnr 8501\u200b01-0006."
    folded = normalize(text)

    start, end = folded.span(4, 15)

    assert "pnr 850101-0006." == folded.text
    assert "8501\u200b01-0006" == text[start:end]


def test_combining_marks_compose() -> None:
    """A letter plus a combining ring becomes one letter, mapped back to both characters."""
    text = "A\u030asa"
    folded = normalize(text)

    assert "Åsa" == folded.text
    assert (0, 2) == folded.span(0, 1)
    assert (0, 4) == folded.span(0, 3)


def test_text_of_only_invisible_characters() -> None:
    """Text with nothing visible folds to the empty string without error."""
    assert "" == normalize("\u200b\u200e\ufeff").text


@pytest.mark.parametrize("separator", ODD_SEPARATORS, ids=[repr(s) for s in ODD_SEPARATORS])
def test_personnummer_with_odd_separator_is_found(separator: str) -> None:
    """A test personnummer written with an odd separator is found with exact offsets."""
    number = f"210101{separator}2397"
    text = f"Hon uppgav {number} i samtalet."

    findings = analyze(text)

    assert [("personnummer", number)] == [(f.kind, text[f.start : f.end]) for f in findings]


def test_full_width_personnummer_is_found() -> None:
    """Full-width digits do not hide a personnummer; offsets index the full-width text."""
    text = "Pnr ２０２１０１０１－２３９７ noterat."

    assert [("personnummer", "２０２１０１０１－２３９７")] == spans(text)


def test_combining_mark_on_a_digit_does_not_hide_a_number() -> None:
    """A stray combining mark on a digit is dropped, so the number is still found."""
    text = "Nr 2\u030110101-2397."

    assert [("personnummer", "2\u030110101-2397")] == spans(text)


def test_right_to_left_override_does_not_hide_a_phone_number() -> None:
    """Bidi control characters around and inside a phone number are ignored."""
    text = "Ring \u202e070-123\u202c 45 67\u202c nu."

    assert [("phone", "070-123\u202c 45 67")] == spans(text)


def test_name_with_decomposed_letters_is_found_with_original_offsets() -> None:
    """A name typed with combining diaeresis is found and its span covers the marks."""
    text = "Hon träffade Jo\u0308rgen Stro\u0308m igår."

    assert [("name", "Jo\u0308rgen Stro\u0308m")] == spans(text)


def test_no_break_spaces_in_an_address() -> None:
    """No-break spaces inside an address do not split it."""
    text = "Hon bor på Storgatan\u00a012,\u00a0123\u00a045\u00a0Farsta."

    assert [("address", "Storgatan\u00a012,\u00a0123\u00a045\u00a0Farsta")] == spans(text)


def test_ligatures_and_fractions_do_not_crash_or_shift_offsets() -> None:
    """Characters that NFKC expands (ﬁ, ½, …) keep later offsets exact."""
    text = "½ ﬁka… sen ringde 070-123 45 67."

    assert [("phone", "070-123 45 67")] == spans(text)
