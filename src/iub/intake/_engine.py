"""Outcome of the summary check, from condition verdicts to the sentences staff read out."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from operator import itemgetter
from typing import Any, Literal

from iub.catalog import (
    Age,
    AllOf,
    AnyOf,
    Catalog,
    CompiledCatalog,
    Condition,
    Decide,
    GuardianConsent,
    Intervention,
    Leaf,
    NodeResult,
    Verdict,
    compile_conditions,
    evaluate_all,
    find_intervention,
    iter_nodes,
)
from iub.facts import UNSURE, Facts, FactSpec, FactValue, parse_facts
from iub.geo import find_municipality
from iub.law import information_text, statutory_conditions

__all__ = ["EligibilityEngine", "Outcome", "OutcomeKind", "Reason", "check", "screen"]


class OutcomeKind(StrEnum):
    """The four answers of the summary check, each with the one label every surface shows.

    The values are the JSON contract's strings; compare and store them as such.
    """

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    NEEDS_INFO = "needs_info"
    REFER = "refer"

    # Enum's own __hash__ is a Python function; outcomes key dicts in the screening path.
    __hash__ = str.__hash__

    @property
    def label_sv(self) -> str:
        """The Swedish label (the desk, the CLI)."""
        return _OUTCOME_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """The English label."""
        return _OUTCOME_LABELS[self][1]


_OUTCOME_LABELS: dict[OutcomeKind, tuple[str, str]] = {
    OutcomeKind.ELIGIBLE: ("Villkoren är uppfyllda", "The conditions are met"),
    OutcomeKind.NOT_ELIGIBLE: ("Villkoren är inte uppfyllda", "The conditions are not met"),
    OutcomeKind.NEEDS_INFO: ("Fler uppgifter behövs", "More information is needed"),
    OutcomeKind.REFER: ("Hänvisa till socialnämnden", "Refer to the social welfare committee"),
}

_LAW_IUB = "SoL (2025:400) 11 kap. 5 §"

_STATUS_SV = {
    Verdict.MET: "Uppfyllt",
    Verdict.NOT_MET: "Inte uppfyllt",
    Verdict.UNKNOWN: "Inte kontrollerat ännu",
    Verdict.UNSURE: "Osäkert – hänvisa till socialnämnden",
}

_REFER_TEXT = (
    "Ett villkor kunde inte kontrolleras säkert. Utföraren gör ingen egen bedömning: "
    "den enskilde hänvisas till socialnämnden."
)


@dataclass(frozen=True, slots=True)
class Reason:
    """One condition's verdict, explained and cited."""

    condition: str
    result: Literal["met", "not_met", "unknown", "unsure"]
    text: str
    citation: str

    def to_json(self) -> dict[str, str]:
        return {
            "condition": self.condition,
            "result": self.result,
            "text": self.text,
            "citation": self.citation,
        }


class Outcome:
    """The answer of the summary check for one intervention.

    The reasons are rendered on first access: deciding is the hot path (screening a whole
    catalog), explaining is for the one outcome someone reads.
    """

    __slots__ = (
        "_explain",
        "_reasons",
        "information",
        "intervention",
        "missing_facts",
        "outcome",
        "questions",
        "title",
    )

    def __init__(
        self,
        intervention: str,
        outcome: OutcomeKind,
        questions: tuple[str, ...],
        information: str,
        missing_facts: tuple[str, ...] = (),
        title: str = "",
        *,
        reasons: tuple[Reason, ...] | None = None,
        explain: Callable[[], tuple[Reason, ...]] | None = None,
    ) -> None:
        self.intervention = intervention
        self.outcome: OutcomeKind = outcome
        self.questions = questions
        self.information = information
        self.missing_facts = missing_facts
        self.title = title
        self._reasons = reasons
        self._explain = explain

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """Every condition's verdict, explained and cited, in the catalog's order."""
        if self._reasons is None:
            self._reasons = self._explain() if self._explain is not None else ()
        return self._reasons

    def __repr__(self) -> str:
        return f"Outcome({self.intervention!r}, {self.outcome.value!r})"

    def to_json(self) -> dict[str, Any]:
        """Exactly the contract's object (docs/architecture.md): intervention, outcome, reasons,
        questions, information.

        The title and the missing fact names are attributes for callers in Python; the JSON
        keeps to the contract so that every client sees the same shape.
        """
        return {
            "intervention": self.intervention,
            "outcome": self.outcome.value,
            "reasons": [reason.to_json() for reason in self.reasons],
            "questions": list(self.questions),
            "information": self.information,
        }


@dataclass(frozen=True, slots=True)
class _Prepared:
    intervention: Intervention
    conditions: tuple[Condition, ...]
    decide: Decide
    citations: Mapping[str, str]
    information: str
    information_refer: str


