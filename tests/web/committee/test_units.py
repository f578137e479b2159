"""The committee edits its own units' contact data under /namnd/enheter/ (docs/committee.md)."""

from __future__ import annotations

import pytest
from django.test import Client

from iub.web.accounts.models import StaffProfile, Unit
from iub.web.accounts.services import staff_create
from iub.web.audit.models import AuditEntry

pytestmark = pytest.mark.django_db

URL = "/namnd/enheter/"


def _unit(stem: str) -> Unit:
    return Unit.objects.filter(stem=stem).exclude(kind=Unit.Kind.COMMITTEE).order_by("name")[0]


def _post(unit: Unit, **values: str) -> dict[str, str]:
    data = {
        "name": unit.name,
        "address": unit.address,
        "phone": unit.phone,
        "email": unit.email,
        "opening_hours": unit.opening_hours,
        "web": unit.web,
    }
    data.update(values)
    return {f"u{unit.pk}-{k}": v for k, v in data.items()}


def test_lists_only_own_municipality(committee: dict[str, Client]) -> None:
    page = committee["sekr1"].get(URL)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Enheter och kontaktuppgifter" in text
    assert _unit("alingsas").name in text
    stockholm = Unit.objects.filter(stem="stockholm").exclude(kind=Unit.Kind.COMMITTEE)
    for unit in stockholm:
        assert f'id="unit-{unit.pk}"' not in text


def test_save_writes_unit_and_audit(committee: dict[str, Client]) -> None:
    unit = _unit("alingsas")
    before = AuditEntry.objects.count()
    response = committee["sekr1"].post(
        f"{URL}{unit.pk}/",
        _post(
            unit,
            phone="0322-61 60 00",
            email="stod@alingsas.se",
            address="Stora torget 1, Alingsås",
            opening_hours="Måndag–fredag 8–16",
            web="https://www.alingsas.se/stod",
        ),
    )
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.phone == "0322-61 60 00"
    assert unit.email == "stod@alingsas.se"
    assert unit.has_contact
    entries = AuditEntry.objects.order_by("-seq")
    assert entries.count() == before + 1
    entry = entries[0]
    assert entry.actor == "sekr1"
    assert entry.object_type == "unit_contact"
    assert entry.object_id == str(unit.pk)
    assert entry.unit == "alingsas"
    assert "phone" in entry.purpose and "email" in entry.purpose
    assert entry.at is not None


def test_unchanged_save_writes_no_audit(committee: dict[str, Client]) -> None:
    unit = _unit("alingsas")
    before = AuditEntry.objects.count()
    response = committee["sekr1"].post(f"{URL}{unit.pk}/", _post(unit))
    assert response.status_code == 302
    assert AuditEntry.objects.count() == before


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "inte-en-adress", "namn@exempel.se"),
        ("phone", "ring oss", "Det är inget telefonnummer"),
        ("phone", "12", "Det är inget telefonnummer"),
        ("phone", "322616000", "riktnummer"),
        ("web", "alingsas", "Skriv en hel webbadress"),
        ("web", "https://", "Skriv en hel webbadress"),
        ("name", "", "Skriv enhetens namn"),
    ],
)
def test_bad_values_swedish_errors_nothing_stored(
    committee: dict[str, Client], field: str, value: str, message: str
) -> None:
    unit = _unit("alingsas")
    before = (unit.name, unit.phone, unit.email, unit.web, unit.updated_at)
    count = AuditEntry.objects.count()
    response = committee["sekr1"].post(f"{URL}{unit.pk}/", _post(unit, **{field: value}))
    assert response.status_code == 400
    text = response.content.decode()
    assert message in text
    assert "Kontrollera uppgifterna" in text
    assert f'action="{URL}{unit.pk}/"' in text  # the one unit's form, not the list
    assert f'value="{value}"' in text or value == ""  # what was typed is kept
    unit.refresh_from_db()
    assert (unit.name, unit.phone, unit.email, unit.web, unit.updated_at) == before
    assert AuditEntry.objects.count() == count


def test_edit_page_shows_one_units_form_with_its_values(committee: dict[str, Client]) -> None:
    unit = _unit("alingsas")
    unit.phone = "0322-61 60 00"
    unit.save()
    listing = committee["sekr1"].get(URL).content.decode()
    assert f'href="{URL}{unit.pk}/"' in listing and "<form" not in listing.split("<main")[-1]
    assert "0322-61 60 00" in listing
    page = committee["sekr1"].get(f"{URL}{unit.pk}/")
    assert page.status_code == 200
    text = page.content.decode()
    assert f"Kontaktuppgifter för {unit.name}" in text
    assert 'value="0322-61 60 00"' in text
    assert text.count('type="submit"') == 2  # log-out in the header, and Spara


def test_other_municipality_unit_refused(committee: dict[str, Client]) -> None:
    unit = _unit("stockholm")
    assert committee["sekr1"].get(f"{URL}{unit.pk}/").status_code == 404
    response = committee["sekr1"].post(f"{URL}{unit.pk}/", _post(unit, phone="08-508 000 00"))
    assert response.status_code == 404
    unit.refresh_from_db()
    assert unit.phone != "08-508 000 00"


def test_provider_refused(committee: dict[str, Client]) -> None:
    assert committee["utforare"].get(URL).status_code == 403
    unit = _unit("alingsas")
    response = committee["utforare"].post(f"{URL}{unit.pk}/", _post(unit, phone="0322-1234567"))
    assert response.status_code == 403


def test_administrator_edits_any_municipality(committee: dict[str, Client]) -> None:
    staff_create(username="admin1", password=None, role="admin", units=[])
    client = Client()
    client.force_login(StaffProfile.objects.get(user__username="admin1").user)
    unit = _unit("stockholm")
    assert f'id="unit-{unit.pk}"' in client.get(URL).content.decode()
    response = client.post(f"{URL}{unit.pk}/", _post(unit, phone="08-508 000 00"))
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.phone == "08-508 000 00"
    assert AuditEntry.objects.order_by("-seq")[0].actor == "admin1"
