"""The provider's desk: staff pages under /personal/. Views only translate.

Each view finds its :class:`~.selectors.Place` through ``desk_place`` (403 outside the user's
own units), parses input with a form, calls one service or selector and renders.
"""

from __future__ import annotations

import logging
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from pydantic import ValidationError as PydanticError

from iub.catalog import Regime
from iub.errors import GuardRefusal
from iub.followup import (
    AnonymousEnd,
    AnonymousStart,
    FullEnd,
    FullEvent,
    FullStart,
    HeadCountRecord,
    IdentityError,
    VisitRecord,
    note_redact,
    note_screen,
)
from iub.intake import OutcomeKind
from iub.law import condition_texts
from iub.privacy import QUASI_KINDS_SV
from iub.web.accounts.requests import StaffRequest
from iub.web.accounts.selectors import staff_profile, staff_units
from iub.web.catalog import selectors as catalog_selectors
from iub.web.catalog.selfcheck import SelfCheckInputError, selfcheck_step
from iub.web.desk import forms, selectors, services
from iub.web.desk.errors_sv import pydantic_error_sv
from iub.web.desk.models import AnonymousParticipation, CheckRecord, Participation

logger = logging.getLogger("iub.desk")

KIND_SV = {
    "personnummer": "personnummer",
    "samordningsnummer": "samordningsnummer",
    "phone": "telefonnummer",
    "email": "e-postadress",
    "address": "adress",
    "postcode": "postnummer",
    "licence_plate": "registreringsnummer",
    "name": "namn",
    **{f"quasi.{kind}": label for kind, label in QUASI_KINDS_SV.items()},
}
OUTCOME_SV = {kind.value: kind.label_sv for kind in OutcomeKind}


def _place(request: StaffRequest, stem: str, unit: str, intervention: str) -> selectors.Place:
    return selectors.desk_place(request.user, stem=stem, unit=unit, intervention=intervention)


def _args(place: selectors.Place) -> list[str]:
    return [place.unit.stem, place.unit.slug, place.intervention.id]


def _context(place: selectors.Place, **extra: Any) -> dict[str, Any]:
    return {
        "place": place,
        "unit": place.unit,
        "intervention": place.intervention,
        "catalog": place.catalog,
        "regime": place.regime,
        "regime_label": place.regime.label_sv,
        "args": _args(place),
        **extra,
    }


@require_safe
@login_required
def home(request: StaffRequest) -> HttpResponse:
    """The staff member's units and the interventions each carries."""
    profile = staff_profile(request.user)
    if profile is None:
        raise PermissionDenied("not staff")
    rows = []
    for unit in staff_units(request.user):
        version = catalog_selectors.catalog_version_latest(unit.stem)
        catalog = catalog_selectors.catalog_of(version) if version else None
        titles = {i.id: i for i in catalog.interventions} if catalog else {}
        items = [
            (carried, titles[carried.intervention_id])
            for carried in unit.interventions.all()
            if carried.intervention_id in titles
        ]
        rows.append((unit, items))
    return render(request, "desk/home.html", {"profile": profile, "rows": rows})


@require_safe
@login_required
def place_detail(request: StaffRequest, stem: str, unit: str, intervention: str) -> HttpResponse:
    """One intervention at one unit: what to do, and the latest records without identity."""
    place = _place(request, stem, unit, intervention)
    context = _context(
        place,
        recent=selectors.records_recent(place),
        outcome_sv=OUTCOME_SV,
        may_correct=request.user.has_perm("desk.note_correct"),
    )
    if place.regime is Regime.full:
        context["participations"] = selectors.participations_full(
            place, actor=request.user.get_username()
        )
    return render(request, "desk/place.html", context)


# -- the summary check ------------------------------------------------------------------------


@sensitive_post_parameters()
@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def check(request: StaffRequest, stem: str, unit: str, intervention: str) -> HttpResponse:
    """The summary check, one question at a time; the outcome is stored without the facts."""
    place = _place(request, stem, unit, intervention)
    desk = catalog_selectors.desk_of(place.version)
    posted = dict(request.POST.lists()) if request.method == "POST" else {}
    key = (posted.pop("idem", None) or [forms.new_key()])[0]
    try:
        step = selfcheck_step(desk=desk, intervention=place.intervention, data=posted)
    except SelfCheckInputError:
        return render(
            request,
            "common/error.html",
            {
                "status": 400,
                "title": "Svaren kunde inte läsas",
                "message": "Något i formuläret stämmer inte med frågorna. Inget sparades. "
                "Börja om kontrollen.",
            },
            status=400,
        )
    context = _context(place, step=step, idem=key, started=request.method == "POST")
    if step.question is not None:
        return render(request, "desk/check.html", context)
    try:
        record, _created = services.check_record(
            place, outcome=step.outcome, user=request.user, key=key, on=timezone.localdate()
        )
    except services.DeskRuleError as exc:
        raise Http404(exc.code) from None
    context.update(record=record, outcome=step.outcome, outcome_sv=OUTCOME_SV)
    return render(request, "desk/check_outcome.html", context)


