"""docs/operations.md lists every environment variable the settings and gunicorn read."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READERS = (
    "src/iub/web/config/env.py",
    "src/iub/web/config/gunicorn.py",
    "src/iub/catalog/_load.py",
)


def _read_variables() -> set[str]:
    names: set[str] = set()
    for reader in READERS:
        text = (ROOT / reader).read_text(encoding="utf-8")
        names |= set(
            re.findall(r"\"((?:IUB_|DJANGO_|WEB_)[A-Z_]+|DATABASE_URL|SECRET_KEY)\"", text)
        )
        if "IUB_OIDC_{name}" in text:
            oidc = re.search(r"for name, default in \((.*?)\n    \)", text, re.S)
            assert oidc is not None
            names |= {f"IUB_OIDC_{n}" for n in re.findall(r'\("([A-Z_]+)"', oidc.group(1))}
    return names


def test_every_variable_read_is_documented() -> None:
    """A variable added to env.py without a line in docs/operations.md fails here."""
    documented = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    names = _read_variables()

    assert {"IUB_FIELD_KEY", "IUB_OIDC_ONLY", "IUB_OIDC_JWKS_ENDPOINT", "DATABASE_URL"} <= names
    assert [] == sorted(name for name in names if f"`{name}`" not in documented)
