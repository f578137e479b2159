"""The self-check: one question at a time, answers in hidden fields, 400 on forged posts."""

from __future__ import annotations

import logging
import re

import pytest
from django.test import Client

from iub.web.catalog.models import CatalogVersion

pytestmark = pytest.mark.django_db

URL = "/stockholm/samtalsgrupp-for-anhoriga/passar-det-har-mig/"


def _post(client: Client, data: dict[str, object]) -> tuple[int, str]:
    response = client.post(URL, data)
    return response.status_code, response.content.decode()


def test_first_step_asks_the_age_only(client: Client, stockholm: CatalogVersion) -> None:
    """The first page asks one question, the person's age, with no answers yet."""
    html = client.get(URL).content.decode()

    assert 'name="q" value="person.age"' in html
    assert 1 == len(re.findall(r'name="q"', html))
    assert 'type="hidden" name="a.' not in html


def test_each_answer_comes_back_hidden_and_the_next_question_follows(
    client: Client, stockholm: CatalogVersion
) -> None:
    """After the age, the next missing fact is asked and the age travels hidden."""
    status, html = _post(client, {"q": "person.age", "a.person.age": "16"})

    assert 200 == status
    assert '<input type="hidden" name="a.person.age" value="16">' in html
    assert 'name="q" value="person.lives_in"' in html


def test_a_16_year_old_carer_is_told_they_can_come_without_consent(
    client: Client, stockholm: CatalogVersion
) -> None:
    """Eligible outcome, with the 15–17 message and where to turn."""
    status, html = _post(
        client,
        {
            "a.person.age": "16",
            "a.person.lives_in": "0180",
            "a.person.requests_self": "yes",
            "q": "close_person.situations",
            "a.close_person.situations": ["substance_use"],
        },
    )

    assert 200 == status
    assert "Ja, det ser ut som att det här passar dig" in html
    assert "utan dina vårdnadshavares samtycke" in html
    assert "Vart du vänder dig" in html


def test_living_elsewhere_is_not_eligible_and_says_what_to_do(
    client: Client, stockholm: CatalogVersion
) -> None:
    """not_eligible names the unmet condition and points to an application (11 kap. 1 §)."""
    status, html = _post(
        client, {"a.person.age": "40", "q": "person.lives_in", "a.person.lives_in": "other"}
    )

    assert 200 == status
    assert "Nej, du uppfyller inte villkoren" in html
    assert "bosatt i Stockholms stad" in html
    assert "Ansök om hjälp hos socialtjänsten" in html
    assert "11 kap. 1 §" in html


def test_unsure_answer_refers_to_the_social_services(
    client: Client, stockholm: CatalogVersion
) -> None:
    """An "I don't know" that matters gives the refer answer, never a refusal (once nothing
    still unasked could settle the outcome)."""
    status, html = _post(
        client,
        {
            "a.person.age": "40",
            "a.person.lives_in": "unsure",
            "a.person.supports_close_person": "yes",
            "q": "close_person.situations",
            "a.close_person.situations": ["older"],
        },
    )

    assert 200 == status
    assert "Vi kan inte säga säkert" in html


def test_no_ticked_situation_means_none_applies(client: Client, stockholm: CatalogVersion) -> None:
    """An empty checkbox question is an answer (none applies), not a missing one."""
    status, html = _post(
        client,
        {
            "a.person.age": "40",
            "a.person.lives_in": "0180",
            "a.person.supports_close_person": "yes",
            "q": "close_person.situations",
        },
    )

    assert 200 == status
    assert "Nej, du uppfyller inte villkoren" in html


def test_a_wrong_answer_to_the_current_question_is_asked_again(
    client: Client, stockholm: CatalogVersion
) -> None:
    """Typing letters for the age shows the question again with an error, not a 400."""
    status, html = _post(client, {"q": "person.age", "a.person.age": "sexton"})

    assert 200 == status
    assert 'aria-invalid="true"' in html
    assert "Skriv ett heltal" in html
    assert 'name="q" value="person.age"' in html


@pytest.mark.parametrize(
    "data",
    [
        {"a.person.age": "sexton", "q": "person.lives_in", "a.person.lives_in": "0180"},
        {"a.person.shoe_size": "42"},
        {"favourite": "x"},
        {"q": "person.nothing"},
        {"a.person.lives_in": "Gotham", "q": "person.age", "a.person.age": "30"},
        {"a.person.requests_self": "maybe", "q": "person.age", "a.person.age": "30"},
        {"a.person.age": "x" * 500},
    ],
    ids=[
        "hidden-age-wrong-type",
        "unknown-fact",
        "unknown-field",
        "unknown-question",
        "made-up-municipality",
        "hidden-bool-wrong",
        "too-long",
    ],
)
def test_forged_posts_are_400_with_a_readable_message(
    client: Client, stockholm: CatalogVersion, data: dict[str, str]
) -> None:
    """A post the form cannot have produced is a 400 page in Swedish."""
    status, html = _post(client, data)

    assert 400 == status
    assert "Svaren kunde inte läsas" in html
    assert "Ingenting sparades" in html


def test_missing_csrf_token_is_400(stockholm: CatalogVersion) -> None:
    """Without the CSRF token the post is refused with a readable 400, not a 403."""
    client = Client(enforce_csrf_checks=True)

    response = client.post(URL, {"q": "person.age", "a.person.age": "16"})

    assert 400 == response.status_code
    assert "Formuläret hade gått ut" in response.content.decode()


def test_with_csrf_token_the_post_goes_through(stockholm: CatalogVersion) -> None:
    """The form's own token and cookie are accepted."""
    client = Client(enforce_csrf_checks=True)
    html = client.get(URL).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert token is not None

    response = client.post(
        URL, {"csrfmiddlewaretoken": token.group(1), "q": "person.age", "a.person.age": "16"}
    )

    assert 200 == response.status_code


def test_answers_are_not_logged(
    client: Client, stockholm: CatalogVersion, caplog: pytest.LogCaptureFixture
) -> None:
    """Neither a good nor a forged post puts an answer into any log record."""
    caplog.set_level(logging.DEBUG)

    client.post(URL, {"q": "person.age", "a.person.age": "97"})
    client.post(URL, {"a.person.age": "sjuttiosju", "q": "person.lives_in"})

    logged = " ".join(r.getMessage() + repr(r.args) for r in caplog.records)
    assert "97" not in logged
    assert "sjuttiosju" not in logged


def test_self_check_pages_are_never_cached(client: Client, stockholm: CatalogVersion) -> None:
    """Answers must not end up in a shared or browser cache."""
    response = client.post(URL, {"q": "person.age", "a.person.age": "16"})

    assert "no-store" in response["Cache-Control"]


def test_htmx_post_gets_the_same_page(client: Client, stockholm: CatalogVersion) -> None:
    """HTMX only enhances: the server answers an htmx post like any other."""
    response = client.post(
        URL, {"q": "person.age", "a.person.age": "16"}, headers={"HX-Request": "true"}
    )

    assert 200 == response.status_code
    assert 'id="selfcheck"' in response.content.decode()
