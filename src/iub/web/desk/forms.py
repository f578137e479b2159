"""Forms of the desk: input parsing only; the rules live in iub.followup and the services."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from django import forms
from django.utils import timezone

from iub.followup import (
    AGE_BANDS,
    GENDERS,
    HALF_DAYS,
    LEAVING_REASONS,
    SCALE_NAME,
    SOCIAL_SCALE,
    WELLBEING_SCALE,
    problem_categories,
)

__all__ = [
    "AnonymousEndForm",
    "AnonymousStartForm",
    "FullEndForm",
    "FullEventForm",
    "FullStartForm",
    "HeadCountForm",
    "NoteCorrectionForm",
    "VisitForm",
    "new_key",
]

_REQUIRED = {"required": "Fyll i fältet.", "invalid": "Värdet har fel form."}
_DATE = {**_REQUIRED, "invalid": "Skriv datumet som ÅÅÅÅ-MM-DD."}


def new_key() -> str:
    """A fresh idempotency key for a form."""
    return uuid.uuid4().hex


def _blank(choices: Mapping[Any, str], label: str = "Inte angivet") -> list[tuple[str, str]]:
    return [("", label), *((str(k), v) for k, v in choices.items())]


def _scale(label: str, scale: dict[int, str]) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=_blank({k: f"{k} – {v}" for k, v in scale.items()}),
        coerce=int,
        empty_value=None,
        required=False,
        help_text=f"{SCALE_NAME}.",
    )


class DeskForm(forms.Form):
    """Every desk form carries an idempotency key and Designsystemet classes."""

    idem = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("idem", new_key())
        for field in self.fields.values():
            for key, message in _REQUIRED.items():
                field.error_messages.setdefault(key, message)
            widget = field.widget
            if not isinstance(widget, forms.HiddenInput):
                widget.attrs.setdefault("class", "ds-input")

    def record_data(self) -> dict[str, Any]:
        """The cleaned data without the form's own fields and blank choices."""
        skip = {"idem", "confirm"}
        return {k: v for k, v in self.cleaned_data.items() if k not in skip and v not in ("", None)}


class _DateInput(forms.DateInput):
    input_type = "date"


def _date(label: str) -> forms.DateField:
    return forms.DateField(
        label=label, widget=_DateInput, initial=timezone.localdate, error_messages=_DATE
    )


class _NoteMixin(forms.Form):
    note = forms.CharField(
        label="Anteckning (frivillig)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Skriv inget som kan röja vem någon är: inga namn, personnummer, "
        "telefonnummer, adresser eller registreringsnummer.",
    )
    confirm = forms.BooleanField(
        label="Jag har kontrollerat att det markerade inte är namn och inte pekar ut någon.",
        required=False,
    )


class VisitForm(DeskForm, _NoteMixin):
    visited_on = _date("Datum")
    delivery = forms.ChoiceField(
        label="Enskilt eller i grupp",
        choices=[("individual", "Enskilt besök"), ("group", "Gruppträff")],
        widget=forms.RadioSelect,
        initial="individual",
    )
    people = forms.IntegerField(
        label="Antal personer",
        min_value=1,
        max_value=500,
        initial=1,
        error_messages={**_REQUIRED, "min_value": "Minst 1.", "max_value": "Högst 500."},
    )
    age_band = forms.ChoiceField(
        label="Åldersgrupp (frivillig)", choices=_blank(AGE_BANDS), required=False
    )
    gender = forms.ChoiceField(label="Kön (frivilligt)", choices=_blank(GENDERS), required=False)

    field_order = ("visited_on", "delivery", "people", "age_band", "gender", "note", "confirm")


