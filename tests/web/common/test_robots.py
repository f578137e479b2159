"""``/robots.txt``: residents' pages may be indexed; the staff side, surveys and staff API not."""

from __future__ import annotations

import urllib.robotparser

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


@pytest.mark.django_db
def test_robots_keeps_crawlers_off_the_staff_side_and_surveys() -> None:
    with CaptureQueriesContext(connection) as queries:
        response = Client().get("/robots.txt")

    assert 200 == response.status_code
    assert response["Content-Type"].startswith("text/plain")
    assert [] == queries.captured_queries  # the benchmark's trivial floor
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(response.content.decode().splitlines())
    for path in ("/", "/alingsas/", "/stockholm/samtalsgrupp-for-anhoriga/", "/api/catalogs"):
        assert robots.can_fetch("*", path), path
    for path in (
        "/personal/logga-in/",
        "/namnd/",
        "/uppfoljning/",
        "/enkat/abc/",
        "/api/personal/alingsas/",
    ):
        assert not robots.can_fetch("*", path), path
