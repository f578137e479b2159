"""The law as the product applies it: the statutory layer, the information duty, the linter."""

from __future__ import annotations

from iub.law._information import INFORMATION_CITATION, information_text, where_to_turn_text
from iub.law._statutory import (
    CONSENT_CITATION,
    CONSENT_OPTIONAL_FROM_AGE,
    MAJORITY_AGE,
    STATUTORY_CONSENT_ID,
    admits_children,
    condition_texts,
    guardian_consent_required,
    statutory_conditions,
)

__all__ = [
    "CONSENT_CITATION",
    "CONSENT_OPTIONAL_FROM_AGE",
    "INFORMATION_CITATION",
    "MAJORITY_AGE",
    "STATUTORY_CONSENT_ID",
    "admits_children",
    "condition_texts",
    "guardian_consent_required",
    "information_text",
    "statutory_conditions",
    "where_to_turn_text",
]
