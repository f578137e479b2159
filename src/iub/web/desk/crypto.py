"""Field encryption (Fernet) and the keyed hash for identity look-up; keys from IUB_FIELD_KEY."""

from __future__ import annotations

import hashlib
import hmac

from cryptography.fernet import Fernet

from iub.web.audit.keys import derived_key

__all__ = ["field_decrypt", "field_encrypt", "lookup_hash"]


def _fernet() -> Fernet:
    return Fernet(derived_key("field", fernet=True))


def field_encrypt(text: str) -> bytes:
    """Encrypt a field value for storage."""
    return _fernet().encrypt(text.encode("utf-8"))


def field_decrypt(token: bytes | memoryview) -> str:
    """Decrypt a stored field value."""
    return _fernet().decrypt(bytes(token)).decode("utf-8")


def lookup_hash(digits: str) -> str:
    """The keyed HMAC-SHA256 of an identity number, to find it without decrypting."""
    return hmac.new(derived_key("lookup"), digits.encode("ascii"), hashlib.sha256).hexdigest()
