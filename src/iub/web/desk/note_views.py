"""Staff pages for notes that must not exist: correct or remove one, and review them all.

``note_edit`` is reached from the place page and from the privacy review; it needs the
provider's access to the unit (``desk_place``) and the ``desk.note_correct`` permission.
``privacy_review`` lists, for a provider, the stored notes of their units that the current
guard would refuse, each with a link to correct it; committee staff and other roles see the
count only, never a note.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from iub.web.accounts.models import StaffProfile, Unit
from iub.web.accounts.requests import StaffRequest
from iub.web.accounts.selectors import staff_profile, staff_units
from iub.web.desk import notes, selectors, services
from iub.web.desk.forms import NoteCorrectionForm
from iub.web.desk.views import _args, _context, _guard_panel

__all__ = ["note_edit", "privacy_review"]


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def note_edit(
    request: StaffRequest, stem: str, unit: str, intervention: str, kind: str, pk: int
) -> HttpResponse:
    """Correct or remove the note of one visit or participation without identity (audited)."""
    place = selectors.desk_place(request.user, stem=stem, unit=unit, intervention=intervention)
    if not notes.user_may_correct(request.user):
        raise PermissionDenied("may not correct notes")
    record = notes.note_record(place, kind, pk)
    if record is None:
        raise Http404("no such record")
    context: dict[str, Any] = _context(place, record=record, kind=kind)
    if request.method != "POST":
        context["form"] = NoteCorrectionForm(
            initial={"note": record.note}, reasons=notes.NOTE_REASONS
        )
        return render(request, "desk/note_edit.html", context)
    form = NoteCorrectionForm(data=request.POST, reasons=notes.NOTE_REASONS)
    context["form"] = form
    if not form.is_valid():
        return render(request, "desk/note_edit.html", context, status=422)
    data = form.cleaned_data
    if data["action"] == "remove":
        notes.note_remove(place, record, reason=data["reason"], user=request.user)
        messages.success(
            request,
            "Anteckningen är borttagen. Granskningsloggen visar vem som tog bort den, när och "
            "varför – men inte texten.",
        )
        return redirect("desk:place", *_args(place))
    screen = notes.note_correct(
        place,
        record,
        text=data.get("note") or "",
        reason=data["reason"],
        user=request.user,
        allow=services.note_allow_list(place),
        confirmed=bool(data.get("confirm")),
    )
    if not screen.storable(confirmed=bool(data.get("confirm"))):
        context["guard"] = _guard_panel(place, data.get("note") or "", screen.refusal())
        return render(request, "desk/note_edit.html", context, status=422)
    messages.success(
        request,
        "Anteckningen är rättad. Granskningsloggen visar vem som rättade den, när och varför "
        "– men inte texten.",
    )
    return redirect("desk:place", *_args(place))


@require_safe
@login_required
def privacy_review(request: StaffRequest) -> HttpResponse:
    """Stored notes the current guard would refuse: a list for providers, a count for others."""
    profile = staff_profile(request.user)
    if profile is None:
        raise PermissionDenied("not staff")
    if profile.role == StaffProfile.Role.PROVIDER:
        findings = notes.privacy_findings(staff_units(request.user))
        context = {
            "profile": profile,
            "findings": findings,
            "count": len(findings),
            "may_correct": notes.user_may_correct(request.user),
        }
        return render(request, "desk/privacy_review.html", context)
    stems = {u.stem for u in profile.units.all()}
    units = Unit.objects.filter(stem__in=stems) if stems else None
    count = notes.privacy_findings_count(units)
    return render(
        request,
        "desk/privacy_review.html",
        {"profile": profile, "findings": None, "count": count, "may_correct": False},
    )
