"""The condition builder and field edits over the draft catalog as plain data (dicts).

A condition is addressed by its path: indexes from the intervention's list through groups
("0", "1.0", "1.0.2"); a ``not`` group has one child, index 0. Each node is shown as the
Swedish sentence a resident reads (``iub.catalog.diff.condition_sentence``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from iub.catalog import AllOf, AnyOf, Condition, Intervention, Leaf, NotOf, slugify
from iub.catalog.diff import condition_sentence
from iub.facts import CLOSE_PERSON_SITUATIONS
from iub.web.committee.forms import CONDITION_KINDS, GROUP_KINDS

__all__ = [
    "ConditionRow",
    "PathError",
    "condition_from_form",
    "condition_rows",
    "form_initial",
    "insert_under",
    "node_at",
    "remove_at",
]


class PathError(LookupError):
    """No condition at that path."""


@dataclass(frozen=True)
class ConditionRow:
    path: str
    depth: int
    kind: str
    kind_sv: str
    sentence: str
    text: str
    group: bool
    citation: str = ""
    question: str = ""


def _children(node: dict[str, Any]) -> list[Any] | None:
    if "all" in node:
        return node["all"]  # type: ignore[no-any-return]
    if "any" in node:
        return node["any"]  # type: ignore[no-any-return]
    if "not" in node:
        return [node["not"]]
    return None


def _kind(node: dict[str, Any]) -> str:
    for key in GROUP_KINDS:
        if key in node:
            return key
    kind = str(node.get("kind", "manual"))
    if kind == "includes_any" and node.get("fact") == "close_person.situations":
        return "situations"
    return kind


def _indexes(path: str) -> list[int]:
    try:
        parts = [int(part) for part in path.split(".")] if path else []
    except ValueError:
        raise PathError(path) from None
    if any(part < 0 for part in parts):
        raise PathError(path)
    return parts


def node_at(conditions: list[Any], path: str) -> dict[str, Any]:
    """The condition at ``path``."""
    items: list[Any] | None = conditions
    node: dict[str, Any] | None = None
    for index in _indexes(path):
        if items is None or index >= len(items):
            raise PathError(path)
        node = items[index]
        items = _children(node)
    if node is None:
        raise PathError(path)
    return node


def replace_at(conditions: list[Any], path: str, new: dict[str, Any]) -> None:
    """Put ``new`` in place of the condition at ``path`` (a group keeps its children)."""
    parts = _indexes(path)
    if not parts:
        raise PathError(path)
    old = node_at(conditions, path)
    children = _children(old)
    new_kind = _kind(new)
    if new_kind in GROUP_KINDS:
        kept = children if children is not None else []
        new = {k: v for k, v in new.items() if k not in GROUP_KINDS}
        new[new_kind] = kept[0] if new_kind == "not" else kept
    parent = conditions if len(parts) == 1 else _children(node_at(conditions, _up(path)))
    assert parent is not None
    if "not" in (node_at(conditions, _up(path)) if len(parts) > 1 else {}):
        node_at(conditions, _up(path))["not"] = new
    else:
        parent[parts[-1]] = new


def _up(path: str) -> str:
    return path.rsplit(".", 1)[0] if "." in path else ""


def remove_at(conditions: list[Any], path: str) -> None:
    """Remove the condition at ``path``; a group left empty goes with it."""
    parts = _indexes(path)
    if not parts:
        raise PathError(path)
    node_at(conditions, path)  # raises when absent
    if len(parts) == 1:
        del conditions[parts[0]]
        return
    parent_path = _up(path)
    parent = node_at(conditions, parent_path)
    if "not" in parent:
        remove_at(conditions, parent_path)
        return
    siblings = _children(parent)
    assert siblings is not None
    del siblings[parts[-1]]
    if not siblings:
        remove_at(conditions, parent_path)


def insert_under(conditions: list[Any], parent_path: str, node: dict[str, Any]) -> str:
    """Add ``node`` at the end of the group at ``parent_path`` ('' = the top list)."""
    if not parent_path:
        conditions.append(node)
        return str(len(conditions) - 1)
    parent = node_at(conditions, parent_path)
    if "not" in parent:
        raise PathError(parent_path)  # a 'not' holds exactly one condition
    siblings = _children(parent)
    if siblings is None:
        raise PathError(parent_path)
    siblings.append(node)
    return f"{parent_path}.{len(siblings) - 1}"


def _all_ids(conditions: list[Any]) -> set[str]:
    ids: set[str] = set()

    def walk(items: list[Any]) -> None:
        for node in items:
            if isinstance(node, dict):
                ids.add(str(node.get("id", "")))
                children = _children(node)
                if children:
                    walk(children)

    walk(conditions)
    return ids


def _new_id(base: str, taken: set[str]) -> str:
    stem = slugify(base)[:60].strip("-") or "villkor"
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


def condition_from_form(
    data: dict[str, Any], *, conditions: list[Any], existing: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The condition dict the form describes (keeping an edited node's id)."""
    kind = str(data["kind"])
    text = (data.get("text") or "").strip()
    taken = _all_ids(conditions) - ({str(existing["id"])} if existing else set())
    node_id = str(existing["id"]) if existing else _new_id(text or CONDITION_KINDS[kind], taken)
    node: dict[str, Any] = {"id": node_id}
    if text:
        node["text"] = text
    citation = (data.get("citation") or "").strip()
    if citation:
        node["citation"] = citation
    if kind in GROUP_KINDS:
        node[kind] = []
        return node
    node["evidence"] = data.get("evidence") or "own_statement"
    if data.get("evidence_note"):
        node["evidence_note"] = data["evidence_note"].strip()
    question = (data.get("question") or "").strip()
    if question:
        node["question"] = question
    if kind == "age":
        node.update(kind="age", subject=data.get("subject") or "person")
        for bound in ("min", "max"):
            if data.get(bound) is not None:
                node[bound] = data[bound]
    elif kind == "registered_in":
        subject = data.get("subject") or "person"
        node.update(kind="registered_in", subject="child" if subject == "child" else "person")
        node["municipality"] = data["municipality"].strip()
    elif kind == "lives_in":
        node.update(kind="lives_in", municipality=data["municipality"].strip())
    elif kind == "school":
        node.update(kind="school", municipality=data["municipality"].strip())
        for bound in ("min_grade", "max_grade"):
            if data.get(bound) is not None:
                node[bound] = data[bound]
    elif kind == "guardian_consent":
        node.update(
            kind="guardian_consent",
            below_age=data["below_age"],
            guardians=data.get("guardians") or "all",
        )
    elif kind == "situations":
        values = list(data["situations"])
        node.update(
            kind="includes_any",
            fact="close_person.situations",
            values=values,
            labels={v: f"den närstående {CLOSE_PERSON_SITUATIONS.get(v, v)}" for v in values},
        )
    elif kind == "flag":
        node.update(kind="flag", fact=data["fact"], expected=data.get("expected") != "no")
    else:  # manual: kept in the committee's own wording, a yes/no check at the desk
        fact = (existing or {}).get("fact") or f"manual.{node_id.replace('-', '_')}"
        node.update(kind="manual", fact=fact)
    return node


