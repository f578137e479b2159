"""Test settings: the base, without trusting a cached "latest version" between requests."""

from __future__ import annotations

from iub.web.config.settings.base import *  # noqa: F403

IUB_CACHE_SECONDS = 0
ALLOWED_HOSTS = ["*"]
