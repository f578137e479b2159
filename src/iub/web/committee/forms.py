"""Forms of the committee's workspace: Swedish labels, errors in Swedish, no YAML anywhere.

Every edit form carries the draft's ``revision`` (the optimistic version check). Multi-line
list fields (notes, aliases) take one entry per line.
"""

from __future__ import annotations

from typing import Any

from django import forms

from iub.catalog import FollowUpForm, Regime
from iub.facts import CLOSE_PERSON_SITUATIONS, VOCABULARY, Evidence

__all__ = [
    "CONDITION_KINDS",
    "CatalogFieldsForm",
    "ConditionForm",
    "DecisionForm",
    "InterventionForm",
    "RevisionForm",
    "UploadForm",
    "lines",
]

_REQUIRED = {"required": "Fyll i fältet."}


def _style(form: forms.Form) -> None:
    for field in form.fields.values():
        field.error_messages.update(_REQUIRED)
        field.error_messages.setdefault("invalid", "Kontrollera värdet.")
        widget = field.widget
        if isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
            continue
        widget.attrs.setdefault("class", "ds-input")


def lines(text: str) -> list[str]:
    """One entry per non-empty line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class RevisionForm(forms.Form):
    """Just the revision the page was rendered from (for POST-only actions)."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class _Styled(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _style(self)


