"""Fixtures of the desk tests: both catalogs published, their units, one user per role."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from iub.web.accounts.models import StaffProfile, Unit
from iub.web.accounts.services import staff_create, units_seed_from_catalog
from iub.web.catalog import selectors as catalog_selectors
from iub.web.catalog.services import catalog_version_load_file

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "testpersonnummer-2021.txt"


def skatteverket_numbers() -> list[str]:
    """Skatteverket's 2021 test personnummer: they belong to no one."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@dataclass
class Staff:
    """The seeded organisation and a logged-in client per role."""

    units: dict[str, Unit]

    def client(self, username: str) -> Client:
        client = Client()
        client.force_login(StaffProfile.objects.get(user__username=username).user)
        return client


@pytest.fixture
def staff(db: None) -> Staff:
    """Both catalogs published, units seeded, and these accounts:

    ``familjeradgivning`` (advice), ``glantan`` (no_identity, head-count), ``boende``
    (full, Lifecare IFO), ``minimaria`` (no_identity and full/UNGDOK), ``sodermalm`` and
    ``enskede`` (Stockholm districts; Enskede acts for Skarpnäck), ``namnd``, ``analytiker``,
    ``admin``.
    """
    units: dict[str, Unit] = {}
    for stem in ("alingsas", "stockholm"):
        version = catalog_version_load_file(stem).version
        for unit in units_seed_from_catalog(catalog_selectors.catalog_of(version), stem=stem):
            units[unit.slug] = unit
    accounts = {
        "familjeradgivning": ("provider", ["familjeradgivning"]),
        "glantan": ("provider", ["aktivitetshus-glantan"]),
        "boende": ("provider", ["boendecoaching"]),
        "minimaria": ("provider", ["mini-maria"]),
        "sodermalm": ("provider", ["sodermalms-stadsdelsforvaltning"]),
        "enskede": ("provider", ["enskede-arsta-vantors-stadsdelsforvaltning"]),
        "namnd": ("committee", ["socialforvaltningen"]),
        "analytiker": ("analyst", []),
        "admin": ("admin", []),
    }
    for username, (role, slugs) in accounts.items():
        staff_create(username=username, password=None, role=role, units=[units[s] for s in slugs])
    return Staff(units)


def hidden(html: str, name: str) -> str:
    """The value of a hidden input in a page."""
    match = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', html)
    assert match, name
    return match.group(1)


def answer_check(client: Client, url: str, answers: dict[str, list[str]]) -> Any:
    """Walk the one-question-at-a-time check with fixed answers; return the final response."""
    response = client.get(url)
    for _ in range(20):
        html = response.content.decode()
        question = re.search(r'name="q" value="([^"]+)"', html)
        if question is None:
            return response
        key = question.group(1)
        data: dict[str, Any] = {"idem": hidden(html, "idem"), "q": key}
        for name, value in re.findall(
            r'<input type="hidden" name="(a\.[^"]+)" value="([^"]*)"', html
        ):
            data.setdefault(name, []).append(value)
        data[f"a.{key}"] = answers[key]
        response = client.post(url, data)
    raise AssertionError("the check did not end")


@pytest.fixture
def live(live_server: Any, transactional_db: None, staff: Staff) -> str:
    """A live server's base URL (threaded: one connection per request, as gunicorn's workers
    have), with both catalogs published and the staff above; see ``live.py``."""
    return str(live_server.url)
