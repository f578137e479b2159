"""Names found without context: SCB's wider list of first names and surname endings.

docs/privacy.md ("Names", rule ``name.listed``). The names here are in neither evaluation
set of ``benchmarks/guard.py`` (staff, holdout); the sentences are new too.
"""

from __future__ import annotations

import pytest

from iub.privacy import BLOCKING, Guard, analyze


def blocking(text: str) -> list[str]:
    """Matched text of every name finding that blocks a 14 kap. 5 § note."""
    return [
        text[f.start : f.end] for f in analyze(text) if f.kind == "name" and f.score >= BLOCKING
    ]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("träffade siamak på stan", "siamak"),  # a rarer first name, lower case, no context
        ("ringt ferhat x3, inget svar", "ferhat"),
        ("pratade m ljiljana igår", "ljiljana"),
        ("lämnade lapp till hosseinzadeh", "hosseinzadeh"),  # surname ending -zadeh
        ("mötte nikolić i korridoren", "nikolić"),  # -ić
        ("sms till yılmazoğlu om tiden", "yılmazoğlu"),  # -oğlu
        ("träffade nilsson på stan", "nilsson"),  # a gazetteer surname, no word in any form
        ("FERHAT ringde igen", "FERHAT"),  # in capitals
        ("Siamak kom inte idag", "Siamak"),  # capitalised at a sentence start
    ],
)
def test_a_listed_name_blocks_without_context(note: str, name: str) -> None:
    """A name in the wide list, or a word with a surname ending, needs no naming word."""
    assert name in blocking(note)


@pytest.mark.parametrize(
    "note",
    [
        "vilda djur på skansen",  # "Vilda" is a name; "vilda" is an adjective
        "finn ut mer om stödet",  # "Finn" / imperative of "finna"
        "max 2 tim per dag",  # "Max", "Tim", "Per": a limit, hours, a preposition
        "nian går bra, ettan också",  # "Nian" has a few bearers; it is the ninth grade
        "eden var viktig för honom",  # the oath
        "vi pratade om mats och sömn",  # the genitive of "mat"
        "hon vill plugga till provet",
        "taems-möte på torsdag",  # a slip of the keyboard, not the rare name "Taems"
    ],
)
def test_an_ordinary_word_in_the_name_list_stays_ordinary(note: str) -> None:
    """A listed name that is an ordinary word in some form, or a typo of one, is no name."""
    assert blocking(note) == []


def test_a_listed_name_is_redacted_by_offsets() -> None:
    """The finding points at the name itself, so redaction leaves the rest of the note."""
    from iub.privacy import redact

    note = "hämtade ferhat kl 15"
    assert redact(note, Guard().analyze(note)) == "hämtade [NAMN] kl 15"


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("malina sa att hon mår bättre", "malina"),  # reads as an inflected word; a verb of speech
        ("mamma bojana ringde igår", "bojana"),  # after a family word
        ("Krista, 38 år, ny i gruppen", "Krista"),  # set apart with an age at a sentence start
    ],
)
def test_a_listed_name_that_reads_as_a_word_counts_in_a_naming_context(
    note: str, name: str
) -> None:
    """A rarer listed name that also reads as a word form is a name when the context says so."""
    assert name in blocking(note)


def test_a_word_form_in_the_list_stays_a_word_after_a_family_word() -> None:
    """ "Ute" has bearers, but "pappa ute på jobb" is about where he is."""
    assert blocking("pappa ute på jobb hela veckan") == []