class AnonymousStartForm(DeskForm, _NoteMixin):
    started_on = _date("Startdatum")
    participants = forms.IntegerField(
        label="Antal deltagare",
        min_value=1,
        max_value=500,
        initial=1,
        error_messages={**_REQUIRED, "min_value": "Minst 1.", "max_value": "Högst 500."},
    )
    age_band = forms.ChoiceField(label="Åldersgrupp", choices=_blank(AGE_BANDS), required=False)
    gender = forms.ChoiceField(label="Kön", choices=_blank(GENDERS), required=False)
    problems = forms.MultipleChoiceField(
        label="Problem (avidentifierade kategorier)",
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    wellbeing_start = _scale("Mående vid start", dict(WELLBEING_SCALE))
    social_start = _scale("Social situation vid start", dict(SOCIAL_SCALE))

    field_order = (
        "started_on",
        "participants",
        "age_band",
        "gender",
        "problems",
        "wellbeing_start",
        "social_start",
        "note",
        "confirm",
    )

    def __init__(self, *args: Any, intervention_id: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["problems"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = list(problem_categories(intervention_id).items())

    def record_data(self) -> dict[str, Any]:
        data = super().record_data()
        data["problems"] = tuple(self.cleaned_data.get("problems") or ())
        return data


class AnonymousEndForm(DeskForm):
    ended_on = _date("Slutdatum")
    left_early = forms.ChoiceField(
        label="Skäl om deltagandet avbröts i förtid",
        choices=_blank(LEAVING_REASONS, "Avbröts inte"),
        required=False,
    )
    wellbeing_end = _scale("Mående vid avslut", dict(WELLBEING_SCALE))
    social_end = _scale("Social situation vid avslut", dict(SOCIAL_SCALE))


class FullEndForm(AnonymousEndForm):
    pass


class HeadCountForm(DeskForm):
    counted_on = _date("Datum")
    half_day = forms.ChoiceField(
        label="Halvdag", choices=list(HALF_DAYS.items()), widget=forms.RadioSelect, initial="fm"
    )
    total = forms.IntegerField(
        label="Antal besökare",
        min_value=0,
        max_value=5000,
        error_messages={
            **_REQUIRED,
            "min_value": "Kan inte vara negativt.",
            "max_value": "Högst 5000.",
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for code, label in AGE_BANDS.items():
            self.fields[f"age_{code}"] = forms.IntegerField(
                label=f"Varav {label}",
                min_value=0,
                required=False,
                widget=forms.NumberInput(attrs={"class": "ds-input input-short"}),
            )
        for code, label in GENDERS.items():
            self.fields[f"gender_{code}"] = forms.IntegerField(
                label=f"Varav {label.lower()}",
                min_value=0,
                required=False,
                widget=forms.NumberInput(attrs={"class": "ds-input input-short"}),
            )

    def record_data(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "counted_on": data["counted_on"],
            "half_day": data["half_day"],
            "total": data["total"],
            "by_age_band": {
                code: data[f"age_{code}"] for code in AGE_BANDS if data.get(f"age_{code}")
            },
            "by_gender": {
                code: data[f"gender_{code}"] for code in GENDERS if data.get(f"gender_{code}")
            },
        }


class FullStartForm(DeskForm):
    identity = forms.CharField(
        label="Personnummer eller samordningsnummer",
        max_length=20,
        help_text="12 siffror, till exempel ÅÅÅÅMMDD-NNNN.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric"}),
    )
    started_on = _date("Startdatum")
    wellbeing_start = _scale("Mående vid start", dict(WELLBEING_SCALE))
    social_start = _scale("Social situation vid start", dict(SOCIAL_SCALE))


class FullEventForm(DeskForm):
    occurred_on = _date("Datum")
    text = forms.CharField(
        label="Händelse av betydelse", max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )


class NoteCorrectionForm(forms.Form):
    """Correct or remove a saved note: the action, a fixed reason and the corrected text."""

    action = forms.ChoiceField(
        label="Vad vill du göra?",
        choices=[("correct", "Rätta anteckningen"), ("remove", "Ta bort anteckningen")],
        widget=forms.RadioSelect,
        initial="correct",
    )
    reason = forms.ChoiceField(label="Skäl", choices=[])
    note = forms.CharField(
        label="Rättad anteckning",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "class": "ds-input"}),
        help_text="Skriv inget som kan röja vem någon är. Tas anteckningen bort behövs ingen text.",
    )
    confirm = forms.BooleanField(
        label="Jag har kontrollerat att det markerade inte är namn och inte pekar ut någon.",
        required=False,
    )

    def __init__(self, *args: Any, reasons: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["reason"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "Välj skäl"), *reasons.items()]
        field.widget.attrs.setdefault("class", "ds-input")
        for name in ("action", "reason"):
            self.fields[name].error_messages["required"] = "Välj ett alternativ."
