"""The resident's self-check ("Passar det här mig?"): one question at a time, nothing stored.

Answers so far travel in hidden form fields named ``a.<fact>``; ``q`` names the question being
answered now. Every post is parsed afresh and checked by the catalog's
:class:`EligibilityEngine`, which says which facts are still missing; the first of them is the
next question. An answer that does not fit the question just asked is shown as a form error;
anything else that does not fit (an unknown field or fact, a hidden answer of the wrong type) is
a forged or broken post and raises :class:`SelfCheckInputError` (a 400 page). Nothing here
writes or logs anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from iub.catalog import (
    AnyOf,
    Condition,
    IncludesAny,
    Intervention,
    Leaf,
    NodeResult,
    NotOf,
    Verdict,
    condition_signature,
    evaluate,
    find_intervention,
    iter_nodes,
)
from iub.facts import UNSURE, Evidence, Facts, FactSpec, FactValue
from iub.geo import find_municipality
from iub.intake import EligibilityEngine, Outcome, OutcomeKind
from iub.law import CONSENT_OPTIONAL_FROM_AGE, MAJORITY_AGE, statutory_conditions

__all__ = [
    "Question",
    "SelfCheckInputError",
    "Step",
    "Suggestion",
    "selfcheck_step",
    "suggestions",
    "unmet_conditions",
]

UNSURE_VALUE = "unsure"
OTHER_MUNICIPALITY = "other"
_MAX_VALUE_LENGTH = 200
_ALLOWED_FIELDS = {"csrfmiddlewaretoken", "q"}
# Ages are whole years; a school year runs from förskola (-1) to year 10.
_INT_RANGES = {"child.school_grade": (-1, 10)}
_DEFAULT_INT_RANGE = (0, 130)


class SelfCheckInputError(ValueError):
    """A post that the self-check form cannot have produced; nothing was stored."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.message = message
        self.field = field
        super().__init__(f"{field}: {message}" if field else message)


@dataclass(frozen=True)
class Question:
    """The next question: its fact, wording, input kind and options."""

    key: str
    text: str
    kind: str  # "number", "radio" or "checkbox"
    options: Sequence[tuple[str, str]]
    evidence: str  # empty when the person's own statement is all the provider asks for
    allow_unsure: bool
    value: Sequence[str] = ()
    options_lang: str = ""  # "sv" where the options are the catalog's Swedish on an English page

    @property
    def field(self) -> str:
        return f"a.{self.key}"

    @property
    def html_id(self) -> str:
        return "q-" + self.key.replace(".", "-").replace("_", "-")


class Step(NamedTuple):
    """Where the self-check stands: the answers so far and the outcome or the next question.

    A named tuple, as :class:`Suggestion` is: every post builds one.
    """

    answers: Sequence[tuple[str, Sequence[str]]]
    facts: Facts
    outcome: Outcome
    question: Question | None
    error: str | None = None

    @property
    def hidden(self) -> list[tuple[str, str]]:
        """The hidden fields that carry the answers so far: (name, value)."""
        return [(f"a.{key}", value) for key, values in self.answers for value in values]


def _consent_options() -> list[tuple[str, str]]:
    """person.guardian_consent's answers, translated (the vocabulary's are Swedish)."""
    return [
        ("all", _("all my guardians consent")),
        ("some", _("only one of my guardians consents")),
        ("none", _("no guardian consents")),
    ]


def _bool_options() -> list[tuple[str, str]]:
    return [("yes", _("Yes")), ("no", _("No"))]


def _municipality_codes(desk: EligibilityEngine, intervention: Intervention, key: str) -> list[str]:
    codes: list[str] = []
    for leaf in intervention.leaves():
        code = getattr(leaf, "municipality", None)
        if key in leaf.facts() and isinstance(code, str) and code not in codes:
            codes.append(code)
    return codes or [desk.catalog.municipality.code]


