"""A page never contradicts the rule the product applies (docs/web.md, "No contradictions")."""

from __future__ import annotations

import pytest
from django.test import Client

from iub.web.catalog.models import CatalogVersion

pytestmark = pytest.mark.django_db


def test_mini_maria_states_the_rules_instead_of_the_contradicting_sentences(
    client: Client, alingsas: CatalogVersion
) -> None:
    html = client.get("/alingsas/beroendestod-vid-mini-maria/").content.decode()

    assert "anonym vid första besöket" not in html
    assert "kan komma själv" not in html
    assert "Du kan inte vara anonym här, inte heller vid första besöket" in html
    assert "du kan inte komma själv utan deras samtycke" in html
    assert "Mini Maria riktar sig till unga" in html  # the rest of the text stays


def test_a_16_year_old_refused_is_not_told_to_come_alone(
    client: Client, alingsas: CatalogVersion
) -> None:
    html = client.post(
        "/alingsas/beroendestod-vid-mini-maria/passar-det-har-mig/",
        {"a.person.age": "16", "q": "person.guardian_consent", "a.person.guardian_consent": "none"},
    ).content.decode()

    assert "Nej, du uppfyller inte villkoren" in html
    assert "kan komma själv" not in html


def test_children_section_only_where_the_age_range_admits_a_child(
    client: Client, alingsas: CatalogVersion
) -> None:
    adults = client.get("/alingsas/anhorigstod-vid-beroende/").content.decode()
    youth = client.get("/alingsas/beroendestod-vid-mini-maria/").content.decode()

    assert 'id="youth-heading"' not in adults
    assert 'id="youth-heading"' in youth


def test_legal_boilerplate_is_not_an_area_introduction(
    client: Client, alingsas: CatalogVersion
) -> None:
    html = client.get("/alingsas/").content.decode()

    assert "ska faktiska omständigheter och händelser av betydelse dokumenteras" not in html
    assert "Rådgivning syftar i regel till att ge råd" in html
