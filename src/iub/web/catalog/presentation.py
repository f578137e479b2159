"""What a resident reads about an intervention, derived from the catalog (no Django models).

The catalog's own wording stays Swedish data; the frame around it (labels, explanations of the
law) is translatable text here and in the templates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from iub.catalog import (
    AllOf,
    AnyOf,
    Catalog,
    Condition,
    Intervention,
    Leaf,
    NotOf,
    Regime,
    Verdict,
    evaluate_all,
)
from iub.facts import Evidence, Facts
from iub.intake import EligibilityEngine

__all__ = [
    "AUDIENCES",
    "Advice",
    "ConditionItem",
    "InterventionCard",
    "admits_child",
    "advice_text",
    "audiences_of",
    "condition_items",
    "evidence_items",
    "filter_interventions",
    "intervention_cards",
    "resident_description",
]

#: Who the resident looks for help for: the catalog page's first filter.
AUDIENCES: dict[str, Promise] = {
    "jag": _("For me"),
    "barn": _("For my child"),
    "narstaende": _("For someone close to me (I am a relative or carer)"),
}

EVIDENCE_LABELS: dict[Evidence, Promise] = {
    Evidence.identity_document: _(
        "An identity document, for example an ID card, passport or driving licence"
    ),
    Evidence.population_register: _(
        "Where you are registered (folkbokförd): the provider may check it or ask for a "
        "personbevis from Skatteverket"
    ),
    Evidence.rental_contract: _(
        "Something that shows where you live, for example a rental contract"
    ),
    Evidence.certificate: _("A certificate"),
    Evidence.written_consent: _("If you are a child: your guardians' written consent"),
    Evidence.school_record: _("A certificate from the school"),
    Evidence.own_statement: _("Nothing: you tell them yourself"),
}

DELIVERY_LABELS: dict[str, Promise] = {
    "individual": _("Individually"),
    "group": _("In a group"),
    "both": _("Individually or in a group"),
}

_CHILD_FACTS = ("child.", "parents.")
_CLOSE_FACTS = ("close_person.", "person.supports_close_person")


def audiences_of(catalog: Catalog, intervention: Intervention) -> frozenset[str]:
    """Whom the intervention helps, as a resident would say it (jag, barn, narstaende)."""
    facts = {key for leaf in intervention.leaves() for key in leaf.facts()}
    area = catalog.area(intervention.area)
    words = f"{intervention.area} {area.title if area else ''} {intervention.title}".lower()
    found = set()
    if any(key.startswith(_CHILD_FACTS) for key in facts) or "förälder" in words:
        found.add("barn")
    if any(key.startswith(_CLOSE_FACTS) for key in facts) or "anhörig" in words:
        found.add("narstaende")
    if not found:
        found.add("jag")
    return frozenset(found)


def is_anonymous(intervention: Intervention) -> bool:
    """Whether nothing that identifies the person is documented (14 kap. 4 or 5 §)."""
    return intervention.documentation.regime in {Regime.no_identity, Regime.advice}


@dataclass(frozen=True)
class InterventionCard:
    """One intervention in the catalog list."""

    id: str
    title: str
    summary: str
    audiences: frozenset[str]
    regime: str
    delivery: str | None


@dataclass(frozen=True)
class AreaGroup:
    """An area of the catalog with the interventions shown under it."""

    id: str
    title: str
    description: str | None
    cards: list[InterventionCard] = field(default_factory=list)


def _summary(text: str, limit: int = 220) -> str:
    first = " ".join(text.split("\n\n", 1)[0].split())
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + " …"


def intervention_cards(catalog: Catalog, interventions: Iterable[Intervention]) -> list[AreaGroup]:
    """The interventions grouped by the catalog's areas, in catalog order."""
    groups: dict[str, AreaGroup] = {
        area.id: AreaGroup(area.id, area.title, resident_description(area.description))
        for area in catalog.areas
    }
    for intervention in interventions:
        group = groups.setdefault(
            intervention.area, AreaGroup(intervention.area, intervention.area, None)
        )
        group.cards.append(
            InterventionCard(
                id=intervention.id,
                title=intervention.title,
                summary=_summary(advice_text(intervention, intervention.content).text),
                audiences=audiences_of(catalog, intervention),
                regime=intervention.documentation.regime.value,
                delivery=intervention.delivery,
            )
        )
    return [group for group in groups.values() if group.cards]


def filter_interventions(
    catalog: Catalog,
    desk: EligibilityEngine,
    *,
    audience: str | None = None,
    age: int | None = None,
    anonymous: bool = False,
) -> list[Intervention]:
    """The interventions a resident's filters leave, in catalog order.

    The age filter asks the desk: an intervention stays unless the age alone decides
    ``not_eligible`` (the child's age when the resident looks for help for a child).
    """
    chosen = list(catalog.interventions)
    if audience:
        chosen = [i for i in chosen if audience in audiences_of(catalog, i)]
    if anonymous:
        chosen = [i for i in chosen if is_anonymous(i)]
    if age is not None:
        key = "child.age" if audience == "barn" else "person.age"
        outcomes = {o.intervention: o.outcome for o in desk.screen({key: age})}
        chosen = [i for i in chosen if outcomes.get(i.id) != "not_eligible"]
    return chosen


