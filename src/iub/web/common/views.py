"""Error pages: Swedish first, readable, and never echoing what was posted.

Under ``/api/`` the same handlers answer problem JSON (:mod:`iub.web.common.problems`), so
that an error Django itself raises — a body over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` (413), an
unknown path (404), a database that does not answer or cannot take the write lock in time
(503 with ``Retry-After``) — never reaches an API client as an HTML page.
"""

from __future__ import annotations

import sys

from django.core.exceptions import RequestDataTooBig
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from iub.web.common.problems import problem_json

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
    seconds (docs/operations.md, "Monitoring").
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


#: Search engines index the residents' pages; never the staff side, surveys or the staff API.
ROBOTS_TXT = "\n".join(
    [
        "User-agent: *",
        "Disallow: /personal/",
        "Disallow: /namnd/",
        "Disallow: /uppfoljning/",
        "Disallow: /enkat/",
        "Disallow: /api/personal/",
        "",
    ]
)


def robots_txt(request: HttpRequest) -> HttpResponse:
    """``/robots.txt``: the residents' pages may be indexed, the staff side and surveys not.

    No database, no template: also the trivial floor of benchmarks/web_throughput.py.
    """
    return HttpResponse(ROBOTS_TXT, content_type="text/plain; charset=utf-8")


def _api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def _database_unavailable(request: HttpRequest, *, busy: bool = False) -> HttpResponse:
    """503 when the database does not answer, or (``busy``) SQLite's write lock stayed taken
    past the busy timeout: problem JSON under /api/, a Swedish page else; Retry-After."""
    if _api(request) and busy:
        response = problem_json(
            request,
            status=503,
            code="database-busy",
            detail="Databasen är upptagen av andra skrivningar. Inget sparades. "
            "Försök igen om en stund.",
        )
    elif _api(request):
        response = problem_json(
            request,
            status=503,
            code="database-unavailable",
            detail="Databasen svarar inte just nu. Inget sparades. Försök igen om en stund.",
        )
    elif busy:
        response = render(
            request,
            "common/error.html",
            {
                "status": 503,
                "title": _("The service is busy"),
                "message": _("Nothing was saved. Please try again in a moment."),
            },
            status=503,
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
    if _api(request):
        return problem_json(request, status=404, code="not-found", detail="No such API path.")
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
    if _api(request) and isinstance(exception, RequestDataTooBig):
        return problem_json(
            request,
            status=413,
            code="body-too-large",
            detail="The request body is larger than 64 kB.",
            params=[("body", "larger than 64 kB")],
        )
    if _api(request):
        return problem_json(
            request, status=400, code="bad-request", detail="The request could not be read."
        )
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
    exception = sys.exc_info()[1]
    if isinstance(exception, OperationalError | InterfaceError):
        return _database_unavailable(request, busy="locked" in str(exception))
    if _api(request):
        return problem_json(
            request, status=500, code="server-error", detail="Something went wrong; try again."
        )
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