def _catalog_choices(intervention: Intervention, key: str, spec: FactSpec) -> list[tuple[str, str]]:
    """The situations the intervention's conditions name, in the catalog's order and words.

    A resident is offered only what the committee listed (a situation it does not list could
    only answer "no", where one it lists may cover it); the vocabulary maps each phrase to
    its value. Without such a condition, the vocabulary's whole list.
    """
    offered: dict[str, str] = {}
    for leaf in intervention.leaves():
        if isinstance(leaf, IncludesAny) and leaf.fact == key:
            for value in leaf.values:
                offered.setdefault(value, leaf.labels.get(value) or spec.choices.get(value, value))
    return list(offered.items()) or list(spec.choices.items())


def _question(desk: EligibilityEngine, intervention: Intervention, key: str) -> Question:
    spec = desk.vocabulary[key]
    own = next(
        (leaf.question for leaf in intervention.leaves() if key in leaf.facts() and leaf.question),
        None,
    )
    text = spec.question
    if get_language() == "en" and spec.question_en:
        text = spec.question_en
    elif own:
        text = own
    from iub.web.catalog.presentation import EVIDENCE_LABELS

    evidence = (
        "" if spec.evidence is Evidence.own_statement else str(EVIDENCE_LABELS[spec.evidence])
    )
    allow_unsure = key != "person.age"
    if spec.type == "bool":
        return Question(key, text, "radio", _bool_options(), evidence, allow_unsure)
    english = get_language() == "en"
    if key == "person.guardian_consent":
        return Question(key, text, "radio", _consent_options(), evidence, allow_unsure)
    if spec.type == "choice":
        options = list(spec.choices.items())
        lang = "sv" if english else ""
        return Question(key, text, "radio", options, evidence, allow_unsure, options_lang=lang)
    if spec.type == "choices":
        options = _catalog_choices(intervention, key, spec)
        lang = "sv" if english else ""
        return Question(key, text, "checkbox", options, evidence, allow_unsure, options_lang=lang)
    if spec.type == "municipality":
        options = []
        for code in _municipality_codes(desk, intervention, key):
            found = find_municipality(code)
            options.append((code, found.name if found else code))
        options.append((OTHER_MUNICIPALITY, _("Another municipality")))
        return Question(key, text, "radio", options, evidence, allow_unsure)
    if key == "child.school_grade":
        grades = [("-1", _("Preschool (förskola)")), ("0", _("Förskoleklass"))]
        grades += [(str(n), _("Year %(n)s") % {"n": n}) for n in range(1, 11)]
        return Question(key, text, "radio", grades, evidence, allow_unsure)
    if spec.type == "int":
        return Question(key, text, "number", (), evidence, allow_unsure)
    return Question(key, text, "text", (), evidence, allow_unsure)


def _convert(spec: FactSpec, values: Sequence[str]) -> FactValue:
    """The typed fact of the strings a form posted; ValueError with a readable message."""
    real = [v for v in values if v not in {"", UNSURE_VALUE}]
    if spec.type == "choices":
        if not real:
            if UNSURE_VALUE in values:
                return UNSURE
            return ()
        unknown = [v for v in real if v not in spec.choices]
        if unknown or len(set(real)) != len(real):
            raise ValueError(_("Choose among the alternatives shown."))
        return tuple(real)
    if UNSURE_VALUE in values and not real:
        return UNSURE
    if len(real) != 1:
        raise ValueError(_("Answer the question.") if not real else _("Give only one answer."))
    value = real[0].strip()
    if spec.type == "int":
        low, high = _INT_RANGES.get(spec.key, _DEFAULT_INT_RANGE)
        if not value.lstrip("-").isdigit() or len(value) > 4:
            raise ValueError(_("Write a whole number, for example 16."))
        number = int(value)
        if not low <= number <= high:
            raise ValueError(
                _("Write a number from %(low)s to %(high)s.") % {"low": low, "high": high}
            )
        return number
    if spec.type == "bool":
        if value not in {"yes", "no"}:
            raise ValueError(_("Answer yes or no."))
        return value == "yes"
    if spec.type == "choice":
        if value not in spec.choices:
            raise ValueError(_("Choose one of the alternatives shown."))
        return value
    if spec.type == "municipality":
        if value == OTHER_MUNICIPALITY:
            return OTHER_MUNICIPALITY  # matches no municipality a condition names
        found = find_municipality(value)
        if found is None:
            raise ValueError(_("Choose one of the alternatives shown."))
        return found.code
    return value


