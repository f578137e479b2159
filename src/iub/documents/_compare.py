"""Field-by-field comparison of two catalogs: how close an import came to the hand encoding.

Used by ``benchmarks/import_accuracy.py`` and the round-trip tests. A field counts when either
side has a value; text is compared after whitespace normalisation. Conditions are compared by
structure (kinds and parameters, ids and wording ignored), top-level conjunctions flattened.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from iub.catalog import AllOf, AnyOf, Catalog, Condition, Intervention, NotOf

__all__ = ["Comparison", "compare_catalogs", "condition_shape"]

_IGNORED = {"id", "text", "evidence", "evidence_note", "question", "citation", "labels"}


@dataclass
class Comparison:
    """Counts and the differences behind them."""

    fields_total: int = 0
    fields_equal: int = 0
    conditions_total: int = 0
    conditions_equal: int = 0
    differences: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    ignore: tuple[str, ...] = ()

    @property
    def fields_pct(self) -> float:
        return 100.0 * self.fields_equal / self.fields_total if self.fields_total else 100.0

    @property
    def conditions_pct(self) -> float:
        if not self.conditions_total:
            return 100.0
        return 100.0 * self.conditions_equal / self.conditions_total


def _norm(value: Any) -> Any:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list | tuple):
        return tuple(_norm(v) for v in value)
    return str(value)


def condition_shape(node: Condition) -> Any:
    """A hashable shape: kind and parameters, children as a sorted tuple."""
    if isinstance(node, AllOf | AnyOf):
        children = node.all if isinstance(node, AllOf) else node.any
        shapes = [condition_shape(child) for child in children]
        if len(shapes) == 1:
            return shapes[0]
        if isinstance(node, AllOf):
            flat: list[Any] = []
            for shape in shapes:
                flat.extend(shape[1] if isinstance(shape, tuple) and shape[0] == "all" else [shape])
            shapes = flat
        return ("all" if isinstance(node, AllOf) else "any", tuple(sorted(map(repr, shapes))))
    if isinstance(node, NotOf):
        return ("not", condition_shape(node.not_))
    data = node.model_dump(exclude=_IGNORED, mode="json")
    if data.get("kind") == "manual":
        data.pop("fact", None)  # a manual check's fact key is generated
        data["text"] = " ".join(node.text.split())
    return ("leaf", tuple(sorted((k, repr(v)) for k, v in data.items())))


def _top(conditions: list[Condition]) -> list[Any]:
    out: list[Any] = []
    for condition in conditions:
        if isinstance(condition, AllOf):
            out.extend(_top(condition.all))
        else:
            out.append(condition_shape(condition))
    return out


def _intervention_fields(item: Intervention) -> Iterator[tuple[str, Any]]:
    yield "title", item.title
    yield "area", item.area
    yield "section", item.section
    yield "content", item.content
    yield "target_group", item.target_group
    yield "extent", item.extent
    yield "delivery", item.delivery
    yield "minors_without_consent", item.minors_without_consent
    yield "documentation.regime", item.documentation.regime.value
    yield "documentation.system", item.documentation.system
    yield "documentation.text", item.documentation.text
    yield "documentation.special_reasons", item.documentation.special_reasons
    yield "documentation.risk_analysis", item.documentation.risk_analysis
    yield "follow_up.forms", [form.value for form in item.follow_up.forms]
    yield "follow_up.text", item.follow_up.text
    yield "confidentiality", item.confidentiality
    yield "fee", item.fee
    for index, route in enumerate(item.where_to_turn):
        yield f"where_to_turn[{index}].kind", route.kind
        yield f"where_to_turn[{index}].text", route.text
        yield f"where_to_turn[{index}].unit", route.unit
    for index, method in enumerate(item.methods):
        yield f"methods[{index}].name", method.name
        yield f"methods[{index}].description", method.description
        yield f"methods[{index}].target_group", method.target_group
        yield f"methods[{index}].extent", method.extent


def _catalog_fields(catalog: Catalog) -> Iterator[tuple[str, Any]]:
    yield "title", catalog.title
    yield "municipality", catalog.municipality.code
    yield "committee.name", catalog.committee.name
    for name in (
        "body",
        "date",
        "diarienummer",
        "valid_from",
        "valid_to",
        "revise_by",
        "document_owner",
        "document_type",
        "applies_to",
    ):
        yield f"decision.{name}", getattr(catalog.decision, name)
    for area in catalog.areas:
        yield f"areas[{area.id}].title", area.title
        yield f"areas[{area.id}].section", area.section
        yield f"areas[{area.id}].description", area.description


def _count(
    result: Comparison, where: str, expected: dict[str, Any], actual: dict[str, Any]
) -> None:
    for key in dict.fromkeys([*expected, *actual]):
        want, got = _norm(expected.get(key)), _norm(actual.get(key))
        if want is None and got is None:
            continue
        if any(f"{where}.{key}".startswith(prefix) for prefix in result.ignore):
            result.ignored.append(f"{where}.{key}: expected {want!r}, got {got!r}")
            continue
        result.fields_total += 1
        if want == got:
            result.fields_equal += 1
        else:
            result.differences.append(f"{where}.{key}: expected {want!r}, got {got!r}")


def compare_catalogs(
    expected: Catalog, actual: Catalog, *, ignore: Sequence[str] = ()
) -> Comparison:
    """Compare an imported catalog with the hand-encoded one it should equal.

    Args:
        ignore: field prefixes ("catalog.committee.name", "vagledningscentrum.where_to_turn")
            left out of the counts and listed in ``ignored``: values the hand encoding holds
            that the document does not state, each justified by the caller.
    """
    result = Comparison(ignore=tuple(ignore))
    actual_areas = {a.id: a for a in actual.areas}
    expected_fields = dict(_catalog_fields(expected))
    actual_fields = {k: v for k, v in _catalog_fields(actual) if not k.startswith("areas[")}
    for area in expected.areas:  # only the expected areas: an extra area costs nothing twice
        found = actual_areas.get(area.id)
        if found is not None:
            actual_fields[f"areas[{area.id}].title"] = found.title
            actual_fields[f"areas[{area.id}].section"] = found.section
            actual_fields[f"areas[{area.id}].description"] = found.description
    _count(result, "catalog", expected_fields, actual_fields)
    by_id: dict[str, Intervention] = {}
    for item in actual.interventions:
        by_id.setdefault(item.id, item)
        for alias in item.aliases:
            by_id.setdefault(alias, item)
    for want in expected.interventions:
        got = by_id.get(want.id) or next((by_id[a] for a in want.aliases if a in by_id), None)
        if got is None:
            fields = dict(_intervention_fields(want))
            _count(result, want.id, fields, {})
            result.conditions_total += max(1, len(_top(want.conditions)))
            result.differences.append(f"{want.id}: missing from the import")
            continue
        _count(result, want.id, dict(_intervention_fields(want)), dict(_intervention_fields(got)))
        expected_shapes, actual_shapes = (
            Counter(map(repr, _top(want.conditions))),
            Counter(map(repr, _top(got.conditions))),
        )
        if not expected_shapes and not actual_shapes:
            result.conditions_total += 1
            result.conditions_equal += 1
            continue
        matched = sum((expected_shapes & actual_shapes).values())
        result.conditions_total += max(sum(expected_shapes.values()), sum(actual_shapes.values()))
        result.conditions_equal += matched
        for shape in (expected_shapes - actual_shapes).elements():
            result.differences.append(f"{want.id}.conditions: missing {shape}")
        for shape in (actual_shapes - expected_shapes).elements():
            result.differences.append(f"{want.id}.conditions: unexpected {shape}")
    known = {i.id for i in expected.interventions} | {
        a for i in expected.interventions for a in i.aliases
    }
    for item in actual.interventions:
        if item.id not in known:
            result.differences.append(f"{item.id}: not in the hand-encoded catalog")
            result.fields_total += 1
    return result
