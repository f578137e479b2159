"""The django-ninja root: OpenAPI at /api/openapi.json, self-hosted docs at /api/docs.

:class:`IubApi` renders JSON as UTF-8 without ``\\u`` escapes (as the CLI does) and completes
the OpenAPI document: every error response is ``application/problem+json``, every operation
documents 422 (a wrong parameter or body), 405 and 503 (the database busy, with
``Retry-After``), an operation with a body also 400 (malformed JSON) and 413 (over 64 kB),
and the facts body lists the vocabulary's facts with their types and
``additionalProperties: false`` (an unknown fact is rejected).
"""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from iub import __version__
from iub.web.catalog.api import facts_json_schema
from iub.web.catalog.api import router as catalog_router
from iub.web.common.docs import AccessibleSwagger
from iub.web.common.problems import CONTENT_TYPE, install_problem_handlers
from iub.web.desk.api import router as desk_router
from iub.web.followup.api import router as followup_router

__all__ = ["IubApi", "api"]

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_ERROR_TEXT = {
    400: "Malformed JSON body.",
    401: "Not logged in.",
    403: "Not one of the caller's units.",
    404: "Unknown catalog, version, intervention or record.",
    405: "Method not allowed.",
    409: "The half-day is already counted.",
    413: "The request body is larger than 64 kB.",
    422: "A wrong parameter, body field or fact; `invalid_params` names it.",
    503: "The database is busy; nothing was stored. Retry after `Retry-After` seconds.",
}
_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before retrying.",
        "schema": {"type": "integer"},
    }
}
_FACTS_OPERATIONS = ("intervention_check", "catalog_screen", "desk_api_check")


class Utf8JSONRenderer(JSONRenderer):
    """JSON as UTF-8 text, without ``\\u`` escapes."""

    charset = "utf-8"
    json_dumps_params = {"ensure_ascii": False}  # noqa: RUF012


class IubApi(NinjaAPI):
    """NinjaAPI whose OpenAPI document states the problem responses and the facts body."""

    def get_openapi_schema(self, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(**kwargs)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.setdefault("Facts", facts_json_schema())
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                if isinstance(operation, dict) and "responses" in operation:
                    _complete(operation)
        if "Problem" not in components:
            from iub.web.common.problems import Problem

            components["Problem"] = Problem.model_json_schema(
                ref_template="#/components/schemas/{model}"
            )
        return schema


def _complete(operation: dict[str, Any]) -> None:
    # ninja keys responses by int; one key type, or the JSON gets "422" twice.
    responses: dict[str, Any] = {str(k): v for k, v in operation["responses"].items()}
    operation["responses"] = responses
    statuses = [405, 422, 503]
    if "requestBody" in operation:
        statuses += [400, 413]
    for status in statuses:
        responses.setdefault(str(status), {"description": _ERROR_TEXT[status]})
    responses["503"]["headers"] = _RETRY_AFTER
    for code, response in responses.items():
        if not code.isdigit() or int(code) < 400:
            continue
        response["content"] = {CONTENT_TYPE: {"schema": _PROBLEM_REF}}
        if response.get("description") in (None, "", "Client Error", "Unprocessable Content"):
            response["description"] = _ERROR_TEXT.get(int(code), "Error.")
    op_id = str(operation.get("operationId", ""))
    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if body is not None and op_id.endswith(_FACTS_OPERATIONS):
        body["schema"] = {"$ref": "#/components/schemas/Facts"}


api = IubApi(
    title="IUB",
    version=__version__,
    description=(
        "Insatser utan individuell behovsprövning (socialtjänstlagen 2025:400): published "
        "catalogs and the summary check. Errors are problem details (RFC 9457, "
        "`application/problem+json`) whose `invalid_params` name the wrong field."
    ),
    openapi_url="/openapi.json",
    docs_url="/docs",
    docs=AccessibleSwagger(),
    urls_namespace="api",
    renderer=Utf8JSONRenderer(),
)
install_problem_handlers(api)
api.add_router("/", catalog_router)
api.add_router("/", desk_router)  # staff: /api/personal/…, session log-in
api.add_router("/", followup_router)  # committee, analysts: /api/uppfoljning/…
