"""Keys derived from ``IUB_FIELD_KEY``: field encryption, identity look-up, the audit chain."""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

__all__ = ["derived_key"]


@lru_cache(maxsize=16)
def _derive(secret: str, purpose: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"iub", info=purpose.encode())
    return hkdf.derive(secret.encode("utf-8"))


def derived_key(purpose: str, *, fernet: bool = False) -> bytes:
    """A 32-byte key for one purpose ("field", "lookup", "audit"); url-safe base64 for Fernet."""
    raw = _derive(settings.IUB_FIELD_KEY, purpose)
    return base64.urlsafe_b64encode(raw) if fernet else raw
