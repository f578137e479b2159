"""Shared fixtures for the document tests: the two seed texts and the hand-encoded catalogs."""

from __future__ import annotations

from pathlib import Path

import pytest

from iub.catalog import Catalog, load_catalog

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
STOCKHOLM_TXT = FIXTURES / "stockholm-samtalsgrupp.txt"
ALINGSAS_TXT = FIXTURES / "alingsas-riktlinjer.txt"


def hand_catalog(name: str) -> Catalog:
    path = ROOT / "catalogs" / f"{name}.yaml"
    if not path.exists():
        pytest.skip(f"catalogs/{name}.yaml is not in this checkout")
    return load_catalog(path)
