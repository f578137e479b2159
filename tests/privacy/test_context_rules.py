"""Names found by where they stand in a staff note, not by a list (issue 13, sixth round).

Each rule has cases it must catch and ordinary lines it must leave alone. The names are made
up for these tests; none is drawn from an evaluation set of ``benchmarks/guard.py``.
"""

from __future__ import annotations

import pytest

from .conftest import spans

CAUGHT: list[tuple[str, str]] = [
    # A letter Swedish never writes marks a foreign name, wherever it stands.
    ("idag kom şükrü, glad", "şükrü"),
    ("bråk m dražen på rasten", "dražen"),
    ("Øystein ringde", "Øystein"),
    ("hon o małgośka satt ihop", "małgośka"),
    # A verb that takes a person wants its object, capitalised or not.
    ("bråk mellan Lotte o en annan kille", "Lotte"),
    ("följde Mara till bussen", "Mara"),
    ("hälsa Hanne att vi saknar henne", "Hanne"),
    # A word that is ordinary only as a split into short parts is still unknown.
    ("Kanuudin grät i slutet", "Kanuudin"),
    # A subject inside a run-on line, before a finite verb; a verb mistyped still counts.
    ("lugn grp idag zubeyda vill inte åka hem", "zubeyda"),
    ("trött idag. Olvadine grtä i slutet", "Olvadine"),
    # Two unknown words in a row are a first name and a surname.
    ("ny i grp: ubaxo warsame", "ubaxo warsame"),
    # An unknown word with a remark in parentheses.
    ("ubaxo (ny) kom sent", "ubaxo"),
]

ORDINARY: list[str] = [
    "resa till Kraków i sommar",
    "vi pratade om naïv konst",
    "vi åt crème brûlée på fikat",
    "ringde Försäkringskassan om beslut",
    "träffade Socialtjänsten i tisdags",
    "Föreningens orgnr är 556677-8899.",
    "hans tfn är ändrat",
    "planering (forts) nästa gång",
    "gick hem tidigt idag (sjuk)",
    "en dag vill hon bara sova",
    "följde med till bussen",
    "bråk mellan syskonen o mamma",
]


@pytest.mark.parametrize(("note", "name"), CAUGHT)
def test_caught(note: str, name: str) -> None:
    """The name, and nothing else, is reported."""
    found = [text for kind, text in spans(note) if kind == "name"]
    assert any(name in text or text in name for text in found), found


@pytest.mark.parametrize("note", ORDINARY)
def test_ordinary(note: str) -> None:
    """An ordinary line stays clean."""
    assert [span for span in spans(note) if span[0] == "name"] == []
