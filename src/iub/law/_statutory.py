"""The statutory layer: what socialtjänstlagen adds to every catalog, whatever it says.

Children (21 kap. 2 §): a child under 15 may receive an IUB intervention only with the
guardians' consent — all of them where custody is joint (föräldrabalken 6 kap. 13 §; the
one-guardian exception of 6 kap. 13 a § does not reach IUB). From 15 the committee may provide
it without consent only where it judged that suitable; where the catalog is silent, the product
asks for consent up to 18. The 12-year rule of 21 kap. 1 § is for needs-assessed interventions
and is deliberately absent.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from iub.catalog import Condition, GuardianConsent, Intervention, Leaf, iter_nodes
from iub.facts import Evidence

__all__ = [
    "CONSENT_CITATION",
    "CONSENT_OPTIONAL_FROM_AGE",
    "MAJORITY_AGE",
    "STATUTORY_CONSENT_ID",
    "admits_children",
    "condition_texts",
    "guardian_consent_required",
    "statutory_conditions",
]

#: 21 kap. 2 §: from this age the committee may decide that a child can receive an IUB
#: intervention without the guardians' consent; below it, consent is always required.
CONSENT_OPTIONAL_FROM_AGE = 15
#: Föräldrabalken 9 kap. 1 §: a person is of age, and consents alone, from this age.
MAJORITY_AGE = 18

STATUTORY_CONSENT_ID = "sol-21-kap-2-vardnadshavares-samtycke"
CONSENT_CITATION = "SoL (2025:400) 21 kap. 2 §; FB 6 kap. 13 §"

_UNDER_15 = GuardianConsent(
    kind="guardian_consent",
    id=STATUTORY_CONSENT_ID,
    below_age=CONSENT_OPTIONAL_FROM_AGE,
    guardians="all",
    evidence=Evidence.written_consent,
    text="Barn som inte har fyllt 15 år får insatsen bara med samtliga vårdnadshavares samtycke.",
    citation=CONSENT_CITATION,
)

_UNDER_18 = GuardianConsent(
    kind="guardian_consent",
    id=STATUTORY_CONSENT_ID,
    below_age=MAJORITY_AGE,
    guardians="all",
    evidence=Evidence.written_consent,
    text="Barn under 18 år får insatsen bara med samtliga vårdnadshavares samtycke: "
    "nämnden har inte beslutat att barn från 15 år kan få den utan samtycke.",
    citation=CONSENT_CITATION,
)


def admits_children(intervention: Intervention) -> bool:
    """Whether a child (under 18) can take part, as the conditions bound the person's age or,
    where they are silent, as the target group states it (the linter's reading)."""
    from iub.law.lint._ages import MINORS, reachable_ages

    return bool(reachable_ages(intervention) & MINORS)


def statutory_conditions(intervention: Intervention) -> list[Condition]:
    """The conditions the law adds to this intervention's own."""
    return [_consent_rule(bool(intervention.minors_without_consent))]


def guardian_consent_required(intervention: Intervention, age: int) -> bool:
    """Whether a person of this age needs the guardians' consent for this intervention."""
    return age < _consent_rule(bool(intervention.minors_without_consent)).below_age


@cache
def _consent_rule(open_from_15: bool) -> GuardianConsent:
    return _UNDER_15 if open_from_15 else _UNDER_18


def condition_texts(
    intervention: Intervention, ids: Iterable[str], *, leaves_only: bool = False
) -> list[str]:
    """The wording of these condition ids, the statutory conditions included, in their order.

    A leaf is worded by :meth:`Leaf.wording`; a composite (all/any/not) only by its own text,
    and one without text is left out, as is an id the intervention no longer has (a stored
    check may outlive a catalog version). ``leaves_only`` leaves every composite out.
    """
    nodes: dict[str, Condition] = {}
    for root in (*intervention.conditions, *statutory_conditions(intervention)):
        for node in iter_nodes(root):
            nodes.setdefault(node.id, node)
    texts = []
    for condition_id in ids:
        found = nodes.get(condition_id)
        if isinstance(found, Leaf):
            texts.append(found.wording())
        elif found is not None and found.text and not leaves_only:
            texts.append(found.text)
    return texts
