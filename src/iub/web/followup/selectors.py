"""Reads for follow-up: who may see which catalog, the records of a year, the protected figures.

Every figure a page, the API, a download or the report shows comes from :func:`figures_for`,
which runs the core's disclosure control (:mod:`iub.followup.disclosure`) over the year's
records; nothing else in this app reads the desk's records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db.models import Count, Max, Sum

from iub.catalog import Catalog
from iub.followup.disclosure import DEFAULT_THRESHOLD, Policy
from iub.followup.statistics import (
    Figures,
    Observation,
    check_observations,
    figures_build,
    head_count_observations,
    participation_observations,
    table_specs,
    visit_observations,
)
from iub.followup.surveys import SurveyDefinition, survey_observations, survey_table_questions
from iub.web.accounts.models import StaffProfile
from iub.web.accounts.selectors import staff_profile
from iub.web.catalog import selectors as catalog_selectors
from iub.web.desk.models import (
    AnonymousParticipation,
    CheckRecord,
    HeadCount,
    Participation,
    Visit,
)
from iub.web.followup.models import FiguresCache, Survey, SurveyResponse
from iub.web.followup.surveys import definitions_for

__all__ = [
    "FOLLOWUP_ROLES",
    "catalog_for",
    "figures_for",
    "followup_stems",
    "policy_for",
    "year_observations",
    "years_with_data",
]

FOLLOWUP_ROLES = (StaffProfile.Role.COMMITTEE, StaffProfile.Role.ANALYST, StaffProfile.Role.ADMIN)
FIRST_YEAR = 2025  # socialtjänstlagen (2025:400) is in force from 2025-07-01


def followup_stems(user: User | AnonymousUser) -> list[str]:
    """The catalogs whose figures this user may see.

    Analysts (and administrators) see every catalog; a committee member sees the catalogs of
    their own units (their committee's office).

    Raises:
        PermissionDenied: not staff, or a provider.
    """
    profile = staff_profile(user)
    if profile is None or profile.role not in FOLLOWUP_ROLES:
        raise PermissionDenied("not a committee or analyst account")
    published = [v.stem for v in catalog_selectors.catalog_versions_latest()]
    if profile.role == StaffProfile.Role.COMMITTEE:
        own = set(profile.units.values_list("stem", flat=True))
        return [s for s in published if s in own]
    return published


def catalog_for(stem: str) -> Catalog | None:
    version = catalog_selectors.catalog_version_latest(stem)
    return catalog_selectors.catalog_of(version) if version is not None else None


def policy_for(stem: str) -> Policy:
    """The threshold for a catalog: ``IUB_FOLLOWUP_THRESHOLDS`` (default 5, never below 3).

    Raises:
        ImproperlyConfigured: a threshold below 3 (with the reason).
    """
    configured: dict[str, str] = getattr(settings, "IUB_FOLLOWUP_THRESHOLDS", {})
    try:
        return Policy(int(configured.get(stem, DEFAULT_THRESHOLD)))
    except ValueError as exc:  # not a whole number (the system check refuses it at start)
        raise ImproperlyConfigured(f"IUB_FOLLOWUP_THRESHOLDS[{stem!r}]: {exc}") from exc


def _year(qs: Any, field: str, year: int) -> Any:
    return qs.filter(
        **{f"{field}__gte": dt.date(year, 1, 1), f"{field}__lt": dt.date(year + 1, 1, 1)}
    )


def year_observations(stem: str, year: int) -> Iterator[Observation]:
    """The year's records as observations, aggregated in the database (GROUP BY)."""
    checks = _year(CheckRecord.objects.filter(stem=stem), "checked_on", year)
    yield from check_observations(
        {
            "intervention": r["intervention_id"],
            "checked_on": r["checked_on"],
            "outcome": r["outcome"],
            "failed_conditions": r["failed_conditions"],
        }
        for r in checks.values(
            "intervention_id", "checked_on", "outcome", "failed_conditions"
        ).iterator()
    )
    visits = _year(Visit.objects.filter(stem=stem), "visited_on", year)
    yield from visit_observations(
        {
            "intervention": r["intervention_id"],
            "visited_on": r["visited_on"],
            "delivery": r["delivery"],
            "age_band": r["age_band"],
            "gender": r["gender"],
            "n": r["n"],
            "people": r["people_sum"],
        }
        for r in visits.values("intervention_id", "visited_on", "delivery", "age_band", "gender")
        .annotate(n=Count("id"), people_sum=Sum("people"))
        .order_by()
        .iterator()
    )
    counts = _year(HeadCount.objects.filter(stem=stem), "counted_on", year)
    yield from head_count_observations(
        {
            "intervention": r["intervention_id"],
            "counted_on": r["counted_on"],
            "half_day": r["half_day"],
            "total": r["total"],
        }
        for r in counts.values("intervention_id", "counted_on", "half_day", "total").iterator()
    )
    fields = (
        "intervention_id",
        "started_on",
        "ended_on",
        "left_early",
        "wellbeing_start",
        "wellbeing_end",
        "social_start",
        "social_end",
    )
    start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    for model, extra in (
        (AnonymousParticipation, ("participants", "age_band", "gender")),
        (Participation, ()),
    ):
        qs = model.objects.filter(stem=stem).filter(started_on__lt=end).exclude(ended_on__lt=start)
        rows = (
            {**r, "intervention": r["intervention_id"]}
            for r in qs.values(*fields, *extra).iterator()
        )
        yield from participation_observations(rows, year=year)
    yield from survey_observations(
        (
            {"intervention": r["round__survey__intervention_id"], "week": r["week"], **r}
            for r in SurveyResponse.objects.filter(
                round__survey__stem=stem, week__startswith=f"{year}-W"
            )
            .values("round__survey__intervention_id", "week", "choices")
            .iterator()
        ),
        year=year,
        definitions=_definitions(stem),
    )


def _definitions(stem: str) -> list[SurveyDefinition]:
    return definitions_for(stem)


def _fingerprint(stem: str, year: int) -> str:
    parts: list[str] = []
    for model in (CheckRecord, Visit, HeadCount, AnonymousParticipation, Participation):
        agg = model.objects.filter(stem=stem).aggregate(n=Count("id"), top=Max("id"))
        parts.append(f"{model.__name__}:{agg['n']}:{agg['top']}")
    answers = SurveyResponse.objects.filter(round__survey__stem=stem).count()
    edited = Survey.objects.filter(stem=stem).aggregate(at=Max("updated_at"))["at"]
    parts.append(f"survey:{answers}:{edited.isoformat() if edited else ''}")
    version = catalog_selectors.catalog_version_latest(stem)
    parts.append(f"v{version.number if version else 0}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def years_with_data(stem: str) -> list[int]:
    """Years from the law's first year to this one, newest first."""
    return list(range(dt.date.today().year, FIRST_YEAR - 1, -1))


def figures_for(stem: str, year: int) -> Figures:
    """The protected figures of a catalog and year (computed once per change of records).

    Raises:
        LookupError: no published catalog by that name.
    """
    catalog = catalog_for(stem)
    if catalog is None:
        raise LookupError(stem)
    policy = policy_for(stem)
    fingerprint = _fingerprint(stem, year)
    cached = FiguresCache.objects.filter(stem=stem, year=year, threshold=policy.threshold).first()
    if cached is not None and cached.fingerprint == fingerprint:
        found: Figures = pickle.loads(bytes(cached.data))
        return found
    specs = table_specs(catalog, surveys=survey_table_questions(_definitions(stem)))
    figures = figures_build(
        stem, year, catalog, year_observations(stem, year), policy=policy, specs=specs
    )
    FiguresCache.objects.update_or_create(
        stem=stem,
        year=year,
        threshold=policy.threshold,
        defaults={"fingerprint": fingerprint, "data": pickle.dumps(figures)},
    )
    return figures
