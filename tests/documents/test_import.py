"""Importing the seed guidelines as text: structure, fields, conditions and the report."""

from __future__ import annotations

import datetime as dt

from iub.catalog import AnyOf, GuardianConsent, LivesIn
from iub.documents import compare_catalogs, import_document

from .conftest import ALINGSAS_TXT, STOCKHOLM_TXT, hand_catalog


def test_stockholm_conditions_equal_the_hand_encoding() -> None:
    """Nested "något av följande villkor" with situation lists imports as the hand encoding."""
    result = import_document(STOCKHOLM_TXT)

    comparison = compare_catalogs(hand_catalog("stockholm"), result.catalog)
    assert comparison.conditions_total == comparison.conditions_equal
    assert [] == result.report.manual_checks


def test_stockholm_bosatt_stays_lives_in() -> None:
    """ "bosatt i" is where one lives (29 kap. 1 §), never the register fact folkbokförd."""
    item = import_document(STOCKHOLM_TXT).catalog.interventions[0]

    first, consent, group = item.conditions
    assert isinstance(first, LivesIn)
    assert "0180" == first.municipality
    assert isinstance(consent, GuardianConsent)
    assert (15, "all") == (consent.below_age, consent.guardians)
    assert isinstance(group, AnyOf)


def test_stockholm_footnote_and_footer_are_removed_and_reported() -> None:
    """The footnote and the page footer cut into the list are dropped, and the report says so."""
    result = import_document(STOCKHOLM_TXT)

    kinds = {(entry.kind, entry.text) for entry in result.report.removed}
    assert (
        "footnote",
        "Stockholms stads program för stöd till anhöriga – För socialtjänstens verksamheter",
    ) in kinds
    assert any(
        kind == "page_furniture" and "Äldreförvaltningen" in (text or "") for kind, text in kinds
    )
    content = result.catalog.interventions[0].content
    assert "insatsen.1" not in content
    assert "målgruppen för insatsen." in content


def test_stockholm_documentation_exception_with_special_reasons() -> None:
    """14 kap. 5 § gives no_identity; the sentences after the decision are the special reasons."""
    documentation = import_document(STOCKHOLM_TXT).catalog.interventions[0].documentation

    assert "no_identity" == documentation.regime.value
    assert documentation.special_reasons is not None
    assert documentation.special_reasons.startswith("Enligt förarbetena")
    assert documentation.risk_analysis is not None


def test_alingsas_header_areas_and_interventions() -> None:
    """The decision header, four areas and all 25 interventions are found; the TOC is skipped."""
    catalog = import_document(ALINGSAS_TXT).catalog

    assert "Insatser utan individuell behovsprövning" == catalog.title
    assert dt.date(2025, 9, 16) == catalog.decision.date
    assert "2025.053 SN § 37" == catalog.decision.diarienummer
    assert (dt.date(2025, 10, 1), None) == (catalog.decision.valid_from, catalog.decision.valid_to)
    assert dt.date(2026, 12, 31) == catalog.decision.revise_by
    assert "Verksamhetsutvecklare" == catalog.decision.document_owner
    assert ["radgivning", "anhorigstod", "motesplats", "individuellt-riktade-insatser"] == [
        area.id for area in catalog.areas
    ]
    assert 25 == len(catalog.interventions)
    assert "boendecoaching" in {item.id for item in catalog.interventions}


def test_alingsas_tracked_change_keeps_the_new_text() -> None:
    """`~~old~~ **new**` keeps the new text and reports the deleted words."""
    result = import_document(ALINGSAS_TXT)

    item = next(i for i in result.catalog.interventions if i.id == "anhorigstod-vid-kriminalitet")
    assert "personen med skadligt bruk eller beroende att" in item.content
    assert "**" not in result.yaml_text
    assert {"nuvarande", "täcktes", "kräver"} <= {
        e.text for e in result.report.removed if e.kind == "tracked_change_deleted"
    }


def test_alingsas_matches_the_hand_encoding_closely() -> None:
    """Against the hand-encoded catalog: every condition, and at least 90% of the fields."""
    comparison = compare_catalogs(hand_catalog("alingsas"), import_document(ALINGSAS_TXT).catalog)

    assert comparison.conditions_equal == comparison.conditions_total
    assert comparison.fields_pct >= 90.0


def test_familjebehandling_methods_each_with_target_group_and_extent() -> None:
    """Nine methods, each with its own "Omfattning:" and, all but one, its own "Målgrupp:"."""
    catalog = import_document(ALINGSAS_TXT).catalog
    item = next(i for i in catalog.interventions if i.id == "familjebehandling")

    assert "Cirkel of security (COS)" == item.methods[0].name
    assert "8-10 träffar" == item.methods[0].extent
    assert "Community Parent Education (COPE)" == item.methods[-1].name
    assert 9 == len(item.methods)
    assert 8 == sum(bool(method.target_group) for method in item.methods)
    assert all(method.extent for method in item.methods)
    assert item.target_group is not None
    assert item.target_group.startswith("Familjer med tillfälliga behov")
