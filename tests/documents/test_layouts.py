"""Layouts unlike the seeds: "Insats: X" headings, inline "Fält: värde" fields, page footers
between interventions, "något av följande villkor" without a colon, and Word bullet levels."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from iub.catalog import AnyOf, Verdict, evaluate_all
from iub.documents import import_document
from iub.facts import FactValue

from .conftest import FIXTURES

INSATS_LABEL = FIXTURES / "layout-insats-label.txt"
INLINE_FIELDS = FIXTURES / "layout-inline-fields.txt"


@pytest.mark.parametrize("path", [INSATS_LABEL, INLINE_FIELDS], ids=["insats-label", "inline"])
def test_each_intervention_is_found_with_its_own_fields(path: Path) -> None:
    """Two interventions, neither named after the area heading, with their own target groups."""
    catalog = import_document(path).catalog

    assert ["familjetraff-i-lingbo", "samtalscafe-for-anhoriga"] == [
        item.id for item in catalog.interventions
    ]
    first, second = catalog.interventions
    assert "Föräldrar med barn 0–6 år." == first.target_group
    assert "Anhöriga." == second.target_group
    assert first.content.startswith("Träffar där föräldrar")


@pytest.mark.parametrize("path", [INSATS_LABEL, INLINE_FIELDS], ids=["insats-label", "inline"])
def test_regime_comes_from_the_cited_section(path: Path) -> None:
    """14 kap. 3 § is full documentation without special reasons; 14 kap. 5 § has them."""
    first, second = import_document(path).catalog.interventions

    assert ("full", None) == (first.documentation.regime.value, first.documentation.special_reasons)
    assert "no_identity" == second.documentation.regime.value
    assert (
        "besökarna kommer för att vara anonyma och skulle annars utebli."
        == second.documentation.special_reasons
    )
    assert "Särskilda skäl" not in (second.documentation.text or "")


@pytest.mark.parametrize("path", [INSATS_LABEL, INLINE_FIELDS], ids=["insats-label", "inline"])
def test_page_footer_between_interventions_is_removed(path: Path) -> None:
    """ "Ockelbo kommun   Sida 3 (6)" is page furniture, not part of the follow-up."""
    result = import_document(path)

    first = result.catalog.interventions[0]
    assert "Besöksstatistik." == first.follow_up.text
    assert ("page_furniture", "Ockelbo kommun Sida 3 (6)") in {
        (entry.kind, entry.text) for entry in result.report.removed
    }


@pytest.mark.parametrize("path", [INSATS_LABEL, INLINE_FIELDS], ids=["insats-label", "inline"])
def test_any_lead_without_colon_forms_the_group(path: Path) -> None:
    """ "… något av följande villkor" without a colon, with · or • bullets, is an `any` group
    and the lead-in sentence is not a manual check."""
    result = import_document(path)

    (group,) = result.catalog.interventions[1].conditions
    assert isinstance(group, AnyOf)
    assert ["registered_in", "age"] == [child.kind for child in group.any]  # type: ignore[union-attr]
    assert [] == result.report.manual_checks


def test_section_numbers_are_not_footnotes() -> None:
    """ "2.1 Familjeträff" does not make "1 Bakgrund" and "2 Insatserna" footnotes."""
    result = import_document(INLINE_FIELDS)

    assert [] == [entry for entry in result.report.removed if entry.kind == "footnote"]


def _lerum_like_docx(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Insatser utan individuell behovsprövning", 0)
    document.add_heading("1 Stöd till anhöriga", 1)
    document.add_heading("1.1 Stödgrupp för anhöriga till spelberoende", 2)
    document.add_paragraph("Innehåll", style="Heading 4")
    document.add_paragraph("Gruppträffar för anhöriga till någon med spelproblem.")
    document.add_paragraph("Målgrupp", style="Heading 4")
    document.add_paragraph("Vuxna anhöriga.")
    document.add_paragraph("Villkor", style="Heading 4")
    document.add_paragraph("Den enskilde ska uppfylla något av följande villkor:")
    document.add_paragraph("Vara folkbokförd i Ockelbo kommun.", style="List Bullet 2")
    document.add_paragraph("Vara bosatt i Ockelbo kommun.", style="List Bullet 2")
    document.add_paragraph("Vuxna från 18 år.", style="List Bullet")
    document.add_paragraph("Dokumentation", style="Heading 4")
    document.add_paragraph("Dokumenteras enligt 14 kap. 3 § socialtjänstlagen.")
    document.save(str(path))


def test_docx_bullet_levels_decide_what_belongs_to_the_group(tmp_path: Path) -> None:
    """A level-1 bullet after the level-2 "något av" items is a condition of its own: a
    16-year-old registered in the municipality is not eligible for an adults-only group."""
    path = tmp_path / "nested.docx"
    _lerum_like_docx(path)

    item = import_document(path).catalog.interventions[0]

    group, age = item.conditions
    assert isinstance(group, AnyOf)
    assert 2 == len(group.any)
    assert "age" == age.kind  # type: ignore[union-attr]
    facts: dict[str, FactValue] = {
        "person.age": 16,
        "person.municipality": "Ockelbo",
        "person.lives_in": "Ockelbo",
    }
    assert Verdict.NOT_MET == evaluate_all(item.conditions, facts).verdict
