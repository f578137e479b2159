"""The committee's list of words that are never a person in its notes (docs/committee.md).

Staff name shops, creditors, apps, districts and services the identity guard cannot place; it
asks about each, and under a 14 kap. 5 § decision a word after "med" or "och" even blocks. The
committee keeps the words that are never a person in its municipality's notes; the desk's
guard leaves them alone. Adding or removing a word is audited; a name, or a word that holds an
identifier, is refused with the reason. Plain forms, no JavaScript.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from iub.web.accounts.models import Unit
from iub.web.committee import selectors
from iub.web.desk.guard_words import (
    MAX_LENGTH,
    GuardWordRefused,
    guard_word_add,
    guard_word_check,
    guard_word_remove,
)
from iub.web.desk.models import GuardWord

__all__ = ["guard_word_delete", "guard_words"]


class GuardWordForm(forms.Form):
    """One word, for one of the committee's municipalities."""

    stem = forms.ChoiceField(label="Kommun")
    word = forms.CharField(
        label="Ord eller namn som aldrig är en person",
        max_length=MAX_LENGTH,
        help_text="Till exempel ”Qasa”, ”Tibber” eller ”Hammarkullen”. Inga personnamn.",
        error_messages={
            "required": "Skriv ordet eller namnet på det som inte är en person.",
            "max_length": f"Skriv högst {MAX_LENGTH} tecken (nu %(show_value)d).",
        },
    )

    def __init__(self, *args: object, stems: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["stem"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = stems
        field.error_messages["invalid_choice"] = "Välj en av dina kommuner."
        if len(stems) == 1:
            field.initial = stems[0][0]
            field.widget = forms.HiddenInput()
        self.fields["word"].widget.attrs.update(
            {
                "class": "ds-input",
                "autocomplete": "off",
                "spellcheck": "false",
                "aria-describedby": "id_word_helptext",
            }
        )

    def clean_word(self) -> str:
        try:
            return guard_word_check(str(self.cleaned_data.get("word") or ""))
        except GuardWordRefused as exc:
            raise forms.ValidationError(exc.message, code="refused") from None


def _stems(request: HttpRequest) -> list[tuple[str, str]]:
    """The municipalities (stem, name) this user keeps words for."""
    allowed = selectors.committee_stems(request.user)
    offices = Unit.objects.filter(kind=Unit.Kind.COMMITTEE).order_by("stem")
    if allowed is not None:
        offices = offices.filter(stem__in=allowed)
    return [(office.stem, office.name) for office in offices]


def _page(
    request: HttpRequest, stems: list[tuple[str, str]], form: GuardWordForm, status: int = 200
) -> HttpResponse:
    if form.errors.get("word"):
        form.fields["word"].widget.attrs.update(
            {"aria-invalid": "true", "aria-describedby": "id_word_helptext id_word_error"}
        )
    words = GuardWord.objects.filter(stem__in=[stem for stem, _ in stems])
    context = {"form": form, "words": list(words), "several": len(stems) > 1}
    return render(request, "committee/guard_words.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def guard_words(request: HttpRequest) -> HttpResponse:
    """The list, and the form that adds a word; a refused word re-shows the form (400)."""
    stems = _stems(request)
    if request.method != "POST":
        return _page(request, stems, GuardWordForm(stems=stems))
    form = GuardWordForm(request.POST, stems=stems)
    if not form.is_valid():
        return _page(request, stems, form, status=400)
    actor = str(request.user.get_username())
    try:
        row = guard_word_add(form.cleaned_data["stem"], form.cleaned_data["word"], actor=actor)
    except GuardWordRefused as exc:
        form.add_error("word", exc.message)
        return _page(request, stems, form, status=400)
    messages.success(request, f"”{row.word}” räknas inte längre som ett möjligt namn.")
    return HttpResponseRedirect(reverse("committee:guard_words"))


@require_POST
@login_required
def guard_word_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove one word of the committee's own municipality."""
    stems = [stem for stem, _ in _stems(request)]
    row = GuardWord.objects.filter(pk=pk, stem__in=stems).first()
    if row is None:
        raise Http404("no such word of this committee")
    guard_word_remove(row, actor=str(request.user.get_username()))
    messages.info(request, f"”{row.word}” är borttaget: vakten frågar om det igen.")
    return HttpResponseRedirect(reverse("committee:guard_words"))
