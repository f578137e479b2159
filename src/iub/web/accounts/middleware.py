"""Sessions, authentication and messages for the staff side only.

The public pages set no cookie but CSRF's. Staff paths (``/personal/``, ``/api/personal/``,
``/namnd/``) run Django's session, authentication and message middleware around the view;
every other path skips them and sees an anonymous user. Staff pages are Swedish and never cached.
django-axes (log-in throttling) runs there too, and a staff session that has seen no request
for ``IUB_STAFF_IDLE_MINUTES`` is logged out (:class:`StaffIdleTimeout`).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from axes.middleware import AxesMiddleware
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpRequest, HttpResponseBase
from django.utils import translation
from django.utils.cache import add_never_cache_headers

__all__ = [
    "LAST_SEEN",
    "STAFF_PREFIXES",
    "StaffIdleTimeout",
    "StaffOnlyMiddleware",
    "is_staff_path",
]

STAFF_PREFIXES = (
    "/personal/",
    "/api/personal/",
    "/uppfoljning/",
    "/api/uppfoljning/",
    "/namnd/",
)

#: The session key holding the time (epoch seconds) of the staff member's last request.
LAST_SEEN = "iub_last_seen"
_STAMP_EVERY = 60  # seconds: the session is written at most once a minute for the stamp


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
        idle = _synchronous(AxesMiddleware(StaffIdleTimeout(get_response)))
        messages = _synchronous(MessageMiddleware(idle))
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


class StaffIdleTimeout:
    """Log a staff member out after ``IUB_STAFF_IDLE_MINUTES`` without a request.

    The request then goes on as an anonymous one: pages send it to the log-in page (which says
    why) and the API answers as to anyone not logged in.
    """

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.user.is_authenticated:
            now = int(time.time())
            last = request.session.get(LAST_SEEN)
            idle = int(getattr(settings, "IUB_STAFF_IDLE_MINUTES", 30)) * 60
            if isinstance(last, int) and now - last > idle:
                logout(request)
                messages.info(
                    request,
                    f"Du loggades ut efter {idle // 60} minuter utan aktivitet. Logga in igen.",
                )
            elif not isinstance(last, int) or now - last >= _STAMP_EVERY:
                request.session[LAST_SEEN] = now
        return self.get_response(request)
