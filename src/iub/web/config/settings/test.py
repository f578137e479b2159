"""Test settings: the base, without trusting a cached "latest version" between requests."""

from __future__ import annotations

import os

from iub.web.config import env
from iub.web.config.settings.base import *  # noqa: F403

IUB_CACHE_SECONDS = 0
ALLOWED_HOSTS = ["*"]

# A file, not ":memory:": the live server's threads then open their own connections instead of
# sharing one (which makes Django warn when a request thread closes it). pytest-django appends
# the xdist worker to the name, so parallel workers do not meet; the process id keeps two test
# runs in the same checkout (two people, or a run and an editor's) apart too.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(env.VAR_DIR / f"test-{os.getpid()}.sqlite3")}  # noqa: F405
