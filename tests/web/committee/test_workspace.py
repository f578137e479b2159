"""The committee's workspace: home, import, edit in forms, decide, publish, diff, print."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from iub.web.audit.models import AuditEntry
from iub.web.catalog.models import CatalogVersion
from iub.web.committee.models import CatalogDraft

from .conftest import SEED

pytestmark = pytest.mark.django_db


def _revision(html: str) -> str:
    match = re.search(r'name="revision" value="(\d+)"', html)
    assert match
    return match.group(1)


def _new_draft(client: Client) -> CatalogDraft:
    response = client.post("/namnd/alingsas/nytt-utkast/")
    assert response.status_code == 302
    return CatalogDraft.objects.latest("pk")


def test_home_shows_state_revise_by_and_lint(committee: dict[str, Client]) -> None:
    html = committee["sekr1"].get("/namnd/").content.decode()
    assert "Alingsås" in html
    assert "2026-12-31" in html and "om 25 dagar" in html  # due within 60 days
    assert "Version 1" in html
    assert "Stockholm" not in html  # another committee's catalog
    assert 'href="/uppfoljning/"' in html


def test_only_committee_staff(committee: dict[str, Client]) -> None:
    assert committee["utforare"].get("/namnd/").status_code == 403
    assert Client().get("/namnd/").status_code == 302  # to the log-in
    draft = _new_draft(committee["sekr1"])
    assert committee["sthlm"].get(f"/namnd/utkast/{draft.pk}/").status_code == 403


def _decide(client: Client, draft: CatalogDraft, **over: str) -> Any:
    html = client.get(f"/namnd/utkast/{draft.pk}/beslut/").content.decode()
    data = {
        "revision": _revision(html),
        "body": "Socialnämnden",
        "date": "2026-12-15",
        "diarienummer": "2026.101 SN",
        "paragraph": "52",
        "valid_from": "2027-01-01",
        "revise_by": "2027-12-31",
        **over,
    }
    return client.post(f"/namnd/utkast/{draft.pk}/beslut/", data)


def _age_path(client: Client, draft: CatalogDraft, iid: str) -> str:
    html = client.get(f"/namnd/utkast/{draft.pk}/insats/{iid}/").content.decode()
    match = re.search(rf"/namnd/utkast/{draft.pk}/insats/{iid}/villkor/([\d.]+)/\"", html)
    assert match
    return match.group(1)


def test_edit_age_decide_publish_diff(committee: dict[str, Client]) -> None:
    client = committee["sekr1"]
    draft = _new_draft(client)
    iid = "radgivning-vid-vald-i-nara-relationer"
    page = client.get(f"/namnd/utkast/{draft.pk}/insats/{iid}/").content.decode()
    assert "Personen har fyllt 18 år." in page  # the resident's sentence
    path = "0"
    form = client.get(f"/namnd/utkast/{draft.pk}/insats/{iid}/villkor/{path}/").content.decode()
    assert 'value="18"' in form
    response = client.post(
        f"/namnd/utkast/{draft.pk}/insats/{iid}/villkor/{path}/",
        {
            "revision": _revision(form),
            "kind": "age",
            "subject": "person",
            "min": "16",
            "text": "Från 16 år.",
            "evidence": "identity_document",
        },
    )
    assert response.status_code == 302
    detail = client.get(f"/namnd/utkast/{draft.pk}/").content.decode()
    assert "Ålder: från 18 år → från 16 år" in detail

    refused = _decide(client, draft, date="2027-02-01")
    assert refused.status_code == 422
    assert "Beslutsdatumet (2027-02-01) ligger efter" in refused.content.decode()
    refused = _decide(client, draft, revise_by="2026-12-01")
    assert "Revideras senast (2026-12-01) ligger före beslutsdatumet" in refused.content.decode()
    assert CatalogDraft.objects.get(pk=draft.pk).state == "draft"

    assert _decide(client, draft).status_code == 302
    draft.refresh_from_db()
    assert draft.state == "decided"
    assert "2026.101 SN § 52" in draft.source_yaml

    response = client.post(
        f"/namnd/utkast/{draft.pk}/publicera/", {"revision": str(draft.revision)}
    )
    assert response.status_code == 302
    version = CatalogVersion.objects.get(stem="alingsas", number=2)
    assert str(version.valid_from) == "2027-01-01"
    # the public page still shows version 1 and announces version 2
    public = Client().get("/alingsas/").content.decode()
    assert "2027-01-01" in public and 'id="next-version"' in public

    diff = client.get("/namnd/alingsas/jamfor/?fran=1&till=2").content.decode()
    assert "Ålder: från 18 år → från 16 år" in diff
    actions = list(
        AuditEntry.objects.filter(object_type="catalog_draft").values_list("actor", "purpose")
    )
    purposes = " | ".join(p for _a, p in actions)
    assert "beslutad 2026-12-15" in purposes and "publicerad som version 2" in purposes
    assert all(actor == "sekr1" for actor, _p in actions)


def test_concurrent_edit_is_detected(committee: dict[str, Client]) -> None:
    draft = _new_draft(committee["sekr1"])
    url = f"/namnd/utkast/{draft.pk}/forteckning/"
    first = committee["sekr1"].get(url).content.decode()
    second = committee["sekr2"].get(url).content.decode()

    def data(html: str, title: str) -> dict[str, str]:
        fields = dict(re.findall(r'<input type="text" name="([a-z_]+)" value="([^"]*)"', html))
        fields.update(revision=_revision(html), title=title, committee_name="Socialnämnden")
        return fields

    assert committee["sekr1"].post(url, data(first, "Första titeln")).status_code == 302
    response = committee["sekr2"].post(url, data(second, "Andra titeln"))
    assert response.status_code == 409
    html = response.content.decode()
    assert "Någon annan har sparat utkastet" in html
    assert "Andra titeln" in html  # the second secretary's input is kept in the form
    assert "title: Första titeln" in CatalogDraft.objects.get(pk=draft.pk).source_yaml


def test_publish_blocked_by_lint_error(committee: dict[str, Client]) -> None:
    client = committee["sekr1"]
    draft = _new_draft(client)
    iid = "medling-vid-ungas-konflikter"
    form = client.get(f"/namnd/utkast/{draft.pk}/insats/{iid}/villkor/ny/?kind=guardian_consent")
    response = client.post(
        f"/namnd/utkast/{draft.pk}/insats/{iid}/villkor/ny/",
        {
            "revision": _revision(form.content.decode()),
            "kind": "guardian_consent",
            "below_age": "12",
            "guardians": "all",
            "evidence": "written_consent",
        },
    )
    assert response.status_code == 302
    assert _decide(client, draft).status_code == 302
    draft.refresh_from_db()
    client.post(f"/namnd/utkast/{draft.pk}/publicera/", {"revision": str(draft.revision)})
    assert not CatalogVersion.objects.filter(stem="alingsas", number=2).exists()
    page = client.get(f"/namnd/utkast/{draft.pk}/").content.decode()
    assert "Publicering är spärrad" in page


def test_upload_preview_accept(committee: dict[str, Client]) -> None:
    client = committee["sekr1"]
    with SEED.open("rb") as handle:
        response = client.post("/namnd/importera/", {"stem": "alingsas", "document": handle})
    assert response.status_code == 302, response.content.decode()[:2000]
    preview = client.get("/namnd/importera/granska/").content.decode()
    assert "Familjerådgivning" in preview and "Lintern" in preview
    assert not CatalogDraft.objects.exists()
    response = client.post("/namnd/importera/granska/", {"action": "accept"})
    assert response.status_code == 302
    draft = CatalogDraft.objects.get()
    assert draft.origin == "filen alingsas-riktlinjer.txt"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("tom.pdf", b"", "Filen är tom"),
        ("trasig.pdf", b"%PDF-1.7 not really", "skadad"),
        ("inte-zip.docx", b"hello, not a zip", "skadad"),
        ("riktlinjer.doc", b"old word", "Filtypen stöds inte"),
        ("rubriklos.txt", b"bara en rad text utan rubriker\n", "Inga insatser"),
    ],
)
def test_bad_uploads_store_nothing(
    committee: dict[str, Client], name: str, content: bytes, message: str
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(name, content)
    data = {"stem": "alingsas", "document": upload}
    response = committee["sekr1"].post("/namnd/importera/", data)
    assert response.status_code in (200, 422)
    assert message in response.content.decode()
    assert not CatalogDraft.objects.exists()


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_print(committee: dict[str, Client], fmt: str) -> None:
    draft = _new_draft(committee["sekr1"])
    response = committee["sekr1"].get(f"/namnd/utkast/{draft.pk}/riktlinjer.{fmt}")
    assert response.status_code == 200
    assert len(response.content) > 1000
    response = committee["sekr1"].get(f"/namnd/alingsas/version/1/riktlinjer.{fmt}")
    assert response.status_code == 200


def test_committee_login_lands_in_workspace(committee: dict[str, Client]) -> None:
    from iub.web.accounts.models import StaffProfile

    user = StaffProfile.objects.get(user__username="sekr1").user
    user.set_password("pw-for-test-only")
    user.save()
    response = Client().post(
        "/personal/logga-in/", {"username": "sekr1", "password": "pw-for-test-only"}
    )
    assert response.status_code == 302 and response["Location"] == "/namnd/"


def test_condition_builder_nests_all_any_not(committee: dict[str, Client]) -> None:
    """A new 'any' group with a first condition, a second in it, a 'not', then removal."""
    client = committee["sekr1"]
    draft = _new_draft(client)
    base = f"/namnd/utkast/{draft.pk}/insats/beroendestod/villkor/"
    chooser = client.get(base + "ny/").content.decode()
    assert "Börja en ny grupp: något av följande" in chooser
    form = client.get(base + "ny/?kind=lives_in&group=any").content.decode()
    response = client.post(
        base + "ny/",
        {
            "revision": _revision(form),
            "kind": "lives_in",
            "group": "any",
            "municipality": "Alingsås",
            "evidence": "rental_contract",
        },
    )
    assert response.status_code == 302
    page = client.get(f"/namnd/utkast/{draft.pk}/insats/beroendestod/").content.decode()
    assert "Minst ett av följande villkor ska vara uppfyllt:" in page
    assert "Personen är bosatt i Alingsås." in page
    group = re.findall(rf"{base}ny/\?under=([\d.]+)", page)
    assert group
    response = client.post(
        base + "ny/",
        {
            "revision": _revision(page),
            "kind": "situations",
            "under": group[0],
            "situations": ["substance_use", "gambling"],
            "text": "Närstående med beroende eller spel",
            "evidence": "own_statement",
        },
    )
    assert response.status_code == 302
    response = client.post(
        base + "ny/",
        {
            "revision": str(CatalogDraft.objects.get(pk=draft.pk).revision),
            "kind": "flag",
            "group": "not",
            "fact": "child.placed_outside_home",
            "expected": "yes",
            "evidence": "certificate",
        },
    )
    assert response.status_code == 302
    page = client.get(f"/namnd/utkast/{draft.pk}/insats/beroendestod/").content.decode()
    assert "Följande får inte gälla:" in page
    assert "Något av följande gäller: den närstående " in page  # words, not codes
    yaml_text = CatalogDraft.objects.get(pk=draft.pk).source_yaml
    assert "any:" in yaml_text and "not:" in yaml_text and "close_person.situations" in yaml_text

    # Removing the only condition of the 'not' removes the group with it.
    paths = re.findall(rf"{base}([\d.]+)/ta-bort/", page)
    revision = str(CatalogDraft.objects.get(pk=draft.pk).revision)
    assert client.post(base + f"{paths[-1]}/ta-bort/", {"revision": revision}).status_code == 302
    assert "not:" not in CatalogDraft.objects.get(pk=draft.pk).source_yaml


def test_condition_form_errors_are_swedish(committee: dict[str, Client]) -> None:
    client = committee["sekr1"]
    draft = _new_draft(client)
    url = f"/namnd/utkast/{draft.pk}/insats/beroendestod/villkor/ny/"
    response = client.post(
        url,
        {"revision": str(draft.revision), "kind": "age", "min": "20", "max": "tio"},
    )
    html = response.content.decode()
    assert "Skriv ett heltal." in html
    response = client.post(
        url,
        {
            "revision": str(draft.revision),
            "kind": "age",
            "min": "30",
            "max": "20",
            "evidence": "identity_document",
        },
    )
    assert "Högsta åldern är lägre än den lägsta." in response.content.decode()
    assert CatalogDraft.objects.get(pk=draft.pk).revision == draft.revision


def test_upload_is_bounded_in_time(committee: dict[str, Client], settings: Any) -> None:
    settings.IUB_IMPORT_TIMEOUT_SECONDS = 0.01
    with SEED.open("rb") as handle:
        response = committee["sekr1"].post(
            "/namnd/importera/", {"stem": "alingsas", "document": handle}
        )
    assert response.status_code == 422
    assert "tog för lång tid" in response.content.decode()


def test_upload_is_bounded_in_size(committee: dict[str, Client], settings: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.IUB_IMPORT_MAX_BYTES = 1000
    upload = SimpleUploadedFile("stor.txt", b"x" * 5000)
    response = committee["sekr1"].post(
        "/namnd/importera/", {"stem": "alingsas", "document": upload}
    )
    assert response.status_code == 422
    assert "Filen är för stor" in response.content.decode()


def test_transitions_keep_the_audit_chain_whole(committee: dict[str, Client]) -> None:
    from iub.web.audit.selectors import audit_verify

    client = committee["sekr1"]
    draft = _new_draft(client)
    assert _decide(client, draft).status_code == 302
    draft.refresh_from_db()
    client.post(f"/namnd/utkast/{draft.pk}/atergor/", {"revision": str(draft.revision)})
    draft.refresh_from_db()
    assert draft.state == "draft"
    client.post(f"/namnd/utkast/{draft.pk}/kassera/", {"revision": str(draft.revision)})
    draft.refresh_from_db()
    assert draft.state == "discarded"
    with pytest.raises(ValueError, match="never changed"):
        draft.save()
    _count, problems = audit_verify()
    assert problems == []
    history = client.get(f"/namnd/utkast/{draft.pk}/").content.decode()
    for purpose in ("utkast skapat från version 1", "beslutad", "återförd till utkast", "kasserad"):
        assert purpose in history


def test_add_and_remove_an_intervention_and_rename_an_area(committee: dict[str, Client]) -> None:
    client = committee["sekr1"]
    draft = _new_draft(client)
    response = client.post(
        f"/namnd/utkast/{draft.pk}/ny-insats/",
        {"revision": str(draft.revision), "title": "Stödsamtal för unga"},
    )
    assert response["Location"] == f"/namnd/utkast/{draft.pk}/insats/stodsamtal-for-unga/"
    draft.refresh_from_db()
    detail = client.get(f"/namnd/utkast/{draft.pk}/").content.decode()
    assert "Ny insats: Stödsamtal för unga" in detail

    url = f"/namnd/utkast/{draft.pk}/forteckning/"
    html = client.get(url).content.decode()
    data = dict(re.findall(r'<input type="text" name="([a-z_]+)" value="([^"]*)"', html))
    data.update(dict(re.findall(r'name="(area-\d+-(?:id|title|section))" value="([^"]*)"', html)))
    data.update(revision=_revision(html), committee_name="Socialnämnden")
    data["area-0-title"] = "Råd och stöd"
    assert client.post(url, data).status_code == 302
    assert "title: Råd och stöd" in CatalogDraft.objects.get(pk=draft.pk).source_yaml

    draft.refresh_from_db()
    client.post(
        f"/namnd/utkast/{draft.pk}/insats/stodsamtal-for-unga/ta-bort/",
        {"revision": str(draft.revision)},
    )
    assert "stodsamtal-for-unga" not in CatalogDraft.objects.get(pk=draft.pk).source_yaml


def test_condition_preview_shows_the_sentence_and_saves_nothing(
    committee: dict[str, Client],
) -> None:
    client = committee["sekr1"]
    draft = _new_draft(client)
    url = f"/namnd/utkast/{draft.pk}/insats/beroendestod/villkor/ny/"
    data = {
        "revision": str(draft.revision),
        "kind": "school",
        "municipality": "Alingsås",
        "min_grade": "0",
        "max_grade": "6",
        "evidence": "school_record",
        "preview": "1",
    }
    html = client.post(url, data).content.decode()
    assert (
        "Barnet går i Alingsås förskola eller grundskola, från förskoleklass till årskurs 6."
        in html
    )
    assert CatalogDraft.objects.get(pk=draft.pk).revision == draft.revision
    html = client.post(url, {**data, "municipality": "Atlantis"}).content.decode()
    assert "Kontrollera kommunens namn" in html


def test_serve_does_not_republish_a_shipped_file_over_the_committees_version(
    committee: dict[str, Client],
) -> None:
    from iub.web.catalog.services import catalog_version_load_file

    client = committee["sekr1"]
    draft = _new_draft(client)
    assert _decide(client, draft).status_code == 302
    draft.refresh_from_db()
    client.post(f"/namnd/utkast/{draft.pk}/publicera/", {"revision": str(draft.revision)})
    assert CatalogVersion.objects.filter(stem="alingsas").count() == 2
    result = catalog_version_load_file("alingsas", known_is_unchanged=True)  # as iub serve
    assert not result.created and result.version.number == 1
    assert CatalogVersion.objects.filter(stem="alingsas").count() == 2


def test_a_group_keeps_its_kind_and_children(committee: dict[str, Client]) -> None:
    """A forged kind on a group's form cannot replace the group (and lose its children)."""
    client = committee["sekr1"]
    draft = _new_draft(client)
    base = f"/namnd/utkast/{draft.pk}/insats/beroendestod/villkor/"
    client.post(
        base + "ny/",
        {
            "revision": str(draft.revision),
            "kind": "lives_in",
            "group": "any",
            "municipality": "Alingsås",
            "evidence": "rental_contract",
        },
    )
    page = client.get(f"/namnd/utkast/{draft.pk}/insats/beroendestod/").content.decode()
    group = re.findall(rf"{base}ny/\?under=([\d.]+)", page)[0]
    revision = str(CatalogDraft.objects.get(pk=draft.pk).revision)
    response = client.post(
        base + f"{group}/?kind=age",
        {"revision": revision, "kind": "age", "min": "20", "text": "Gruppen"},
    )
    assert response.status_code == 302
    yaml_text = CatalogDraft.objects.get(pk=draft.pk).source_yaml
    assert "any:" in yaml_text and "kind: lives_in" in yaml_text and "min: 20" not in yaml_text


def test_audit_verify_finds_a_draft_save_that_was_not_logged(
    committee: dict[str, Client],
) -> None:
    from iub.web.audit.selectors import audit_verify

    draft = _new_draft(committee["sekr1"])
    assert audit_verify()[1] == []
    CatalogDraft.objects.filter(pk=draft.pk).update(revision=draft.revision + 1)  # no entry
    problems = audit_verify()[1]
    assert [(p.problem, p.record) for p in problems] == [
        ("write_not_logged", f"catalog_draft {draft.pk}")
    ]
