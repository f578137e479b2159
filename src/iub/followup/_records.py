"""The records a provider keeps, one model per regime and kind, validated before any storage.

Models are Pydantic v2 with ``extra="forbid"``: a field a regime does not have (a name, a
personnummer on a 14 kap. 5 § record) is an error, not ignored. They are the input schemas of
the desk's API too, so the OpenAPI document states every rule.

* :class:`CheckSummary` (all regimes): outcome, date, which conditions failed, never facts.
* :class:`VisitRecord` (advice, no_identity): date, individual or group, number of people,
  optional age band and gender, a screened note.
* :class:`AnonymousStart` / :class:`AnonymousEnd` (no_identity): participants, age band,
  gender, problem categories, wellbeing and social situation, reason for leaving early.
* :class:`HeadCountRecord` (open activities): a count per half-day, optional breakdowns.
* :class:`FullStart` / :class:`FullEvent` / :class:`FullEnd` (full): identity number, start
  and end, events of significance, wellbeing and social situation.

Every date lies between :data:`EARLIEST_DATE` and :data:`LATEST_DATE` (a plausibility bound,
not a legal rule: 0001-01-01 and 9999-12-31 are typing slips, and some databases cannot
store them), and free text holds no control characters but line breaks and tabs (a NUL byte
cannot be stored in PostgreSQL text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from iub.errors import IubError
from iub.followup._categories import (
    SCALE_NAME,
    AgeBand,
    Gender,
    HalfDay,
    LeavingReason,
    problem_categories,
)
from iub.intake import Outcome, OutcomeKind

__all__ = [
    "EARLIEST_DATE",
    "LATEST_DATE",
    "AnonymousEnd",
    "AnonymousStart",
    "CheckSummary",
    "FullEnd",
    "FullEvent",
    "FullStart",
    "HeadCountRecord",
    "RecordDate",
    "RecordError",
    "RecordText",
    "Scale",
    "VisitRecord",
    "check_summary",
    "journal_export",
    "problems_validate",
]

#: The first and last date a record may carry.
EARLIEST_DATE = dt.date(2000, 1, 1)
LATEST_DATE = dt.date(2099, 12, 31)
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"} | {"\x7f"}


class RecordError(IubError, ValueError):
    """A record value that its model cannot check alone (e.g. a problem code for the place)."""

    code = "invalid-record"

    def __init__(self, message: str, *, field: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


def _plausible(day: dt.date) -> dt.date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValueError(f"the date must lie between {EARLIEST_DATE} and {LATEST_DATE}")
    return day


def _printable(text: str) -> str:
    if any(ch in _CONTROL for ch in text):
        raise ValueError("the text holds a control character (such as NUL)")
    return text


#: A record's date, between EARLIEST_DATE and LATEST_DATE.
RecordDate = Annotated[
    dt.date,
    AfterValidator(_plausible),
    Field(description=f"A date from {EARLIEST_DATE} to {LATEST_DATE}."),
]
#: Free text without control characters (line breaks and tabs allowed).
RecordText = Annotated[str, AfterValidator(_printable)]

#: A value on the stated 1–5 scale (SCALE_NAME).
ScaleValue = Annotated[int, Field(ge=1, le=5)]
Scale = ScaleValue
Delivery = Literal["individual", "group"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class CheckSummary(_Record):
    """What the desk keeps of a summary check: no facts, no identity (docs/desk.md)."""

    intervention: str
    outcome: OutcomeKind
    checked_on: RecordDate
    failed_conditions: tuple[str, ...] = Field(
        default=(), description="Condition ids that were not met (or unsure, for 'refer')."
    )


def check_summary(outcome: Outcome, *, on: dt.date) -> CheckSummary:
    """Reduce an outcome to what may be stored: the conditions that decided a no or a refer."""
    wanted = {"not_eligible": "not_met", "refer": "unsure"}.get(outcome.outcome)
    failed = tuple(r.condition for r in outcome.reasons if r.result == wanted) if wanted else ()
    return CheckSummary(
        intervention=outcome.intervention,
        outcome=outcome.outcome,
        checked_on=on,
        failed_conditions=failed,
    )


class VisitRecord(_Record):
    """One visit or one group meeting (recorded once, with its number of people)."""

    visited_on: RecordDate
    delivery: Delivery = Field(description="individual: a visit; group: one meeting of N.")
    people: int = Field(ge=1, le=500, description="Number of people at the visit or meeting.")
    age_band: AgeBand | None = None
    gender: Gender | None = None
    note: RecordText = Field(default="", max_length=1000)


class AnonymousStart(_Record):
    """A 14 kap. 5 § participation begins: no identity, only de-identified data."""

    started_on: RecordDate
    participants: int = Field(default=1, ge=1, le=500)
    age_band: AgeBand | None = None
    gender: Gender | None = None
    problems: tuple[str, ...] = Field(default=(), description="Codes from the fixed list.")
    wellbeing_start: ScaleValue | None = None
    social_start: ScaleValue | None = None
    note: RecordText = Field(default="", max_length=1000)


class AnonymousEnd(_Record):
    """A 14 kap. 5 § participation ends, possibly early with a reason from the fixed list."""

    ended_on: RecordDate
    left_early: LeavingReason | None = None
    wellbeing_end: ScaleValue | None = None
    social_end: ScaleValue | None = None


class HeadCountRecord(_Record):
    """Head-count of an open activity for one half-day, by the unit's counting rule."""

    counted_on: RecordDate
    half_day: HalfDay
    total: int = Field(ge=0, le=5000)
    by_age_band: dict[AgeBand, int] = Field(default_factory=dict)
    by_gender: dict[Gender, int] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _parts_within_total(self) -> HeadCountRecord:
        for name, parts in (("by_age_band", self.by_age_band), ("by_gender", self.by_gender)):
            if any(n < 0 for n in parts.values()):
                raise ValueError(f"{name}: counts cannot be negative")
            if sum(parts.values()) > self.total:
                raise ValueError(f"{name}: the parts add up to more than the total")
        return self


