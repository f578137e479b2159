"""The gaps closed after the workspace landed: declared facts, citation and question,
the lint panel after a save, and a bounded PDF print (docs/committee.md)."""

from __future__ import annotations

import re

import pytest
import yaml
from django.test import Client

from iub.web.committee.models import CatalogDraft

pytestmark = pytest.mark.django_db


def _new_draft(client: Client) -> CatalogDraft:
    response = client.post("/namnd/alingsas/nytt-utkast/")
    assert response.status_code == 302
    return CatalogDraft.objects.latest("pk")


def _facts(pk: int) -> list[dict[str, object]]:
    doc = yaml.safe_load(CatalogDraft.objects.get(pk=pk).source_yaml)
    return list(doc.get("facts") or [])


def _fact_post(revision: int, rows: list[dict[str, str]]) -> dict[str, str]:
    data = {"revision": str(revision)}
    for index, row in enumerate(rows):
        for key in ("key", "type", "question", "question_en", "evidence", "choices"):
            data[f"fact-{index}-{key}"] = row.get(key, "")
        if row.get("remove"):
            data[f"fact-{index}-remove"] = "1"
    return data


def test_declared_facts_add_edit_remove(committee: dict[str, Client]) -> None:
    client = committee["sekr1"]
    draft = _new_draft(client)
    url = f"/namnd/utkast/{draft.pk}/uppgifter/"
    page = client.get(url).content.decode()
    assert "Ny uppgift" in page
    new = {
        "key": "familj.separation",
        "type": "choice",
        "question": "Har föräldrarna separerat?",
        "evidence": "own_statement",
        "choices": "ja = Ja, nyligen\nnej = Nej",
    }
    response = client.post(url, _fact_post(draft.revision, [new]))
    assert response.status_code == 302
    facts = _facts(draft.pk)
    assert facts == [
        {
            "key": "familj.separation",
            "type": "choice",
            "question": "Har föräldrarna separerat?",
            "evidence": "own_statement",
            "choices": {"ja": "Ja, nyligen", "nej": "Nej"},
        }
    ]
    # Edit its question and evidence.
    revision = CatalogDraft.objects.get(pk=draft.pk).revision
    edited = {**new, "question": "Har vårdnadshavarna separerat?", "evidence": "certificate"}
    assert client.post(url, _fact_post(revision, [edited, {}])).status_code == 302
    assert _facts(draft.pk)[0]["question"] == "Har vårdnadshavarna separerat?"
    assert _facts(draft.pk)[0]["evidence"] == "certificate"
    # Remove it.
    revision = CatalogDraft.objects.get(pk=draft.pk).revision
    assert client.post(url, _fact_post(revision, [{**edited, "remove": "1"}])).status_code == 302
    assert _facts(draft.pk) == []


def test_declared_fact_errors_are_swedish_and_save_nothing(committee: dict[str, Client]) -> None:
    client = committee["sekr1"]
    draft = _new_draft(client)
    url = f"/namnd/utkast/{draft.pk}/uppgifter/"
    bad = [
        {"key": "Separation", "type": "bool", "question": "", "evidence": "own_statement"},
        {"key": "person.age", "type": "int", "question": "Ålder?", "evidence": "own_statement"},
        {"key": "familj.val", "type": "choice", "question": "Vad?", "evidence": "certificate"},
    ]
    response = client.post(url, _fact_post(draft.revision, bad))
    assert response.status_code == 400
    html = response.content.decode()
    assert "ska ha minst två delar med punkt emellan" in html
    assert "Skriv frågan på svenska" in html
    assert "finns redan i grundvokabulären" in html
    assert "Skriv minst två svarsalternativ" in html
    assert CatalogDraft.objects.get(pk=draft.pk).revision == draft.revision


def test_fact_in_use_cannot_be_removed(committee: dict[str, Client]) -> None:
    client = committee["sekr1"]
    draft = _new_draft(client)
    url = f"/namnd/utkast/{draft.pk}/uppgifter/"
    fact = {
        "key": "familj.separation",
        "type": "bool",
        "question": "Har föräldrarna separerat?",
        "evidence": "own_statement",
    }
    assert client.post(url, _fact_post(draft.revision, [fact])).status_code == 302
    base = f"/namnd/utkast/{draft.pk}/insats/beroendestod/villkor/"
    form = client.get(base + "ny/?kind=flag").content.decode()
    assert "Har föräldrarna separerat?" in form  # the declared fact is offered
    response = client.post(
        base + "ny/",
        {
            "revision": str(CatalogDraft.objects.get(pk=draft.pk).revision),
            "kind": "flag",
            "fact": "familj.separation",
            "expected": "yes",
            "text": "Föräldrarna har separerat",
            "evidence": "own_statement",
        },
    )
    assert response.status_code == 302
    revision = CatalogDraft.objects.get(pk=draft.pk).revision
    response = client.post(url, _fact_post(revision, [{**fact, "remove": "1"}]))
    assert response.status_code == 400
    html = response.content.decode()
    assert "kan inte tas bort" in html
    assert "Föräldrarna har separerat" in html  # names the condition
    assert _facts(draft.pk)[0]["key"] == "familj.separation"
    assert re.search(r"Ta bort eller ändra villkoret först", html)


