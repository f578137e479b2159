"""Sessions, authentication and messages for the staff side only.

The public pages set no cookie but CSRF's. Staff paths (``/personal/``, ``/api/personal/``)
run Django's session, authentication and message middleware around the view; every other
path skips them and sees an anonymous user. Staff pages are Swedish and never cached.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpRequest, HttpResponseBase
from django.utils import translation
from django.utils.cache import add_never_cache_headers

__all__ = ["STAFF_PREFIXES", "StaffOnlyMiddleware", "is_staff_path"]

STAFF_PREFIXES = ("/personal/", "/api/personal/")


def is_staff_path(path: str) -> bool:
    """Whether a request path belongs to the staff side."""
    return path.startswith(STAFF_PREFIXES)


GetResponse = Callable[[HttpRequest], HttpResponseBase]


def _synchronous(
    middleware: Callable[[HttpRequest], HttpResponseBase | Awaitable[HttpResponseBase]],
) -> GetResponse:
    """Django's middleware object as the plain callable the next one expects.

    Built around a synchronous ``get_response`` (WSGI), a middleware answers synchronously;
    an awaitable here would mean an async stack this project does not run.
    """

    def call(request: HttpRequest) -> HttpResponseBase:
        response = middleware(request)
        if not isinstance(response, HttpResponseBase):
            raise TypeError("StaffOnlyMiddleware runs in a synchronous (WSGI) stack only")
        return response

    return call


class StaffOnlyMiddleware:
    """Run session, auth and messages middleware on staff paths only."""

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response
        messages = _synchronous(MessageMiddleware(get_response))
        self.staff = _synchronous(
            SessionMiddleware(_synchronous(AuthenticationMiddleware(messages)))
        )

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not is_staff_path(request.path_info):
            request.user = AnonymousUser()
            return self.get_response(request)
        translation.activate("sv")
        request.LANGUAGE_CODE = "sv"
        response = self.staff(request)
        add_never_cache_headers(response)
        response.headers.setdefault("Content-Language", "sv")
        return response
