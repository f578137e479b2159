"""Three-valued evaluation of a condition tree, with the facts still worth asking.

Kleene logic: ``all`` is not met when any part is not met, met when every part is met, and
otherwise undetermined; ``any`` dually; ``not`` swaps met and not met. An undetermined node is
``unsure`` when an undetermined part under it is unsure (the provider could not establish a
fact: refer), else ``unknown`` (a fact is missing: ask). Only parts that can still change the
node's verdict contribute facts to ask — a short-circuited branch never asks anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from iub.catalog._conditions import AllOf, AnyOf, Condition, Leaf, NotOf, Verdict
from iub.facts import FactValue

__all__ = [
    "CompiledCatalog",
    "Decide",
    "NodeResult",
    "Triage",
    "compile_catalog",
    "compile_conditions",
    "condition_signature",
    "evaluate",
    "evaluate_all",
]

#: A compiled condition list: facts → (verdict, facts still worth asking, possibly repeated).
Decide = Callable[[Mapping[str, FactValue]], tuple[Verdict, tuple[str, ...]]]

_MET = Verdict.MET
_NOT_MET = Verdict.NOT_MET
_UNKNOWN = Verdict.UNKNOWN
_UNSURE = Verdict.UNSURE


@dataclass(frozen=True, slots=True)
class NodeResult:
    """The verdict on one condition, its parts' verdicts and the facts still needed."""

    node: Condition | None  # None for the implicit "all" of an intervention's list
    verdict: Verdict
    missing: tuple[str, ...]
    children: tuple[NodeResult, ...] = ()

    def walk(self) -> Iterator[NodeResult]:
        """This result and all below it, depth first (the catalog's order)."""
        if self.node is not None:
            yield self
        for child in self.children:
            yield from child.walk()

    def explained(self) -> Iterator[NodeResult]:
        """The results that explain this verdict, depth first.

        Like :meth:`walk`, except that an ``any`` that is met shows only the branches that
        met it: the alternatives a person did not need are not reasons, and listing them
        as "not met" under an eligible outcome would mislead whoever reads it out.
        """
        if self.node is not None:
            yield self
        children = self.children
        if isinstance(self.node, AnyOf) and self.verdict is _MET:
            children = tuple(child for child in children if child.verdict is _MET)
        for child in children:
            yield from child.explained()


def evaluate(node: Condition, facts: Mapping[str, FactValue]) -> NodeResult:
    """Evaluate one condition (and its parts) against facts."""
    if isinstance(node, Leaf):
        verdict, missing = node.check(facts)
        return NodeResult(node, verdict, missing)
    if isinstance(node, AllOf):
        return _combine(node, [evaluate(child, facts) for child in node.all], conjunction=True)
    if isinstance(node, AnyOf):
        return _combine(node, [evaluate(child, facts) for child in node.any], conjunction=False)
    if isinstance(node, NotOf):
        inner = evaluate(node.not_, facts)
        verdict = {_MET: _NOT_MET, _NOT_MET: _MET}.get(inner.verdict, inner.verdict)
        return NodeResult(node, verdict, inner.missing, (inner,))
    raise TypeError(f"not a condition: {type(node).__name__}")


def evaluate_all(conditions: Sequence[Condition], facts: Mapping[str, FactValue]) -> NodeResult:
    """Evaluate a list of conditions that must all be met (an intervention's Villkor)."""
    return _combine(None, [evaluate(node, facts) for node in conditions], conjunction=True)


def _combine(node: Condition | None, parts: list[NodeResult], *, conjunction: bool) -> NodeResult:
    deciding = _NOT_MET if conjunction else _MET
    verdicts = [part.verdict for part in parts]
    if deciding in verdicts:
        return NodeResult(node, deciding, (), tuple(parts))
    open_parts = [part for part in parts if not part.verdict.decided]
    if not open_parts:
        return NodeResult(node, _MET if conjunction else _NOT_MET, (), tuple(parts))
    verdict = _UNSURE if any(part.verdict is _UNSURE for part in open_parts) else _UNKNOWN
    missing: dict[str, None] = {}
    for part in open_parts:
        missing.update(dict.fromkeys(part.missing))
    return NodeResult(node, verdict, tuple(missing), tuple(parts))


def compile_conditions(conditions: Sequence[Condition]) -> Decide:
    """Compile conditions that must all be met into one function for the hot path.

    Gives the same verdict and the same set of facts to ask as :func:`evaluate_all`, but
    builds no result tree and stops at the first part that decides.
    """
    compiled = CompiledCatalog([conditions])
    (decide,), unchecked = compiled.groups, compiled.unchecked
    return lambda facts: decide(unchecked.copy(), facts)


def compile_catalog(condition_lists: Sequence[Sequence[Condition]]) -> Triage:
    """Compile every intervention of a catalog into one function: facts → decisions.

    Screening a catalog repeats itself: most interventions share leaves ("folkbokförd i
    Alingsås", "från 18 år") and many share their whole condition list. Each distinct leaf is
    checked once per screen and each distinct list decided once — common-subexpression
    elimination done at compile time, so that the desk's decision costs microseconds.
    """
    return CompiledCatalog(condition_lists).triage()