def _check(place: selectors.Place, pk: int) -> CheckRecord:
    found = place.records(CheckRecord).filter(pk=pk).first()
    if found is None:
        raise Http404("no such check")
    return found


@require_safe
@login_required
def check_detail(
    request: StaffRequest, stem: str, unit: str, intervention: str, pk: int
) -> HttpResponse:
    """A stored check: outcome, the information duty, and what comes next."""
    place = _place(request, stem, unit, intervention)
    record = _check(place, pk)
    desk = catalog_selectors.desk_of(place.version)
    information = desk.check(place.intervention.id, {}).information
    context = _context(
        place,
        record=record,
        outcome_sv=OUTCOME_SV,
        information=information,
        failed=condition_texts(place.intervention, record.failed_conditions),
        used=services.check_used(record),
    )
    return render(request, "desk/check_detail.html", context)


@require_POST
@login_required
def check_information(
    request: StaffRequest, stem: str, unit: str, intervention: str, pk: int
) -> HttpResponse:
    """Mark the 11 kap. 6 § information as given."""
    place = _place(request, stem, unit, intervention)
    services.check_information_give(_check(place, pk))
    messages.success(request, "Informationen enligt 11 kap. 6 § är markerad som lämnad.")
    return redirect("desk:check_detail", *_args(place), pk)


# -- records without identity -----------------------------------------------------------------


def _guard_panel(place: selectors.Place, note: str, exc: GuardRefusal) -> dict[str, Any]:
    """What the form shows of a refused note: the spans marked, kinds and counts."""
    segments: list[tuple[str, str | None]] = []
    cursor = 0
    for kind, start, end in sorted(exc.findings, key=lambda f: f[1]):
        if start < cursor:
            continue
        segments.append((note[cursor:start], None))
        segments.append((note[start:end], KIND_SV.get(kind, kind)))
        cursor = end
    segments.append((note[cursor:], None))
    counts: dict[str, int] = {}
    for kind, _, _ in exc.findings:
        if kind.startswith("quasi."):
            continue
        label = KIND_SV.get(kind, kind)
        counts[label] = counts.get(label, 0) + 1
    screen = note_screen(note, regime=place.regime, allow=services.note_allow_list(place))
    quasi = screen.quasi if screen.quasi_warns else None
    return {
        "blocking": place.regime is Regime.no_identity and (bool(counts) or screen.quasi_blocks),
        "segments": segments,
        "counts": sorted(counts.items()),
        "combination": quasi.combination_sv() if quasi is not None else "",
        "combination_blocks": screen.quasi_blocks,
        "advice": quasi.advice_sv() if quasi is not None else [],
        "can_confirm": screen.can_confirm,
    }


def _pydantic_to_form(form: forms.DeskForm, exc: PydanticError) -> None:
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ())]
        name = loc[0] if loc and loc[0] in form.fields else None
        form.add_error(name, pydantic_error_sv(error))