class EligibilityEngine:
    """The summary check for one catalog, prepared once."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.vocabulary: dict[str, FactSpec] = catalog.vocabulary()
        self._prepared = {i.id: self._prepare(i) for i in catalog.interventions}
        self._all = list(self._prepared.values())
        self._ids = [prepared.intervention.id for prepared in self._all]
        self._compiled = CompiledCatalog([p.conditions for p in self._all])
        self._triage = self._compiled.triage()
        self._asked_cache: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # find_intervention's first loop as a table: each id or alias (that it would not strip)
        # to the first intervention that has it.
        self._by_name: dict[str, Intervention] = {}
        for intervention in catalog.interventions:
            for name in (intervention.id, *intervention.aliases):
                if name == name.strip():
                    self._by_name.setdefault(name, intervention)
        self._order = {
            key: (spec.order, index) for index, (key, spec) in enumerate(self.vocabulary.items())
        }

    def _prepare(self, intervention: Intervention) -> _Prepared:
        information = information_text(self.catalog, intervention)
        statutory = statutory_conditions(intervention)
        conditions = (*intervention.conditions, *statutory)
        source = _source_citation(self.catalog, intervention)
        citations: dict[str, str] = {}
        for node in intervention.conditions:
            for sub in iter_nodes(node):
                citations[sub.id] = f"{source}; {sub.citation or _LAW_IUB}"
        for node in statutory:
            for sub in iter_nodes(node):
                citations[sub.id] = sub.citation or _LAW_IUB  # the law alone, not the catalog
        return _Prepared(
            intervention=intervention,
            conditions=conditions,
            decide=compile_conditions(conditions),
            citations=citations,
            information=information,
            information_refer=f"{_REFER_TEXT} {information}",
        )

    def parse(self, raw: Mapping[str, object] | Facts) -> Facts:
        """Validate raw facts against this catalog's vocabulary."""
        return raw if isinstance(raw, Facts) else parse_facts(raw, vocabulary=self.vocabulary)

    def find(self, intervention_id: str) -> Intervention:
        """``find_intervention`` on this catalog; an id or alias is looked up in a table.

        Raises:
            UnknownIntervention: no such id or alias.
        """
        found = self._by_name.get(intervention_id)
        return found if found is not None else find_intervention(self.catalog, intervention_id)

    def check(self, intervention_id: str, facts: Mapping[str, object] | Facts) -> Outcome:
        """The outcome for one intervention.

        Raises:
            UnknownIntervention: no such id or alias.
            FactError: an unknown or ill-typed fact.
        """
        intervention = self.find(intervention_id)
        return self._check(self._prepared[intervention.id], self.parse(facts))

    def screen(self, facts: Mapping[str, object] | Facts) -> list[Outcome]:
        """The outcome for every intervention of the catalog, in catalog order."""
        parsed = self.parse(facts)
        decisions = self._triage(parsed)
        return [
            self._outcome(prepared, parsed, verdict, missing)
            for prepared, (verdict, missing) in zip(self._all, decisions, strict=True)
        ]

    def triage(self, facts: Facts) -> list[tuple[str, OutcomeKind]]:
        """Only the outcome per intervention, for lists and filters: the cheapest screen."""
        # map/zip/itemgetter keep the per-intervention loop in C, as lists of many rely on it.
        verdicts = map(_FIRST, self._triage(facts))
        return list(zip(self._ids, map(_KIND.__getitem__, verdicts), strict=True))

    def triage_asking(self, facts: Facts) -> list[tuple[str, OutcomeKind, tuple[str, ...]]]:
        """As :meth:`triage`, with the facts a ``needs_info`` outcome would still ask (the set
        of ``check``'s ``missing_facts``, unordered and maybe repeated; empty otherwise): lists
        that say what is left to find out need no ``check`` per intervention."""
        return [
            (intervention_id, kind, missing if kind is OutcomeKind.NEEDS_INFO else ())
            for intervention_id, (verdict, missing) in zip(
                self._ids, self._triage(facts), strict=True
            )
            for kind in (_KIND[verdict],)
        ]

    def triage_asking_of(
        self, facts: Facts, indices: Iterable[int]
    ) -> list[tuple[OutcomeKind, tuple[str, ...]]]:
        """:meth:`triage_asking`'s outcome and facts asked for only the interventions at these
        catalog indices, in the order given: a caller that needs a few of them (the
        self-check's other help) decides only their condition lists."""
        return [
            (kind, missing if kind is OutcomeKind.NEEDS_INFO else ())
            for verdict, missing in self._compiled.decide(facts, indices)
            for kind in (_KIND[verdict],)
        ]

    def questions_for(self, missing: Sequence[str]) -> list[tuple[str, FactSpec]]:
        """The facts to ask, in desk order, with their specs."""
        ordered = sorted(dict.fromkeys(missing), key=lambda key: self._order.get(key, (9999, 0)))
        return [(key, self.vocabulary[key]) for key in ordered]

    def _check(self, prepared: _Prepared, facts: Facts) -> Outcome:
        verdict, missing = prepared.decide(facts)
        return self._outcome(prepared, facts, verdict, missing)

    def _outcome(
        self, prepared: _Prepared, facts: Facts, verdict: Verdict, missing: tuple[str, ...]
    ) -> Outcome:
        kind = _KIND[verdict]
        questions: tuple[str, ...] = ()
        keys: tuple[str, ...] = ()
        information = prepared.information
        if kind is OutcomeKind.NEEDS_INFO:
            questions, keys = self._asked(missing)
        elif kind is OutcomeKind.REFER:
            information = prepared.information_refer
        return Outcome(
            prepared.intervention.id,
            kind,
            questions,
            information,
            keys,
            prepared.intervention.title,
            explain=partial(self._explain, prepared, facts),
        )

    def _asked(self, missing: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Questions and fact keys for missing facts; the same few sets recur, so cached."""
        cached = self._asked_cache.get(missing)
        if cached is None:
            asked = self.questions_for(missing)
            cached = tuple(spec.question for _, spec in asked), tuple(key for key, _ in asked)
            if len(self._asked_cache) < 4096:
                self._asked_cache[missing] = cached
        return cached

    def _explain(self, prepared: _Prepared, facts: Facts) -> tuple[Reason, ...]:
        root = evaluate_all(prepared.conditions, facts)
        return tuple(
            _reason(result, facts, prepared.citations, self.vocabulary)
            for result in root.explained()
        )


_FIRST = itemgetter(0)
_KIND: dict[Verdict, OutcomeKind] = {
    Verdict.MET: OutcomeKind.ELIGIBLE,
    Verdict.NOT_MET: OutcomeKind.NOT_ELIGIBLE,
    Verdict.UNSURE: OutcomeKind.REFER,
    Verdict.UNKNOWN: OutcomeKind.NEEDS_INFO,
}


def check(catalog: Catalog, intervention_id: str, facts: Mapping[str, object]) -> Outcome:
    """One-off :meth:`EligibilityEngine.check`; build a :class:`EligibilityEngine` to check many."""
    return EligibilityEngine(catalog).check(intervention_id, facts)


def screen(catalog: Catalog, facts: Mapping[str, object]) -> list[Outcome]:
    """One-off :meth:`EligibilityEngine.screen`."""
    return EligibilityEngine(catalog).screen(facts)


def _source_citation(catalog: Catalog, intervention: Intervention) -> str:
    decision = catalog.decision
    section = f", avsnitt {intervention.section}" if intervention.section else ""
    decided = ", ".join(
        part
        for part in (
            decision.body,
            decision.date.isoformat() if decision.date else None,
            f"dnr {decision.diarienummer}" if decision.diarienummer else None,
        )
        if part
    )
    return (
        f"{catalog.municipality.name}: {catalog.title}"
        + (f" ({decided})" if decided else "")
        + section
    )


def _reason(
    result: NodeResult,
    facts: Facts,
    citations: Mapping[str, str],
    vocabulary: Mapping[str, FactSpec],
) -> Reason:
    node = result.node
    assert node is not None
    status = _STATUS_SV[result.verdict]
    if isinstance(node, Leaf):
        wording = node.wording()
        detail = _detail(node, result, facts, vocabulary)
        text = f"{status}: {wording}" + (f" ({detail})" if detail else "")
    elif isinstance(node, AnyOf):
        text = f"{status}: {node.text or 'Minst ett av följande villkor ska vara uppfyllt.'}"
    elif isinstance(node, AllOf):
        text = f"{status}: {node.text or 'Alla följande villkor ska vara uppfyllda.'}"
    else:
        text = f"{status}: {node.text or 'Följande får inte gälla.'}"
    return Reason(
        condition=node.id,
        result=result.verdict.value,
        text=text,
        citation=citations.get(node.id, _LAW_IUB),
    )


def _detail(
    node: Leaf, result: NodeResult, facts: Facts, vocabulary: Mapping[str, FactSpec]
) -> str:
    if result.verdict is Verdict.UNKNOWN:
        asks = [vocabulary[key].question for key in result.missing if key in vocabulary]
        return "fråga: " + " ".join(asks) if asks else ""
    if result.verdict is Verdict.UNSURE:
        unsure = [key for key in node.facts() if facts.get(key) is UNSURE]
        return "osäker uppgift: " + ", ".join(unsure) if unsure else ""
    if isinstance(node, GuardianConsent):
        age = facts.get("person.age")
        if isinstance(age, int) and age >= node.below_age:
            return f"gäller inte: personen är {age} år"
    shown = []
    for key in node.facts():
        value: FactValue | None = facts.get(key)
        if value is None:
            continue
        if isinstance(node, GuardianConsent) and key == "person.guardian_consent":
            shown.append(f"samtycke: {vocabulary[key].choices.get(str(value), str(value))}")
        elif isinstance(node, Age) or key.endswith(".age"):
            shown.append(f"{value} år")
        elif isinstance(value, tuple):
            labels = vocabulary[key].choices
            shown.append(", ".join(labels.get(v, v) for v in value) or "inget angivet")
        elif isinstance(value, bool):
            shown.append("ja" if value else "nej")
        elif vocabulary.get(key) is not None and vocabulary[key].type == "municipality":
            found = find_municipality(str(value))
            shown.append(found.name if found else str(value))
        else:
            shown.append(str(value))
    return "; ".join(shown)
