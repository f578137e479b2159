"""Municipality names as people write them resolve to the official SCB list."""

import pytest

from iub.geo import all_municipalities, find_municipality, resolve_municipality


def test_the_official_list_has_all_290_municipalities() -> None:
    """Sweden has 290 municipalities, each with a unique four-digit code."""
    codes = [m.code for m in all_municipalities()]

    assert len(codes) == 290
    assert len(set(codes)) == 290


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Alingsås", "1489"),
        ("Alingsås kommun", "1489"),
        ("alingsås KOMMUN", "1489"),
        ("1489", "1489"),
        ("Stockholm", "0180"),
        ("Stockholms stad", "0180"),
        ("Stockholms kommun", "0180"),
        ("0180", "0180"),
        ("180", "0180"),
        ("Göteborgs stad", "1480"),
        ("Region Gotland", "0980"),
        ("Upplands\u00a0Väsby", "0114"),
        ("Borås", "1490"),
    ],
)
def test_every_common_form_resolves(written: str, code: str) -> None:
    """Names with or without 'kommun'/'stad', in any case, or the SCB code, all resolve."""
    found = find_municipality(written)

    assert found is not None
    assert code == found.code


@pytest.mark.parametrize("written", ["", "Atlantis", "Stockholmsstad", "9999", "Alingsåskommun"])
def test_unknown_names_do_not_resolve(written: str) -> None:
    """Text that names no municipality gives None, never a guess."""
    assert find_municipality(written) is None


def test_resolve_explains_what_to_write() -> None:
    """The error for an unknown municipality shows the forms that work."""
    with pytest.raises(ValueError, match="SCB code"):
        resolve_municipality("Atlantis")
