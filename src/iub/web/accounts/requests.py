"""The request a staff view receives: past ``login_required`` (or the API's session auth).

``HttpRequest.user`` is ``User | AnonymousUser``; behind the log-in check it is always a
stored :class:`~django.contrib.auth.models.User`. Staff views annotate their request as
:class:`StaffRequest` so that the services, which record who wrote what, take a ``User``.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest

__all__ = ["StaffRequest"]


class StaffRequest(HttpRequest):
    """An ``HttpRequest`` whose user is logged in (only for views behind the log-in check)."""

    user: User
