"""What a Swedish public-sector site must carry: the accessibility statement required by the
law on accessible digital public services (2018:1937), in the structure of Digg's model, and
the information on personal data of GDPR articles 13–14.

The statement states the product's own test results where it can: the browser tests write
``$IUB_VAR_DIR/accessibility.json`` (axe-core per page and viewport, horizontal overflow at
320, 390 and 1280 px); the page shows the latest run found there and says so when none is.
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from iub.web.catalog import selectors
from iub.web.config import env

__all__ = ["REPORT_NAME", "accessibility", "personal_data", "test_report"]

#: The browser tests' results, under IUB_VAR_DIR.
REPORT_NAME = "accessibility.json"


def test_report() -> dict[str, Any] | None:
    """The latest browser-test results, or None when this server has none."""
    try:
        data = json.loads((env.VAR_DIR / REPORT_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    runs = [run for run in data.values() if isinstance(run, dict) and "pages" in run]
    if not runs:
        return None
    return {
        "runs": sorted(runs, key=lambda run: str(run.get("name", ""))),
        "date": max(str(run.get("date", "")) for run in runs)[:10],
        "pages": sum(int(run.get("pages", 0)) for run in runs),
        "failures": sum(len(run.get("failures", [])) for run in runs),
    }


def _committees() -> list[dict[str, Any]]:
    found = []
    for version in selectors.catalog_versions_latest():
        catalog = selectors.catalog_of(version)
        found.append(
            {
                "municipality": version.municipality_name,
                "committee": catalog.committee,
                "contact": catalog.committee.contact,
            }
        )
    return found


def _language_template(name: str) -> str:
    return f"catalog/statements/{name}_{'en' if get_language() == 'en' else 'sv'}.html"


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    """Tillgänglighetsredogörelse (lag 2018:1937, Digg's model)."""
    context = {"committees": _committees(), "report": test_report()}
    return render(request, _language_template("accessibility"), context)


@require_safe
def personal_data(request: HttpRequest) -> HttpResponse:
    """Behandling av personuppgifter (GDPR art. 13–14)."""
    return render(request, _language_template("personal_data"), {"committees": _committees()})