def form_initial(node: dict[str, Any]) -> dict[str, Any]:
    """The form's initial values for an existing condition."""
    kind = _kind(node)
    initial: dict[str, Any] = {
        "kind": kind,
        "text": node.get("text", ""),
        "evidence": node.get("evidence", "own_statement"),
        "evidence_note": node.get("evidence_note", ""),
        "question": node.get("question", ""),
        "citation": node.get("citation", ""),
        "subject": node.get("subject", "person"),
        "min": node.get("min"),
        "max": node.get("max"),
        "municipality": node.get("municipality", ""),
        "min_grade": node.get("min_grade"),
        "max_grade": node.get("max_grade"),
        "below_age": node.get("below_age"),
        "guardians": node.get("guardians", "all"),
        "situations": list(node.get("values", [])) if kind == "situations" else [],
        "fact": node.get("fact", ""),
        "expected": "no" if node.get("expected") is False else "yes",
    }
    if initial["municipality"]:
        from iub.geo import find_municipality

        found = find_municipality(str(initial["municipality"]))
        if found is not None:
            initial["municipality"] = found.name
    return initial


_CONDITION_ADAPTER: TypeAdapter[Any] = TypeAdapter(Condition)
_GROUP_SENTENCES = {
    "all": "Alla av följande villkor ska vara uppfyllda:",
    "any": "Minst ett av följande villkor ska vara uppfyllt:",
    "not": "Följande får inte gälla:",
}


def sentence_of(node: dict[str, Any]) -> str:
    """The resident's sentence for a condition built by the form (not yet saved).

    Raises:
        ValueError: the condition is not valid (e.g. an unknown municipality).
    """
    kind = _kind(node)
    if kind in GROUP_KINDS:
        return _GROUP_SENTENCES[kind]
    return condition_sentence(_CONDITION_ADAPTER.validate_python(node))


def _group_sentence(node: Condition) -> str:
    if isinstance(node, AllOf):
        return _GROUP_SENTENCES["all"]
    if isinstance(node, AnyOf):
        return _GROUP_SENTENCES["any"]
    return _GROUP_SENTENCES["not"]


def condition_rows(item: Intervention) -> list[ConditionRow]:
    """The intervention's conditions as rows of a tree, each with its resident's sentence."""
    rows: list[ConditionRow] = []

    def walk(nodes: list[Condition], prefix: str, depth: int) -> None:
        for index, node in enumerate(nodes):
            path = f"{prefix}{index}"
            kind: str
            if isinstance(node, Leaf):
                kind = node.kind
                fact = getattr(node, "fact", "")
                if kind == "includes_any" and fact == "close_person.situations":
                    kind = "situations"
                rows.append(
                    ConditionRow(
                        path,
                        depth,
                        kind,
                        CONDITION_KINDS.get(kind, kind),
                        condition_sentence(node),
                        node.text,
                        False,
                        node.citation or "",
                        node.question or "",
                    )
                )
                continue
            kind = "all" if isinstance(node, AllOf) else "any" if isinstance(node, AnyOf) else "not"
            rows.append(
                ConditionRow(
                    path,
                    depth,
                    kind,
                    CONDITION_KINDS[kind],
                    _group_sentence(node),
                    node.text,
                    True,
                    node.citation or "",
                )
            )
            children = (
                node.all
                if isinstance(node, AllOf)
                else node.any
                if isinstance(node, AnyOf)
                else [node.not_]
                if isinstance(node, NotOf)
                else []
            )
            walk(list(children), f"{path}.", depth + 1)

    walk(list(item.conditions), "", 0)
    return rows
