"""Problem Details (RFC 9457) for the JSON API: one place maps every error to a problem.

The core's errors (:class:`~iub.errors.IubError` and its kinds) map here by type; an error
that carries ``status``, ``code`` and ``field`` attributes (the desk's rule errors) is mapped
by them, so that no endpoint catches and re-raises. :func:`problem_json` is the same body for
code outside django-ninja (middleware, the 400/404/500 handlers under ``/api/``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from pydantic import Field

from iub.errors import CatalogError, FactError, GuardRefusal, IubError, UnknownIntervention
from iub.followup import IdentityError

__all__ = [
    "ApiProblem",
    "NotFoundProblem",
    "Problem",
    "install_problem_handlers",
    "problem_body",
    "problem_json",
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
    409: "Conflict",
    413: "Content Too Large",
    422: "Unprocessable Content",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def problem_body(
    request: HttpRequest,
    *,
    status: int,
    code: str,
    detail: str,
    params: Sequence[tuple[str, str]] = (),
) -> dict[str, Any]:
    """The problem document every error of the API answers with."""
    return {
        "type": PROBLEM_TYPE,
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "instance": request.path,
        "code": code,
        "invalid_params": [{"name": name, "reason": reason} for name, reason in params],
    }


def problem_json(
    request: HttpRequest,
    *,
    status: int,
    code: str,
    detail: str,
    params: Sequence[tuple[str, str]] = (),
) -> HttpResponse:
    """A problem response outside django-ninja (middleware and Django's error handlers)."""
    body = problem_body(request, status=status, code=code, detail=detail, params=params)
    return HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status, content_type=CONTENT_TYPE
    )


def problem_response(
    api: NinjaAPI,
    request: HttpRequest,
    *,
    status: int,
    code: str,
    detail: str,
    params: Sequence[tuple[str, str]] = (),
) -> HttpResponse:
    body = problem_body(request, status=status, code=code, detail=detail, params=params)
    response = api.create_response(request, body, status=status)
    response["Content-Type"] = CONTENT_TYPE
    return response


def _loc_name(loc: Any) -> str:
    parts = [str(p) for p in loc if p not in {"body", "query", "path", "header", "facts"}]
    return ".".join(parts) if parts else "body"


def install_problem_handlers(api: NinjaAPI) -> None:
    """Map every error the API can raise to problem JSON."""

    @api.exception_handler(IubError)
    def _core(request: HttpRequest, exc: IubError) -> HttpResponse:
        """Any other core or desk error: its own status, code and field where it has them."""
        field = getattr(exc, "field", None)
        code = str(getattr(exc, "code", "invalid-value"))
        return problem_response(
            api,
            request,
            status=int(getattr(exc, "status", 422)),
            code=code,
            detail=str(exc),
            params=[(field, code)] if field else [],
        )

    @api.exception_handler(IdentityError)
    def _identity(request: HttpRequest, exc: IdentityError) -> HttpResponse:
        return problem_response(
            api,
            request,
            status=422,
            code="invalid-identity",
            detail=f"identity: {exc.message_sv}",
            params=[("identity", exc.code)],
        )

    @api.exception_handler(GuardRefusal)
    def _guard(request: HttpRequest, exc: GuardRefusal) -> HttpResponse:
        """A refused note: kinds, counts and offsets, never the text."""
        kinds: dict[str, int] = {}
        for kind, _start, _end in exc.findings:
            kinds[kind] = kinds.get(kind, 0) + 1
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        spans = ", ".join(f"{kind} {start}–{end}" for kind, start, end in exc.findings)
        field = exc.field or "note"
        return problem_response(
            api,
            request,
            status=422,
            code="identity-in-note",
            detail=f"{field}: identity-revealing content ({summary})",
            params=[(field, f"identity-revealing content: {spans}")],
        )

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