def _canonical(spec: FactSpec, value: FactValue) -> list[str]:
    if value is UNSURE:
        return [UNSURE_VALUE]
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    if isinstance(value, tuple):
        return list(value) or [""]
    return [str(value)]


def selfcheck_step(
    *, desk: EligibilityEngine, intervention: Intervention, data: Mapping[str, Sequence[str]]
) -> Step:
    """Parse a self-check post and decide: the next question, or the outcome.

    ``data`` maps field names to their posted values (a QueryDict's ``lists()``).

    Raises:
        SelfCheckInputError: a field, fact or hidden answer the form cannot have sent.
    """
    current = _one(data, "q")
    if current is not None and current not in desk.vocabulary:
        raise SelfCheckInputError(_("There is no such question."), field="q")
    raw: dict[str, list[str]] = {}
    for name, posted_values in data.items():
        if name in _ALLOWED_FIELDS:
            continue
        if not name.startswith("a.") or name[2:] not in desk.vocabulary:
            raise SelfCheckInputError(_("The form has a field it should not have."), field=name)
        spec = desk.vocabulary[name[2:]]
        limit = max(len(spec.choices), 1) + 1
        if len(posted_values) > limit or any(len(v) > _MAX_VALUE_LENGTH for v in posted_values):
            raise SelfCheckInputError(_("An answer is too long."), field=name)
        raw[name[2:]] = list(posted_values)

    values: dict[str, FactValue] = {}
    error: str | None = None
    for key, posted in raw.items():
        try:
            values[key] = _convert(desk.vocabulary[key], posted)
        except ValueError as exc:
            if key != current:
                raise SelfCheckInputError(str(exc), field=f"a.{key}") from None
            error = str(exc)
    if current is not None and current not in raw and error is None:
        if desk.vocabulary[current].type == "choices":
            values[current] = ()
        else:
            error = _("Answer the question.")

    facts = Facts(values)
    outcome = desk.check(intervention.id, facts)
    answers = [
        (key, _canonical(desk.vocabulary[key], value))
        for key, value in values.items()
        if key != current or error is None
    ]
    if error is not None and current is not None:
        asked = _question(desk, intervention, current)
        kept = [(k, v) for k, v in answers if k != current]
        return Step(kept, facts, outcome, asked, error)
    question = None
    pending: list[str] = []
    if outcome.outcome == "needs_info":
        pending = [key for key in outcome.missing_facts if key not in values]
    elif outcome.outcome == "refer":
        # An unsure answer refers only when nothing still unasked could settle the outcome:
        # check as if the unsure answers were not given, and ask what that still needs.
        known = Facts({k: v for k, v in values.items() if v is not UNSURE})
        without = desk.check(intervention.id, known)
        if without.outcome == "needs_info":
            pending = [key for key in without.missing_facts if key not in values]
    if pending:
        question = _question(desk, intervention, _soonest(desk, intervention, pending))
    return Step(answers, facts, outcome, question)


def _soonest(desk: EligibilityEngine, intervention: Intervention, pending: list[str]) -> str:
    """The question that may settle the outcome soonest: a fact of a condition that must hold
    on its own (one the intervention lists directly, not one branch of an either/or) first,
    since a no there decides; otherwise the desk order."""
    deciding = _deciding_facts(desk, intervention.id)
    return next((key for key in pending if key in deciding), pending[0])