def _record_form_view(
    request: StaffRequest,
    place: selectors.Place,
    *,
    form_class: type[forms.DeskForm],
    form_kwargs: dict[str, Any],
    schema: Any,
    save: Any,
    title: str,
    success: str,
    next_url: Any,
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    """GET shows the form; POST validates, screens the note, saves once, redirects."""
    context = _context(place, title=title, **(extra or {}))
    if request.method != "POST":
        context["form"] = form_class(**form_kwargs)
        return render(request, "desk/record_form.html", context)
    data = request.POST.copy()
    action = data.get("action", "save")
    has_note = "note" in form_class.base_fields
    if action == "redact_save" and place.regime is Regime.no_identity:
        # Under 14 kap. 5 § the writer reviews the redacted note before saving it; a forged
        # "replace and save" only replaces. The save then screens the final text again.
        action = "redact"
    if has_note and action in {"redact", "redact_save"}:
        screen = note_screen(
            data.get("note", ""),
            regime=place.regime,
            allow=services.note_allow_list(place),
        )
        data["note"] = note_redact(data.get("note", ""), [*screen.blocking, *screen.to_confirm])
        if action == "redact":
            context["form"] = form_class(data=data, **form_kwargs)
            context["redacted"] = True
            return render(request, "desk/record_form.html", context)
    form = form_class(data=data, **form_kwargs)
    context["form"] = form
    if not form.is_valid():
        return render(request, "desk/record_form.html", context, status=422)
    try:
        record_in = schema.model_validate(form.record_data())
        saved = save(form, record_in)
    except PydanticError as exc:
        _pydantic_to_form(form, exc)
        return render(request, "desk/record_form.html", context, status=422)
    except GuardRefusal as exc:
        logger.info(
            "note refused: %s",
            {"kinds": sorted({k for k, _, _ in exc.findings}), "count": len(exc.findings)},
        )
        context["guard"] = _guard_panel(place, form.cleaned_data.get("note", ""), exc)
        return render(request, "desk/record_form.html", context, status=422)
    except IdentityError as exc:
        form.add_error("identity", exc.message_sv)
        return render(request, "desk/record_form.html", context, status=422)
    except services.DeskRuleError as exc:
        form.add_error(None, exc.message_sv)
        return render(request, "desk/record_form.html", context, status=422)
    except ValueError:
        form.add_error(None, "Något värde är inte tillåtet för insatsen.")
        return render(request, "desk/record_form.html", context, status=422)
    messages.success(request, success)
    return redirect(next_url(saved))


def _check_param(request: StaffRequest, place: selectors.Place) -> CheckRecord | None:
    raw = request.GET.get("kontroll") or request.POST.get("kontroll")
    if raw is None or not str(raw).isdigit():
        return None
    return place.records(CheckRecord).filter(pk=int(raw)).first()


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def visit_new(request: StaffRequest, stem: str, unit: str, intervention: str) -> HttpResponse:
    """Record a visit or one group meeting (advice, no_identity)."""
    place = _place(request, stem, unit, intervention)
    if place.regime not in {Regime.advice, Regime.no_identity}:
        raise Http404("no visits under this regime")
    check_record = _check_param(request, place)

    def save(form: forms.DeskForm, record: VisitRecord) -> Any:
        return services.visit_record(
            place,
            data=record,
            user=request.user,
            key=form.cleaned_data["idem"],
            check=check_record,
            confirmed=bool(form.cleaned_data.get("confirm")),
        )[0]

    return _record_form_view(
        request,
        place,
        form_class=forms.VisitForm,
        form_kwargs={},
        schema=VisitRecord,
        save=save,
        title="Registrera besök eller gruppträff",
        success="Besöket är registrerat.",
        next_url=lambda _saved: reverse("desk:place", args=_args(place)),
        extra={"check_record": check_record},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def participation_new(
    request: StaffRequest, stem: str, unit: str, intervention: str
) -> HttpResponse:
    """Start a participation after an eligible check: anonymous (14:5) or in full (14:3)."""
    place = _place(request, stem, unit, intervention)
    check_record = _check_param(request, place)
    if place.regime is Regime.no_identity:

        def save_anonymous(form: forms.DeskForm, record: AnonymousStart) -> Any:
            return services.anonymous_participation_start(
                place,
                data=record,
                user=request.user,
                key=form.cleaned_data["idem"],
                check=check_record,
                confirmed=bool(form.cleaned_data.get("confirm")),
            )[0]

        return _record_form_view(
            request,
            place,
            form_class=forms.AnonymousStartForm,
            form_kwargs={"intervention_id": place.intervention.id},
            schema=AnonymousStart,
            save=save_anonymous,
            title="Starta deltagande utan identitet",
            success="Deltagandet är registrerat utan uppgifter som kan röja identiteten.",
            next_url=lambda saved: reverse("desk:anonymous_end", args=[*_args(place), saved.pk]),
            extra={"check_record": check_record},
        )
    if place.regime is Regime.full:

        def save_full(form: forms.DeskForm, record: FullStart) -> Any:
            return services.participation_start(
                place,
                data=record,
                user=request.user,
                key=form.cleaned_data["idem"],
                check=check_record,
                on=timezone.localdate(),
            )[0]

        return sensitive_post_parameters("identity")(_record_form_view)(
            request,
            place,
            form_class=forms.FullStartForm,
            form_kwargs={},
            schema=FullStart,
            save=save_full,
            title="Starta deltagande",
            success="Deltagandet är registrerat.",
            next_url=lambda saved: reverse("desk:participation", args=[*_args(place), saved.pk]),
            extra={"check_record": check_record},
        )
    raise Http404("no participations under this regime")


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def anonymous_end(
    request: StaffRequest, stem: str, unit: str, intervention: str, pk: int
) -> HttpResponse:
    """End a participation under 14 kap. 5 §."""
    place = _place(request, stem, unit, intervention)
    found = place.records(AnonymousParticipation).filter(pk=pk).first()
    if found is None:
        raise Http404("no such participation")

    def save(form: forms.DeskForm, record: AnonymousEnd) -> Any:
        return services.anonymous_participation_end(found, data=record)

    return _record_form_view(
        request,
        place,
        form_class=forms.AnonymousEndForm,
        form_kwargs={},
        schema=AnonymousEnd,
        save=save,
        title="Avsluta deltagande utan identitet",
        success="Deltagandet är avslutat.",
        next_url=lambda _saved: reverse("desk:place", args=_args(place)),
        extra={"anonymous": found},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def head_count(request: StaffRequest, stem: str, unit: str, intervention: str) -> HttpResponse:
    """Head-count of an open activity per half-day, by the unit's counting rule."""
    place = _place(request, stem, unit, intervention)
    if not place.carried.head_count:
        raise Http404("no head-count here")

    def save(form: forms.DeskForm, record: HeadCountRecord) -> Any:
        return services.head_count_record(
            place, data=record, user=request.user, key=form.cleaned_data["idem"]
        )[0]

    return _record_form_view(
        request,
        place,
        form_class=forms.HeadCountForm,
        form_kwargs={},
        schema=HeadCountRecord,
        save=save,
        title="Räkna besökare",
        success="Antalet besökare är registrerat.",
        next_url=lambda _saved: reverse("desk:place", args=_args(place)),
        extra={"counting_rule": place.unit.get_counting_rule_display()},
    )


# -- full (14 kap. 3 §) ------------------------------------------------------------------------


def _full(place: selectors.Place, pk: int) -> Participation:
    if place.regime is not Regime.full:
        raise Http404("not a full-regime intervention")
    found = place.records(Participation).filter(pk=pk).first()
    if found is None:
        raise Http404("no such participation")
    return found


@require_safe
@login_required
def participation_detail(
    request: StaffRequest, stem: str, unit: str, intervention: str, pk: int
) -> HttpResponse:
    """A participation documented in full; the read is written to the audit trail."""
    place = _place(request, stem, unit, intervention)
    _full(place, pk)
    view = selectors.participation_read(
        place, pk, actor=request.user.get_username(), purpose="visa deltagande"
    )
    return render(request, "desk/participation.html", _context(place, view=view))


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def participation_event(
    request: StaffRequest, stem: str, unit: str, intervention: str, pk: int
) -> HttpResponse:
    """Document an event of significance (audited)."""
    place = _place(request, stem, unit, intervention)
    participation = _full(place, pk)

    def save(form: forms.DeskForm, record: FullEvent) -> Any:
        return services.participation_event_add(
            place, participation, data=record, user=request.user, key=form.cleaned_data["idem"]
        )[0]

    return _record_form_view(
        request,
        place,
        form_class=forms.FullEventForm,
        form_kwargs={},
        schema=FullEvent,
        save=save,
        title="Dokumentera händelse av betydelse",
        success="Händelsen är dokumenterad.",
        next_url=lambda _saved: reverse("desk:participation", args=[*_args(place), pk]),
    )


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def participation_end(
    request: StaffRequest, stem: str, unit: str, intervention: str, pk: int
) -> HttpResponse:
    """End a participation documented in full (audited)."""
    place = _place(request, stem, unit, intervention)
    participation = _full(place, pk)

    def save(form: forms.DeskForm, record: FullEnd) -> Any:
        return services.participation_end(place, participation, data=record, user=request.user)

    return _record_form_view(
        request,
        place,
        form_class=forms.FullEndForm,
        form_kwargs={},
        schema=FullEnd,
        save=save,
        title="Avsluta deltagande",
        success="Deltagandet är avslutat.",
        next_url=lambda _saved: reverse("desk:participation", args=[*_args(place), pk]),
    )


@require_safe
@login_required
def participation_export(
    request: StaffRequest, stem: str, unit: str, intervention: str, pk: int
) -> HttpResponse:
    """Start and end as JSON for Lifecare IFO or UNGDOK (audited as an export)."""
    place = _place(request, stem, unit, intervention)
    _full(place, pk)
    data = selectors.participation_export(place, pk, actor=request.user.get_username())
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="deltagande-{pk}.json"'
    return response
