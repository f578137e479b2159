"""The provider's summary check: outcome, reasons with citations, questions and information.

This is the eligibility contract of docs/architecture.md. An :class:`EligibilityEngine` is built
once per catalog (it prepares each intervention's conditions with the statutory layer, citations and
information text) and then answers :meth:`EligibilityEngine.check` and
:meth:`EligibilityEngine.screen` for any number of people.
"""

from __future__ import annotations

from iub.intake._engine import EligibilityEngine, Outcome, OutcomeKind, Reason, check, screen

__all__ = ["EligibilityEngine", "Outcome", "OutcomeKind", "Reason", "check", "screen"]
