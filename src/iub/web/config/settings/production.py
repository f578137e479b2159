"""Production settings: the base, hardened; the environment must provide the secrets.

Run with ``DJANGO_SETTINGS_MODULE=iub.web.config.settings.production``, ``IUB_SECRET_KEY``
(or ``SECRET_KEY``), ``IUB_FIELD_KEY``, ``DATABASE_URL`` (PostgreSQL) and
``IUB_ALLOWED_HOSTS``; serve with
gunicorn (``gunicorn iub.web.config.wsgi``) after ``collectstatic``.
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
SECURE_SSL_REDIRECT = False  # TLS ends at the municipality's proxy, which redirects
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = False
