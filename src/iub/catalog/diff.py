"""What changed between two catalog versions, in words a resident understands.

:func:`diff_catalogs` compares two catalogs field by field and returns :class:`Change` s, each
with one Swedish sentence: ``"Ålder: från 18 år → från 16 år"``, ``"Ny insats: Föräldraskap"``,
``"Villkoret 'Folkbokförd i Alingsås kommun' togs bort"``. Interventions are matched by id (or
an alias), conditions by their id within the intervention; a condition whose id changed counts
as one removed and one added. The web app and ``iub catalog diff`` both print these sentences
(docs/committee.md).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from iub.catalog._conditions import (
    Age,
    AllOf,
    AnyOf,
    Condition,
    GuardianConsent,
    Leaf,
    Manual,
    NotOf,
)
from iub.catalog._models import Catalog, Intervention, iter_nodes

__all__ = ["Change", "condition_sentence", "diff_catalogs", "render_diff"]

ChangeKind = Literal["added", "removed", "changed"]

#: Catalog-level fields a resident may care about, with their Swedish names.
_DECISION_FIELDS: dict[str, str] = {
    "body": "Beslutande instans",
    "date": "Beslutsdatum",
    "diarienummer": "Diarienummer",
    "valid_from": "Gäller från",
    "valid_to": "Gäller till",
    "revise_by": "Revideras senast",
}
_CATALOG_FIELDS: dict[str, str] = {
    "title": "Titel",
    "doubt_procedure": "Vid tveksamhet",
    "information_duty": "Information om rätten att ansöka",
}
_INTERVENTION_FIELDS: dict[str, str] = {
    "title": "Namn",
    "content": "Innehåll",
    "target_group": "Målgrupp",
    "extent": "Omfattning",
    "delivery": "Form",
    "confidentiality": "Tystnadsplikt",
    "fee": "Avgift",
    "minors_statement": "15–17 år utan vårdnadshavares samtycke",
}
_DELIVERY_SV = {
    "individual": "individuellt",
    "group": "i grupp",
    "both": "individuellt eller i grupp",
}
_REGIME_SV = {
    "full": "dokumenteras (14 kap. 3 §)",
    "advice": "rådgivning, personliga förhållanden dokumenteras inte (14 kap. 4 §)",
    "no_identity": "anonymt, inga uppgifter som kan röja identiteten (14 kap. 5 §)",
}
_SHORT = 80
_WHOSE = {"child": " (barnets)", "offender": " (gärningspersonens)"}


@dataclass(frozen=True)
class Change:
    """One difference: where (intervention id or None for the catalog), what kind, the sentence."""

    kind: ChangeKind
    text: str
    intervention: str | None = None
    intervention_title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "intervention": self.intervention,
            "intervention_title": self.intervention_title,
            "text": self.text,
        }


def _short(text: str | None) -> str:
    """One line of a text, cut at a word near 80 characters."""
    if not text:
        return "–"
    flat = " ".join(text.split())
    if len(flat) <= _SHORT:
        return flat
    cut = flat[:_SHORT].rsplit(" ", 1)[0]
    return cut + " …"


def _value(value: object) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return _short(str(value))


def _text_change(label: str, was: str | None, now: str | None) -> str:
    """A changed text: whole when short, else the changed words with a little context."""
    if not was or not now or (len(was) <= _SHORT and len(now) <= _SHORT):
        return f"{label}: {_value(was)} → {_value(now)}"
    old_words, new_words = was.split(), now.split()
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    parts: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before = " ".join(old_words[max(0, i1 - 3) : i1])
        lead = f"… {before} " if before else ""
        removed = " ".join(old_words[i1:i2])
        added = " ".join(new_words[j1:j2])
        if tag == "delete":
            parts.append(f"{lead}'{_short(removed)}' togs bort")
        elif tag == "insert":
            parts.append(f"{lead}'{_short(added)}' lades till")
        else:
            parts.append(f"{lead}'{_short(removed)}' → '{_short(added)}'")
        if len(parts) == 3:
            parts.append("…")
            break
    if not parts:  # only whitespace differs
        return f"{label}: radbrytningar ändrades"
    return f"{label} ändrades: " + "; ".join(parts)


def _age_range(node: Age) -> str:
    """The age range as a resident reads it: 'från 18 år', 'till och med 20 år', '15–21 år'."""
    if node.min is not None and node.max is not None:
        return f"{node.min}–{node.max} år"
    if node.min is not None:
        return f"från {node.min} år"
    if node.max is not None:
        return f"till och med {node.max} år"
    return "alla åldrar"


def condition_sentence(node: Condition) -> str:
    """The condition as one Swedish sentence a resident reads (groups name their parts)."""
    if isinstance(node, AllOf):
        return "Alla av följande: " + " ".join(condition_sentence(c) for c in node.all)
    if isinstance(node, AnyOf):
        return "Något av följande: " + " Eller: ".join(condition_sentence(c) for c in node.any)
    if isinstance(node, NotOf):
        inner = condition_sentence(node.not_).rstrip(".")
        return f"Gäller inte: {inner[:1].lower()}{inner[1:]}."
    assert isinstance(node, Leaf)
    return node.describe()


def _label(node: Condition) -> str:
    """How a condition is named in a sentence: the committee's wording, else the description."""
    text = " ".join(node.text.split()).rstrip(".") if node.text else ""
    return text or condition_sentence(node).rstrip(".")


