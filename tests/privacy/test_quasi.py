"""Combinations that identify without a name (docs/privacy.md, "Combinations that identify")."""

from __future__ import annotations

import pytest

from iub.catalog import Regime
from iub.followup import note_screen
from iub.privacy import QUASI_BLOCK, QUASI_WARN, quasi_check


def kinds(text: str) -> set[str]:
    return {part.kind for part in quasi_check(text).parts}


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("45 år, barnmorska på Södersjukhuset.", {"age", "occupation", "workplace"}),
        ("Hon arbetar som undersköterska.", {"occupation"}),
        ("Pappan är lärare på Rudbecksskolan.", {"family_role", "occupation", "school"}),
        ("Han jobbar på Volvo sedan i våras.", {"workplace"}),
        ("Dottern går i 8C på Ekbackeskolan.", {"family_role", "school_class", "school"}),
        ("Sonen har Retts syndrom.", {"family_role", "diagnosis"}),
        ("Ensamstående mamma med tvillingar.", {"family", "family_role"}),
        ("Han är född 1979 och bor i Sollebrunn.", {"age", "place"}),
        ("Hon är 15-åring och går i nian.", {"age"}),
    ],
)
def test_parts_are_found(note: str, expected: set[str]) -> None:
    assert expected == kinds(note)


@pytest.mark.parametrize(
    "note",
    [
        "Hon har bott i Sverige i 3 år.",
        "Samtal om sömn och skola, mår bättre.",
        "Gruppen träffades sedan 2 år tillbaka.",
        "Hon är trött och ledsen.",
        "Han går i årskurs 8 och trivs.",
        "De pratade om skolan och om kompisar.",
    ],
)
def test_ordinary_notes_have_no_parts_that_count(note: str) -> None:
    assert quasi_check(note).score < QUASI_WARN


def test_the_example_from_use_blocks() -> None:
    """The note that was saved under 14 kap. 5 § and must not exist."""
    screen = quasi_check("Lisa, 45 år, barnmorska på Södersjukhuset, berättade om sömnen.")
    assert screen.blocks
    assert "exakt ålder + yrke + arbetsplats" == screen.combination_sv()
    assert any("arbetar inom vården" in advice for advice in screen.advice_sv())


def test_two_parts_warn_and_three_block() -> None:
    assert QUASI_WARN <= quasi_check("45 år, barnmorska.").score < QUASI_BLOCK
    assert quasi_check("Ensamstående pappa, tvillingar i 3B på Ekbackeskolan.").blocks


def test_each_kind_counts_once() -> None:
    """Many family words are one role: "mamma ringde om sonen och dottern" does not warn."""
    screen = quasi_check("Mamma ringde om sonen och dottern, pappa var med.")
    assert 0.5 == screen.score


def test_allow_listed_unit_is_no_workplace() -> None:
    note = "Hon är 45 år och går på Familjeskolan."
    assert "school" in kinds(note)
    assert "school" not in {p.kind for p in quasi_check(note, allow=["Familjeskolan"]).parts}


def test_no_identity_blocks_a_combination_that_advice_only_warns_about() -> None:
    note = "45 år, barnmorska på Södersjukhuset."
    strict = note_screen(note, regime=Regime.no_identity)
    advice = note_screen(note, regime=Regime.advice)

    assert not strict.storable(confirmed=True)
    assert not strict.can_confirm
    assert not advice.storable(confirmed=False)
    assert advice.storable(confirmed=True)


def test_a_warning_combination_is_stored_once_confirmed() -> None:
    screen = note_screen("Hon är 45 år och barnmorska.", regime=Regime.no_identity)
    assert screen.quasi_warns and not screen.quasi_blocks
    assert not screen.storable(confirmed=False)
    assert screen.storable(confirmed=True)
    assert {"quasi.age", "quasi.occupation"} <= {k for k, _, _ in screen.refusal().findings}


def test_bytes_are_refused() -> None:
    with pytest.raises(TypeError):
        quasi_check(b"45 ar")  # type: ignore[arg-type]


def test_a_megabyte_is_checked() -> None:
    """Bounded repetition only: a megabyte of note is checked without a hang."""
    screen = quasi_check("45 år, barnmorska på Södersjukhuset. " * 28_000)
    assert screen.blocks
