"""All settings of the IUB web application; the overrides change only a few names.

Embedded SQLite under ``var/`` by default; ``DATABASE_URL`` switches to PostgreSQL.
The public side sets no cookie except CSRF's, logs no query strings and makes no third-party
request: every asset is served from here, under a strict Content-Security-Policy.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
import django_stubs_ext
from csp.constants import NONE, SELF

from iub.web.config import env

# Generic Django classes (admin.ModelAdmin[Unit], QuerySet[Model]) subscriptable at run time,
# as mypy with django-stubs sees them.
django_stubs_ext.monkeypatch()

WEB_DIR = Path(__file__).resolve().parents[2]

DEBUG = env.DEBUG
# A development key: production.py refuses to start without IUB_SECRET_KEY / SECRET_KEY.
SECRET_KEY = env.SECRET_KEY or "iub-development-only-not-secret"
ALLOWED_HOSTS = env.ALLOWED_HOSTS

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
    "django_htmx",
    "csp",
    "ninja",  # serves Swagger UI from its own static files instead of a CDN
    "iub.web.common",
    "iub.web.catalog",
    # Staff side: sessions, authentication and messages run only on the staff paths
    # (/personal/, /api/personal/) inside StaffOnlyMiddleware.
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.admin",
    "iub.web.accounts",
    "iub.web.desk",
    "iub.web.audit",
    "axes",  # log-in throttling (accounts.conf)
    "iub.web.followup",
    "iub.web.committee",
]

# No sessions, no authentication, no messages on the public side: nothing sets a cookie but
# CSRF. The staff pages get theirs from StaffOnlyMiddleware, on their own URL prefixes only.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "iub.web.accounts.middleware.StaffOnlyMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "iub.web.common.middleware.ApiMethodMiddleware",
]

ROOT_URLCONF = "iub.web.config.urls"
WSGI_APPLICATION = "iub.web.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "iub.web.common.context_processors.site",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
    # Only the self-check's step, rendered on every answer (iub.web.common.jinja explains why):
    # templates under <app>/jinja2/, fetched by name from this engine, never by fallback.
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "NAME": "jinja2",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"environment": "iub.web.common.jinja.environment"},
    },
]

if not env.DATABASE_URL:
    env.VAR_DIR.mkdir(parents=True, exist_ok=True)  # the embedded database lives here

DATABASES = {
    "default": (
        dj_database_url.parse(env.DATABASE_URL, conn_max_age=60)
        if env.DATABASE_URL
        else {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env.VAR_DIR / "iub.sqlite3",
            # WAL lets gunicorn workers read while `iub serve` loads a new version. IMMEDIATE
            # takes the write lock when a transaction begins, so concurrent writers queue
            # for up to `timeout` seconds (the busy timeout) instead of failing with
            # "database is locked"; past it the answer is a 503 with Retry-After.
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    )
}
# A persistent connection is checked before a request reuses it: after a database restart or
# failover the dead one is replaced instead of failing a request (docs/operations.md).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "iub",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}
IUB_CACHE_SECONDS = env.CACHE_SECONDS

# Swedish first, English second. Unprefixed URLs are Swedish; English lives under /en/.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska"), ("en", "English")]
LOCALE_PATHS = [WEB_DIR / "common" / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Stockholm"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns when it is missing
# Designsystemet from npm (`make install` runs `npm ci`), served as our own static files.
STATICFILES_DIRS = [
    (prefix, env.NODE_MODULES / "@digdir" / package)
    for prefix, package in (
        ("vendor/designsystemet-css", "designsystemet-css/dist"),
        ("vendor/designsystemet-web", "designsystemet-web/dist/umd"),
    )
    if (env.NODE_MODULES / "@digdir" / package).is_dir()
]
# WhiteNoise serves straight from the finders, so `iub serve` needs no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# CSRF: the one cookie. Strict same-site, not readable by scripts; a failure is a 400 page.
CSRF_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "iub.web.common.views.csrf_failure"
# same-origin, not no-referrer: browsers send "Origin: null" on POST under no-referrer, which
# Django's CSRF check rejects over HTTPS. Nothing leaves for another site either way.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200
DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024

# Strict CSP: only our own files; no inline script or style, no eval, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        # Designsystemet draws checkbox and radio marks as SVG data: URIs in its CSS.
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
        "manifest-src": [SELF],
    }
}

# Access logs without query strings (a filter may carry an age); answers travel in POST bodies,
# which nothing logs.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "no_query": {"()": "iub.web.common.logging.StripQueryString"},
        "forbidden_one_line": {"()": "iub.web.common.logging.ForbiddenOneLine"},
        "survey_quiet": {"()": "iub.web.common.logging.SurveyQuiet"},
    },
    # One record, one line: control characters escaped, identity numbers redacted.
    "formatters": {"safe": {"()": "iub.web.common.logging.SafeFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["no_query", "survey_quiet"],
            "formatter": "safe",
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # Never below INFO, whatever the root level: at DEBUG these two write template
        # contexts and SQL parameters, which hold what was typed into a form.
        "django.template": {"level": "INFO"},
        "django.db.backends": {"level": "INFO"},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.request": {
            "handlers": ["console"],
            "level": "WARNING",
            "propagate": False,
            "filters": ["forbidden_one_line"],
        },
    },
}

NINJA_PAGINATION_PER_PAGE = 100

# Each staff app's own settings live in its conf module: accounts (log-in, OIDC, sessions),
# desk (where staff land), audit (the key behind field encryption and the chain).
from iub.web.accounts.conf import *  # noqa: E402, F403
from iub.web.audit.conf import *  # noqa: E402, F403
from iub.web.desk.conf import *  # noqa: E402, F403
from iub.web.followup.conf import *  # noqa: E402, F403

# The committee's workspace (/namnd/): the day publishing and the linter act on (see
# iub.web.common.clock), and the bounds of a guideline upload.
IUB_TODAY = env.TODAY
IUB_IMPORT_MAX_BYTES = 20 * 1024 * 1024
IUB_IMPORT_TIMEOUT_SECONDS = 120
