"""Settings of staff log-in (accounts), imported at the end of base.py.

The environment is read in ``config/env.py``: ``IUB_USE_OIDC`` with ``IUB_OIDC_*``. The desk's
and the audit trail's settings are in their own apps' ``conf`` modules.
"""

from __future__ import annotations

from iub.web.config import env

IUB_USE_OIDC: bool = env.USE_OIDC

LOGIN_URL = "accounts:login"
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
