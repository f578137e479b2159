"""Test settings: the base, without trusting a cached "latest version" between requests."""

from __future__ import annotations

from iub.web.config import env
from iub.web.config.settings.base import *  # noqa: F403

IUB_CACHE_SECONDS = 0
ALLOWED_HOSTS = ["*"]

# A file, not ":memory:": the live server's threads then open their own connections instead of
# sharing one (which makes Django warn when a request thread closes it). pytest-django appends
# the xdist worker to the name, so parallel workers do not meet.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(env.VAR_DIR / "test.sqlite3")}  # noqa: F405
