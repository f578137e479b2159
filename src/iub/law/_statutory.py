"""The statutory layer: what socialtjänstlagen adds to every catalog, whatever it says.

Children (21 kap. 2 §): a child under 15 may receive an IUB intervention only with the
guardians' consent — all of them where custody is joint (föräldrabalken 6 kap. 13 §; the
one-guardian exception of 6 kap. 13 a § does not reach IUB). From 15 the committee may provide
it without consent only where it judged that suitable; where the catalog is silent, the product
asks for consent up to 18. The 12-year rule of 21 kap. 1 § is for needs-assessed interventions
and is deliberately absent.
"""

from __future__ import annotations

from functools import cache

from iub.catalog import Condition, GuardianConsent, Intervention
from iub.facts import Evidence

__all__ = ["CONSENT_CITATION", "STATUTORY_CONSENT_ID", "statutory_conditions"]

STATUTORY_CONSENT_ID = "sol-21-kap-2-vardnadshavares-samtycke"
CONSENT_CITATION = "SoL (2025:400) 21 kap. 2 §; FB 6 kap. 13 §"

_UNDER_15 = GuardianConsent(
    kind="guardian_consent",
    id=STATUTORY_CONSENT_ID,
    below_age=15,
    guardians="all",
    evidence=Evidence.written_consent,
    text="Barn som inte har fyllt 15 år får insatsen bara med samtliga vårdnadshavares samtycke.",
    citation=CONSENT_CITATION,
)

_UNDER_18 = GuardianConsent(
    kind="guardian_consent",
    id=STATUTORY_CONSENT_ID,
    below_age=18,
    guardians="all",
    evidence=Evidence.written_consent,
    text="Barn under 18 år får insatsen bara med samtliga vårdnadshavares samtycke: "
    "nämnden har inte beslutat att barn från 15 år kan få den utan samtycke.",
    citation=CONSENT_CITATION,
)


def statutory_conditions(intervention: Intervention) -> list[Condition]:
    """The conditions the law adds to this intervention's own."""
    return [_consent_rule(bool(intervention.minors_without_consent))]


@cache
def _consent_rule(open_from_15: bool) -> GuardianConsent:
    return _UNDER_15 if open_from_15 else _UNDER_18
