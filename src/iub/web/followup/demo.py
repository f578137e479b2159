"""``iub demo``: a seeded, reproducible year of synthetic desk activity in the database.

For every published catalog, the previous and the current year of checks, visits, head counts
and 14 kap. 5 § participations from :func:`iub.followup.synthetic.synthetic_year`, stored at
the units that carry each intervention (``manage.py iub_demo``'s units and accounts, which
this creates when missing), and anonymous survey answers for the interventions followed up by
a user survey (:func:`demo_surveys`). Records carry no person: participations documented in full
(14 kap. 3 §) need a personnummer and are not made up. Running it again replaces the demo
records (their idempotency keys start with ``demo:``) and gives the same figures.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from iub.catalog import Catalog, FollowUpForm, Regime
from iub.followup.surveys import token_new, week_of
from iub.followup.synthetic import synthetic_year
from iub.web.accounts.models import StaffProfile, Unit, UnitIntervention
from iub.web.accounts.services import staff_seed_demo
from iub.web.catalog import selectors as catalog_selectors
from iub.web.desk.models import AnonymousParticipation, CheckRecord, HeadCount, Visit
from iub.web.followup.models import Survey, SurveyResponse, SurveyRound
from iub.web.followup.selectors import figures_for

__all__ = ["DemoResult", "demo_fill", "demo_surveys"]


@dataclass(frozen=True)
class DemoResult:
    stem: str
    year: int
    checks: int
    visits: int
    participations: int
    head_counts: int


def demo_fill(
    *,
    seed: int = 2026,
    today: dt.date | None = None,
    warm: bool = True,
    stems: Sequence[str] | None = None,
    say: Callable[[str], None] = lambda _: None,
) -> list[DemoResult]:
    """Fill the database with the demo years of every published catalog (or of ``stems``)."""
    today = today or dt.date.today()
    versions = catalog_selectors.catalog_versions_latest()
    if stems is not None:
        versions = [v for v in versions if v.stem in stems]
    catalogs = [(v.stem, catalog_selectors.catalog_of(v)) for v in versions]
    staff_seed_demo(catalogs)
    results: list[DemoResult] = []
    for version in versions:
        stem, catalog = version.stem, catalog_selectors.catalog_of(version)
        places = _places(stem)
        with transaction.atomic():
            for model in (CheckRecord, Visit, HeadCount, AnonymousParticipation):
                model.objects.filter(stem=stem, idempotency_key__startswith="demo:").delete()
            for year in (today.year - 1, today.year):
                data = synthetic_year(catalog, stem, year, seed=seed)
                regimes = {i.id: i.documentation.regime for i in catalog.interventions}
                made = [0, 0, 0, 0]

                base = partial(_fields, places, stem, version.number, year)
                checks = []
                for n, row in enumerate(data.checks):
                    fields = base(row["intervention"], "check", n)
                    if fields is None or row["checked_on"] > today:
                        continue
                    checks.append(
                        CheckRecord(
                            **fields,
                            regime=regimes[row["intervention"]].value,
                            outcome=row["outcome"],
                            checked_on=row["checked_on"],
                            failed_conditions=row["failed_conditions"],
                            information_given_at=timezone.now(),
                        )
                    )
                CheckRecord.objects.bulk_create(checks, batch_size=500)
                made[0] = len(checks)
                visits = []
                for n, row in enumerate(data.visits):
                    fields = base(row["intervention"], "visit", n)
                    if fields is None or row["visited_on"] > today:
                        continue
                    visits.append(
                        Visit(
                            **fields,
                            regime=regimes[row["intervention"]].value,
                            visited_on=row["visited_on"],
                            delivery=row["delivery"],
                            people=row["people"],
                            age_band=row["age_band"],
                            gender=row["gender"],
                        )
                    )
                Visit.objects.bulk_create(visits, batch_size=500)
                made[1] = len(visits)
                anonymous = []
                for n, row in enumerate(data.participations):
                    if regimes[row["intervention"]] != Regime.no_identity:
                        continue  # a full record needs a personnummer: never made up
                    fields = base(row["intervention"], "participation", n)
                    if fields is None or row["started_on"] > today:
                        continue
                    ended = (
                        row["ended_on"] if row["ended_on"] and row["ended_on"] <= today else None
                    )
                    anonymous.append(
                        AnonymousParticipation(
                            **fields,
                            started_on=row["started_on"],
                            ended_on=ended,
                            participants=row["participants"],
                            age_band=row["age_band"],
                            gender=row["gender"],
                            wellbeing_start=row["wellbeing_start"],
                            wellbeing_end=row["wellbeing_end"] if ended else None,
                            social_start=row["social_start"],
                            social_end=row["social_end"] if ended else None,
                            left_early=row["left_early"] if ended else "",
                        )
                    )
                AnonymousParticipation.objects.bulk_create(anonymous, batch_size=500)
                made[2] = len(anonymous)
                counts = []
                for n, row in enumerate(data.head_counts):
                    fields = base(row["intervention"], "head", n)
                    if fields is None or row["counted_on"] > today:
                        continue
                    unit = fields["unit"]
                    assert isinstance(unit, Unit)
                    counts.append(
                        HeadCount(
                            **fields,
                            counted_on=row["counted_on"],
                            half_day=row["half_day"],
                            total=row["total"],
                            counting_rule=unit.counting_rule,
                        )
                    )
                HeadCount.objects.bulk_create(counts, batch_size=500)
                made[3] = len(counts)
                results.append(DemoResult(stem, year, *made))
                c, v, p, h = made
                say(
                    f"{stem} {year}: {c} kontroller, {v} besök, {p} deltaganden, {h} huvudräkningar"
                )
            answers = demo_surveys(stem, catalog, seed=seed, today=today)
            if answers:
                say(f"{stem}: {answers} enkätsvar")
    if warm:
        for result in results:
            say(f"{result.stem} {result.year}: räknar fram skyddade siffror …")
            figures_for(result.stem, result.year)
    return results


#: How likely each answer of a standard question is in the demo (the rest are rarer).
_DEMO_WEIGHTS = {
    "nytta": {"mycket": 10, "ganska": 6, "lite": 2, "inte": 1, "vet_inte": 1},
    "respekt": {"helt": 14, "delvis": 4, "nej": 1, "vet_inte": 1},
    "rekommendera": {"ja": 12, "kanske": 5, "nej": 1},
}


def demo_surveys(stem: str, catalog: Catalog, *, seed: int, today: dt.date) -> int:
    """The demo's surveys: for each intervention followed up by a user survey, one round per
    tertial of last year and this one, and seeded answers up to ``today``. Demo rounds (their
    names start with "Demo") and their answers are replaced on every run."""
    demo = SurveyRound.objects.filter(survey__stem=stem, label__startswith="Demo")
    SurveyResponse.objects.filter(round__in=demo).delete()
    demo.delete()
    made = 0
    for intervention in catalog.interventions:
        if FollowUpForm.user_survey not in intervention.follow_up.forms:
            continue
        survey, _ = Survey.objects.get_or_create(stem=stem, intervention_id=intervention.id)
        rng = random.Random(f"{seed}:{stem}:{intervention.id}")
        for year in (today.year - 1, today.year):
            for tertial, (first, last) in enumerate(((1, 4), (5, 8), (9, 12)), start=1):
                starts = dt.date(year, first, 1)
                ends = dt.date(year + (last == 12), last % 12 + 1, 1) - dt.timedelta(days=1)
                if starts > today:
                    continue
                survey_round = SurveyRound.objects.create(
                    survey=survey,
                    token=token_new(),
                    label=f"Demo: tertial {tertial} {year}",
                    starts_on=starts,
                    ends_on=ends,
                )
                rows = []
                for _ in range(rng.randint(8, 22)):
                    day = starts + dt.timedelta(days=rng.randint(0, (ends - starts).days))
                    if day > today:
                        continue
                    choices = {
                        qid: rng.choices(list(weights), weights=list(weights.values()))[0]
                        for qid, weights in _DEMO_WEIGHTS.items()
                        if rng.random() < 0.95
                    }
                    rows.append(
                        SurveyResponse(round=survey_round, week=week_of(day), choices=choices)
                    )
                SurveyResponse.objects.bulk_create(rows)
                made += len(rows)
    return made


def _fields(
    places: dict[str, tuple[Unit, object]],
    stem: str,
    version: int,
    year: int,
    intervention: str,
    kind: str,
    n: int,
) -> dict[str, object] | None:
    place = places.get(intervention)
    if place is None:
        return None
    unit, user = place
    return {
        "unit": unit,
        "stem": stem,
        "catalog_version": version,
        "intervention_id": intervention,
        "created_by": user,
        "idempotency_key": f"demo:{stem}:{year}:{kind}:{n}",
    }


def _places(stem: str) -> dict[str, tuple[Unit, object]]:
    """For each intervention: the first unit that carries it, and a provider account there."""
    out: dict[str, tuple[Unit, object]] = {}
    fallback = get_user_model().objects.filter(staff__role=StaffProfile.Role.ADMIN).first()
    for carried in (
        UnitIntervention.objects.filter(unit__stem=stem)
        .select_related("unit")
        .order_by("unit__name")
    ):
        if carried.intervention_id in out:
            continue
        user = (
            get_user_model()
            .objects.filter(staff__units=carried.unit, staff__role=StaffProfile.Role.PROVIDER)
            .order_by("username")
            .first()
        ) or fallback
        if user is not None:
            out[carried.intervention_id] = (carried.unit, user)
    return out
