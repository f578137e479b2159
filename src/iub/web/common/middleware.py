"""HTTP method handling of the JSON API: HEAD wherever GET is allowed, 405 as problem JSON.

django-ninja answers only the methods an operation declares and a plain-text 405 for the rest.
This middleware (the innermost one) serves ``HEAD`` under ``/api/`` as a ``GET`` without a
body, and turns ninja's plain 405 into RFC 9457 problem JSON with the ``Allow`` header.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBase

from iub.web.common.problems import problem_json

__all__ = ["ApiMethodMiddleware"]

_API = "/api/"


def _allow(response: HttpResponseBase) -> str:
    methods = {m.strip() for m in response.get("Allow", "").split(",") if m.strip()}
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


def _method_not_allowed(request: HttpRequest, allow: str) -> HttpResponse:
    response = problem_json(
        request,
        status=405,
        code="method-not-allowed",
        detail=f"{request.method} is not allowed here; allowed: {allow}.",
    )
    response["Allow"] = allow
    return response


class ApiMethodMiddleware:
    """HEAD as GET without a body, and 405 as problem JSON, for paths under /api/."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not request.path.startswith(_API):
            return self.get_response(request)
        head = request.method == "HEAD"
        if head:
            request.method = "GET"
        response = self.get_response(request)
        if head:
            request.method = "HEAD"
        if response.status_code == 405 and "problem+json" not in response.get("Content-Type", ""):
            response = _method_not_allowed(request, _allow(response))
        elif response.status_code == 405:
            response["Allow"] = _allow(response)
        if head and isinstance(response, HttpResponse):
            length = len(response.content)
            response.content = b""
            response["Content-Length"] = str(length)
        return response
