"""Problem Details (RFC 9457) for the JSON API: one place maps every error to a problem."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from pydantic import Field

from iub.errors import CatalogError, FactError, UnknownIntervention

__all__ = [
    "ApiProblem",
    "NotFoundProblem",
    "Problem",
    "install_problem_handlers",
    "problem_response",
]

PROBLEM_TYPE = "about:blank"
CONTENT_TYPE = "application/problem+json"


class InvalidParam(Schema):
    name: str
    reason: str


class Problem(Schema):
    """RFC 9457 problem details, with ``invalid_params`` naming each wrong field."""

    type: str = PROBLEM_TYPE
    title: str
    status: int
    detail: str
    instance: str | None = None
    code: str
    invalid_params: list[InvalidParam] = Field(default_factory=list)


class NotFoundProblem(Exception):
    """Something named in the URL does not exist."""

    def __init__(self, detail: str, *, field: str | None = None) -> None:
        self.detail = detail
        self.field = field
        super().__init__(detail)


class ApiProblem(Exception):
    """Any error an endpoint maps itself: status, stable code, and the fields that are wrong."""

    def __init__(
        self, status: int, code: str, detail: str, *, params: list[tuple[str, str]] | None = None
    ) -> None:
        self.status = status
        self.code = code
        self.detail = detail
        self.params = list(params or [])
        super().__init__(detail)


_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    422: "Unprocessable Content",
}


def problem_response(
    api: NinjaAPI,
    request: HttpRequest,
    *,
    status: int,
    code: str,
    detail: str,
    params: Sequence[tuple[str, str]] = (),
) -> HttpResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE,
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "instance": request.path,
        "code": code,
        "invalid_params": [{"name": name, "reason": reason} for name, reason in params],
    }
    response = api.create_response(request, body, status=status)
    response["Content-Type"] = CONTENT_TYPE
    return response


def _loc_name(loc: Any) -> str:
    parts = [str(p) for p in loc if p not in {"body", "query", "path", "facts"}]
    return ".".join(parts) if parts else "body"


def install_problem_handlers(api: NinjaAPI) -> None:
    """Map every error the API can raise to problem JSON."""

    @api.exception_handler(FactError)
    def _fact(request: HttpRequest, exc: FactError) -> HttpResponse:
        return problem_response(
            api,
            request,
            status=422,
            code="invalid-fact",
            detail=str(exc),
            params=[(exc.fact or "body", exc.problem)],
        )

    @api.exception_handler(UnknownIntervention)
    def _unknown(request: HttpRequest, exc: UnknownIntervention) -> HttpResponse:
        return problem_response(
            api,
            request,
            status=404,
            code="unknown-intervention",
            detail=f"The catalog has no intervention {exc.intervention!r}.",
            params=[("intervention_id", "no such intervention")],
        )

    @api.exception_handler(CatalogError)
    def _catalog(request: HttpRequest, exc: CatalogError) -> HttpResponse:
        return problem_response(api, request, status=422, code="catalog-error", detail=str(exc))

    @api.exception_handler(NotFoundProblem)
    def _not_found(request: HttpRequest, exc: NotFoundProblem) -> HttpResponse:
        params = [(exc.field, "not found")] if exc.field else []
        return problem_response(
            api, request, status=404, code="not-found", detail=exc.detail, params=params
        )

    @api.exception_handler(ApiProblem)
    def _problem(request: HttpRequest, exc: ApiProblem) -> HttpResponse:
        return problem_response(
            api,
            request,
            status=exc.status,
            code=exc.code,
            detail=exc.detail,
            params=exc.params,
        )

    @api.exception_handler(ValidationError)
    def _validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        params = [(_loc_name(e.get("loc", ())), str(e.get("msg", ""))) for e in exc.errors]
        first = params[0] if params else ("body", "invalid")
        return problem_response(
            api,
            request,
            status=422,
            code="invalid-request",
            detail=f"{first[0]}: {first[1]}",
            params=params,
        )

    @api.exception_handler(HttpError)
    def _http(request: HttpRequest, exc: HttpError) -> HttpResponse:
        code = "malformed-body" if exc.status_code == 400 else "http-error"
        params = [("body", str(exc))] if exc.status_code == 400 else []
        return problem_response(
            api, request, status=exc.status_code, code=code, detail=str(exc), params=params
        )

    @api.exception_handler(AuthenticationError)
    def _auth(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return problem_response(api, request, status=401, code="unauthorized", detail="Log in.")
