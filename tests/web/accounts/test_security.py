"""Security settings of the staff side: deploy check, throttling, passwords, idle timeout, OIDC.

docs/operations.md describes each setting; these tests prove that it does what it says.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import Client, override_settings

from iub.web.accounts.middleware import LAST_SEEN
from iub.web.accounts.services import staff_create

ROOT = Path(__file__).resolve().parents[3]
LOGIN = "/personal/logga-in/"
PASSWORD = "Rätt-lösenord-för-test-2026"

SETTINGS_SCRIPT = """
import io, json
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
out = io.StringIO()
call_command("check", deploy=True, fail_level="WARNING", stdout=out, stderr=out)
print(json.dumps({
    "check": out.getvalue().strip(),
    "cookie": settings.SESSION_COOKIE_NAME,
    "secure": settings.SESSION_COOKIE_SECURE,
    "csrf_secure": settings.CSRF_COOKIE_SECURE,
    "backends": settings.AUTHENTICATION_BACKENDS,
}))
"""


def _production(**extra: str) -> dict[str, object]:
    """Run the deploy check and read the settings under the production settings module."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("IUB_", "DJANGO_")) and key not in {"DATABASE_URL", "SECRET_KEY"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="iub.web.config.settings.production",
        IUB_SECRET_KEY=secrets.token_urlsafe(50),
        IUB_FIELD_KEY=secrets.token_urlsafe(32),
        DATABASE_URL="postgresql://iub@db.invalid:5432/iub",  # never connected to
        IUB_ALLOWED_HOSTS="iub.kommun.example",
        IUB_VAR_DIR=str(ROOT / "var"),
        **extra,
    )
    result = subprocess.run(
        [sys.executable, "-c", SETTINGS_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert 0 == result.returncode, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_production_settings_pass_the_deploy_check_with_a_secure_session_cookie() -> None:
    """`manage.py check --deploy` finds nothing; the staff cookie iub_personal is Secure."""
    found = _production()

    assert "System check identified no issues" in str(found["check"])
    assert ("iub_personal", True, True) == (found["cookie"], found["secure"], found["csrf_secure"])
    assert "django.contrib.auth.backends.ModelBackend" in found["backends"]  # type: ignore[operator]


def test_oidc_only_mode_leaves_no_password_backend() -> None:
    """IUB_OIDC_ONLY=1: OpenID Connect is the one backend that signs anyone in."""
    found = _production(IUB_OIDC_ONLY="1")

    assert "System check identified no issues" in str(found["check"])
    assert [
        "axes.backends.AxesStandaloneBackend",
        "iub.web.accounts.oidc.StaffOIDCBackend",
    ] == found["backends"]


def _user(username: str) -> None:
    staff_create(username=username, password=PASSWORD, role="provider")


def _login(client: Client, username: str, password: str) -> object:
    return client.post(LOGIN, {"username": username, "password": password})


@pytest.mark.django_db
def test_after_five_wrong_passwords_the_right_one_is_refused_in_swedish() -> None:
    """Five wrong passwords lock the username: the right one then gets a Swedish 429."""
    _user("anna-utforare")
    _user("bo-utforare")
    client = Client()
    wrong = [_login(client, "anna-utforare", f"fel-lösenord-{n}").status_code for n in range(5)]

    refused = _login(client, "anna-utforare", PASSWORD)
    other = Client()
    other_user = _login(other, "bo-utforare", PASSWORD)

    assert [200] * 4 == wrong[:4]
    assert 429 == refused.status_code  # type: ignore[attr-defined]
    assert "För många misslyckade inloggningar" in refused.content.decode()  # type: ignore[attr-defined]
    assert "även med rätt lösenord" in refused.content.decode()  # type: ignore[attr-defined]
    assert refused.headers["Retry-After"].isdigit()  # type: ignore[attr-defined]
    assert "_auth_user_id" not in client.session
    assert 302 == other_user.status_code  # type: ignore[attr-defined]
    assert "_auth_user_id" in other.session


@pytest.mark.django_db
def test_a_right_password_before_the_limit_resets_the_count() -> None:
    """Four wrong, one right: the count starts again, so four more wrong do not lock."""
    _user("cilla-utforare")
    client = Client()
    for n in range(4):
        _login(client, "cilla-utforare", f"fel-{n}")
    assert 302 == _login(client, "cilla-utforare", PASSWORD).status_code  # type: ignore[attr-defined]
    client.logout()
    for n in range(4):
        _login(client, "cilla-utforare", f"fel-igen-{n}")

    assert 302 == _login(client, "cilla-utforare", PASSWORD).status_code  # type: ignore[attr-defined]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("password", "says"),
    [
        ("kort-ord", "för kort"),
        ("12345678901234", "numeriskt"),
        ("password12345", "vanligt"),
    ],
)
def test_password_policy_refuses_weak_passwords_in_swedish(password: str, says: str) -> None:
    """At least 12 characters, not only digits, not a common password; nothing is created."""
    with pytest.raises(ValidationError) as refused:
        staff_create(username="svag", password=password, role="provider")

    assert says in " ".join(refused.value.messages).lower()
    assert not get_user_model().objects.filter(username="svag").exists()


@pytest.mark.django_db
def test_a_strong_password_is_accepted() -> None:
    """A long passphrase passes the policy and signs in."""
    _user("stark")

    assert 302 == _login(Client(), "stark", PASSWORD).status_code  # type: ignore[attr-defined]


@pytest.mark.django_db
def test_staff_session_ends_after_the_idle_timeout(alingsas: object) -> None:
    """A session idle for longer than IUB_STAFF_IDLE_MINUTES is logged out and told why."""
    _user("dina-utforare")
    client = Client()
    _login(client, "dina-utforare", PASSWORD)
    assert 200 == client.get("/personal/").status_code
    session = client.session
    assert isinstance(session[LAST_SEEN], int)

    session[LAST_SEEN] = int(time.time()) - 31 * 60
    session.save()
    after = client.get("/personal/")
    page = client.get(after["Location"]).content.decode()

    assert 302 == after.status_code
    assert after["Location"].startswith(LOGIN)
    assert "_auth_user_id" not in client.session
    assert "utan aktivitet" in page


@pytest.mark.django_db
def test_a_session_within_the_idle_timeout_stays(alingsas: object) -> None:
    """29 minutes idle: still logged in."""
    _user("erik-utforare")
    client = Client()
    _login(client, "erik-utforare", PASSWORD)
    session = client.session
    session[LAST_SEEN] = int(time.time()) - 29 * 60
    session.save()

    assert 200 == client.get("/personal/").status_code


@pytest.mark.django_db
@override_settings(
    IUB_OIDC_ONLY=True,
    AUTHENTICATION_BACKENDS=[
        "axes.backends.AxesStandaloneBackend",
        "iub.web.accounts.oidc.StaffOIDCBackend",
    ],
)
def test_oidc_only_refuses_the_right_password_on_the_form_and_in_the_admin() -> None:
    """OIDC-only: the log-in page has no password form and a posted password signs no one in."""
    staff_create(username="admin-oidc", password=PASSWORD, role="admin")
    client = Client()

    page = client.get(LOGIN).content.decode()
    form = _login(client, "admin-oidc", PASSWORD)
    admin = client.post("/personal/admin/login/", {"username": "admin-oidc", "password": PASSWORD})

    assert 'name="password"' not in page
    assert "kommunens inloggning" in page
    assert 403 == form.status_code  # type: ignore[attr-defined]
    assert "Inloggning med lösenord är avstängd" in form.content.decode()  # type: ignore[attr-defined]
    assert 200 == admin.status_code
    assert "_auth_user_id" not in client.session


OIDC_SCRIPT = """
import django
django.setup()
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
client = Client()
page = client.get("/personal/logga-in/").content.decode()
start = client.get("/personal/oidc/authenticate/")
print(int('href="/personal/oidc/authenticate/"' in page), int('name="password"' in page))
print(start.status_code, start["Location"])
"""


def test_oidc_only_page_links_to_the_provider_and_the_flow_starts(tmp_path: Path) -> None:
    """IUB_OIDC_ONLY=1: the page's one way in is the provider, and it redirects there."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("IUB_")}
    env.pop("DATABASE_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="iub.web.config.settings.test",
        IUB_VAR_DIR=str(tmp_path),
        IUB_OIDC_ONLY="1",
        IUB_OIDC_CLIENT_ID="iub",
        IUB_OIDC_AUTHORIZATION_ENDPOINT="https://idp.kommun.example/auth",
    )
    result = subprocess.run(
        [sys.executable, "-c", OIDC_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert 0 == result.returncode, result.stderr[-3000:]
    links, password = result.stdout.splitlines()[-2].split()
    status, location = result.stdout.splitlines()[-1].split()

    assert ("1", "0") == (links, password)
    assert "302" == status
    assert location.startswith("https://idp.kommun.example/auth?")
    assert "personal%2Foidc%2Fcallback" in location
