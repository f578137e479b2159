"""Every environment variable the web application reads, with its type and default.

No other module reads ``os.environ``: settings import the values from here. Variables are
``IUB_*``, plus the conventional ``DATABASE_URL`` and ``SECRET_KEY`` that hosting platforms set.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "ALLOWED_HOSTS",
    "CACHE_SECONDS",
    "DATABASE_URL",
    "DEBUG",
    "FIELD_KEY",
    "FOLLOWUP_THRESHOLDS",
    "LOGIN_COOLOFF_MINUTES",
    "LOGIN_FAILURES",
    "NODE_MODULES",
    "OIDC",
    "OIDC_ONLY",
    "REPO_ROOT",
    "SECRET_KEY",
    "SSL_REDIRECT",
    "STAFF_IDLE_MINUTES",
    "TODAY",
    "USE_OIDC",
    "VAR_DIR",
]

#: The checkout this package runs from (src layout), when there is one.
REPO_ROOT = Path(__file__).resolve().parents[4]


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value and value.strip() else default


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser().resolve() if value else default


#: IUB_DEBUG: Django's DEBUG (off unless asked for; never on in production).
DEBUG: bool = _bool("IUB_DEBUG", False)

#: IUB_SECRET_KEY (or SECRET_KEY): required by the production settings.
SECRET_KEY: str | None = os.environ.get("IUB_SECRET_KEY") or os.environ.get("SECRET_KEY")

#: DATABASE_URL (or IUB_DATABASE_URL): e.g. postgres://user@host/db; empty means embedded SQLite.
DATABASE_URL: str | None = os.environ.get("IUB_DATABASE_URL") or os.environ.get("DATABASE_URL")

#: IUB_ALLOWED_HOSTS: comma-separated host names.
ALLOWED_HOSTS: list[str] = _list("IUB_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

#: IUB_VAR_DIR: where the embedded SQLite database, collected static files and screenshots go.
VAR_DIR: Path = _path("IUB_VAR_DIR", Path.cwd() / "var")

#: IUB_NODE_MODULES: the npm install with Designsystemet (``make install`` runs ``npm ci``).
NODE_MODULES: Path = _path(
    "IUB_NODE_MODULES",
    REPO_ROOT / "node_modules"
    if (REPO_ROOT / "node_modules").is_dir()
    else Path.cwd() / "node_modules",
)

#: IUB_CACHE_SECONDS: how long a process trusts its answers to "which version is the latest"
#: and "which takes over later";
#: pages rendered from a published version are cached for as long as that version is latest.
CACHE_SECONDS: int = _int("IUB_CACHE_SECONDS", 5)

#: IUB_TODAY: the day the site acts on (ISO date, for demos and tests); unset, the local date.
TODAY: str = os.environ.get("IUB_TODAY", "")

#: IUB_FIELD_KEY: the secret from which the field-encryption key, the keyed hash for identity
#: look-up and the audit chain key are derived. Required by the production settings.
FIELD_KEY: str | None = os.environ.get("IUB_FIELD_KEY") or None

#: IUB_USE_OIDC: sign staff in through the municipality's OpenID Connect provider.
USE_OIDC: bool = _bool("IUB_USE_OIDC", False)

#: IUB_OIDC_ONLY: staff sign in through OpenID Connect only; password log-in is refused.
OIDC_ONLY: bool = _bool("IUB_OIDC_ONLY", False)

#: IUB_LOGIN_FAILURES: wrong passwords for one username before it is locked out for a while.
LOGIN_FAILURES: int = _int("IUB_LOGIN_FAILURES", 5)

#: IUB_LOGIN_COOLOFF_MINUTES: how long a locked-out username is refused.
LOGIN_COOLOFF_MINUTES: int = _int("IUB_LOGIN_COOLOFF_MINUTES", 15)

#: IUB_STAFF_IDLE_MINUTES: a staff session ends after this many minutes without a request.
STAFF_IDLE_MINUTES: int = _int("IUB_STAFF_IDLE_MINUTES", 30)

#: IUB_SSL_REDIRECT: production redirects plain HTTP to HTTPS (off when the proxy does it).
SSL_REDIRECT: bool = _bool("IUB_SSL_REDIRECT", True)

#: IUB_OIDC_CLIENT_ID, _CLIENT_SECRET, _AUTHORIZATION_ENDPOINT, _TOKEN_ENDPOINT,
#: _USER_ENDPOINT, _JWKS_ENDPOINT and _SIGN_ALGO (default RS256), for mozilla-django-oidc.
OIDC: dict[str, str] = {
    name: os.environ.get(f"IUB_OIDC_{name}", default)
    for name, default in (
        ("CLIENT_ID", ""),
        ("CLIENT_SECRET", ""),
        ("AUTHORIZATION_ENDPOINT", ""),
        ("TOKEN_ENDPOINT", ""),
        ("USER_ENDPOINT", ""),
        ("JWKS_ENDPOINT", ""),
        ("SIGN_ALGO", "RS256"),
    )
}


def _thresholds(name: str) -> dict[str, str]:
    """``alingsas=5,stockholm=10``: the disclosure threshold per catalog (checked at start)."""
    out: dict[str, str] = {}
    for item in os.environ.get(name, "").split(","):
        stem, _, value = item.partition("=")
        if stem.strip():
            out[stem.strip()] = value.strip()
    return out


#: Disclosure threshold per catalog stem for follow-up figures (default 5, never below 3).
FOLLOWUP_THRESHOLDS = _thresholds("IUB_FOLLOWUP_THRESHOLDS")
