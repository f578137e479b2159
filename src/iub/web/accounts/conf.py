"""Settings of staff log-in (accounts), imported at the end of base.py.

The environment is read in ``config/env.py``: ``IUB_USE_OIDC`` with ``IUB_OIDC_*``,
``IUB_OIDC_ONLY`` (no password log-in at all), ``IUB_LOGIN_FAILURES`` and
``IUB_LOGIN_COOLOFF_MINUTES`` (log-in throttling by django-axes) and
``IUB_STAFF_IDLE_MINUTES`` (staff session timeout); docs/operations.md lists them all. The
desk's and the audit trail's settings are in their own apps' ``conf`` modules.
"""

from __future__ import annotations

from datetime import timedelta

from iub.web.config import env

# OIDC-only: the municipality's identity provider is the one way in; passwords are refused.
IUB_OIDC_ONLY: bool = env.OIDC_ONLY
IUB_USE_OIDC: bool = env.USE_OIDC or IUB_OIDC_ONLY

LOGIN_URL = "accounts:login"
LOGOUT_REDIRECT_URL = "accounts:login"

# django-axes first: it refuses a locked-out username before any password is checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend"]
if IUB_USE_OIDC:
    AUTHENTICATION_BACKENDS.append("iub.web.accounts.oidc.StaffOIDCBackend")
if not IUB_OIDC_ONLY:
    AUTHENTICATION_BACKENDS.append("django.contrib.auth.backends.ModelBackend")

# Log-in throttling (django-axes): after IUB_LOGIN_FAILURES wrong passwords for one username
# that username is refused, even with the right password, for IUB_LOGIN_COOLOFF_MINUTES. By
# username, not address: behind the municipality's proxy every client has the proxy's address,
# and an attacker who changes address must not get new tries. A successful log-in resets it.
AXES_FAILURE_LIMIT = env.LOGIN_FAILURES
AXES_COOLOFF_TIME = timedelta(minutes=env.LOGIN_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "iub.web.accounts.views.locked_out"
AXES_VERBOSE = False  # its own log lines name the username and address; ours say enough
AXES_ENABLE_ADMIN = True

# Password policy for accounts with a password (OIDC accounts have none): at least 12
# characters, not a common password, not all digits, not like the username.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# A staff session ends after this many minutes without a request (accounts.middleware).
IUB_STAFF_IDLE_MINUTES: int = env.STAFF_IDLE_MINUTES
OIDC_RP_CLIENT_ID = env.OIDC["CLIENT_ID"]
OIDC_RP_CLIENT_SECRET = env.OIDC["CLIENT_SECRET"]
OIDC_RP_SIGN_ALGO = env.OIDC["SIGN_ALGO"]
OIDC_OP_AUTHORIZATION_ENDPOINT = env.OIDC["AUTHORIZATION_ENDPOINT"]
OIDC_OP_TOKEN_ENDPOINT = env.OIDC["TOKEN_ENDPOINT"]
OIDC_OP_USER_ENDPOINT = env.OIDC["USER_ENDPOINT"]
OIDC_OP_JWKS_ENDPOINT = env.OIDC["JWKS_ENDPOINT"]
OIDC_CREATE_USER = True  # a new user has no role and no unit until an administrator adds them
OIDC_AUTHENTICATION_CALLBACK_URL = "accounts:oidc_authentication_callback"  # under accounts/urls

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
# So does axes' middleware (axes.W002). axes.W006 warns that a lock-out without the address
# can be dodged by changing user agent or cookies: ours is by username, which neither changes.
SILENCED_SYSTEM_CHECKS = ["admin.E408", "admin.E409", "admin.E410", "axes.W002", "axes.W006"]
