"""Loading catalogs: both shipped catalogs validate; every bad input is placed at file:line."""

from pathlib import Path

import pytest

from iub.catalog import find_intervention, load_catalog, parse_catalog, slugify
from iub.errors import CatalogLoadError, UnknownIntervention

ROOT = Path(__file__).resolve().parents[2]

MINIMAL = """\
schema_version: 1
title: Testkatalog
municipality: {name: Alingsås, code: "1489"}
committee: {name: Socialnämnden}
decision: {body: Socialnämnden, date: 2025-09-16, diarienummer: "1", valid_from: 2025-10-01}
areas:
  - {id: radgivning, title: Rådgivning}
interventions:
  - id: familjeradgivning
    title: Familjerådgivning
    area: radgivning
    content: Stöd.
    documentation: {regime: advice}
    conditions:
      - id: folkbokford
        kind: registered_in
        municipality: Alingsås
        evidence: population_register
"""


def problems(text: str) -> list[str]:
    with pytest.raises(CatalogLoadError) as caught:
        parse_catalog(text, file="x.yaml")
    return [p.render("x.yaml") for p in caught.value.problems]


def test_minimal_catalog_loads() -> None:
    """The smallest valid catalog loads and normalises the municipality to its code."""
    catalog = parse_catalog(MINIMAL)

    condition = catalog.interventions[0].conditions[0]
    assert "1489" == condition.municipality  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["stockholm", "alingsas"])
def test_shipped_catalogs_load(name: str) -> None:
    """Both shipped catalogs validate, found by name."""
    path = ROOT / "catalogs" / f"{name}.yaml"
    if not path.exists():
        pytest.skip(f"{path.name} not in this checkout yet")

    catalog = load_catalog(name)

    assert catalog.interventions


def test_shipped_alingsas_has_all_25_interventions() -> None:
    """Chapter 3 of the Alingsås guideline lists 25 interventions."""
    if not (ROOT / "catalogs" / "alingsas.yaml").exists():
        pytest.skip("alingsas.yaml not in this checkout yet")

    assert 25 == len(load_catalog("alingsas").interventions)


def test_malformed_yaml_is_placed() -> None:
    """A YAML syntax error gives its line and column, not a traceback."""
    found = problems(MINIMAL.replace("content: Stöd.", "content: Stöd: mer: text"))

    assert len(found) == 1
    assert found[0].startswith("x.yaml:12:")
    assert "malformed YAML" in found[0]


def test_unknown_key_is_placed_at_its_line() -> None:
    """A misspelt key is reported where it stands."""
    text = MINIMAL.replace("    content: Stöd.", "    content: Stöd.\n    contnet: x")

    assert ["x.yaml:13:5: interventions[0].contnet: unknown key 'contnet' (misspelt?)"] == (
        problems(text)
    )


def test_wrong_type_deep_in_a_condition_is_placed() -> None:
    """An age limit that is not a number is reported at the condition's key."""
    text = MINIMAL.replace(
        "      - id: folkbokford\n",
        "      - {id: vuxen, kind: age, min: arton, evidence: identity_document}\n"
        "      - id: folkbokford\n",
    )

    [problem] = problems(text)
    assert problem.startswith("x.yaml:15:")
    assert "interventions[0].conditions[0].min" in problem


def test_unknown_municipality_in_a_condition() -> None:
    """A condition naming no Swedish municipality fails with a hint."""
    [problem] = problems(MINIMAL.replace("municipality: Alingsås\n", "municipality: Atlantis\n"))

    assert "x.yaml:17:9:" in problem
    assert "290 municipalities" in problem


def test_duplicate_intervention_ids() -> None:
    """Two interventions with one id are refused, naming both places."""
    second = MINIMAL[MINIMAL.index("  - id: familjeradgivning") :]
    found = problems(MINIMAL + second)

    assert any("duplicate intervention id 'familjeradgivning'" in p for p in found)


def test_duplicate_yaml_keys() -> None:
    """PyYAML would silently keep the last of two equal keys; we refuse them."""
    found = problems(MINIMAL.replace("    content: Stöd.", "    content: Stöd.\n    content: B"))

    assert ["x.yaml:13:5: interventions[0]: duplicate key 'content'"] == found


def test_empty_any_is_refused() -> None:
    """'any' with no alternatives can never be met and is a mistake."""
    text = MINIMAL.replace(
        "      - id: folkbokford\n", "      - {id: tom, any: []}\n      - id: folkbokford\n"
    )

    [problem] = problems(text)
    assert "interventions[0].conditions[0].any" in problem


def test_unknown_fact_in_a_flag() -> None:
    """A flag on an undeclared fact is refused with the way to declare it."""
    text = MINIMAL.replace(
        "      - id: folkbokford\n",
        "      - {id: x, kind: flag, fact: person.has_dog, evidence: own_statement}\n"
        "      - id: folkbokford\n",
    )

    [problem] = problems(text)
    assert "unknown fact 'person.has_dog'" in problem
    assert "declare it under 'facts'" in problem


def test_declared_fact_can_be_used() -> None:
    """A catalog may extend the vocabulary with its own yes/no fact."""
    text = MINIMAL.replace(
        "interventions:",
        "facts:\n  - {key: person.has_dog, type: bool, question: 'Har du hund?', "
        "evidence: own_statement}\ninterventions:",
    ).replace(
        "      - id: folkbokford\n",
        "      - {id: x, kind: flag, fact: person.has_dog, evidence: own_statement}\n"
        "      - id: folkbokford\n",
    )

    assert "person.has_dog" in parse_catalog(text).vocabulary()


def test_unknown_condition_kind() -> None:
    """A kind outside the closed vocabulary lists the kinds that exist."""
    text = MINIMAL.replace("kind: registered_in", "kind: registred_in")

    [problem] = problems(text)
    assert "unknown condition" in problem


def test_id_must_be_the_slug_of_the_title() -> None:
    """Ids follow the slug rule (docs/architecture.md): links and CLI calls are predictable."""
    [problem] = problems(MINIMAL.replace("id: familjeradgivning", "id: familj"))

    assert "'familjeradgivning'" in problem


def test_empty_document() -> None:
    """An empty file is a clear error."""
    assert ["x.yaml: (dokumentets rot): the document is empty"] == problems("")


def test_find_intervention_by_alias_and_title() -> None:
    """An intervention is found by id, by alias or by its title."""
    catalog = parse_catalog(MINIMAL)

    assert find_intervention(catalog, "Familjerådgivning").id == "familjeradgivning"
    with pytest.raises(UnknownIntervention, match="familjeradgivning"):
        find_intervention(catalog, "budget")


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Anhörigstöd vid ungas beroende Mini Maria", "anhorigstod-vid-ungas-beroende-mini-maria"),
        ("Budget- och skuldrådgivning", "budget-och-skuldradgivning"),
        ("Föräldraträffar ABC", "foraldratraffar-abc"),
        ("Återfallsprevention (ÅP)", "aterfallsprevention-ap"),
        ("  Café Gläntan!  ", "cafe-glantan"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    """Slugs: lower-case ASCII, å/ä → a, ö → o, other runs → '-'."""
    assert slug == slugify(title)


def test_an_age_range_that_no_one_can_meet_is_refused() -> None:
    """min above max is a typo, not a condition: validation stops it."""
    text = MINIMAL.replace(
        "      - id: folkbokford\n",
        "      - {id: ung, kind: age, min: 20, max: 17, evidence: identity_document}\n"
        "      - id: folkbokford\n",
    )

    [problem] = problems(text)
    assert "min (20) is above max (17)" in problem
