"""Survey pages: the committee's (``/uppfoljning/<catalog>/enkater/``) and the resident's
(``/enkat/<token>/``, no log-in, no JavaScript, Swedish; docs/followup.md, "Brukarenkät").

The resident's page sets no cookie (no session, no CSRF cookie: the signed single-use answer
token in the form does that work) and is never cached (each form carries its own token). Its
requests are left out of the access log (``iub.web.common.logging.SurveyQuiet``).
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe
from pydantic import ValidationError

from iub.catalog import Catalog, FollowUpForm, Intervention
from iub.followup import catalog_allow_list
from iub.followup.surveys import (
    FREE_TEXT_ID,
    OWN_QUESTIONS_MAX,
    STANDARD_QUESTIONS,
    AnswerError,
    round_state,
    survey_questions,
)
from iub.web.accounts.models import StaffProfile
from iub.web.accounts.selectors import staff_profile
from iub.web.followup import selectors
from iub.web.followup import surveys as services
from iub.web.followup.models import Survey, SurveyRound

__all__ = ["answer", "survey_edit", "survey_list", "survey_round"]

_EDITORS = (StaffProfile.Role.COMMITTEE, StaffProfile.Role.ADMIN)
_KINDS = {"scale": "Skala (instämmer helt … inte alls)", "yes_no": "Ja eller nej"}


def _catalog(request: HttpRequest, stem: str) -> Catalog:
    if stem not in selectors.followup_stems(request.user):
        raise Http404("Förteckningen finns inte, eller så får du inte se den.")
    catalog = selectors.catalog_for(stem)
    if catalog is None:
        raise Http404("Förteckningen finns inte.")
    return catalog


def _surveyed(catalog: Catalog, intervention: str) -> Intervention:
    for candidate in catalog.interventions:
        if candidate.id == intervention:
            if FollowUpForm.user_survey not in candidate.follow_up.forms:
                raise Http404("Förteckningen anger inte brukarenkät som uppföljning av insatsen.")
            return candidate
    raise Http404("Insatsen finns inte i förteckningen.")


def _may_edit(request: HttpRequest) -> bool:
    profile = staff_profile(request.user)
    return profile is not None and profile.role in _EDITORS


@login_required
@require_safe
def survey_list(request: HttpRequest, stem: str) -> HttpResponse:
    catalog = _catalog(request, stem)
    surveyed = [i for i in catalog.interventions if FollowUpForm.user_survey in i.follow_up.forms]
    return render(
        request,
        "followup/survey_list.html",
        {"stem": stem, "catalog": catalog, "interventions": surveyed},
    )


def _date(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} är inget datum (ÅÅÅÅ-MM-DD).") from None


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def survey_edit(request: HttpRequest, stem: str, intervention: str) -> HttpResponse:
    catalog = _catalog(request, stem)
    found = _surveyed(catalog, intervention)
    editor = _may_edit(request)
    errors: list[str] = []
    status = 200
    if request.method == "POST":
        if not editor:
            raise PermissionDenied("only the committee edits surveys")
        action = request.POST.get("action")
        try:
            if action == "questions":
                survey = Survey.objects.filter(stem=stem, intervention_id=found.id).first()
                texts = {
                    q["id"]: request.POST.get(f"text-{q['id']}", q["text"])
                    for q in (survey.own if survey else [])
                }
                kind = request.POST.get("new-kind", "scale")
                if kind not in _KINDS:
                    raise ValueError("Välj en svarstyp i listan.")
                services.survey_save(
                    stem, found.id, texts, [(request.POST.get("new-text", ""), kind)]
                )
                return redirect("followup:survey_edit", stem, found.id)
            if action == "round":
                survey, _ = Survey.objects.get_or_create(stem=stem, intervention_id=found.id)
                created = services.round_open(
                    survey,
                    request.POST.get("label", ""),
                    _date(request.POST.get("starts_on", ""), "Startdatum"),
                    _date(request.POST.get("ends_on", ""), "Slutdatum"),
                )
                return redirect("followup:survey_round", stem, found.id, created.pk)
            raise ValueError("Okänd åtgärd.")
        except ValidationError as exc:
            errors = [_question_error(e) for e in exc.errors()]
            status = 400
        except ValueError as exc:
            errors = [str(exc)]
            status = 400
    survey = Survey.objects.filter(stem=stem, intervention_id=found.id).first()
    definition = services.definition_of(survey) if survey else None
    rounds = list(survey.rounds.order_by("-starts_on", "-id")) if survey else []
    today = dt.date.today()
    context = {
        "stem": stem,
        "catalog": catalog,
        "intervention": found,
        "editor": editor,
        "errors": errors,
        "standard": STANDARD_QUESTIONS,
        "own": survey.own if survey else [],
        "questions": survey_questions(definition),
        "room": len(survey.own if survey else []) < OWN_QUESTIONS_MAX,
        "own_max": OWN_QUESTIONS_MAX,
        "kinds": _KINDS,
        "rounds": [(r, round_state(r.starts_on, r.ends_on, today=today)) for r in rounds],
        "today": today,
        "year": today.year,
        "posted": request.POST if request.method == "POST" else {},
    }
    return render(request, "followup/survey_edit.html", context, status=status)


def _question_error(error: object) -> str:
    kind = getattr(error, "get", lambda _k, _d=None: None)("type")
    if kind == "string_too_short":
        return "En fråga måste ha minst 3 tecken."
    if kind == "string_too_long":
        return "En fråga får ha högst 200 tecken."
    if kind == "too_long":
        return f"En enkät får ha högst {OWN_QUESTIONS_MAX} egna frågor."
    return "Frågan kunde inte sparas: kontrollera text och svarstyp."


@login_required
@require_safe
def survey_round(request: HttpRequest, stem: str, intervention: str, pk: int) -> HttpResponse:
    catalog = _catalog(request, stem)
    found = _surveyed(catalog, intervention)
    survey_round_ = SurveyRound.objects.filter(
        pk=pk, survey__stem=stem, survey__intervention_id=found.id
    ).first()
    if survey_round_ is None:
        raise Http404("Omgången finns inte.")
    url = request.build_absolute_uri(f"/enkat/{survey_round_.token}/")
    threshold = selectors.policy_for(stem).threshold
    answered = survey_round_.responses.count()
    texts = (
        sorted(survey_round_.responses.exclude(free_text="").values_list("free_text", flat=True))
        if answered >= threshold
        else []
    )
    context = {
        "stem": stem,
        "catalog": catalog,
        "intervention": found,
        "round": survey_round_,
        "state": round_state(survey_round_.starts_on, survey_round_.ends_on, today=dt.date.today()),
        "url": url,
        "qr": mark_safe(services.qr_svg(url)),  # segno's own SVG: no user text in it
        "threshold": threshold,
        "enough": answered >= threshold,
        "texts": texts,
    }
    return render(request, "followup/survey_round.html", context)


# --- The resident's page ----------------------------------------------------------------------

_TOKEN_FIELD = "svarstoken"
_DROP_FIELD = "utan_fritext"


def _public(
    request: HttpRequest, template: str, context: dict[str, object], status: int = 200
) -> HttpResponse:
    if "questions" in context:
        chosen = context.get("chosen") or {}
        assert isinstance(chosen, dict)
        questions = context["questions"]
        assert isinstance(questions, tuple)
        context["items"] = [(q, chosen.get(q.id, "")) for q in questions]
    response = render(request, f"followup/{template}", context, status=status)
    response["Referrer-Policy"] = "no-referrer"
    return response


@csrf_exempt  # no cookie on this page; the signed single-use answer token guards the post
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def answer(request: HttpRequest, token: str) -> HttpResponse:
    survey_round_ = services.round_by_token(token)
    if survey_round_ is None:
        return _public(
            request,
            "survey_message.html",
            {
                "title": "Enkäten finns inte",
                "message": "Länken är inte rätt. Kontrollera att hela adressen kom med.",
            },
            404,
        )
    stem = survey_round_.survey.stem
    catalog = selectors.catalog_for(stem)
    wanted = survey_round_.survey.intervention_id
    intervention = next(
        (i for i in (catalog.interventions if catalog else ()) if i.id == wanted), None
    )
    title = intervention.title if intervention else "Brukarenkät"
    today = dt.date.today()
    state = round_state(survey_round_.starts_on, survey_round_.ends_on, today=today)
    if state != "open":
        message = (
            f"Enkäten är stängd sedan {survey_round_.ends_on:%Y-%m-%d}. Inga fler svar tas emot."
            if state == "closed"
            else f"Enkäten öppnar {survey_round_.starts_on:%Y-%m-%d}. Välkommen tillbaka då."
        )
        closed = state == "closed"
        return _public(
            request,
            "survey_message.html",
            {"title": f"Enkäten är stängd: {title}" if closed else title, "message": message},
            410 if closed else 409 if request.method == "POST" else 200,
        )
    questions = services.round_questions(survey_round_)
    context: dict[str, object] = {
        "title": title,
        "round": survey_round_,
        "questions": questions,
        "free_text_id": FREE_TEXT_ID,
        "answer_token": services.answer_token_new(survey_round_),
        "chosen": {},
        "errors": [],
    }
    if request.method != "POST":
        return _public(request, "survey_answer.html", context)
    posted: dict[str, str] = {
        k.removeprefix("q-"): str(request.POST.get(k, ""))
        for k in request.POST
        if k.startswith("q-")
    }
    extra = set(request.POST) - {_TOKEN_FIELD, _DROP_FIELD} - {f"q-{k}" for k in posted}
    problem = ""
    try:
        if extra or any(len(request.POST.getlist(f"q-{k}")) > 1 for k in posted):
            raise AnswerError("okänt fält")
        allow = catalog_allow_list(catalog) if catalog else []
        checked = services.answers_check(
            survey_round_, posted, allow=list(allow), drop_text=_DROP_FIELD in request.POST
        )
        token_value = request.POST.get(_TOKEN_FIELD, "")
        if checked.text_refused:
            services.answer_token_check(survey_round_, token_value)
            context |= {
                "answer_token": token_value,
                "chosen": posted,
                "refused": True,
                "errors": [
                    "Din fritext kan innehålla namn, nummer eller annat som visar vem någon "
                    "är, så den sparas inte. Skriv om den utan sådana uppgifter, eller kryssa "
                    "i rutan nedan för att skicka dina svar utan fritexten."
                ],
            }
            return _public(request, "survey_answer.html", context, 400)
        stored = services.answer_store(survey_round_, token_value, checked, today=today)
    except (AnswerError, services.TokenError):
        problem = (
            "Svaret kunde inte tas emot: formuläret stämmer inte med enkäten. Öppna länken "
            "igen och svara på nytt. Inget sparades."
        )
    except services.ReplayError:
        return _public(
            request,
            "survey_message.html",
            {
                "title": "Ditt svar är redan inskickat",
                "message": "Det här formuläret har redan skickats, så svaret sparades inte "
                "en gång till. Tack för att du svarade!",
            },
            409,
        )
    if problem:
        return _public(
            request,
            "survey_message.html",
            {"title": "Svaret kunde inte tas emot", "message": problem},
            400,
        )
    return _public(
        request, "survey_thanks.html", {"title": title, "text_dropped": stored.text_dropped}
    )
