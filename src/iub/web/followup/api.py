"""Follow-up figures as JSON under /api/uppfoljning/ (session auth, committee and analysts).

The same protected figures as the pages (:func:`.selectors.figures_for`): a hidden figure is
``{"value": null, "hidden": true}``, never 0.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import Router
from ninja.security import django_auth

from iub.followup.statistics import table_json
from iub.web.common.problems import ApiProblem, Problem
from iub.web.followup import selectors

router = Router(tags=["followup"], auth=django_auth)

_ERRORS: dict[int, Any] = {401: Problem, 403: Problem, 404: Problem, 422: Problem}


def _figures(request: HttpRequest, stem: str, year: int) -> Any:
    try:
        stems = selectors.followup_stems(request.user)
    except PermissionDenied:
        raise ApiProblem(403, "forbidden", "Only committee and analyst accounts.") from None
    if stem not in stems:
        raise ApiProblem(404, "not-found", "No such catalog.", params=[("stem", "not found")])
    if not selectors.FIRST_YEAR <= year <= dt.date.today().year + 1:
        raise ApiProblem(
            422,
            "invalid-year",
            f"The year must be {selectors.FIRST_YEAR} or later.",
            params=[("year", "out of range")],
        )
    return selectors.figures_for(stem, year)


@router.get(
    "/uppfoljning/{stem}/{year}",
    response={200: dict[str, Any], **_ERRORS},
    url_name="followup_figures",
    summary="Every protected figure of a catalog and year",
)
def figures(request: HttpRequest, stem: str, year: int) -> Any:
    return _figures(request, stem, year).as_json()


@router.get(
    "/uppfoljning/{stem}/{year}/{intervention}",
    response={200: dict[str, Any], **_ERRORS},
    url_name="followup_intervention",
    summary="The protected figures of one intervention and year",
)
def intervention_figures(request: HttpRequest, stem: str, year: int, intervention: str) -> Any:
    found = _figures(request, stem, year)
    tables = found.for_intervention(intervention)
    if not tables:
        raise ApiProblem(
            404, "not-found", "No such intervention.", params=[("intervention", "not found")]
        )
    return {
        "catalog": stem,
        "year": year,
        "intervention": intervention,
        "threshold": found.protected.policy.threshold,
        "note": found.note,
        "tables": [table_json(t) for t in tables],
    }