@dataclass(frozen=True)
class ConditionItem:
    """A condition in plain words, with its parts for 'all of' and 'any of'."""

    text: str
    joiner: str | None = None  # "all", "any", "not" for composites
    children: Sequence[ConditionItem] = ()


def _item(node: Condition) -> ConditionItem:
    if isinstance(node, AllOf):
        return ConditionItem(
            node.text or str(_("All of the following:")), "all", [_item(c) for c in node.all]
        )
    if isinstance(node, AnyOf):
        return ConditionItem(
            node.text or str(_("At least one of the following:")),
            "any",
            [_item(c) for c in node.any],
        )
    if isinstance(node, NotOf):
        return ConditionItem(node.text or str(_("This must not apply:")), "not", [_item(node.not_)])
    assert isinstance(node, Leaf)
    return ConditionItem(node.wording())


def condition_items(intervention: Intervention) -> list[ConditionItem]:
    """The intervention's own conditions (the committee's), as nested plain items."""
    return [_item(node) for node in intervention.conditions]


def evidence_items(
    intervention: Intervention, *, skip: frozenset[Evidence] = frozenset()
) -> list[tuple[str, str | None]]:
    """What to bring or show: one line per kind of document, with the catalog's note.

    The person's own statement is not a document and is left out, as is anything in ``skip``.
    """
    seen: dict[Evidence, str | None] = {}
    for leaf in intervention.leaves():
        if leaf.evidence is Evidence.own_statement or leaf.evidence in skip:
            continue
        note = leaf.evidence_note
        if leaf.evidence not in seen or (note and not seen[leaf.evidence]):
            seen[leaf.evidence] = note
    order = list(Evidence)
    return [
        (str(EVIDENCE_LABELS[evidence]), seen[evidence])
        for evidence in sorted(seen, key=order.index)
    ]


# -- what residents read, without contradicting the rule the product applies ---------------------

_PARAGRAPH = re.compile(r"\n+")  # YAML folds a blank line into one line break
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_LAW_CITED = re.compile(r"\b\d+\s*kap\.")
_ANONYMOUS = re.compile(r"\banonym", re.IGNORECASE)
_ON_ONES_OWN = re.compile(r"\bkomma själv|\butan (?:sina |dina )?(?:föräldrar|vårdnadshavare)")


def resident_description(description: str | None) -> str | None:
    """An area's introduction for residents: without the paragraphs that cite the law to the
    committee ("Enligt 14 kap. 3 § socialtjänstlagen ska … dokumenteras")."""
    if not description:
        return None
    kept = [p.strip() for p in _PARAGRAPH.split(description) if not _LAW_CITED.search(p)]
    return "\n\n".join(p for p in kept if p) or None


def admits_child(intervention: Intervention, *, below: int = 18) -> bool:
    """Whether the intervention's own conditions admit someone younger than ``below``."""
    return any(
        evaluate_all(intervention.conditions, Facts({"person.age": age})).verdict
        is not Verdict.NOT_MET
        for age in range(below)
    )


@dataclass(frozen=True)
class Advice:
    """A catalog text as residents read it: the sentences kept, and the rules stated instead of
    the ones dropped because they contradict what the product applies."""

    text: str
    rules: tuple[str, ...] = ()


def _conflict(intervention: Intervention, sentence: str) -> str | None:
    if _ANONYMOUS.search(sentence) and intervention.documentation.regime is Regime.full:
        return "anonymity"
    if (
        _ON_ONES_OWN.search(sentence)
        and not intervention.minors_without_consent
        and admits_child(intervention)
    ):
        return "consent"
    return None


def advice_text(intervention: Intervention, text: str) -> Advice:
    """``text`` without the sentences that contradict the rule the product applies.

    Two contradictions are known: "anonym" where the intervention is documented in full
    (14 kap. 3 §), and "kan komma själv" where a child may take part but the committee has
    not decided that 15–17-year-olds may without their guardians' consent (21 kap. 2 §).
    ``iub lint`` reports both to the committee (IUB042 and IUB012).
    """
    kept: list[str] = []
    rules: list[str] = []
    for paragraph in _PARAGRAPH.split(text):
        sentences = []
        for sentence in _SENTENCE.split(" ".join(paragraph.split())):
            kind = _conflict(intervention, sentence)
            if kind is None:
                sentences.append(sentence)
            elif kind not in rules:
                rules.append(kind)
        if sentences:
            kept.append(" ".join(sentences))
    return Advice("\n\n".join(kept), tuple(rules))
