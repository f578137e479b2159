"""The allow-list built from a catalog's unit, programme and method names."""

from __future__ import annotations

from pathlib import Path

import pytest

from iub.followup import catalog_allow_list
from iub.privacy import Guard, allow_phrases

ALINGSAS = Path(__file__).resolve().parents[2] / "catalogs" / "alingsas.yaml"


def test_unit_names_yield_their_short_forms() -> None:
    """ "Aktivitetshus Gläntan" allows "Gläntan"; "Familjens hus i Sollebrunn" allows its parts."""
    phrases = allow_phrases(["Aktivitetshus Gläntan", "Familjens hus i Sollebrunn"])

    assert {"Gläntan", "Familjens hus", "Sollebrunn"} <= phrases


def test_person_names_inside_unit_names_are_never_allowed_alone() -> None:
    """ "Mini Maria" is allowed as a whole, but "Maria" alone is not."""
    phrases = allow_phrases(["Mini Maria", "Anhörigstöd vid ungas beroende Mini Maria"])

    assert "Mini Maria" in phrases
    assert "Maria" not in phrases


def test_guard_with_unit_names_still_finds_people_of_the_same_name() -> None:
    """With "Mini Maria" allowed, a participant called Maria is still reported."""
    guard = Guard(allow=allow_phrases(["Mini Maria", "Aktivitetshus Gläntan"]))
    note = "Hon har varit på Gläntan och Mini Maria med sin syster Maria."

    findings = guard.analyze(note)

    assert ["Maria"] == [note[f.start : f.end] for f in findings]


@pytest.mark.skipif(not ALINGSAS.exists(), reason="the Alingsås catalog is not in this checkout")
def test_alingsas_catalog_units_are_allowed() -> None:
    """The Alingsås catalog's units ("Gläntan", "Familjens hus", "Trappan") are not names."""
    from iub.catalog import load_catalog

    guard = Guard(allow=catalog_allow_list(load_catalog(ALINGSAS)))
    note = "Hon har gått på Gläntan, Familjens hus i Sollebrunn och Trappan."

    assert [] == guard.analyze(note)


@pytest.mark.skipif(not ALINGSAS.exists(), reason="the Alingsås catalog is not in this checkout")
def test_alingsas_systems_methods_areas_and_units_are_all_in_the_allow_list() -> None:
    """Every name the catalog uses for a record system, method, area or unit is allowed."""
    from iub.catalog import load_catalog

    catalog = load_catalog(ALINGSAS)
    expected = {
        "Lifecare",
        "Lifecare IFO",
        "UNGDOK",
        *("COS", "FFT", "NVR", "MPV", "Trappan", "Hela Barn", "COPE", "CRAFT"),
        *("ABC", "MET", "HAP", "CRA"),
        *(area.title for area in catalog.areas),
        *(r.unit for i in catalog.interventions for r in i.where_to_turn if r.unit),
    }

    missing = expected - catalog_allow_list(catalog)

    assert set() == missing


@pytest.mark.skipif(not ALINGSAS.exists(), reason="the Alingsås catalog is not in this checkout")
def test_a_note_naming_the_record_system_and_methods_is_clean() -> None:
    """ "Lifecare" and "UNGDOK" mid-sentence, with method names, give no finding."""
    from iub.catalog import load_catalog

    guard = Guard(allow=catalog_allow_list(load_catalog("alingsas")))
    note = "Antecknat i UNGDOK och Lifecare; familjen gick COS och Trappan med Hela Barn."

    assert [] == guard.analyze(note)


@pytest.mark.parametrize(
    "text",
    [
        "Träffade Mini Maria idag.",
        "İlkay (tolk) och mini-maria i samtalet.",  # "İ" lowers to two characters
        "MINI MARIA, ΣΟΦΊΑ hälsade",  # a final sigma lowers by its context
    ],
)
def test_a_phrase_is_masked_whatever_else_the_note_holds(text: str) -> None:
    """The mask's one-pass test for "no phrase here" never skips a phrase that is there."""
    from iub.privacy.guard._allow import MASK, AllowList

    masked = AllowList(["Mini Maria"]).mask(text)

    assert len(masked) == len(text)
    assert "mini" not in masked.lower() and MASK * 4 in masked


def test_a_note_without_a_phrase_comes_back_as_it_was() -> None:
    from iub.privacy.guard._allow import AllowList

    text = "Lisa, 45 år, kom med sin pappa."

    assert AllowList(["Mini Maria"]).mask(text) is text
