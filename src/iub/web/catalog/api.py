"""The catalog API: catalogs and versions, interventions, and the summary check.

``check`` and ``screen`` answer exactly what ``iub eligible`` and ``iub screen`` print:
:meth:`Outcome.to_json`. The request body is the facts document itself, as in the CLI.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.params.functions import Body
from pydantic import Field

from iub.catalog import Catalog, find_intervention
from iub.facts import VOCABULARY, FactSpec
from iub.geo import all_municipalities
from iub.web.catalog import selectors
from iub.web.catalog.models import CatalogVersion
from iub.web.common.problems import NotFoundProblem, Problem

router = Router(tags=["catalog"])


class VersionOut(Schema):
    """One published version of a catalog and the decision it rests on."""

    stem: str
    number: int
    municipality: str
    municipality_code: str
    title: str
    intervention_count: int
    sha256: str
    loaded_at: dt.datetime
    decision: dict[str, Any]


class CatalogOut(Schema):
    """A catalog: its latest version and every version's number."""

    stem: str
    municipality: str
    municipality_code: str
    latest: VersionOut
    versions: list[int]
    url: str


class InterventionSummary(Schema):
    id: str
    title: str
    area: str


class CatalogDetailOut(Schema):
    version: VersionOut
    interventions: list[InterventionSummary]


class ReasonOut(Schema):
    condition: str
    result: str = Field(description="met | not_met | unknown | unsure")
    text: str
    citation: str


class OutcomeOut(Schema):
    """The outcome of the summary check for one intervention (docs/architecture.md contract)."""

    intervention: str
    outcome: str = Field(description="eligible | not_eligible | needs_info | refer")
    reasons: list[ReasonOut]
    questions: list[str]
    information: str


FACTS_EXAMPLE = {
    "person.age": 40,
    "person.lives_in": "Stockholm",
    "person.supports_close_person": True,
    "close_person.situations": ["older"],
}


def _fact_schema(spec: FactSpec) -> dict[str, Any]:
    """One fact's JSON Schema: its type, or ``"unsure"``, or null (not given)."""
    typed: dict[str, Any]
    if spec.type == "int":
        typed = {"type": "integer", "minimum": spec.minimum, "maximum": spec.maximum}
    elif spec.type == "bool":
        typed = {"type": "boolean"}
    elif spec.type == "municipality":
        names = sorted(
            {m.name for m in all_municipalities()} | {m.code for m in all_municipalities()}
        )
        typed = {"type": "string", "enum": names}
    elif spec.type == "choice":
        typed = {"type": "string", "enum": list(spec.choices)}
    elif spec.type == "choices":
        typed = {"type": "array", "items": {"type": "string", "enum": list(spec.choices)}}
    else:
        typed = {"type": "string"}
    return {
        "anyOf": [typed, {"type": "string", "enum": ["unsure"]}, {"type": "null"}],
        "description": spec.description or spec.question_en or spec.question,
    }


def facts_json_schema() -> dict[str, Any]:
    """The facts body: every fact of the vocabulary; an unknown fact is rejected (422)."""
    return {
        "title": "Facts",
        "type": "object",
        "description": "Facts about the individual, as `iub eligible --facts` reads them. Any "
        'fact may be "unsure"; a missing or null fact is unknown. An unknown fact is '
        "rejected with 422.",
        "properties": {key: _fact_schema(spec) for key, spec in VOCABULARY.items()},
        "additionalProperties": False,
        "examples": [FACTS_EXAMPLE],
    }


def _version_out(version: CatalogVersion) -> dict[str, Any]:
    return {
        "stem": version.stem,
        "number": version.number,
        "municipality": version.municipality_name,
        "municipality_code": version.municipality_code,
        "title": version.title,
        "intervention_count": version.intervention_count,
        "sha256": version.sha256,
        "loaded_at": version.loaded_at,
        "decision": version.decision,
    }