def _conditions_by_id(item: Intervention) -> dict[str, Condition]:
    found: dict[str, Condition] = {}
    for top in item.conditions:
        for node in iter_nodes(top):
            found.setdefault(node.id, node)
    return found


def _leaf_params(node: Condition) -> dict[str, Any]:
    """What a condition requires, without its wording and evidence (children excluded)."""
    skip = {"id", "text", "evidence", "evidence_note", "question", "citation"}
    if not isinstance(node, Leaf) or isinstance(node, Manual):
        skip |= {"all", "any", "not_", "fact"}  # a manual check's fact key is generated
    return {k: v for k, v in node.model_dump(mode="json").items() if k not in skip}


def _pair(
    before: dict[str, Condition], after: dict[str, Condition]
) -> tuple[list[tuple[Condition, Condition]], list[Condition], list[Condition]]:
    """Pair conditions: by id, then the rest by equal requirement, wording, then kind."""
    pairs = [(before[cid], after[cid]) for cid in before if cid in after]
    removed = [node for cid, node in before.items() if cid not in after]
    added = [node for cid, node in after.items() if cid not in before]
    keys: tuple[Any, ...] = (
        lambda n: (type(n).__name__, repr(_leaf_params(n)), _label(n)),
        lambda n: (type(n).__name__, repr(_leaf_params(n))),
        lambda n: _label(n),
        lambda n: type(n).__name__,
    )
    for key in keys:
        for was in list(removed):
            match = next((now for now in added if key(now) == key(was)), None)
            if match is not None:
                pairs.append((was, match))
                removed.remove(was)
                added.remove(match)
    return pairs, removed, added


def _condition_changes(old: Intervention, new: Intervention) -> Iterator[str]:
    pairs, removed, added = _pair(_conditions_by_id(old), _conditions_by_id(new))
    for node in removed:
        yield f"Villkoret '{_label(node)}' togs bort"
    for node in added:
        yield f"Nytt villkor: '{_label(node)}'"
    for was, now in pairs:
        if (
            isinstance(was, Age)
            and isinstance(now, Age)
            and (was.min, was.max)
            != (
                now.min,
                now.max,
            )
        ):
            who = _WHOSE.get(now.subject, "")
            yield f"Ålder{who}: {_age_range(was)} → {_age_range(now)}"
        elif (
            isinstance(was, GuardianConsent)
            and isinstance(now, GuardianConsent)
            and (was.below_age, was.guardians) != (now.below_age, now.guardians)
        ):
            yield f"Samtycke: {was.describe().rstrip('.')} → {now.describe().rstrip('.')}"
        elif type(was) is not type(now) or _leaf_params(was) != _leaf_params(now):
            yield f"Villkoret '{_label(was)}' ändrades: {_short(condition_sentence(now))}"
        elif _label(was) != _label(now):
            yield f"Villkorets formulering: '{_label(was)}' → '{_label(now)}'"


