"""The JSON API: catalogs, versions, interventions, check and screen, problem JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from iub.catalog import load_catalog
from iub.intake import EligibilityEngine
from iub.web.catalog.models import CatalogVersion

pytestmark = pytest.mark.django_db

FACTS = {
    "person.age": 40,
    "person.lives_in": "Stockholm",
    "person.supports_close_person": True,
    "close_person.situations": ["older"],
}
CHECK = "/api/catalogs/stockholm/interventions/samtalsgrupp-for-anhoriga/check"


def _post(client: Client, url: str, body: Any) -> Any:
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(url, data, content_type="application/json")


def test_openapi_document_lists_every_endpoint(client: Client) -> None:
    """/api/openapi.json is OpenAPI 3.1 with the catalog endpoints."""
    document = client.get("/api/openapi.json").json()

    assert document["openapi"].startswith("3.1")
    assert {
        "/api/catalogs",
        "/api/catalogs/{stem}",
        "/api/catalogs/{stem}/versions",
        "/api/catalogs/{stem}/interventions/{intervention_id}",
        "/api/catalogs/{stem}/interventions/{intervention_id}/check",
        "/api/catalogs/{stem}/screen",
    } <= set(document["paths"])


def test_docs_page_is_self_hosted(client: Client) -> None:
    """/api/docs loads Swagger UI from our own static files, not a CDN."""
    html = client.get("/api/docs").content.decode()

    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()


def test_catalogs_lists_latest_versions(client: Client, stockholm: CatalogVersion) -> None:
    """Each catalog with its latest version and the version numbers."""
    body = client.get("/api/catalogs").json()

    assert ["stockholm"] == [c["stem"] for c in body]
    assert [1] == body[0]["versions"]
    assert stockholm.sha256 == body[0]["latest"]["sha256"]


def test_versions_and_a_version_by_number(client: Client, stockholm: CatalogVersion) -> None:
    """/versions lists versions; ?version=N picks one."""
    versions = client.get("/api/catalogs/stockholm/versions").json()
    one = client.get("/api/catalogs/stockholm?version=1").json()

    assert [1] == [v["number"] for v in versions]
    assert "samtalsgrupp-for-anhoriga" == one["interventions"][0]["id"]


def test_get_an_intervention(client: Client, stockholm: CatalogVersion) -> None:
    """The intervention as the catalog states it."""
    body = client.get("/api/catalogs/stockholm/interventions/samtalsgrupp-for-anhoriga").json()

    assert "Samtalsgrupp för anhöriga" == body["title"]
    assert "no_identity" == body["documentation"]["regime"]


def test_check_returns_the_cli_json(client: Client, stockholm: CatalogVersion) -> None:
    """check answers exactly Outcome.to_json(), as `iub eligible` prints it."""
    expected = EligibilityEngine(load_catalog("stockholm")).check(
        "samtalsgrupp-for-anhoriga", FACTS
    )

    response = _post(client, CHECK, FACTS)

    assert 200 == response.status_code
    assert expected.to_json() == response.json()
    assert "eligible" == response.json()["outcome"]


def test_screen_returns_one_outcome_per_intervention(
    client: Client, stockholm: CatalogVersion
) -> None:
    """screen answers the list `iub screen` prints."""
    expected = [o.to_json() for o in EligibilityEngine(load_catalog("stockholm")).screen(FACTS)]

    response = _post(client, "/api/catalogs/stockholm/screen", FACTS)

    assert expected == response.json()


def test_wrong_fact_type_is_problem_json_naming_the_fact(
    client: Client, stockholm: CatalogVersion
) -> None:
    """A fact of the wrong type is a 422 problem with the fact as the invalid param."""
    response = _post(client, CHECK, {"person.age": "forty"})

    assert 422 == response.status_code
    assert "application/problem+json" == response["Content-Type"]
    problem = response.json()
    assert 422 == problem["status"]
    assert "person.age" == problem["invalid_params"][0]["name"]


def test_unknown_fact_is_problem_json(client: Client, stockholm: CatalogVersion) -> None:
    """A misspelt fact is named, with a hint."""
    problem = _post(client, CHECK, {"person.agee": 4}).json()

    assert "person.agee" == problem["invalid_params"][0]["name"]
    assert "person.age" in problem["detail"]


@pytest.mark.parametrize(("body", "status"), [("{not json", 400), ("[1, 2]", 422), ('"text"', 422)])
def test_malformed_body_is_problem_json(
    client: Client, stockholm: CatalogVersion, body: str, status: int
) -> None:
    """Malformed JSON is 400, a non-object 422; both are problem JSON naming the body."""
    response = _post(client, "/api/catalogs/stockholm/screen", body)

    assert status == response.status_code
    assert "application/problem+json" == response["Content-Type"]
    assert "body" == response.json()["invalid_params"][0]["name"]


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/catalogs/nowhere", "stem"),
        ("/api/catalogs/stockholm?version=9", "version"),
        ("/api/catalogs/stockholm/interventions/nothing", "intervention_id"),
        ("/api/catalogs/nowhere/versions", "stem"),
    ],
)
def test_unknown_things_are_404_problems(
    client: Client, stockholm: CatalogVersion, url: str, param: str
) -> None:
    """An unknown catalog, version or intervention is a 404 problem naming it."""
    response = client.get(url)

    assert 404 == response.status_code
    assert param == response.json()["invalid_params"][0]["name"]


def test_wrong_query_type_is_a_422_problem(client: Client, stockholm: CatalogVersion) -> None:
    """?version=abc names the version parameter."""
    response = client.get("/api/catalogs/stockholm?version=abc")

    assert 422 == response.status_code
    assert "version" == response.json()["invalid_params"][0]["name"]


def test_version_zero_names_version(client: Client, stockholm: CatalogVersion) -> None:
    """`?version=0` does not exist: the problem names `version`, not `stem`."""
    response = client.get("/api/catalogs/stockholm?version=0")

    assert 404 == response.status_code
    assert ["version"] == [p["name"] for p in response.json()["invalid_params"]]


def test_wrong_method_is_a_405_problem(client: Client, stockholm: CatalogVersion) -> None:
    """POST where only GET is served: 405 problem JSON with the Allow header."""
    response = client.post("/api/catalogs")

    assert 405 == response.status_code
    assert "application/problem+json" == response["Content-Type"]
    assert "method-not-allowed" == response.json()["code"]
    assert {"GET", "HEAD"} == {m.strip() for m in response["Allow"].split(",")}


@pytest.mark.parametrize("url", ["/api/catalogs", "/api/catalogs/alingsas", "/alingsas/", "/"])
def test_head_is_allowed_wherever_get_is(
    client: Client, alingsas: CatalogVersion, url: str
) -> None:
    """HEAD answers 200 with the GET's headers and no body."""
    response = client.head(url)

    assert 200 == response.status_code
    assert b"" == response.content