def _version(stem: str, number: int | None) -> CatalogVersion:
    found = (
        selectors.catalog_version_latest(stem)
        if number is None
        else selectors.catalog_version_get(stem, number)
    )
    if found is None:
        what = f"catalog {stem!r}" + (f" version {number}" if number is not None else "")
        raise NotFoundProblem(
            f"There is no {what}.", field="version" if number is not None else "stem"
        )
    return found


@router.get("/catalogs", response={200: list[CatalogOut]}, summary="List catalogs")
def catalogs_list(request: HttpRequest) -> list[dict[str, Any]]:
    """Every published catalog with its latest version."""
    out = []
    for version in selectors.catalog_versions_latest():
        out.append(
            {
                "stem": version.stem,
                "municipality": version.municipality_name,
                "municipality_code": version.municipality_code,
                "latest": _version_out(version),
                "versions": [v.number for v in selectors.catalog_versions(version.stem)],
                "url": f"/{version.stem}/",
            }
        )
    return out


@router.get(
    "/catalogs/{stem}",
    response={200: CatalogDetailOut, 404: Problem},
    summary="Get a catalog version",
)
def catalog_get(request: HttpRequest, stem: str, version: int | None = None) -> dict[str, Any]:
    """A catalog version (the latest unless ``version`` is given) and its interventions."""
    found = _version(stem, version)
    catalog: Catalog = selectors.catalog_of(found)
    return {
        "version": _version_out(found),
        "interventions": [
            {"id": i.id, "title": i.title, "area": i.area} for i in catalog.interventions
        ],
    }


@router.get(
    "/catalogs/{stem}/versions",
    response={200: list[VersionOut], 404: Problem},
    summary="List a catalog's versions",
)
def catalog_versions(request: HttpRequest, stem: str) -> list[dict[str, Any]]:
    """Every published version of the catalog, newest first."""
    versions = selectors.catalog_versions(stem)
    if not versions:
        raise NotFoundProblem(f"There is no catalog {stem!r}.", field="stem")
    return [_version_out(v) for v in versions]


@router.get(
    "/catalogs/{stem}/interventions/{intervention_id}",
    response={200: dict[str, Any], 404: Problem},
    summary="Get an intervention",
)
def intervention_get(
    request: HttpRequest, stem: str, intervention_id: str, version: int | None = None
) -> dict[str, Any]:
    """One intervention as the catalog states it (ids, conditions, documentation, routes)."""
    catalog = selectors.catalog_of(_version(stem, version))
    return find_intervention(catalog, intervention_id).model_dump(
        mode="json", by_alias=True, exclude_none=True
    )


@router.post(
    "/catalogs/{stem}/interventions/{intervention_id}/check",
    response={200: OutcomeOut, 400: Problem, 404: Problem, 422: Problem},
    summary="Check one intervention (iub eligible)",
)
def intervention_check(
    request: HttpRequest,
    stem: str,
    intervention_id: str,
    facts: dict[str, Any] = Body(...),  # noqa: B008  (the Facts schema carries the example)
    version: int | None = None,
) -> dict[str, Any]:
    """The summary check of one intervention: the same JSON as ``iub eligible``."""
    desk = selectors.desk_of(_version(stem, version))
    return desk.check(intervention_id, facts).to_json()


@router.post(
    "/catalogs/{stem}/screen",
    response={200: list[OutcomeOut], 400: Problem, 404: Problem, 422: Problem},
    summary="Screen facts against a catalog (iub screen)",
)
def catalog_screen(
    request: HttpRequest,
    stem: str,
    facts: dict[str, Any] = Body(...),  # noqa: B008  (the Facts schema carries the example)
    version: int | None = None,
) -> list[dict[str, Any]]:
    """The summary check of every intervention: the same JSON as ``iub screen``."""
    desk = selectors.desk_of(_version(stem, version))
    return [outcome.to_json() for outcome in desk.screen(facts)]
