"""Sessions only on staff paths: the public side sets no cookie but CSRF's."""

from __future__ import annotations

import pytest
from django.test import Client

from iub.web.accounts.services import staff_create

pytestmark = pytest.mark.django_db


def test_public_page_sets_no_session_even_when_logged_in_elsewhere(client: Client) -> None:
    """A staff session cookie is never touched or set by a public page."""
    response = client.get("/")

    assert "iub_personal" not in response.cookies
    assert "Cache-Control" not in response or "private" not in response["Cache-Control"]


def test_staff_pages_are_swedish_and_never_cached() -> None:
    """Staff responses are Swedish and carry no-store."""
    client = Client(HTTP_ACCEPT_LANGUAGE="en")

    response = client.get("/personal/logga-in/")

    assert "no-store" in response["Cache-Control"]
    assert "Logga in som personal" in response.content.decode()


def test_login_sets_the_staff_session_cookie() -> None:
    """Logging in sets the staff session cookie, strict same-site."""
    staff_create(username="u", password="ett-langt-losenord", role="provider")
    client = Client()

    response = client.post(
        "/personal/logga-in/", {"username": "u", "password": "ett-langt-losenord"}
    )

    cookie = response.cookies["iub_personal"]
    assert "Strict" == cookie["samesite"]


def test_wrong_password_message_is_swedish() -> None:
    """A failed log-in says so in Swedish."""
    response = Client().post("/personal/logga-in/", {"username": "x", "password": "y"})

    assert "Fel användarnamn eller lösenord" in response.content.decode()


def test_unknown_staff_page_is_a_swedish_404() -> None:
    """Error pages on the staff side are Swedish."""
    staff_create(username="p", password=None, role="provider")
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username="p"))

    response = client.get("/personal/finns/inte/")

    assert 404 == response.status_code
    assert 'lang="sv"' in response.content.decode()
