"""The provider's summary check: outcome, reasons with citations, questions and information.

This is the DESIGN.md eligibility contract. A :class:`Desk` is built once per catalog (it
prepares each intervention's conditions with the statutory layer, citations and information
text) and then answers :meth:`Desk.check` and :meth:`Desk.screen` for any number of people.
"""

from __future__ import annotations

from iub.intake._desk import Desk, Outcome, OutcomeKind, Reason, check, screen

__all__ = ["Desk", "Outcome", "OutcomeKind", "Reason", "check", "screen"]
