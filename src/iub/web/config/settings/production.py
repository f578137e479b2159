"""Production settings: the base, hardened; the environment must provide the secrets.

Run with ``DJANGO_SETTINGS_MODULE=iub.web.config.settings.production``, ``IUB_SECRET_KEY``
(or ``SECRET_KEY``), ``IUB_FIELD_KEY``, ``DATABASE_URL`` (PostgreSQL) and
``IUB_ALLOWED_HOSTS``; serve with
gunicorn (``gunicorn -c python:iub.web.config.gunicorn iub.web.config.wsgi``) after
``collectstatic``. ``manage.py check --deploy`` is clean with these settings (a test runs it);
docs/operations.md describes the deployment.
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from iub.web.config import env
from iub.web.config.settings.base import *  # noqa: F403

if not env.SECRET_KEY:
    raise ImproperlyConfigured("Set IUB_SECRET_KEY (or SECRET_KEY) for production.")
if not env.FIELD_KEY:
    raise ImproperlyConfigured("Set IUB_FIELD_KEY for production (field encryption).")

DEBUG = False
SECRET_KEY = env.SECRET_KEY
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SECURE = True  # the staff session cookie iub_personal travels over TLS only
# TLS ends at the municipality's proxy, which sets X-Forwarded-Proto; a request that came in
# over plain HTTP is redirected (IUB_SSL_REDIRECT=0 where the proxy redirects itself), except
# the health check, which load balancers call on the internal network.
SECURE_SSL_REDIRECT = env.SSL_REDIRECT
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31536000
# Subdomains of the site's own host (iub.kommun.se's, not kommun.se's) are HTTPS too; the
# preload token has effect only if the municipality submits its domain to the browsers' list.
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