class FullStart(_Record):
    """A participation documented in full (14 kap. 3 §): who, from when, and how they are."""

    identity: RecordText = Field(
        min_length=1,
        max_length=20,
        description="Personnummer or samordningsnummer; validated and stored encrypted.",
    )
    started_on: RecordDate
    wellbeing_start: ScaleValue | None = None
    social_start: ScaleValue | None = None


class FullEvent(_Record):
    """A fact or event of significance (14 kap. 3 §)."""

    occurred_on: RecordDate
    text: RecordText = Field(min_length=1, max_length=4000)


class FullEnd(_Record):
    """A participation documented in full ends."""

    ended_on: RecordDate
    wellbeing_end: ScaleValue | None = None
    social_end: ScaleValue | None = None
    left_early: LeavingReason | None = None


def problems_validate(intervention_id: str, problems: tuple[str, ...]) -> tuple[str, ...]:
    """The problem codes, checked against the intervention's fixed list.

    Raises:
        RecordError: a code that is not on the list (named by code only).
    """
    allowed = problem_categories(intervention_id)
    unknown = [code for code in problems if code not in allowed]
    if unknown:
        shown = ", ".join(sorted(repr(code[:40]) for code in unknown)[:10])
        raise RecordError(f"unknown problem categories: {shown}", field="problems")
    return tuple(dict.fromkeys(problems))


def journal_export(
    *,
    system: str,
    intervention: str,
    unit: str,
    identity_digits: str,
    identity_kind: str,
    started_on: dt.date,
    ended_on: dt.date | None,
    start_scores: Mapping[str, object],
    end_scores: Mapping[str, object],
) -> dict[str, Any]:
    """Start and end of a participation as JSON for the named journal system.

    Where the catalog names Lifecare IFO or UNGDOK the journal is kept there; IUB hands it
    the start and end, on the stated scale, to be entered or imported.
    """
    return {
        "format": "iub.participation.v1",
        "system": system,
        "intervention": intervention,
        "unit": unit,
        "person": {"kind": identity_kind, "number": identity_digits},
        "start": {"date": started_on.isoformat(), **dict(start_scores)},
        "end": {"date": ended_on.isoformat(), **dict(end_scores)} if ended_on else None,
        "scale": SCALE_NAME,
    }
