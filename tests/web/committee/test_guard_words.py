"""The committee's words that are never a person (docs/committee.md, "Ord som inte är namn")."""

from __future__ import annotations

import pytest
from django.test import Client

from iub.web.accounts.models import StaffProfile
from iub.web.accounts.services import staff_create
from iub.web.audit.models import AuditEntry
from iub.web.desk.guard_words import guard_words_for
from iub.web.desk.models import GuardWord

URL = "/namnd/inte-namn/"


def _add(client: Client, word: str, **extra: str) -> object:
    return client.post(URL, {"stem": "alingsas", "word": word, **extra})


def test_a_word_is_added_listed_and_audited(committee: dict[str, Client]) -> None:
    response = _add(committee["sekr1"], "  Qasa ")

    assert 302 == response.status_code
    assert ["Qasa"] == guard_words_for("alingsas")
    entry = AuditEntry.objects.order_by("-seq")[0]
    assert ("sekr1", "guard_word", "alingsas") == (entry.actor, entry.object_type, entry.unit)
    page = committee["sekr2"].get(URL).content.decode()
    assert "Qasa" in page and "tillagt av sekr1" in page


@pytest.mark.parametrize(
    ("word", "why"),
    [
        ("Lisa", "förnamn eller efternamn"),
        ("Tibber Johansson", "förnamn eller efternamn"),
        ("070-123 45 67", "Skriv ett ord"),
        ("Qasa 0701234567", "uppgift om en person"),
        ("", "Skriv ordet"),
        ("x" * 61, "högst 60 tecken"),
        ("<script>", "Skriv ett ord"),
    ],
)
def test_a_name_or_an_identifier_is_refused_and_nothing_stored(
    committee: dict[str, Client], word: str, why: str
) -> None:
    count = AuditEntry.objects.count()
    response = _add(committee["sekr1"], word)

    assert 400 == response.status_code
    assert why in response.content.decode()
    assert 0 == GuardWord.objects.count()
    assert count == AuditEntry.objects.count()


def test_a_word_already_listed_is_refused_in_any_case(committee: dict[str, Client]) -> None:
    _add(committee["sekr1"], "Qasa")
    response = _add(committee["sekr2"], "QASA")

    assert 400 == response.status_code
    assert "finns redan" in response.content.decode()
    assert 1 == GuardWord.objects.count()


def test_removal_is_audited_and_only_for_own_municipality(committee: dict[str, Client]) -> None:
    _add(committee["sekr1"], "Qasa")
    row = GuardWord.objects.get()

    assert 404 == committee["sthlm"].post(f"{URL}{row.pk}/ta-bort/").status_code
    assert 1 == GuardWord.objects.count()
    assert 405 == committee["sekr2"].get(f"{URL}{row.pk}/ta-bort/").status_code
    assert 302 == committee["sekr2"].post(f"{URL}{row.pk}/ta-bort/").status_code
    assert 0 == GuardWord.objects.count()
    entry = AuditEntry.objects.order_by("-seq")[0]
    assert ("sekr2", "guard_word") == (entry.actor, entry.object_type)
    assert "borttaget" in entry.purpose


def test_another_municipality_is_refused(committee: dict[str, Client]) -> None:
    response = _add(committee["sthlm"], "Zorbex")  # posts stem=alingsas: not sthlm's

    assert 400 == response.status_code
    assert "Välj en av dina kommuner" in response.content.decode()
    assert 0 == GuardWord.objects.count()
    assert "Zorbex" not in committee["sthlm"].get(URL).content.decode()


def test_a_provider_and_a_stranger_are_refused(committee: dict[str, Client]) -> None:
    assert 403 == committee["utforare"].get(URL).status_code
    assert 403 == _add(committee["utforare"], "Qasa").status_code
    assert 302 == _add(Client(), "Qasa").status_code  # to the log-in page
    assert 0 == GuardWord.objects.count()


def test_a_forged_post_without_csrf_token_is_refused(committee: dict[str, Client]) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(StaffProfile.objects.get(user__username="sekr1").user)

    response = _add(client, "Qasa")

    assert 400 == response.status_code  # the project's CSRF failure page
    assert "skickades inte från den här webbplatsen" in response.content.decode()
    assert 0 == GuardWord.objects.count()


def test_an_administrator_chooses_the_municipality(committee: dict[str, Client]) -> None:
    staff_create(username="admin1", password=None, role="admin", units=[])
    client = Client()
    client.force_login(StaffProfile.objects.get(user__username="admin1").user)

    assert 'name="stem"' in client.get(URL).content.decode()
    assert 302 == client.post(URL, {"stem": "stockholm", "word": "Qasa"}).status_code
    assert ["Qasa"] == guard_words_for("stockholm")
    assert [] == guard_words_for("alingsas")
