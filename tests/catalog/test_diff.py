"""What changed between two catalog versions, in words a resident understands (diff.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from iub.catalog import Age, AnyOf, NotOf, RegisteredIn, parse_catalog
from iub.catalog.diff import condition_sentence, diff_catalogs, render_diff
from iub.facts import Evidence

ROOT = Path(__file__).resolve().parents[2]
ALINGSAS = (ROOT / "catalogs" / "alingsas.yaml").read_text(encoding="utf-8")
IID = "radgivning-vid-vald-i-nara-relationer"


def _variant(change: Any) -> Any:
    data = json.loads(json.dumps(yaml.safe_load(ALINGSAS), default=str))  # unshare anchors
    change(data)
    return parse_catalog(yaml.safe_dump(data, allow_unicode=True), file="b.yaml")


def _item(data: dict[str, Any], iid: str = IID) -> dict[str, Any]:
    return next(i for i in data["interventions"] if i["id"] == iid)


def _texts(new: Any) -> list[str]:
    return [c.text for c in diff_catalogs(parse_catalog(ALINGSAS, file="a.yaml"), new)]


def test_equal_catalogs_have_no_differences() -> None:
    catalog = parse_catalog(ALINGSAS, file="a.yaml")
    assert diff_catalogs(catalog, catalog) == []
    assert render_diff([]) == "Inga skillnader."


def test_a_changed_age_limit_is_one_sentence() -> None:
    def lower(data: dict[str, Any]) -> None:
        age = next(c for c in _item(data)["conditions"] if c.get("kind") == "age")
        age["min"] = 16

    assert _texts(_variant(lower)) == ["Ålder: från 18 år → från 16 år"]


def test_a_removed_condition_is_named_by_its_wording() -> None:
    def drop(data: dict[str, Any]) -> None:
        item = _item(data)
        item["conditions"] = [c for c in item["conditions"] if c.get("kind") != "registered_in"]

    assert _texts(_variant(drop)) == ["Villkoret 'Folkbokförd i Alingsås kommun' togs bort"]


def test_new_and_removed_interventions_and_decision_dates() -> None:
    def change(data: dict[str, Any]) -> None:
        new = dict(_item(data), id="ny-radgivning", title="Ny rådgivning")
        data["interventions"] = [i for i in data["interventions"] if i["id"] != "beroendestod"]
        data["interventions"].append(new)
        data["decision"]["valid_from"] = "2027-01-01"

    texts = _texts(_variant(change))
    assert "Gäller från: 2025-10-01 → 2027-01-01" in texts
    assert "Ny insats: Ny rådgivning" in texts
    assert "Insatsen 'Beroendestöd' togs bort" in texts


def test_a_changed_long_text_shows_the_changed_words() -> None:
    def edit(data: dict[str, Any]) -> None:
        item = _item(data)
        item["content"] = item["content"].replace("våld", "hot och våld", 1)

    [text] = _texts(_variant(edit))
    assert text.startswith("Innehåll ändrades: ")
    assert "'hot och' lades till" in text


def test_conditions_matched_across_new_ids() -> None:
    """An import gives conditions new ids: equal requirements are not reported as changes."""

    def rename(data: dict[str, Any]) -> None:
        for condition in _item(data)["conditions"]:
            condition["id"] = condition["id"] + "-x"

    assert _texts(_variant(rename)) == []


def test_condition_sentence_of_groups() -> None:
    age = Age(id="a", kind="age", min=18, max=64, evidence=Evidence.identity_document)
    home = RegisteredIn(
        id="r", kind="registered_in", municipality="Alingsås", evidence=Evidence.population_register
    )
    assert condition_sentence(age) == "Personen är mellan 18 och 64 år."
    assert condition_sentence(AnyOf(id="g", any=[age, home])) == (
        "Något av följande: Personen är mellan 18 och 64 år. Eller: "
        "Personen är folkbokförd i Alingsås."
    )
    assert condition_sentence(NotOf(id="n", **{"not": home})) == (
        "Gäller inte: personen är folkbokförd i Alingsås."
    )
