"""Tests of note_screen: the guard policy for free text by regime."""

from __future__ import annotations

import pytest

from iub.catalog import Regime
from iub.errors import GuardRefusal
from iub.followup import NoteScreen, note_redact, note_screen
from iub.privacy import Detection

from .conftest import skatteverket_numbers

NOTE = "Samtal med Anna Svensson, tel 070-123 45 67, bor på Storgatan 3."


def test_no_identity_note_with_name_phone_address_is_not_storable() -> None:
    """A 14 kap. 5 § note with a name, a phone number and an address is blocked."""
    screen = note_screen(NOTE, regime=Regime.no_identity)

    assert not screen.storable(confirmed=True)
    assert {"name", "phone", "address"} == set(screen.summary())


def test_advice_note_is_screened_too() -> None:
    """A 14 kap. 4 § note is screened the same way (shown as a warning)."""
    screen = note_screen(NOTE, regime=Regime.advice)

    assert not screen.storable(confirmed=True)


def test_full_regime_is_not_screened() -> None:
    """Identity may be documented under 14 kap. 3 §."""
    screen = note_screen(NOTE, regime=Regime.full)

    assert screen.clean
    assert screen.storable(confirmed=False)


def test_clean_note_is_storable() -> None:
    """A note about circumstances, with no identity, passes."""
    screen = note_screen(
        "Samtal om oro för sonens spelande. Hon vill bo kvar.", regime=Regime.no_identity
    )

    assert screen.clean
    assert screen.storable(confirmed=False)


def test_allow_list_spares_unit_names() -> None:
    """A unit's name is not a person."""
    screen = note_screen(
        "Hänvisad till Mini Maria.", regime=Regime.no_identity, allow=["Mini Maria"]
    )

    assert screen.clean


def test_redaction_replaces_every_span_with_its_label() -> None:
    """One-click redaction leaves labels and nothing the guard would find."""
    pnr = skatteverket_numbers()[0]
    text = f"{NOTE} Pnr {pnr}, bil ABC 123."
    screen = note_screen(text, regime=Regime.no_identity)

    redacted = note_redact(text, [*screen.blocking, *screen.to_confirm])

    for label in ("[NAMN]", "[TELEFON]", "[ADRESS]", "[PERSONNUMMER]", "[REGNR]"):
        assert label in redacted
    assert note_screen(redacted, regime=Regime.no_identity).clean


def test_summary_and_refusal_carry_kinds_and_counts_only() -> None:
    """Nothing a log or an error report gets contains the matched text."""
    screen = note_screen(NOTE, regime=Regime.no_identity)

    refusal = screen.refusal()

    assert isinstance(refusal, GuardRefusal)
    for secret in ("Anna", "Svensson", "070", "Storgatan"):
        assert secret not in str(refusal)
        assert secret not in repr(screen.summary())


@pytest.mark.parametrize("regime", [Regime.advice, Regime.no_identity])
def test_empty_note_is_clean(regime: Regime) -> None:
    """No text, nothing to screen."""
    assert note_screen("  ", regime=regime).clean


def test_advice_name_guess_is_storable_once_confirmed() -> None:
    """Under 14 kap. 4 § the guard warns: the writer may confirm a name guess is not a name."""
    screen = note_screen("Pratade med Lisa Berg om ekonomi", regime=Regime.advice)

    assert {"name"} == set(screen.summary())
    assert (False, True) == (screen.storable(confirmed=False), screen.storable(confirmed=True))


@pytest.mark.parametrize("regime", [Regime.advice, Regime.no_identity])
def test_numbers_can_never_be_confirmed_away(regime: Regime) -> None:
    """A personnummer or a phone number is refused even when the writer confirms."""
    pnr = skatteverket_numbers()[0]
    screen = note_screen(f"Ring 0701234567, pnr {pnr}", regime=regime)

    assert not screen.can_confirm
    assert not screen.storable(confirmed=True)


def test_no_identity_confirms_only_weak_name_guesses() -> None:
    """Under 14 kap. 5 § a strong name is refused; a weak guess may be confirmed."""
    strong = Detection(start=0, end=4, kind="name", score=0.85, rule="name.gazetteer")
    weak = Detection(start=0, end=4, kind="name", score=0.4, rule="name.capitalised")
    email = Detection(start=0, end=4, kind="email", score=0.4, rule="email")

    assert not NoteScreen(Regime.no_identity, (strong,), ()).storable(confirmed=True)
    assert NoteScreen(Regime.no_identity, (), (weak,)).storable(confirmed=True)
    assert not NoteScreen(Regime.no_identity, (), (email,)).storable(confirmed=True)
