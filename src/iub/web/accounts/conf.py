"""Settings of the staff side (accounts, desk, audit), imported at the end of base.py.

Environment variables read here (to move into config/env.py when its owner has time):

* ``IUB_FIELD_KEY`` — the secret from which the field-encryption key (Fernet), the keyed hash
  for identity look-up and the audit chain key are derived. Required in production; a fixed
  development value is used elsewhere, so data encrypted in development is not protected.
* ``IUB_USE_OIDC`` — sign staff in through the municipality's OpenID Connect provider, with
  ``IUB_OIDC_CLIENT_ID``, ``IUB_OIDC_CLIENT_SECRET``, ``IUB_OIDC_AUTHORIZATION_ENDPOINT``,
  ``IUB_OIDC_TOKEN_ENDPOINT``, ``IUB_OIDC_USER_ENDPOINT``, ``IUB_OIDC_JWKS_ENDPOINT`` and
  ``IUB_OIDC_SIGN_ALGO`` (default RS256).
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

_DEV_FIELD_KEY = "iub-development-field-key-not-secret"
_production = os.environ.get("DJANGO_SETTINGS_MODULE", "").endswith(".production")

IUB_FIELD_KEY: str = os.environ.get("IUB_FIELD_KEY", "")
if not IUB_FIELD_KEY:
    if _production:
        raise ImproperlyConfigured("Set IUB_FIELD_KEY for production (field encryption).")
    IUB_FIELD_KEY = _DEV_FIELD_KEY

IUB_USE_OIDC: bool = os.environ.get("IUB_USE_OIDC", "").strip().lower() in {"1", "true", "yes"}

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "desk:home"
LOGOUT_REDIRECT_URL = "accounts:login"

AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
if IUB_USE_OIDC:
    AUTHENTICATION_BACKENDS.insert(0, "iub.web.accounts.oidc.StaffOIDCBackend")
OIDC_RP_CLIENT_ID = os.environ.get("IUB_OIDC_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = os.environ.get("IUB_OIDC_CLIENT_SECRET", "")
OIDC_RP_SIGN_ALGO = os.environ.get("IUB_OIDC_SIGN_ALGO", "RS256")
OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("IUB_OIDC_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = os.environ.get("IUB_OIDC_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = os.environ.get("IUB_OIDC_USER_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = os.environ.get("IUB_OIDC_JWKS_ENDPOINT", "")
OIDC_CREATE_USER = True  # a new user has no role and no unit until an administrator adds them
OIDC_AUTHENTICATION_CALLBACK_URL = "oidc_authentication_callback"

# Staff sessions: a working day at most, gone when the browser closes, strict same-site.
SESSION_COOKIE_NAME = "iub_personal"
SESSION_COOKIE_PATH = "/"
SESSION_COOKIE_AGE = 8 * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SAMESITE = "Strict"
SESSION_COOKIE_HTTPONLY = True
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# The admin site's middleware checks look for the classes in MIDDLEWARE; here they run inside
# StaffOnlyMiddleware on the staff paths, where the admin lives (/personal/admin/).
SILENCED_SYSTEM_CHECKS = ["admin.E408", "admin.E409", "admin.E410"]
