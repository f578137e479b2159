"""Settings of the audit trail and the keys derived for it, imported at the end of base.py.

``IUB_FIELD_KEY`` (read in ``config/env.py``) is the secret from which :mod:`iub.web.audit.keys`
derives the field-encryption key, the keyed look-up hash and the audit chain's key. Production
requires it; elsewhere a fixed development value stands in, so data encrypted in development
is not protected.
"""

from __future__ import annotations

from iub.web.config import env

_DEV_FIELD_KEY = "iub-development-field-key-not-secret"

IUB_FIELD_KEY: str = env.FIELD_KEY or _DEV_FIELD_KEY
