"""The committee's page of units and their contact data (docs/committee.md).

Committee staff edit the contact data (name, visiting address, phone, e-mail, opening hours,
web page) of their own municipality's units, the ones residents see under "Vart du vänder
dig"; administrators edit every municipality's. Every saved change is appended to the audit
trail (who, when, which unit, which fields). Plain forms, no JavaScript.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from iub.web.accounts.models import Unit
from iub.web.audit.services import audit_record
from iub.web.committee import selectors

__all__ = ["UnitContactForm", "unit_contact_save", "unit_edit", "units"]

CONTACT_FIELDS = ("name", "address", "phone", "email", "opening_hours", "web")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-–]+$")


class UnitContactForm(forms.ModelForm):  # type: ignore[type-arg]
    """A unit's contact data, with Swedish messages that say how to fix a value."""

    web = forms.URLField(
        label="Webbsida",
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text="Hela adressen, till exempel https://www.alingsas.se/stod.",
        error_messages={
            "invalid": "Skriv en hel webbadress, till exempel https://www.alingsas.se/stod."
        },
    )

    class Meta:
        model = Unit
        fields = CONTACT_FIELDS
        labels: ClassVar[dict[str, str]] = {
            "name": "Namn",
            "address": "Besöksadress",
            "phone": "Telefon",
            "email": "E-post",
            "opening_hours": "Öppettider",
            "web": "Webbsida",
        }
        help_texts: ClassVar[dict[str, str]] = {
            "phone": "Till exempel 0322-61 60 00 eller +46 322 61 60 00.",
            "opening_hours": "Till exempel ”Måndag–fredag 8–16”.",
            "web": "Hela adressen, till exempel https://www.alingsas.se/stod.",
        }
        error_messages: ClassVar[dict[str, dict[str, str]]] = {
            "name": {"required": "Skriv enhetens namn."},
            "email": {
                "invalid": "Skriv en e-postadress i formen namn@exempel.se.",
            },
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        prefix = f"u{self.instance.pk}"
        for name, field in self.fields.items():
            field.widget.attrs.setdefault("class", "ds-input")
            field.widget.attrs["autocomplete"] = "off"
            if name in self.Meta.help_texts:
                field.widget.attrs["aria-describedby"] = f"id_{prefix}-{name}_helptext"
        self.fields["email"].widget.input_type = "email"
        self.fields["phone"].widget.input_type = "tel"
        self.fields["web"].widget.input_type = "url"
        for name, field in self.fields.items():
            max_length = getattr(field, "max_length", None)
            if max_length:
                field.error_messages["max_length"] = (
                    f"Skriv högst {max_length} tecken (nu %(show_value)d)."
                )
            field.widget.attrs["spellcheck"] = "false" if name != "opening_hours" else "true"

    def clean_phone(self) -> str:
        phone = str(self.cleaned_data.get("phone") or "").strip()
        if not phone:
            return ""
        digits = re.sub(r"\D", "", phone)
        if not _PHONE_CHARS.fullmatch(phone) or not 7 <= len(digits) <= 15:
            raise forms.ValidationError(
                "Det är inget telefonnummer. Skriv siffror med riktnummer, till exempel "
                "0322-61 60 00 eller +46 322 61 60 00.",
                code="phone",
            )
        if not (phone.startswith("0") or phone.startswith("+")):
            raise forms.ValidationError(
                "Skriv telefonnumret med riktnummer (börjar med 0) eller landsnummer (+46).",
                code="phone_prefix",
            )
        return phone

    def clean_name(self) -> str:
        return str(self.cleaned_data.get("name") or "").strip()


def _stems(request: HttpRequest) -> set[str] | None:
    return selectors.committee_stems(request.user)


def _units(stems: set[str] | None) -> list[Unit]:
    rows = Unit.objects.exclude(kind=Unit.Kind.COMMITTEE).order_by("stem", "name")
    if stems is not None:
        rows = rows.filter(stem__in=stems)
    return list(rows)


def unit_contact_save(form: UnitContactForm, *, actor: str) -> list[str]:
    """Save a valid form and record the change in the audit trail; the changed field names."""
    changed = [name for name in form.changed_data if name in CONTACT_FIELDS]
    if not changed:
        return []
    with transaction.atomic():
        unit = form.save()
        audit_record(
            actor=actor,
            action="write",
            object_type="unit_contact",
            object_id=unit.pk,
            unit=unit.stem,
            purpose=f"kontaktuppgifter {unit.slug}: {', '.join(changed)}"[:200],
        )
    return changed


def _units_page(request: HttpRequest, stems: set[str] | None) -> HttpResponse:
    return render(request, "committee/units.html", {"units": _units(stems)})


def _edit_page(request: HttpRequest, form: UnitContactForm, *, status: int = 200) -> HttpResponse:
    return render(
        request, "committee/unit_edit.html", {"unit": form.instance, "form": form}, status=status
    )


@require_http_methods(["GET", "HEAD"])
@login_required
def units(request: HttpRequest) -> HttpResponse:
    """The units of the committee's municipality with the contact data residents see.

    A list with one edit page per unit: a municipality has dozens of units, and thirty forms
    on one page made a phone scroll through 30,000 pixels to reach the last one.
    """
    return _units_page(request, _stems(request))


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def unit_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """One unit's contact form; errors re-show it with the values typed and store nothing."""
    stems = _stems(request)
    unit = next((u for u in _units(stems) if u.pk == pk), None)
    if unit is None:
        raise Http404("no such unit of this committee")
    if request.method != "POST":
        return _edit_page(request, UnitContactForm(instance=unit, prefix=f"u{unit.pk}"))
    form = UnitContactForm(request.POST, instance=unit, prefix=f"u{unit.pk}")
    if not form.is_valid():
        return _edit_page(request, form, status=400)
    changed = unit_contact_save(form, actor=str(request.user.get_username()))
    if changed:
        messages.success(request, f"Kontaktuppgifterna för {unit.name} är sparade.")
    else:
        messages.info(request, f"Inget ändrades för {unit.name}.")
    return HttpResponseRedirect(reverse("committee:units") + f"#unit-{unit.pk}")
