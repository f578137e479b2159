"""Building lint fixtures: a catalog fragment laid over tests/law/fixtures/base.yaml."""

from __future__ import annotations

import copy
import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from iub.catalog import Catalog, parse_catalog, slugify

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 26)


@cache
def _base() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
    return data


def build(fragment: dict[str, Any]) -> dict[str, Any]:
    """The base catalog with ``fragment`` laid over it.

    Top-level mappings are updated key by key (``decision: {date: null}`` removes the date),
    other top-level values replace the base's, and every intervention of the fragment is laid
    over the base's first intervention, so that a snippet shows only what it is about.
    """
    data = copy.deepcopy(_base())
    template = data["interventions"][0]
    for key, value in fragment.items():
        if key == "interventions":
            data["interventions"] = [_intervention(template, item) for item in value]
        elif isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
            data[key] = {k: v for k, v in data[key].items() if v is not None}
        elif value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def _intervention(template: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    merged = {**copy.deepcopy(template), **item}
    if "title" in item and "id" not in item:
        merged["id"] = slugify(item["title"])
    return merged


def build_catalog(fragment: dict[str, Any]) -> tuple[Catalog, str]:
    """The merged catalog, validated, and its YAML text (for positions)."""
    text = yaml.safe_dump(build(fragment), allow_unicode=True, sort_keys=False)
    return parse_catalog(text, file="fixture.yaml"), text