def _intervention_changes(old: Intervention, new: Intervention) -> Iterator[str]:
    for name, label in _INTERVENTION_FIELDS.items():
        was, now = getattr(old, name), getattr(new, name)
        if was == now:
            continue
        if name == "delivery":
            was, now = _DELIVERY_SV.get(str(was), was), _DELIVERY_SV.get(str(now), now)
        if " ".join(str(was or "").split()) == " ".join(str(now or "").split()):
            continue
        yield _text_change(label, was, now)
    if old.minors_without_consent != new.minors_without_consent:
        word = {True: "ja", False: "nej", None: "inte angivet"}
        yield (
            "15–17-åringar utan vårdnadshavares samtycke: "
            f"{word[old.minors_without_consent]} → {word[new.minors_without_consent]}"
        )
    if old.documentation.regime != new.documentation.regime:
        yield (
            f"Dokumentation: {_REGIME_SV[old.documentation.regime.value]} → "
            f"{_REGIME_SV[new.documentation.regime.value]}"
        )
    elif old.documentation != new.documentation:
        yield "Dokumentation: formuleringen ändrades"
    old_methods = {m.name: m for m in old.methods}
    new_methods = {m.name: m for m in new.methods}
    for name in old_methods.keys() - new_methods.keys():
        yield f"Metoden '{name}' togs bort"
    for name in new_methods.keys() - old_methods.keys():
        yield f"Ny metod: '{name}'"
    for name in old_methods.keys() & new_methods.keys():
        if old_methods[name] != new_methods[name]:
            yield f"Metoden '{name}' ändrades"
    yield from _condition_changes(old, new)
    old_routes = [r.text for r in old.where_to_turn]
    new_routes = [r.text for r in new.where_to_turn]
    if old_routes != new_routes:
        yield (
            f"Vart man vänder sig: {_value('; '.join(old_routes))} → "
            f"{_value('; '.join(new_routes))}"
        )
    if old.follow_up != new.follow_up:
        yield "Uppföljning: ändrades"


def _find(items: Sequence[Intervention], item: Intervention) -> Intervention | None:
    for other in items:
        if other.id == item.id:
            return other
    for other in items:
        if item.id in other.aliases or other.id in item.aliases:
            return other
    return None


def diff_catalogs(old: Catalog, new: Catalog) -> list[Change]:
    """Every difference from ``old`` to ``new`` that a resident or the committee would notice.

    Catalog-wide changes (decision data, title) come first, then interventions in the new
    catalog's order (added and changed), then the removed ones. Equal catalogs give ``[]``.
    """
    changes: list[Change] = []
    for name, label in _DECISION_FIELDS.items():
        was, now = getattr(old.decision, name), getattr(new.decision, name)
        if was != now:
            changes.append(Change("changed", f"{label}: {_value(was)} → {_value(now)}"))
    for name, label in _CATALOG_FIELDS.items():
        was, now = getattr(old, name), getattr(new, name)
        if " ".join(str(was or "").split()) != " ".join(str(now or "").split()):
            changes.append(Change("changed", _text_change(label, was, now)))
    for item in new.interventions:
        before = _find(old.interventions, item)
        if before is None:
            changes.append(Change("added", f"Ny insats: {item.title}", item.id, item.title))
            continue
        for text in _intervention_changes(before, item):
            changes.append(Change("changed", text, item.id, item.title))
    for item in old.interventions:
        if _find(new.interventions, item) is None:
            changes.append(
                Change("removed", f"Insatsen '{item.title}' togs bort", item.id, item.title)
            )
    return changes


def render_diff(changes: Sequence[Change]) -> str:
    """The changes as text: catalog-wide lines, then one heading per intervention."""
    if not changes:
        return "Inga skillnader."
    lines: list[str] = []
    current: str | None = None
    for change in changes:
        if change.kind == "changed" and change.intervention is not None:
            if change.intervention != current:
                lines.append(f"{change.intervention_title}:")
                current = change.intervention
            lines.append(f"  {change.text}")
        else:
            current = None
            lines.append(change.text)
    return "\n".join(lines)