def test_json_is_utf8_without_escapes(client: Client, alingsas: CatalogVersion) -> None:
    """Swedish letters are sent as UTF-8, as the CLI prints them."""
    response = client.get("/api/catalogs/alingsas")

    assert "application/json; charset=utf-8" == response["Content-Type"]
    assert "Alingsås" in response.content.decode("utf-8")
    assert b"\\u00e5" not in response.content


def test_openapi_documents_problem_responses_and_the_facts(client: Client) -> None:
    """Every error response is problem JSON, every operation documents 422, and the facts
    body lists the vocabulary with additionalProperties false (unknown facts are 422)."""

    def no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        assert len(keys) == len(set(keys)), keys  # Swagger UI refuses a duplicated key
        return dict(pairs)

    document = json.loads(
        client.get("/api/openapi.json").content, object_pairs_hook=no_duplicate_keys
    )

    for path, item in document["paths"].items():
        for method, operation in item.items():
            responses = operation["responses"]
            assert "422" in responses, (method, path)
            for status, response in responses.items():
                if int(status) >= 400:
                    assert ["application/problem+json"] == list(response["content"]), (
                        method,
                        path,
                        status,
                    )
    facts = document["components"]["schemas"]["Facts"]
    assert facts["additionalProperties"] is False
    assert {"person.age", "person.municipality", "close_person.situations"} <= set(
        facts["properties"]
    )
    check = document["paths"]["/api/catalogs/{stem}/interventions/{intervention_id}/check"]
    body = check["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert {"$ref": "#/components/schemas/Facts"} == body
