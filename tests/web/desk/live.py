"""HTTP against the live server: logged-in sessions and many requests at once."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests
from django.conf import settings
from django.test import Client

from iub.web.accounts.models import StaffProfile

FAMILJ = "/api/personal/alingsas/familjeradgivning/familjeradgivning"
GLANTAN = "/api/personal/alingsas/aktivitetshus-glantan/aktivitetshus-glantan"
MINI = "/api/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria"
BOENDE = "/api/personal/alingsas/boendecoaching/boendecoaching"


def live_session(username: str) -> requests.Session:
    """A requests session logged in as ``username``, with a CSRF cookie and its header."""
    client = Client()
    client.force_login(StaffProfile.objects.get(user__username=username).user)
    token = secrets.token_hex(16)  # 32 characters: an unmasked CSRF secret
    session = requests.Session()
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    session.cookies.set(settings.SESSION_COOKIE_NAME, cookie)
    session.cookies.set(settings.CSRF_COOKIE_NAME, token)
    session.headers["X-CSRFToken"] = token
    return session


def post(session: requests.Session, url: str, body: Any, *, key: str) -> requests.Response:
    """POST JSON with an Idempotency-Key (a generous timeout only catches a hang)."""
    return session.post(url, json=body, headers={"Idempotency-Key": key}, timeout=120)


def parallel(calls: list[Callable[[], Any]], *, threads: int) -> list[Any]:
    """Run the calls on ``threads`` threads at once; their results in order."""
    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = [pool.submit(call) for call in calls]
        return [future.result(timeout=300) for future in futures]
