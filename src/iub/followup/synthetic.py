"""A seeded, reproducible year of synthetic desk activity for a catalog (demo and benchmark).

No person appears: records carry only what each regime allows (dates, delivery form, counts,
age band, gender, categories, scale values), drawn from a :class:`random.Random` seeded with
the seed and the catalog's stem, so the same arguments give the same records on every
machine. Volumes differ by intervention on purpose: large ones give real figures, small ones
give real suppression.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass, field
from typing import Any

from iub.catalog import Catalog, FollowUpForm, Intervention, Regime
from iub.followup._categories import AGE_BANDS, GENDERS, HALF_DAYS, LEAVING_REASONS

__all__ = ["SyntheticYear", "is_open_activity", "synthetic_year"]

_AGES = list(AGE_BANDS)
_GENDERS = list(GENDERS)
_REASONS = list(LEAVING_REASONS)


@dataclass
class SyntheticYear:
    """Plain records, in the shapes :mod:`iub.followup.statistics` reads."""

    checks: list[dict[str, Any]] = field(default_factory=list)
    visits: list[dict[str, Any]] = field(default_factory=list)
    participations: list[dict[str, Any]] = field(default_factory=list)
    head_counts: list[dict[str, Any]] = field(default_factory=list)


def is_open_activity(intervention: Intervention) -> bool:
    """An open meeting place counted per half-day (mötesplats, aktivitetshus, träffpunkt)."""
    text = f"{intervention.id} {intervention.title}".lower()
    return any(word in text for word in ("aktivitetshus", "motesplats", "mötesplats", "traffpunkt"))


def _day(rng: random.Random, year: int) -> dt.date:
    start = dt.date(year, 1, 1)
    days = (dt.date(year + 1, 1, 1) - start).days
    return start + dt.timedelta(days=rng.randrange(days))


def synthetic_year(catalog: Catalog, stem: str, year: int, *, seed: int = 2026) -> SyntheticYear:
    """One year of checks, visits, participations and head counts for every intervention."""
    rng = random.Random(seed * 1_000_003 + zlib.crc32(f"{stem}:{year}".encode()))
    out = SyntheticYear()
    for intervention in catalog.interventions:
        # The volume belongs to the intervention (the same every year, give or take a tenth).
        size = random.Random(seed * 7919 + zlib.crc32(f"{stem}:{intervention.id}".encode()))
        base = size.choice((2, 6, 15, 40, 90, 160, 260))
        scale = max(1, round(base * rng.uniform(0.9, 1.1)))
        _intervention(rng, intervention, year, out, scale)
    return out


def _intervention(
    rng: random.Random, x: Intervention, year: int, out: SyntheticYear, scale: int
) -> None:
    regime = x.documentation.regime
    forms = set(x.follow_up.forms)
    leaves = [node.id for node in x.nodes()]
    records = 0
    if is_open_activity(x):
        for day in range(0, 365, 2):
            counted = dt.date(year, 1, 1) + dt.timedelta(days=day)
            if counted.year != year or counted.weekday() >= 5:
                continue
            half = rng.choice(list(HALF_DAYS))
            total = rng.randint(2, 25)
            out.head_counts.append(
                {"intervention": x.id, "counted_on": counted, "half_day": half, "total": total}
            )
        records = 40
    elif regime in (Regime.advice, Regime.no_identity) and (
        forms & {FollowUpForm.visit_statistics, FollowUpForm.national_statistics}
        or regime == Regime.advice
    ):
        group = x.delivery in ("group", "both")
        for _ in range(scale):
            is_group = group and (x.delivery == "group" or rng.random() < 0.3)
            out.visits.append(
                {
                    "intervention": x.id,
                    "visited_on": _day(rng, year),
                    "delivery": "group" if is_group else "individual",
                    "people": rng.randint(3, 9) if is_group else 1,
                    "age_band": rng.choice([*_AGES[2:], ""]),
                    "gender": rng.choice(_GENDERS[:2] * 4 + _GENDERS[2:]),
                }
            )
        records = scale
    if regime == Regime.full or regime == Regime.no_identity or FollowUpForm.individual in forms:
        count = max(1, scale // 2)
        for _ in range(count):
            started = _day(rng, year)
            ended: dt.date | None = started + dt.timedelta(days=rng.randint(20, 200))
            if ended is not None and ended.year > year:
                ended = None
            early = ended is not None and rng.random() < 0.2
            w0 = rng.randint(1, 4)
            s0 = rng.randint(1, 4)
            out.participations.append(
                {
                    "intervention": x.id,
                    "started_on": started,
                    "ended_on": ended,
                    "participants": 1,
                    "age_band": rng.choice(_AGES[1:]),
                    "gender": rng.choice(_GENDERS[:2] * 4 + _GENDERS[2:]),
                    "left_early": rng.choice(_REASONS) if early else "",
                    "wellbeing_start": w0,
                    "wellbeing_end": min(5, w0 + rng.choice((-1, 0, 1, 1, 2))) if ended else None,
                    "social_start": s0,
                    "social_end": min(5, s0 + rng.choice((-1, 0, 0, 1, 1))) if ended else None,
                }
            )
        records += count
    for _ in range(records + records // 8 + 1):
        roll = rng.random()
        outcome = "not_eligible" if roll < 0.08 else "refer" if roll < 0.11 else "eligible"
        failed = [rng.choice(leaves)] if outcome != "eligible" and leaves else []
        out.checks.append(
            {
                "intervention": x.id,
                "checked_on": _day(rng, year),
                "outcome": outcome,
                "failed_conditions": failed,
            }
        )
