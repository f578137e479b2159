"""Error pages: Swedish first, readable, and never echoing what was posted."""

from __future__ import annotations

import json
import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

__all__ = [
    "bad_request",
    "bad_request_with",
    "csrf_failure",
    "healthz",
    "not_found",
    "server_error",
]


def _error(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    return render(
        request,
        "common/error.html",
        {"status": status, "title": title, "message": message},
        status=status,
    )


#: Seconds a client is asked to wait when the database does not answer.
RETRY_AFTER_SECONDS = 5


def healthz(request: HttpRequest) -> HttpResponse:
    """Health for load balancers and monitoring: 200 "ok" when the database answers, else 503.

    One ``SELECT 1`` on the default database, no template: cheap enough to poll every few
    seconds (docs/operations.md, "Monitoring"); the floor of benchmarks/web_throughput.py.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        response = HttpResponse("database unavailable", content_type="text/plain", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse("ok", content_type="text/plain")


def _database_unavailable(request: HttpRequest) -> HttpResponse:
    """503 when the database does not answer: problem JSON under /api/, a Swedish page else."""
    if request.path.startswith("/api/"):
        body = {
            "type": "about:blank",
            "title": "Service Unavailable",
            "status": 503,
            "detail": "Databasen svarar inte just nu. Inget sparades. Försök igen om en stund.",
            "instance": request.path,
            "code": "database-unavailable",
            "invalid_params": [],
        }
        response = HttpResponse(
            json.dumps(body, ensure_ascii=False),
            status=503,
            content_type="application/problem+json",
        )
    else:
        response = render(
            request,
            "common/error.html",
            {
                "status": 503,
                "title": _("The service is unavailable for a moment"),
                "message": _(
                    "The database does not answer just now. Nothing was saved. "
                    "Please try again in a minute."
                ),
            },
            status=503,
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request,
        404,
        _("Page not found"),
        _(
            "There is no page at this address. The municipality or the intervention may be "
            "spelt differently, or it is no longer in the catalog."
        ),
    )


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request,
        400,
        _("The request could not be read"),
        _("Something in what was sent was wrong. Nothing was saved. Please start again."),
    )


def bad_request_with(request: HttpRequest, detail: str) -> HttpResponse:
    """A 400 page that says what was wrong with a post, and that nothing was stored."""
    return render(
        request,
        "common/error.html",
        {
            "status": 400,
            "title": _("The answers could not be read"),
            "message": _(
                "Something in what was sent does not fit the questions. Nothing was saved. "
                "Please start the self-check again."
            ),
            "detail": detail,
        },
        status=400,
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A missing or wrong CSRF token is a bad request (400), explained in plain words."""
    return _error(
        request,
        400,
        _("The form had expired or was not sent from this site"),
        _(
            "Your answers were not saved anywhere. Go back to the intervention and start the "
            "self-check again. If it keeps happening, allow cookies for this site: the only "
            "cookie protects the form."
        ),
    )


def server_error(request: HttpRequest) -> HttpResponse:
    """500, or 503 when the exception being handled is the database not answering.

    Django calls this view while it handles the uncaught exception, so ``sys.exc_info`` holds
    it: a lost or refused database connection (an outage, a restart, a failover) answers 503
    with Retry-After, and the next request opens a new connection (no restart needed).
    """
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return _database_unavailable(request)
    return render(
        request,
        "common/error.html",
        {
            "status": 500,
            "title": _("Something went wrong"),
            "message": _("Please try again in a while."),
        },
        status=500,
    )
