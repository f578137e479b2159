"""Each import stage on its own: read → clean → sections → fields → conditions → catalog."""

from __future__ import annotations

from iub.documents import Block, CleanedText, ImportReport, RawLine, TextReader
from iub.documents._clean import clean
from iub.documents._draft import draft_intervention
from iub.documents._parse import parse_blocks
from iub.geo import find_municipality

_TEXT = """Riktlinjer för insatser utan individuell behovsprövning

1 Anhörigstöd

1.1 Anhörigcafé
Innehåll
Samtal och gemenskap för anhöriga.

Omfattning 1-5 samtal.
Målgrupp
Anhöriga som stöder en närstående.
Villkor
Vuxna från 18 år som är folkbokförda i Alingsås kommun.
Dokumentation
Insatsen dokumenteras enligt 14 kap. 4 § socialtjänstlagen.
"""


def test_read_gives_one_line_per_text_line() -> None:
    lines = TextReader().read("Rubrik\n\nInnehåll\n".encode())

    assert [RawLine("Rubrik"), RawLine("", blank=True), RawLine("Innehåll")] == lines[:3]


def test_clean_joins_soft_lines_and_returns_typed_text() -> None:
    cleaned = clean(
        [
            RawLine("En mening som"),
            RawLine("fortsätter här."),
            RawLine("", blank=True),
            RawLine("Sida 3 av 5"),
        ]
    )

    assert isinstance(cleaned, CleanedText)
    assert ["En mening som fortsätter här."] == [b.text for b in cleaned.blocks]
    assert ["page_furniture"] == [entry.kind for entry in cleaned.removed]


def test_sections_find_the_area_and_the_intervention_fields() -> None:
    doc = parse_blocks(clean(TextReader().read(_TEXT.encode())).blocks)

    assert "Anhörigstöd" == doc.areas[0].title
    (item,) = doc.interventions
    assert ("1.1", "Anhörigcafé") == (item.section, item.title)
    assert ["content", "target_group", "conditions", "documentation"] == item.order


def test_fields_and_conditions_stage_builds_a_typed_draft() -> None:
    doc = parse_blocks(clean(TextReader().read(_TEXT.encode())).blocks)
    alingsas = find_municipality("Alingsås")
    assert alingsas is not None
    report = ImportReport(file="x.txt", format="txt")

    draft = draft_intervention(doc.interventions[0], "anhorigstod", [], alingsas, report)

    assert "anhorigcafe" == draft.id
    assert "1-5 samtal." == draft.extent
    assert "Anhöriga som stöder en närstående." == draft.target_group
    assert ["age", "registered_in"] == [c["kind"] for c in draft.conditions]
    assert "advice" == draft.documentation["regime"]
    data = draft.to_data()
    assert ["id", "title", "area", "section", "content", "target_group", "extent"] == list(data)[:7]


def test_draft_of_a_blockless_intervention_warns_about_missing_content() -> None:
    from iub.documents._parse import ParsedIntervention

    report = ImportReport(file="x.txt", format="txt")
    parsed = ParsedIntervention(title="Tom", section=None, area=None)
    parsed.fields["target_group"] = [Block("Alla.")]
    alingsas = find_municipality("Alingsås")
    assert alingsas is not None

    draft = draft_intervention(parsed, "insatser", [], alingsas, report)

    assert "" == draft.content
    assert {"conditions", "content"} == {entry.kind for entry in report.warnings}
