"""Field values read from wording: method extents, a method that is the intervention, the
target group's further sentences, an area without a heading, and a committee nobody named."""

from __future__ import annotations

from pathlib import Path

from iub.documents import ImportResult, import_document

_HEAD = (
    "Insatser utan individuell behovsprövning\n\n"
    "Beslutande instans: Socialnämnden\nDatum för beslut: 2025-11-12\nDiarienummer: SN 1\n\n"
    "1 Insatser\n\n"
)
_TAIL = "Villkor\n\nFolkbokförd i Ockelbo kommun.\n\nDokumentation\n\nEnligt 14 kap. 3 §.\n\n"


def _import(tmp_path: Path, text: str) -> ImportResult:
    path = tmp_path / "riktlinjer.txt"
    path.write_text(text, encoding="utf-8")
    return import_document(path)


def test_method_extent_inside_a_sentence_and_about_another_method(tmp_path: Path) -> None:
    """ "… samtal som sker under 4 tillfällen …" is the method's extent; "KBT består av 6
    träffar." at the end of another method's paragraph is KBT's extent, not that description."""
    result = _import(
        tmp_path,
        _HEAD + "1.1 Stödsamtal\n\nInnehåll\n\nSamtal för vuxna.\n\nMetoder\n\n"
        "Motiverande samtal (MS). Metoden bygger på samtal som sker under 4 tillfällen under "
        "några veckor.\n\n"
        "Kognitiv terapi (KBT). En strukturerad metod för att bryta mönster.\n\n"
        "Lösningsfokus (LF). En metod som ser till det som fungerar. KBT består av 6 träffar.\n\n"
        "Målgrupp\n\nVuxna.\n\n" + _TAIL,
    )

    ms, kbt, lf = result.catalog.interventions[0].methods
    assert "4 tillfällen under några veckor." == ms.extent
    assert "KBT består av 6 träffar." == kbt.extent
    assert "En metod som ser till det som fungerar." == lf.description
    assert lf.extent is None


def test_a_method_the_intervention_is_named_after_is_the_intervention(tmp_path: Path) -> None:
    """ "Föräldragrupp XYZ" with the one method XYZ: its extent is the intervention's, and the
    intervention's target group is the method's."""
    result = _import(
        tmp_path,
        _HEAD + "1.1 Föräldragrupp XYZ\n\nInnehåll\n\nEn grupp för föräldrar.\n\nMetod\n\n"
        "XYZ, Ett Bra Program, är ett föräldrastödsprogram om fem gruppträffar under cirka en "
        "månad. Det leds av två gruppledare.\n\nMålgrupp\n\nFöräldrar med barn 3-12 år.\n\n"
        + _TAIL,
    )

    item = result.catalog.interventions[0]
    assert "Fem gruppträffar under cirka en månad." == item.extent
    assert (None, "Föräldrar med barn 3-12 år.") == (
        item.methods[0].extent,
        item.methods[0].target_group,
    )


def test_conduct_paragraph_under_metod_is_content(tmp_path: Path) -> None:
    """ "Utförandet av insatsen innebär …" tells how the intervention runs: it is content."""
    result = _import(
        tmp_path,
        _HEAD + "1.1 Medling\n\nInnehåll\n\nMedling är frivillig.\n\nMetod\n\n"
        "Medling är en metod där två parter möts.\n\n"
        "Utförandet av insatsen innebär att brev skickas till parterna.\n\n"
        "Målgrupp\n\nUnga.\n\n" + _TAIL,
    )

    item = result.catalog.interventions[0]
    assert item.content.endswith("Utförandet av insatsen innebär att brev skickas till parterna.")
    assert "Medling är en metod där två parter möts." == item.methods[0].description


def test_target_group_from_content_keeps_who_else_belongs(tmp_path: Path) -> None:
    """Without a Målgrupp field, the content's "Målgruppen är X. Y betraktas som …" gives both
    sentences, without the closing "och ingår därför i målgruppen"."""
    result = _import(
        tmp_path,
        _HEAD + "1.1 Samtalsgrupp\n\nInnehåll\n\nMålgruppen för insatsen är föräldrar till "
        "tonåringar. Den som är styvförälder betraktas som förälder och ingår därför i "
        "målgruppen för insatsen. Gruppen träffas på kvällstid.\n\nMetod\n\n-\n\n" + _TAIL,
    )

    assert (
        "Föräldrar till tonåringar. Den som är styvförälder betraktas som förälder."
        == result.catalog.interventions[0].target_group
    )


def test_area_without_heading_and_unnamed_committee_are_reported(tmp_path: Path) -> None:
    """No area heading: the area is named after what the intervention is (Anhörigstöd), and
    a document naming no committee gets the placeholder with a warning, never silently."""
    result = _import(
        tmp_path,
        "Insats utan behovsprövning: Samtalsgrupp för anhöriga\n\n"
        "Insatsens namn\nSamtalsgrupp för anhöriga\n\nInnehåll\n\nEn grupp.\n\n"
        "Målgrupp\n\nAnhöriga som vårdar en närstående.\n\n" + _TAIL,
    )

    catalog = result.catalog
    assert [("anhorigstod", "Anhörigstöd")] == [(a.id, a.title) for a in catalog.areas]
    assert "Socialnämnden" == catalog.committee.name
    assert ["committee"] == [w.kind for w in result.report.warnings if w.kind == "committee"]
    assert ("area", "Anhörigstöd") in {(e.kind, e.text) for e in result.report.inferred}


def test_a_method_line_with_its_acronym_is_the_methods_name(tmp_path: Path) -> None:
    """ "CRAFT (Community Reinforcement and Family Training)." alone is a method's name, not a
    description of a method named after the intervention."""
    result = _import(
        tmp_path,
        _HEAD + "1.1 Anhöriggrupp\n\nInnehåll\n\nEn grupp.\n\nMetod\n\n"
        "CRAFT (Community Reinforcement and Family Training).\n\nMålgrupp\n\nVuxna.\n\n" + _TAIL,
    )

    (method,) = result.catalog.interventions[0].methods
    assert ("CRAFT (Community Reinforcement and Family Training)", None) == (
        method.name,
        method.description,
    )
    assert not [e for e in result.report.inferred if e.kind == "method"]
