"""A word's letters: the character models that drop a question about a plainly Swedish word.

The names here are made up for these tests or taken from the guard's own lists; none is drawn
from an evaluation set of ``benchmarks/guard.py``.
"""

from __future__ import annotations

import pytest

from iub.privacy.guard import _shape
from iub.privacy.guard._lexicon import listed_names, load
from iub.privacy.guard._shape import NameShape, count_grams

from .conftest import spans


def test_grams_cover_every_letter_and_the_end_at_every_order() -> None:
    """ "ab" gives four grams for "a", four for "b" and four for its end."""
    grams = list(_shape.grams("ab"))

    assert len(grams) == 3 * _shape.ORDER
    assert grams[:4] == ["a", "^a", "^^a", "^^^a"]
    assert grams[-4:] == ["$", "b$", "ab$", "^ab$"]


def test_a_word_of_one_class_reads_as_that_class() -> None:
    """Trained on two tiny classes, each class's own words lean its way."""
    shape = NameShape(
        dict(count_grams(["zubeyda", "zeynab", "zahra"])),
        dict(count_grams(["bistånd", "stöd", "bostad"])),
    )

    assert shape.margin("zeyda") > 0 > shape.margin("bostöd")


def test_no_opinion_on_what_is_not_a_word() -> None:
    """Digits, hyphens and garbage get 0.0: the rules decide alone."""
    shape = _shape.load()

    assert shape.margin("sms-lån") == 0.0
    assert shape.margin("x" * 49) == 0.0


@pytest.mark.parametrize("word", ["nödbitsånd", "Vårnäs", "kvallsbesoket", "boendsetöd"])
def test_swedish_words_read_as_words(word: str) -> None:
    """Compounds, typed without å, ä and ö or with two letters swapped, read as words."""
    assert _shape.load().margin(word) < -0.7


@pytest.mark.parametrize("name", ["Zubeyda", "Tesfaye", "Abdirahman", "Mohammed", "Linnea"])
def test_names_read_as_names(name: str) -> None:
    """Names of many origins lean the names' way."""
    assert _shape.load().margin(name) > 0


def test_the_shipped_model_counts_the_lists_as_they_are() -> None:
    """Every word ends once, so the end mark counts the names and the words the model was
    built from; a list changed without ``scripts/build_name_shape.py`` fails here."""
    lexicon = load()
    names = {name.lower() for name in listed_names() if name.isalpha()}
    swedish = {word.lower() for word in lexicon.common_words if word.isalpha()}
    undotted = {word.translate(str.maketrans("åäöé", "aaoe")) for word in swedish}
    english = {word.lower() for word in lexicon.english_words if word.isalpha()}
    data = (_shape.files("iub.privacy") / "data" / _shape.DATA_FILE).read_text("utf-8")
    end = next(line for line in data.splitlines() if line.startswith("$\t"))

    assert end == f"$\t{len(names)}\t{len(swedish | undotted | english)}"


ORDINARY = [
    # Questions and blocks on words no list holds, whose letters read as Swedish words':
    # words typed with two letters swapped, or without å, ä and ö (2026-12-07).
    "Hemtjansten kom inte idag till pappa",
    "hittar inte Riktlinje för hot o våld på intranätet",
    "glomde losenordet till baknid igen",
    "Anhöriga önskar väexlvård 1 v hemma",
    "dom lovade varandra att testa säkrmfri söndag",
    "han bor i bilen nu sen i lrodags",
]

CAUGHT = [
    # A family or role word before it keeps a name a name, whatever its letters.
    ("storasyster Vårnäs hämtar på fritids", "Vårnäs"),
    ("pratade med mamman Boendstöd om läxorna", "Boendstöd"),
    # A known name and a surname's ending are never dropped for their letters.
    ("sen kom Linnea o berättade", "Linnea"),
    ("pratade med Stenvall om hyran", "Stenvall"),
]


@pytest.mark.parametrize("note", ORDINARY)
def test_ordinary(note: str) -> None:
    """No name is reported."""
    assert [span for span in spans(note) if span[0] == "name"] == []


@pytest.mark.parametrize(("note", "name"), CAUGHT)
def test_caught(note: str, name: str) -> None:
    """The name is reported."""
    found = [text for kind, text in spans(note) if kind == "name"]
    assert any(name in text for text in found), found


def test_kept_margins_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The margins kept per word never outgrow their bound, and an emptied store answers as
    a fresh one."""
    monkeypatch.setattr(_shape, "_CACHE_LIMIT", 5)
    shape = NameShape(dict(count_grams(["zahra"])), dict(count_grams(["stöd"])))
    fresh = NameShape(dict(count_grams(["zahra"])), dict(count_grams(["stöd"])))
    for word in ["zara", "stod", "zahra", "stöd", "zorro", "sta", "zed", "sto"]:
        assert shape.margin(word) == fresh.margin(word)
        assert len(shape._margins) <= 5
