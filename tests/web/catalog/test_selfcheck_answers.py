"""Answers a resident can act on (docs/web.md, "The self-check"): the catalog's own list of
situations, the failed branch the person is in, and unsure answers that do not stop a question
that could still settle the outcome."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from iub.web.catalog.models import CatalogVersion

pytestmark = pytest.mark.django_db

URL = "/stockholm/samtalsgrupp-for-anhoriga/passar-det-har-mig/"


def test_situations_are_the_catalogs_own_list_in_its_words(
    client: Client, stockholm: CatalogVersion
) -> None:
    html = client.post(
        URL,
        {
            "a.person.age": "40",
            "a.person.lives_in": "0180",
            "q": "person.supports_close_person",
            "a.person.supports_close_person": "yes",
        },
    ).content.decode()

    assert 'name="q" value="close_person.situations"' in html
    offered = re.findall(r'name="a.close_person.situations" value="([a-z_]+)"', html)
    assert "gambling" not in offered and "crime" not in offered
    assert "stop_buying_sex" in offered
    assert "Är i kriminell miljö och som drabbats av skjutningar" in html  # the catalog's words


def test_a_45_year_old_is_shown_the_adult_branch_only(
    client: Client, stockholm: CatalogVersion
) -> None:
    html = client.post(
        URL,
        {
            "a.person.age": "45",
            "a.person.lives_in": "0180",
            "q": "person.supports_close_person",
            "a.person.supports_close_person": "no",
        },
    ).content.decode()
    unmet = html.split('id="unmet-heading"', 1)[1].split("</section>", 1)[0]

    assert "Den enskilde vårdar eller stöder en närstående." in unmet
    assert "under 18 år" not in unmet


def test_an_unsure_age_still_asks_the_municipality_which_may_settle_no(
    client: Client, stockholm: CatalogVersion
) -> None:
    html = client.post(URL, {"q": "person.age", "a.person.age": "unsure"}).content.decode()

    assert 'name="q" value="person.lives_in"' in html  # asked, not referred yet
    html = client.post(
        URL, {"a.person.age": "unsure", "q": "person.lives_in", "a.person.lives_in": "other"}
    ).content.decode()
    assert "Nej, du uppfyller inte villkoren" in html


def test_an_unsure_answer_refers_when_nothing_else_can_settle_it(
    client: Client, stockholm: CatalogVersion
) -> None:
    html = client.post(
        URL, {"a.person.age": "40", "q": "person.lives_in", "a.person.lives_in": "unsure"}
    ).content.decode()
    while 'name="q" value="' in html:  # answer yes / the first option to what is still asked
        key = re.search(r'name="q" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
        value = re.search(rf'name="a.{re.escape(key)}" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
        hidden = dict(re.findall(r'type="hidden" name="(a\.[^"]+)" value="([^"]*)"', html))
        html = client.post(URL, {**hidden, "q": key, f"a.{key}": value}).content.decode()

    assert "Vi kan inte säga säkert utifrån dina svar" in html


def test_english_pages_translate_consent_and_mark_swedish(
    client: Client, stockholm: CatalogVersion
) -> None:
    html = client.post(
        "/en" + URL, {"a.person.age": "14", "q": "person.lives_in", "a.person.lives_in": "0180"}
    ).content.decode()

    assert 'name="q" value="person.guardian_consent"' in html
    assert "All my guardians consent" in html
    assert "vårdnadshavare samtycker" not in html
    page = client.get("/en/stockholm/samtalsgrupp-for-anhoriga/").content.decode()
    assert '<h1 class="ds-heading" data-size="xl" lang="sv">' in page
    assert '<ul class="conditions" lang="sv">' in page


def test_questions_come_in_the_order_that_settles_the_outcome_soonest() -> None:
    """A condition that must hold on its own is asked before the branches of an either/or:
    a no there settles the outcome in one question."""
    from pathlib import Path

    import yaml

    from iub.catalog import parse_catalog
    from iub.intake import EligibilityEngine
    from iub.web.catalog.selfcheck import selfcheck_step

    base = Path(__file__).resolve().parents[2] / "law" / "fixtures" / "base.yaml"
    data = yaml.safe_load(base.read_text(encoding="utf-8"))
    data["interventions"][0]["conditions"] = [
        {
            "id": "bor-har-eller-aldre",
            "any": [
                {
                    "id": "folkbokford",
                    "kind": "registered_in",
                    "municipality": "Alingsås",
                    "evidence": "population_register",
                },
                {"id": "aldre", "kind": "age", "min": 65, "evidence": "identity_document"},
            ],
        },
        {
            "id": "situation",
            "kind": "includes_any",
            "fact": "close_person.situations",
            "values": ["older"],
            "evidence": "own_statement",
        },
    ]
    desk = EligibilityEngine(parse_catalog(yaml.safe_dump(data, allow_unicode=True)))
    intervention = desk.catalog.interventions[0]

    step = selfcheck_step(desk=desk, intervention=intervention, data={})

    assert step.question is not None
    assert "close_person.situations" == step.question.key
