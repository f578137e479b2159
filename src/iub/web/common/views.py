"""Error pages: Swedish first, readable, and never echoing what was posted."""

from __future__ import annotations

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


def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness for load balancers, and the floor of benchmarks/web_throughput.py."""
    return HttpResponse("ok", content_type="text/plain")


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
