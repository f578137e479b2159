"""Follow-up: the records a provider keeps under each documentation regime (14 kap. 3–5 §§).

Framework-free: validated record models, the fixed categories, identity numbers for the full
regime, the guard policy for free text, the audit chain's arithmetic and the journal export.
The web app stores what these functions have validated, and nothing else.
"""

from __future__ import annotations

from iub.followup._allow import catalog_allow_list, catalog_names
from iub.followup._audit import (
    GENESIS,
    ChainEntry,
    ChainHead,
    ChainProblem,
    chain_digest,
    chain_verify,
    head_digest,
    record_digest,
)
from iub.followup._categories import (
    AGE_BANDS,
    COUNTING_RULES,
    DEFAULT_PROBLEMS,
    GENDERS,
    HALF_DAYS,
    LEAVING_REASONS,
    SCALE_NAME,
    SOCIAL_SCALE,
    WELLBEING_SCALE,
    problem_categories,
)
from iub.followup._identity import IdentityError, IdentityNumber, identity_parse
from iub.followup._notes import BLOCK_SCORE, NOTE_MAX_LENGTH, NoteScreen, note_redact, note_screen
from iub.followup._records import (
    EARLIEST_DATE,
    LATEST_DATE,
    AnonymousEnd,
    AnonymousStart,
    CheckSummary,
    FullEnd,
    FullEvent,
    FullStart,
    HeadCountRecord,
    RecordError,
    VisitRecord,
    check_summary,
    journal_export,
    problems_validate,
)

__all__ = [
    "AGE_BANDS",
    "BLOCK_SCORE",
    "COUNTING_RULES",
    "DEFAULT_PROBLEMS",
    "EARLIEST_DATE",
    "GENDERS",
    "GENESIS",
    "HALF_DAYS",
    "LATEST_DATE",
    "LEAVING_REASONS",
    "NOTE_MAX_LENGTH",
    "SCALE_NAME",
    "SOCIAL_SCALE",
    "WELLBEING_SCALE",
    "AnonymousEnd",
    "AnonymousStart",
    "ChainEntry",
    "ChainHead",
    "ChainProblem",
    "CheckSummary",
    "FullEnd",
    "FullEvent",
    "FullStart",
    "HeadCountRecord",
    "IdentityError",
    "IdentityNumber",
    "NoteScreen",
    "RecordError",
    "VisitRecord",
    "catalog_allow_list",
    "catalog_names",
    "chain_digest",
    "chain_verify",
    "check_summary",
    "head_digest",
    "identity_parse",
    "journal_export",
    "note_redact",
    "note_screen",
    "problem_categories",
    "problems_validate",
    "record_digest",
]
