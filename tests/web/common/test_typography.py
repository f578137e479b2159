"""Soft hyphens in long Swedish words of headings (docs/web.md, "Phones")."""

from __future__ import annotations

from iub.web.common.templatetags.typography import SOFT_HYPHEN, hyphenate


def test_long_compounds_get_soft_hyphens_at_syllables() -> None:
    assert "Väg\xadled\xadnings\xadcen\xadtrum" == hyphenate("Vägledningscentrum")
    assert SOFT_HYPHEN in hyphenate("Beroenderådgivning")


def test_short_words_and_markup_are_left_alone_and_escaped() -> None:
    assert "Anhörigstöd för &lt;barn&gt;" == hyphenate("Anhörigstöd för <barn>")
