"""Settings of the staff side (accounts, desk, audit), imported at the end of base.py.

The environment is read in ``config/env.py``: ``IUB_FIELD_KEY`` (field encryption, keyed
look-up hash and audit chain; required in production, a fixed development value elsewhere,
so data encrypted in development is not protected) and ``IUB_USE_OIDC`` with ``IUB_OIDC_*``.
"""

from __future__ import annotations

from iub.web.config import env

_DEV_FIELD_KEY = "iub-development-field-key-not-secret"

IUB_FIELD_KEY: str = env.FIELD_KEY or _DEV_FIELD_KEY
IUB_USE_OIDC: bool = env.USE_OIDC

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "desk:home"
LOGOUT_REDIRECT_URL = "accounts:login"

AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
if IUB_USE_OIDC:
    AUTHENTICATION_BACKENDS.insert(0, "iub.web.accounts.oidc.StaffOIDCBackend")
OIDC_RP_CLIENT_ID = env.OIDC["CLIENT_ID"]
OIDC_RP_CLIENT_SECRET = env.OIDC["CLIENT_SECRET"]
OIDC_RP_SIGN_ALGO = env.OIDC["SIGN_ALGO"]
OIDC_OP_AUTHORIZATION_ENDPOINT = env.OIDC["AUTHORIZATION_ENDPOINT"]
OIDC_OP_TOKEN_ENDPOINT = env.OIDC["TOKEN_ENDPOINT"]
OIDC_OP_USER_ENDPOINT = env.OIDC["USER_ENDPOINT"]
OIDC_OP_JWKS_ENDPOINT = env.OIDC["JWKS_ENDPOINT"]
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