class UploadForm(_Styled):
    stem = forms.ChoiceField(label="Förteckning", help_text="Vilken kommuns förteckning.")
    document = forms.FileField(
        label="Riktlinjerna (.docx, .pdf eller .txt)",
        error_messages={"empty": "Filen är tom.", "missing": "Välj en fil."},
    )

    def __init__(self, *args: Any, stems: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["stem"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = stems


def _text(label: str, *, rows: int = 3, help_text: str = "", required: bool = False) -> Any:
    return forms.CharField(
        label=label,
        required=required,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


def _line(label: str, *, required: bool = False, help_text: str = "") -> Any:
    return forms.CharField(label=label, required=required, help_text=help_text, max_length=500)


class CatalogFieldsForm(_Styled):
    """Every field of the catalog as a whole (the decision has its own form)."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    title = _line("Titel", required=True)
    committee_name = _line("Nämnd", required=True)
    committee_administration = _line("Förvaltning")
    committee_how_to_apply = _text("Så ansöker man om behovsprövade insatser (11 kap. 1 §)", rows=3)
    contact_phone = _line("Telefon till nämnden")
    contact_email = _line("E-post till nämnden")
    contact_web = _line("Webbplats")
    contact_address = _line("Adress")
    contact_hours = _line("Öppettider")
    document_owner = _line("Dokumentansvarig")
    document_type = _line("Typ av styrdokument")
    applies_to = _line("Gäller för")
    doubt_procedure = _text("Vid tveksamhet (hänvisning till nämnden)", rows=5)
    information_duty = _text("Information enligt 11 kap. 6 §", rows=5)
    source = _line("Källa")
    notes = _text("Anteckningar (en per rad)", rows=4)


DELIVERY_CHOICES = [
    ("", "Inte angivet"),
    ("individual", "Individuellt"),
    ("group", "I grupp"),
    ("both", "Individuellt eller i grupp"),
]
MINORS_CHOICES = [
    ("", "Inte angivet (samtycke krävs till 18 år)"),
    ("yes", "Ja, 15–17-åringar får delta utan vårdnadshavares samtycke"),
    ("no", "Nej, vårdnadshavarnas samtycke krävs till 18 år"),
]
REGIME_CHOICES = [
    (Regime.full.value, "Dokumenteras (14 kap. 3 §)"),
    (Regime.advice.value, "Rådgivning: personliga förhållanden dokumenteras inte (14 kap. 4 §)"),
    (
        Regime.no_identity.value,
        "Uppgifter som kan röja identiteten dokumenteras inte (14 kap. 5 §)",
    ),
]


class InterventionForm(_Styled):
    """Every field of one intervention except its conditions (the condition builder)."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    title = _line("Namn på insatsen", required=True)
    area = forms.ChoiceField(label="Område")
    section = _line("Avsnitt (t.ex. 3.1.2)")
    content = _text("Innehåll", rows=6, required=True)
    target_group = _text("Målgrupp", rows=2)
    extent = _text("Omfattning", rows=2)
    delivery = forms.ChoiceField(label="Form", choices=DELIVERY_CHOICES, required=False)
    minors_without_consent = forms.ChoiceField(
        label="15–17 år utan vårdnadshavares samtycke (21 kap. 2 §)",
        choices=MINORS_CHOICES,
        required=False,
    )
    minors_statement = _text("Nämndens formulering om 15–17-åringar", rows=2)
    regime = forms.ChoiceField(label="Dokumentation", choices=REGIME_CHOICES)
    documentation_system = _line("Dokumentationssystem (t.ex. Lifecare IFO)")
    special_reasons = _text("Särskilda skäl (14 kap. 5 §)", rows=3)
    risk_analysis = _text("Risk- och konsekvensanalys", rows=3)
    documentation_text = _text("Dokumentation, förteckningens formulering", rows=2)
    follow_up_forms = forms.MultipleChoiceField(
        label="Uppföljning",
        required=False,
        choices=[(form.value, form.label_sv) for form in FollowUpForm],
        widget=forms.CheckboxSelectMultiple,
    )
    follow_up_text = _text("Uppföljning, förteckningens formulering", rows=2)
    confidentiality = _text("Tystnadsplikt", rows=2)
    fee = _line("Avgift")
    aliases = _text("Andra id som hittar insatsen (en per rad)", rows=2)
    notes = _text("Anteckningar (en per rad)", rows=3)

    def __init__(self, *args: Any, areas: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["area"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = areas


#: The condition kinds of the builder, with their Swedish names.
CONDITION_KINDS: dict[str, str] = {
    "age": "Ålder",
    "registered_in": "Folkbokförd i kommunen",
    "lives_in": "Bosatt i kommunen",
    "school": "Barnet går i kommunens förskola eller skola",
    "guardian_consent": "Vårdnadshavarnas samtycke",
    "situations": "Närståendes situation (anhörigstöd)",
    "flag": "Ja/nej-uppgift",
    "manual": "Annat villkor, kontrolleras manuellt med nämndens ordalydelse",
    "all": "Grupp: alla av följande",
    "any": "Grupp: något av följande",
    "not": "Grupp: inte följande",
}
GROUP_KINDS = ("all", "any", "not")
SUBJECTS = [("person", "Personen själv"), ("child", "Barnet"), ("offender", "Gärningspersonen")]
EVIDENCE_CHOICES = [(e.value, e.label_sv) for e in Evidence]
BOOL_FACTS = [(key, spec.question) for key, spec in VOCABULARY.items() if spec.type == "bool"]


def _int(label: str, low: int, high: int) -> Any:
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=low,
        max_value=high,
        error_messages={
            "invalid": "Skriv ett heltal.",
            "min_value": f"Skriv ett tal från {low}.",
            "max_value": f"Skriv ett tal till och med {high}.",
        },
    )


class ConditionForm(_Styled):
    """One condition of the builder; which fields count depends on ``kind``."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    kind = forms.ChoiceField(widget=forms.HiddenInput, choices=list(CONDITION_KINDS.items()))
    text = _text(
        "Nämndens formulering",
        rows=2,
        help_text="Villkoret som det står i riktlinjerna. Lämna tomt för den genererade meningen.",
    )
    subject = forms.ChoiceField(label="Gäller", choices=SUBJECTS, required=False)
    min = _int("Lägsta ålder (fyllda år)", 0, 130)
    max = _int("Högsta ålder (år)", 0, 130)
    municipality = _line("Kommun")
    min_grade = _int("Från årskurs (-1 förskola, 0 förskoleklass)", -1, 10)
    max_grade = _int("Till årskurs", -1, 10)
    below_age = _int("Samtycke krävs för den som inte har fyllt (år)", 1, 18)
    guardians = forms.ChoiceField(
        label="Vems samtycke",
        choices=[("all", "Samtliga vårdnadshavare"), ("any", "En vårdnadshavare räcker")],
        required=False,
        widget=forms.RadioSelect,
    )
    situations = forms.MultipleChoiceField(
        label="Den närstående …",
        required=False,
        choices=list(CLOSE_PERSON_SITUATIONS.items()),
        widget=forms.CheckboxSelectMultiple,
    )
    fact = forms.ChoiceField(label="Uppgift", choices=BOOL_FACTS, required=False)
    expected = forms.ChoiceField(
        label="Villkoret är uppfyllt när svaret är",
        choices=[("yes", "Ja"), ("no", "Nej")],
        required=False,
        widget=forms.RadioSelect,
    )
    evidence = forms.ChoiceField(
        label="Det utföraren tittar på", choices=EVIDENCE_CHOICES, required=False
    )
    evidence_note = _line("Vilket underlag, precis")
    question = _line(
        "Egen fråga till den enskilde",
        help_text="Frågan utföraren ställer, när standardfrågan inte passar. Lämna tomt för "
        "standardfrågan.",
    )
    citation = _line(
        "Lagrum",
        help_text="När villkoret bygger på mer än nämndens beslut, t.ex. SoL 21 kap. 2 §.",
    )

    #: The fields each kind uses (besides text, question, evidence, evidence_note, citation).
    FIELDS: dict[str, tuple[str, ...]] = {  # noqa: RUF012
        "age": ("subject", "min", "max"),
        "registered_in": ("subject", "municipality"),
        "lives_in": ("municipality",),
        "school": ("municipality", "min_grade", "max_grade"),
        "guardian_consent": ("below_age", "guardians"),
        "situations": ("situations",),
        "flag": ("fact", "expected"),
        "manual": (),
        "all": (),
        "any": (),
        "not": (),
    }

    def visible(self) -> list[Any]:
        """The bound fields this kind shows, in order."""
        kind = self.data.get("kind") or self.initial.get("kind") or "manual"
        names = list(self.FIELDS.get(str(kind), ()))
        if str(kind) in GROUP_KINDS:
            names = ["text", "citation"]
        else:
            names = [*names, "text", "question", "evidence", "evidence_note", "citation"]
        return [self[name] for name in names]

    def add_declared(self, facts: list[tuple[str, str]]) -> None:
        """Offer the catalog's own yes/no facts besides the vocabulary's (docs/committee.md)."""
        field = self.fields["fact"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [*BOOL_FACTS, *facts]

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean() or {}
        kind = data.get("kind")
        if kind == "age" and data.get("min") is None and data.get("max") is None:
            self.add_error("min", "Ange en lägsta eller en högsta ålder.")
        low, high = data.get("min"), data.get("max")
        if kind == "age" and low is not None and high is not None and low > high:
            self.add_error("max", "Högsta åldern är lägre än den lägsta.")
        if kind in {"registered_in", "lives_in", "school"} and not data.get("municipality"):
            self.add_error("municipality", "Skriv kommunens namn, t.ex. Alingsås.")
        if kind == "guardian_consent" and data.get("below_age") is None:
            self.add_error("below_age", "Ange åldern, oftast 15.")
        if kind == "situations" and not data.get("situations"):
            self.add_error("situations", "Kryssa i minst en situation.")
        if kind == "flag" and not data.get("fact"):
            self.add_error("fact", "Välj uppgiften.")
        if kind == "manual" and not (data.get("text") or "").strip():
            self.add_error("text", "Skriv villkoret som det står i riktlinjerna.")
        return data


class DecisionForm(_Styled):
    """The committee's decision: instance, date, diarienummer, paragraph, validity, revise-by."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    body = _line("Beslutande instans", required=True)
    date = forms.DateField(label="Beslutsdatum", widget=forms.DateInput(attrs={"type": "date"}))
    diarienummer = _line("Diarienummer", required=True, help_text="T.ex. 2026.101 SN")
    paragraph = _line("Paragraf", help_text="Protokollets paragraf, t.ex. § 52")
    valid_from = forms.DateField(
        label="Gäller från", widget=forms.DateInput(attrs={"type": "date"})
    )
    valid_to = forms.DateField(
        label="Gäller till (lämna tomt om giltigheten inte har något slut)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    revise_by = forms.DateField(
        label="Revideras senast", widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("date", "valid_from", "valid_to", "revise_by"):
            self.fields[name].error_messages["invalid"] = "Skriv datumet som ÅÅÅÅ-MM-DD."
