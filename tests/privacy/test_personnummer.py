"""The personnummer detector's checks: Luhn, dates, samordningsnummer, typos and look-alikes."""

from __future__ import annotations

from iub.privacy.guard.personnummer import PersonnummerDetector, luhn_ok

from .conftest import as_samordningsnummer


def _rules(text: str) -> list[str]:
    """Return the rules that fired on ``text``."""
    return [f.rule for f in PersonnummerDetector().detect(text)]


def test_every_skatteverket_test_number_passes_luhn(test_numbers: list[str]) -> None:
    """All 400 official test numbers pass the check, so the fixture and the check agree."""
    assert all(luhn_ok(number[2:]) for number in test_numbers)


def test_every_test_number_is_found_in_both_lengths(test_numbers: list[str]) -> None:
    """Each test number is found as YYMMDD-NNNN and as YYYYMMDDNNNN."""
    for number in test_numbers:
        assert ["personnummer.luhn"] == _rules(f"x {number[2:8]}-{number[8:]} y")
        assert ["personnummer.luhn"] == _rules(f"x {number} y")


def test_derived_samordningsnummer_are_classified(test_numbers: list[str]) -> None:
    """Day + 60 with a recomputed check digit is a samordningsnummer."""
    number = as_samordningsnummer(test_numbers[0])

    assert ["samordningsnummer.luhn"] == _rules(f"nr {number[2:8]}-{number[8:]}")


def test_wrong_check_digit_is_a_probable_typo() -> None:
    """A real date with a wrong check digit is still reported, at a lower score."""
    findings = list(PersonnummerDetector().detect("210101-2396"))

    assert ["personnummer.typo"] == [f.rule for f in findings]
    assert 0.5 <= findings[0].score < 1.0


def test_february_29_only_in_leap_years() -> None:
    """With a century known, 29 February must be a leap day; without one it is allowed."""
    assert [] == _rules("19010229-0000")
    assert ["personnummer.typo"] == _rules("20000229-0000")
    assert ["personnummer.typo"] == _rules("000229-0000")


def test_impossible_dates_are_not_personnummer() -> None:
    """Month 13, day 32 or day 00 cannot be a birth date."""
    assert [] == _rules("851301-0006 850132-0006 850100-0006")


def test_numbers_glued_to_other_digits_are_ignored() -> None:
    """Longer digit strings and case numbers with dots or slashes are not personnummer."""
    assert [] == _rules("1850101-00061 2025.850101-0006 SN/850101-0006")


def test_a_date_and_a_clock_time_are_no_regrouped_number() -> None:
    """A booking ("tid bokad 250702 14.30") is no number, though the ten digits pass Luhn; the same
    digits grouped another way are still reported."""
    assert luhn_ok("2507021430")
    assert [] == _rules("tid bokad 250702 14.30")
    assert [] == _rules("tid bokad 250702 14:30, kom i tid")
    assert ["personnummer.regrouped"] == _rules("pnr 250702 14-30")
    assert ["personnummer.regrouped"] == _rules("pnr 2507 02 1430")