@lru_cache(maxsize=512)
def _deciding_facts(desk: EligibilityEngine, intervention_id: str) -> frozenset[str]:
    # The committee's own conditions; the statutory consent condition needs the age first.
    intervention = find_intervention(desk.catalog, intervention_id)
    nodes = intervention.conditions
    return frozenset(key for node in nodes if isinstance(node, Leaf) for key in node.facts())


def _one(data: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = data.get(name)
    if not values:
        return None
    if len(values) != 1:
        raise SelfCheckInputError(_("The form has a field twice."), field=name)
    return values[0]


# -- other help that may fit ------------------------------------------------------------------

#: Facts nearly every intervention asks; a condition on them alone says little about the need.
_GENERIC_FACTS = frozenset(
    {"person.age", "person.municipality", "person.lives_in", "person.guardian_consent"}
)
#: The committee's target group names adults, or parents (docs/web.md, "Other help").
_ADULTS = re.compile(r"^\s*vuxna\b", re.IGNORECASE)
_PARENTS = re.compile(r"^\s*föräldrar\b", re.IGNORECASE)


class Suggestion(NamedTuple):
    """Another intervention the answers do not exclude, and why it is suggested.

    ``met`` holds the catalog's wording of the intervention's own conditions that the answers
    already meet (the reason to suggest it); ``open`` the conditions still to be checked.

    Immutable as a named tuple, not a frozen dataclass: a frozen dataclass sets each field
    through ``object.__setattr__``, and building the five of an answer cost 47,000 instructions
    (a named tuple: 18,000).
    """

    intervention: str
    title: str
    outcome: str
    met: tuple[str, ...]
    open: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _OwnLeaf:
    text: str
    keys: frozenset[str]
    generic: bool
    check: Callable[[Mapping[str, FactValue]], tuple[Verdict, tuple[str, ...]]]


@dataclass(frozen=True, slots=True)
class _Other:
    """An intervention as the suggestions need it, prepared once per catalog."""

    intervention: Intervention
    own: tuple[_OwnLeaf, ...]  # its own leaves: wording, facts, compiled check
    every: tuple[tuple[str, frozenset[str]], ...]  # every leaf's wording and facts, statutory too
    reading: dict[str, tuple[str, ...]]  # per fact, the wording of every leaf that reads it, once
    # A child is not pointed to help whose target group the committee wrote for adults (or,
    # under 15, for parents), even where no condition states the age.
    adults: bool
    parents: bool


@lru_cache(maxsize=16)
def _leaf_table(desk: EligibilityEngine) -> tuple[_Other, ...]:
    """Per intervention in catalog order, once per prepared catalog, what :func:`suggestions`
    asks of it."""
    table = []
    for intervention in desk.catalog.interventions:
        own = tuple(
            _OwnLeaf(
                leaf.text or leaf.describe(),
                frozenset(leaf.facts()),
                frozenset(leaf.facts()) <= _GENERIC_FACTS,
                leaf.compile(),
            )
            for leaf in intervention.leaves()
        )
        every = [(item.text, item.keys) for item in own]
        for node in statutory_conditions(intervention):
            for leaf in iter_nodes(node):
                if isinstance(leaf, Leaf):
                    every.append((leaf.text or leaf.describe(), frozenset(leaf.facts())))
        target = intervention.target_group or ""
        reading: dict[str, dict[str, None]] = {}
        for text, keys in every:
            for key in keys:
                reading.setdefault(key, {})[text] = None
        table.append(
            _Other(
                intervention,
                own,
                tuple(every),
                {key: tuple(texts) for key, texts in reading.items()},
                adults=bool(_ADULTS.match(target)),
                parents=bool(_PARENTS.match(target)),
            )
        )
    return tuple(table)


#: (catalog index of the intervention, position among its own leaves, the leaf)
_Placed = tuple[int, int, _OwnLeaf]
#: One distinct leaf's check, and every intervention's leaf that is decided as it is.
_Shared = tuple[
    Callable[[Mapping[str, FactValue]], tuple[Verdict, tuple[str, ...]]], tuple[_Placed, ...]
]


_Groups = tuple[tuple[frozenset[str], tuple[_Shared, ...]], ...]


@lru_cache(maxsize=16)
def _leaves_by_facts(desk: EligibilityEngine) -> dict[str, _Groups]:
    """Every intervention's own leaves, grouped by the facts they read and, within a group, by
    what decides them (``condition_signature``: "från 18 år" is one check for the ten
    interventions that state it), once per catalog: an answer meets only leaves whose facts it
    gives, and each distinct leaf is checked once. Each group is filed under one of its facts
    (a leaf reads at least one), so an answer looks only at the groups of the facts it gives."""
    table = _leaf_table(desk)
    groups: dict[frozenset[str], dict[str, _Shared]] = {}
    for index, intervention in enumerate(desk.catalog.interventions):
        for position, (leaf, own) in enumerate(
            zip(intervention.leaves(), table[index].own, strict=True)
        ):
            shared = groups.setdefault(own.keys, {})
            signature = condition_signature(leaf)
            check, placed = shared.get(signature, (own.check, ()))
            shared[signature] = (check, (*placed, (index, position, own)))
    filed: dict[str, list[tuple[frozenset[str], tuple[_Shared, ...]]]] = {}
    for keys, shared in groups.items():
        filed.setdefault(min(keys), []).append((keys, tuple(shared.values())))
    return {key: tuple(listed) for key, listed in filed.items()}


_MET = Verdict.MET
_ELIGIBLE = OutcomeKind.ELIGIBLE
_NOT_ELIGIBLE = OutcomeKind.NOT_ELIGIBLE
_VALUE = {kind: kind.value for kind in OutcomeKind}  # an enum's .value is a Python property
_Texts = tuple[str, ...]
_POSITION = itemgetter(0)


def suggestions(
    desk: EligibilityEngine, facts: Facts, *, exclude: str, limit: int = 5
) -> list[Suggestion]:
    """Other interventions for the answers given, most relevant first (docs/web.md).

    Only interventions that ``screen`` does not find ``not_eligible`` for these facts, and
    of those only the ones where the answers already meet at least one of the committee's
    own conditions (that is the reason given). Eligible ones come first, then those whose
    met conditions concern the person's situation rather than only age or municipality, then
    the most conditions met; ties keep the catalog's order. What is still to be checked is
    the wording of the conditions whose facts the check would still ask.

    It runs on every not-eligible answer, so it checks each distinct leaf whose facts are given
    once, and then decides only the interventions with a condition met that may be shown
    (``triage_asking_of``: the outcome and the facts still asked), each shared condition list
    once; it checks no intervention again.
    """
    table = _leaf_table(desk)
    given = frozenset(facts)
    age = facts.get("person.age")
    child = young = False
    if isinstance(age, int):
        child, young = age < MAJORITY_AGE, age < CONSENT_OPTIONAL_FROM_AGE
    # The own leaves the answers meet, per intervention: only the groups of leaves whose facts
    # are all given are checked, each distinct leaf once.
    met_by: dict[int, list[tuple[int, _OwnLeaf]]] = {}
    filed = _leaves_by_facts(desk)
    for fact in facts:
        for keys, shared in filed.get(fact, ()):
            if keys <= given:
                for check, placed in shared:
                    if check(facts)[0] is _MET:
                        for index, position, leaf in placed:
                            met_by.setdefault(index, []).append((position, leaf))
    shown = []
    for index in sorted(met_by):
        other = table[index]
        if other.intervention.id == exclude:
            continue
        if child and (other.adults or (young and other.parents)):
            continue
        shown.append(index)
    # Each row's rank is distinct (it ends with the catalog index), so rows sort by it alone.
    ranked: list[tuple[tuple[bool, int, int, int], _Other, OutcomeKind, _Texts, _Texts]] = []
    for index, (kind, asking) in zip(shown, desk.triage_asking_of(facts, shown), strict=True):
        if kind is _NOT_ELIGIBLE:
            continue
        placed_met = met_by[index]
        if len(placed_met) == 1:  # the usual case: one condition met
            texts: _Texts = (placed_met[0][1].text,)
            specific = 0 if placed_met[0][1].generic else 1
        else:
            met = [leaf for _position, leaf in sorted(placed_met, key=_POSITION)]
            texts = tuple(dict.fromkeys([leaf.text for leaf in met]))
            specific = len([leaf for leaf in met if not leaf.generic])
        rank = (kind is _ELIGIBLE, specific, len(texts), -index)
        ranked.append((rank, table[index], kind, texts, asking))
    ranked.sort(reverse=True)
    found = []
    for _rank, other, kind, texts, asking in ranked[:limit]:
        still: tuple[str, ...] = ()
        if len(asking) == 1:  # needs_info, one fact still asked (the usual case)
            still = tuple([text for text in other.reading.get(asking[0], ()) if text not in texts])
        elif asking:  # needs_info: what the check would still ask
            asked = set(asking)
            still = tuple(
                dict.fromkeys(
                    [text for text, keys in other.every if keys & asked and text not in texts]
                )
            )
        intervention = other.intervention
        found.append(Suggestion(intervention.id, intervention.title, _VALUE[kind], texts, still))
    return found


def _met_leaves(result: NodeResult) -> int:
    return sum(
        1 for part in result.walk() if isinstance(part.node, Leaf) and part.verdict is Verdict.MET
    )


#: An intervention's conditions, the statutory ones after its own, as :func:`unmet_conditions`
#: reads them: a leaf's compiled check and wording, or a composite to evaluate.
_UnmetPlan = tuple[
    tuple[
        Callable[[Mapping[str, FactValue]], tuple[Verdict, tuple[str, ...]]] | None, str, Condition
    ],
    ...,
]
_UNMET_PLANS: dict[int, tuple[Intervention, _UnmetPlan]] = {}


def _unmet_plan(intervention: Intervention) -> _UnmetPlan:
    """The plan of an intervention, made once per process (by identity: a published version's
    interventions live as long as its parsed catalog)."""
    kept = _UNMET_PLANS.get(id(intervention))
    if kept is not None and kept[0] is intervention:
        return kept[1]
    plan = tuple(
        (node.compile(), node.text or node.describe(), node)
        if isinstance(node, Leaf)
        else (None, "", node)
        for node in (*intervention.conditions, *statutory_conditions(intervention))
    )
    if len(_UNMET_PLANS) >= 1024:
        _UNMET_PLANS.clear()
    _UNMET_PLANS[id(intervention)] = (intervention, plan)
    return plan


def _visit_unmet(result: NodeResult, texts: list[str]) -> None:
    node = result.node
    if result.verdict is not Verdict.NOT_MET or node is None:
        return
    if isinstance(node, Leaf | NotOf):
        text = node.text or (node.describe() if isinstance(node, Leaf) else "")
        if text and text not in texts:
            texts.append(text)
        return
    children = list(result.children)
    if isinstance(node, AnyOf):
        best = max(_met_leaves(child) for child in children)
        children = [child for child in children if _met_leaves(child) == best]
    for child in children:
        _visit_unmet(child, texts)


_NOT_MET = Verdict.NOT_MET


def unmet_conditions(intervention: Intervention, facts: Facts) -> list[str]:
    """The catalog's wording of the conditions the answers fail, for a not-eligible answer.

    Of an either/or that fails, only the branch the person is in (the one with the most
    conditions met; all of them on a tie): a 45-year-old refused the adults' branch is not
    told "Den enskilde är under 18 år" from the young people's branch.

    Each condition of the list is read on its own, so a leaf (most are) is only its compiled
    check; only an all/any/not is evaluated into a tree of results to walk.
    """
    texts: list[str] = []
    for check, text, node in _unmet_plan(intervention):
        if check is None:
            _visit_unmet(evaluate(node, facts), texts)
        elif check(facts)[0] is _NOT_MET and text and text not in texts:
            texts.append(text)
    return texts
