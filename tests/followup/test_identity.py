"""Tests of identity_parse: personnummer and samordningsnummer for the full regime."""

from __future__ import annotations

import datetime as dt

import pytest

from iub.followup import IdentityError, identity_parse

from .conftest import skatteverket_numbers

ON = dt.date(2026, 11, 26)


def _luhn(nine: str) -> str:
    total = 0
    for index, char in enumerate(nine):
        value = int(char) * (2 - index % 2)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def test_every_skatteverket_test_number_is_accepted() -> None:
    """All 2021 test numbers validate and keep their 12 digits."""
    numbers = skatteverket_numbers()

    parsed = [identity_parse(n, on=ON) for n in numbers]

    assert numbers == [p.digits for p in parsed]
    assert {"personnummer"} == {p.kind for p in parsed}


@pytest.mark.parametrize("form", ["{0}", "{1}-{2}", "{3}-{2}", "{3}{2}", " {1} {2} "])
def test_written_forms_normalise_to_twelve_digits(form: str) -> None:
    """Ten or twelve digits, with or without a hyphen or spaces, give the same number."""
    pnr = skatteverket_numbers()[0]
    text = form.format(pnr, pnr[:8], pnr[8:], pnr[2:8])

    assert pnr == identity_parse(text, on=ON).digits


def test_samordningsnummer_is_recognised() -> None:
    """Day + 60 with a valid check digit is a samordningsnummer born on the real day."""
    pnr = skatteverket_numbers()[0]
    day = int(pnr[6:8]) + 60
    nine = pnr[2:6] + f"{day:02d}" + pnr[8:11]
    samordning = pnr[:6] + f"{day:02d}" + pnr[8:11] + _luhn(nine)

    parsed = identity_parse(samordning, on=ON)

    assert "samordningsnummer" == parsed.kind
    assert dt.date(int(pnr[:4]), int(pnr[4:6]), int(pnr[6:8])) == parsed.born


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("12345", "format"),
        ("2021-01-01-2397", "format"),
        ("abcdefghijkl", "format"),
    ],
)
def test_malformed_input_says_why(text: str, code: str) -> None:
    """Empty and malformed input is refused with its own code."""
    with pytest.raises(IdentityError) as caught:
        identity_parse(text, on=ON)

    assert code == caught.value.code
    assert caught.value.message_sv


def test_wrong_check_digit_is_a_checksum_error() -> None:
    """One wrong last digit fails the checksum."""
    pnr = skatteverket_numbers()[0]
    wrong = pnr[:-1] + str((int(pnr[-1]) + 1) % 10)

    with pytest.raises(IdentityError) as caught:
        identity_parse(wrong, on=ON)

    assert "checksum" == caught.value.code


def test_impossible_date_with_valid_checksum_is_a_date_error() -> None:
    """A 31 February with a correct check digit fails on the date."""
    nine = "210231" + "239"
    number = "20" + nine + _luhn(nine)

    with pytest.raises(IdentityError) as caught:
        identity_parse(number, on=ON)

    assert "date" == caught.value.code


def test_birth_after_today_is_refused() -> None:
    """A number born after the day of the check is refused."""
    pnr = skatteverket_numbers()[0]

    with pytest.raises(IdentityError) as caught:
        identity_parse(pnr, on=dt.date(2020, 1, 1))

    assert "future" == caught.value.code


def test_errors_and_repr_never_carry_the_number() -> None:
    """Neither the error message nor the parsed object's repr shows the digits."""
    pnr = skatteverket_numbers()[0]
    wrong = pnr[:-1] + str((int(pnr[-1]) + 1) % 10)
    with pytest.raises(IdentityError) as caught:
        identity_parse(wrong, on=ON)

    parsed = identity_parse(pnr, on=ON)

    assert pnr[2:] not in str(caught.value) + caught.value.message_sv
    assert pnr[2:8] not in repr(parsed) + str(parsed)