class CompiledCatalog:
    """A catalog's condition lists compiled once (see :func:`compile_catalog`), for callers that
    decide only some of the lists: each distinct leaf is one check, each distinct list one
    decision, and ``order`` maps a list's index to its decision.
    """

    __slots__ = ("checks", "groups", "order", "unchecked")

    def __init__(self, condition_lists: Sequence[Sequence[Condition]]) -> None:
        leaf_index: dict[str, int] = {}
        checks: list[LeafCheck] = []
        group_index: dict[str, int] = {}
        groups: list[_Junction] = []
        order: list[int] = []
        for conditions in condition_lists:
            parts = [_compile(node, leaf_index, checks) for node in conditions]
            key = "all(" + ",".join(condition_signature(node) for node in conditions) + ")"
            if key not in group_index:
                group_index[key] = len(groups)
                groups.append(_junction(parts, checks, conjunction=True))
            order.append(group_index[key])
        self.checks: tuple[LeafCheck, ...] = tuple(checks)
        self.groups: tuple[_Junction, ...] = tuple(groups)
        self.order: tuple[int, ...] = tuple(order)
        #: One slot per distinct leaf, none checked yet: a decision's scratch (copy it).
        self.unchecked: list[Ruling | None] = [None] * len(checks)

    def triage(self) -> Triage:
        """Every list's decision, in order."""
        groups, order, unchecked = self.groups, self.order, self.unchecked
        if order == tuple(range(len(groups))):
            # Every list distinct: the decisions are already in catalog order.

            def triage_distinct(facts: Mapping[str, FactValue]) -> list[Ruling]:
                results = unchecked.copy()
                return [group(results, facts) for group in groups]

            return triage_distinct

        def triage(facts: Mapping[str, FactValue]) -> list[Ruling]:
            # Leaves are checked lazily, once each: a part that decides early spares the rest.
            results = unchecked.copy()
            decided = [group(results, facts) for group in groups]
            return [decided[index] for index in order]

        return triage

    def decide(self, facts: Mapping[str, FactValue], indices: Iterable[int]) -> list[Ruling]:
        """The decisions of only these lists (by index), in the order given; a list that shares
        its decision with another is decided once, and each leaf checked at most once."""
        results = self.unchecked.copy()
        groups, order = self.groups, self.order
        decided: dict[int, Ruling] = {}
        rulings = []
        for index in indices:
            group = order[index]
            ruling = decided.get(group)
            if ruling is None:
                ruling = decided[group] = groups[group](results, facts)
            rulings.append(ruling)
        return rulings


#: facts → one decision per compiled condition list, in order.
Triage = Callable[[Mapping[str, FactValue]], list["Ruling"]]
Ruling = tuple[Verdict, tuple[str, ...]]
LeafCheck = Callable[[Mapping[str, FactValue]], Ruling]
_Junction = Callable[[list["Ruling | None"], Mapping[str, FactValue]], Ruling]
_Part = int | _Junction
_PRESENTATION = {"id", "text", "citation", "evidence", "evidence_note", "question", "labels"}


def condition_signature(node: Condition | Leaf) -> str:
    """What decides a condition's verdict, without its wording: equal signatures, equal verdicts."""
    if isinstance(node, Leaf):
        return repr(sorted(node.model_dump(exclude=_PRESENTATION).items()))
    if isinstance(node, AllOf):
        return "all(" + ",".join(condition_signature(child) for child in node.all) + ")"
    if isinstance(node, AnyOf):
        return "any(" + ",".join(condition_signature(child) for child in node.any) + ")"
    if isinstance(node, NotOf):
        return "not(" + condition_signature(node.not_) + ")"
    raise TypeError(f"not a condition: {type(node).__name__}")


def _compile(node: Condition, leaf_index: dict[str, int], checks: list[LeafCheck]) -> _Part:
    if isinstance(node, Leaf):
        key = condition_signature(node)
        if key not in leaf_index:
            leaf_index[key] = len(checks)
            checks.append(node.compile())
        return leaf_index[key]
    if isinstance(node, AllOf):
        parts = [_compile(c, leaf_index, checks) for c in node.all]
        return _junction(parts, checks, conjunction=True)
    if isinstance(node, AnyOf):
        parts = [_compile(c, leaf_index, checks) for c in node.any]
        return _junction(parts, checks, conjunction=False)
    if isinstance(node, NotOf):
        # "not x" is "all of [x]" with met and not met swapped.
        inner = _junction([_compile(node.not_, leaf_index, checks)], checks, conjunction=True)
        swap = {_MET: _NOT_MET, _NOT_MET: _MET}

        def negate(results: list[Ruling | None], facts: Mapping[str, FactValue]) -> Ruling:
            verdict, missing = inner(results, facts)
            return swap.get(verdict, verdict), missing

        return negate
    raise TypeError(f"not a condition: {type(node).__name__}")


def _junction(parts: list[_Part], checks: list[LeafCheck], *, conjunction: bool) -> _Junction:
    deciding, closing = (_NOT_MET, _MET) if conjunction else (_MET, _NOT_MET)
    decided: Ruling = (deciding, ())
    closed: Ruling = (closing, ())

    def decide(results: list[Ruling | None], facts: Mapping[str, FactValue]) -> Ruling:
        pending = unsure = False
        missing: tuple[str, ...] = ()
        for part in parts:
            if isinstance(part, int):
                result = results[part]
                if result is None:
                    result = results[part] = checks[part](facts)
            else:
                result = part(results, facts)
            verdict, need = result
            if verdict is deciding:
                return decided
            if verdict is not closing:
                pending = True
                unsure = unsure or verdict is _UNSURE
                missing += need
        if not pending:
            return closed
        return (_UNSURE if unsure else _UNKNOWN), missing

    return decide