def test_pdf_print_is_bounded_in_time(committee: dict[str, Client], settings: object) -> None:
    """A print that outlasts its time limit is stopped with a Swedish message, no hang."""
    client = committee["sekr1"]
    draft = _new_draft(client)
    settings.IUB_PRINT_TIMEOUT_SECONDS = 0.01  # type: ignore[attr-defined]
    response = client.get(f"/namnd/utkast/{draft.pk}/riktlinjer.pdf")
    assert response.status_code == 503
    html = response.content.decode()
    assert "Utskriften tog för lång tid och avbröts." in html
    assert f'href="/namnd/utkast/{draft.pk}/"' in html


def test_condition_citation_and_question(committee: dict[str, Client]) -> None:
    client = committee["sekr1"]
    draft = _new_draft(client)
    base = f"/namnd/utkast/{draft.pk}/insats/beroendestod/villkor/"
    form = client.get(base + "ny/?kind=guardian_consent").content.decode()
    assert "Lagrum" in form and "Egen fråga till den enskilde" in form
    response = client.post(
        base + "ny/",
        {
            "revision": str(draft.revision),
            "kind": "guardian_consent",
            "below_age": "15",
            "guardians": "all",
            "evidence": "written_consent",
            "citation": "SoL 21 kap. 2 §",
            "question": "Har alla vårdnadshavare skrivit under samtycket?",
        },
    )
    assert response.status_code == 302
    doc = yaml.safe_load(CatalogDraft.objects.get(pk=draft.pk).source_yaml)
    item = next(i for i in doc["interventions"] if i["id"] == "beroendestod")
    node = item["conditions"][-1]
    assert node["citation"] == "SoL 21 kap. 2 §"
    assert node["question"] == "Har alla vårdnadshavare skrivit under samtycket?"
    page = client.get(f"/namnd/utkast/{draft.pk}/insats/beroendestod/").content.decode()
    assert "lagrum: SoL 21 kap. 2 §" in page
    # Edit: the form shows both, and clearing the question removes it.
    path = str(len(item["conditions"]) - 1)
    edit = client.get(base + f"{path}/").content.decode()
    assert 'value="SoL 21 kap. 2 §"' in edit
    response = client.post(
        base + f"{path}/",
        {
            "revision": str(CatalogDraft.objects.get(pk=draft.pk).revision),
            "kind": "guardian_consent",
            "below_age": "15",
            "guardians": "all",
            "evidence": "written_consent",
            "citation": "SoL 21 kap. 2 §",
            "question": "",
        },
    )
    assert response.status_code == 302
    doc = yaml.safe_load(CatalogDraft.objects.get(pk=draft.pk).source_yaml)
    item = next(i for i in doc["interventions"] if i["id"] == "beroendestod")
    assert "question" not in item["conditions"][-1]
    assert item["conditions"][-1]["citation"] == "SoL 21 kap. 2 §"


def _catalog_fields(draft: CatalogDraft) -> dict[str, str]:
    from iub.web.committee import selectors
    from iub.web.committee.views import _catalog_initial

    initial = _catalog_initial(selectors.draft_catalog(draft), draft.revision)
    return {key: str(value) for key, value in initial.items()}


def _lint_panel(html: str) -> str:
    match = re.search(r'<aside[^>]*id="lint".*?</aside>', html, re.S)
    assert match
    return match.group(0)


@pytest.mark.parametrize("htmx", [True, False])
def test_lint_panel_follows_a_save(committee: dict[str, Client], htmx: bool) -> None:
    """A save that brings in a lint finding shows it beside the form at once, with htmx
    (the form asks for the panel out of band) and without (the redirect renders it)."""
    client = committee["sekr1"]
    draft = _new_draft(client)
    url = f"/namnd/utkast/{draft.pk}/forteckning/"
    before = client.get(url).content.decode()
    assert 'hx-select-oob="#lint,#flash,#form-errors"' in before
    assert "IUB027" not in _lint_panel(before)
    data = _catalog_fields(draft)
    data["doubt_procedure"] = "Vid tveksamhet gäller socialtjänstlagen (2001:453) 4 kap. 1 §."
    headers = {"HX-Request": "true"} if htmx else {}
    response = client.post(url, data, follow=True, headers=headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Förteckningens uppgifter är sparade." in html
    assert "IUB027" in _lint_panel(html)


def test_htmx_save_errors_are_swapped(committee: dict[str, Client]) -> None:
    """htmx swaps no 4xx answer: a conflict through htmx is 200 with the message, 409 without."""
    client = committee["sekr1"]
    draft = _new_draft(client)
    url = f"/namnd/utkast/{draft.pk}/forteckning/"
    data = _catalog_fields(draft)
    client.post(url, data)  # someone saves first
    stale = client.post(url, {**data, "title": "Annan titel"}, headers={"HX-Request": "true"})
    assert stale.status_code == 200
    assert "Någon annan har sparat utkastet" in stale.content.decode()
    assert client.post(url, {**data, "title": "Annan titel"}).status_code == 409


def test_committee_pages_carry_the_staff_header_without_a_language_link(
    committee: dict[str, Client],
) -> None:
    """Staff pages are Swedish only; the committee's header leads to its own workspace."""
    html = committee["sekr1"].get("/namnd/").content.decode()
    assert ">English<" not in html and 'hreflang="en"' not in html
    assert "Nämndens arbetsyta" in html and "Logga ut" in html
