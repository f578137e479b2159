"""Municipality names as people write them resolve to the official SCB list."""

import pytest

from iub.geo import (
    all_municipalities,
    did_you_mean,
    find_municipality,
    resolve_municipality,
    suggest_municipalities,
)


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


# -- names as people type them (NFC, BOM, hyphens, no diacritics, near misses) -----------------


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Alingsas", "1489"),
        ("alingsas kommun", "1489"),
        ("Alingsa\u030as", "1489"),  # a decomposed å (NFD), as pasted from a PDF
        ("\ufeffAlingsås", "1489"),  # a byte order mark
        ("Upplands-Väsby", "0114"),
        ("Upplands\u2013Väsby", "0114"),
        ("Malung Sälen", "2023"),
        ("Goteborgs stad", "1480"),
        ("Orebro", "1880"),
        ("Habo", "0643"),
        ("Håbo", "0305"),
    ],
)
def test_names_as_people_type_them_resolve(written: str, code: str) -> None:
    found = find_municipality(written)

    assert found is not None, written
    assert code == found.code


def test_every_name_without_diacritics_resolves_unless_it_is_another_municipality() -> None:
    """120 of the 121 names with å, ä, ö or é resolve written without them; Håbo written so
    is Habo, another municipality, which is right."""
    plain = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")
    with_marks = [m for m in all_municipalities() if m.name != m.name.translate(plain)]
    missed = [m.name for m in with_marks if find_municipality(m.name.translate(plain)) != m]

    assert len(with_marks) >= 120
    assert ["Håbo"] == missed
    assert "0643" == find_municipality("Habo").code  # type: ignore[union-attr]


def test_two_municipalities_differing_only_by_diacritics_are_never_folded_silently() -> None:
    assert find_municipality("Habö") is None
    assert {"Habo", "Håbo"} == {m.name for m in suggest_municipalities("Habö")}
    with pytest.raises(ValueError, match="menade du Habo kommun eller Håbo kommun"):
        resolve_municipality("Habö")


def test_a_near_miss_is_answered_with_did_you_mean() -> None:
    assert "menade du Stockholms kommun?" == did_you_mean("Stokholm")
    assert "" == did_you_mean("Atlantis")
    with pytest.raises(ValueError, match="menade du Stockholms kommun"):
        resolve_municipality("Stokholm")
