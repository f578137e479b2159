"""Survey pages: the committee's (``/uppfoljning/<catalog>/enkater/``) and the resident's
(``/enkat/<token>/``, no log-in, no JavaScript, Swedish; docs/followup.md, "Brukarenkät").

The resident's page sets no cookie (no session, no CSRF cookie: the signed single-use answer
token in the form does that work) and is never cached (each form carries its own token). Its
requests are left out of the access log (``iub.web.common.logging.SurveyQuiet``). A round in
code mode first asks for the printed answer code (``?kod=``, a GET form or the card's QR code).
"""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from pydantic import ValidationError

from iub.catalog import Catalog, FollowUpForm, Intervention
from iub.followup import catalog_allow_list
from iub.followup.surveys import (
    FREE_TEXT_ID,
    OWN_QUESTIONS_MAX,
    STANDARD_QUESTIONS,
    AnswerError,
    survey_questions,
)
from iub.web.accounts.models import StaffProfile
from iub.web.accounts.selectors import staff_profile
from iub.web.followup import selectors
from iub.web.followup import surveys as services
from iub.web.followup.models import Survey, SurveyRound

__all__ = [
    "answer",
    "round_close",
    "round_codes",
    "survey_edit",
    "survey_list",
    "survey_round_page",
]

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


def _editor_round(request: HttpRequest, stem: str, intervention: str, pk: int) -> SurveyRound:
    """The round a committee member acts on: 403 for another role or municipality.

    Checked before anything is looked up, so a refused post learns nothing and changes nothing.
    """
    if not _may_edit(request) or stem not in selectors.followup_stems(request.user):
        raise PermissionDenied("only the committee of this catalog acts on its survey rounds")
    found = _surveyed(_catalog(request, stem), intervention)
    survey_round_ = (
        SurveyRound.objects.select_related("survey")
        .filter(pk=pk, survey__stem=stem, survey__intervention_id=found.id)
        .first()
    )
    if survey_round_ is None:
        raise Http404("Omgången finns inte.")
    return survey_round_


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
                mode = request.POST.get("svarssatt", "lank")
                if mode not in ("lank", "koder"):
                    raise ValueError("Välj hur deltagarna svarar: öppen länk eller svarskoder.")
                starts_on = _date(request.POST.get("starts_on", ""), "Startdatum")
                ends_on = _date(request.POST.get("ends_on", ""), "Slutdatum")
                survey, _ = Survey.objects.get_or_create(stem=stem, intervention_id=found.id)
                created = services.round_open(
                    survey,
                    request.POST.get("label", ""),
                    starts_on,
                    ends_on,
                    codes_only=mode == "koder",
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
        "rounds": [(r, services.round_current_state(r, today=today)) for r in rounds],
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
def survey_round_page(request: HttpRequest, stem: str, intervention: str, pk: int) -> HttpResponse:
    return survey_round(request, stem, intervention, pk)


def survey_round(
    request: HttpRequest,
    stem: str,
    intervention: str,
    pk: int,
    *,
    errors: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    """The round's page: its link and QR code, its state, and the committee's actions."""
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
    codes, spent = services.code_counts(survey_round_)
    context = {
        "stem": stem,
        "catalog": catalog,
        "intervention": found,
        "round": survey_round_,
        "state": services.round_current_state(survey_round_, today=dt.date.today()),
        "url": url,
        "qr": mark_safe(services.qr_svg(url)),  # segno's own SVG: no user text in it
        "threshold": threshold,
        "enough": answered >= threshold,
        "texts": texts,
        "editor": _may_edit(request),
        "codes": codes,
        "spent": spent,
        "codes_max": services.CODES_MAX,
        "errors": errors or [],
    }
    return render(request, "followup/survey_round.html", context, status=status)


@login_required
@require_POST
def round_close(request: HttpRequest, stem: str, intervention: str, pk: int) -> HttpResponse:
    """Close a round now, for good: the committee ticks a confirmation first (no JavaScript)."""
    survey_round_ = _editor_round(request, stem, intervention, pk)
    if request.POST.get("bekrafta") != "ja":
        return survey_round(
            request,
            stem,
            intervention,
            pk,
            errors=[
                "Kryssa i rutan för att bekräfta att omgången ska stängas. Omgången är inte stängd."
            ],
            status=400,
        )
    try:
        services.round_close(
            survey_round_, actor=str(request.user.get_username()), today=dt.date.today()
        )
    except services.AlreadyClosedError:
        return survey_round(
            request,
            stem,
            intervention,
            pk,
            errors=["Omgången är redan stängd. En stängd omgång kan inte öppnas igen."],
            status=409,
        )
    messages.success(
        request,
        f"Omgången {survey_round_.label} är stängd. Inga fler svar tas emot, och omgången "
        "kan inte öppnas igen.",
    )
    return redirect("followup:survey_round", stem, intervention, pk)


@login_required
@require_POST
def round_codes(request: HttpRequest, stem: str, intervention: str, pk: int) -> HttpResponse:
    """New answer codes for a code-mode round, as a printable A4 PDF of cut-out cards.

    The codes are shown this once and never again: only their keyed hashes are stored.
    """
    survey_round_ = _editor_round(request, stem, intervention, pk)
    found = _surveyed(_catalog(request, stem), intervention)
    try:
        count = int(request.POST.get("antal", ""))
    except ValueError:
        count = 0
    try:
        codes = services.codes_issue(survey_round_, count, actor=str(request.user.get_username()))
    except ValueError as exc:
        return survey_round(request, stem, intervention, pk, errors=[str(exc)], status=400)
    base = request.build_absolute_uri(f"/enkat/{survey_round_.token}/")
    cards = [
        {
            "code": code,
            "qr": mark_safe(  # segno's own SVG of our own URL and code: no user text
                services.qr_svg(f"{base}?kod={code}", label=f"QR-kod till enkäten, kod {code}")
            ),
        }
        for code in codes
    ]
    html = render_to_string(
        "followup/survey_codes_sheet.html",
        {
            "intervention": found,
            "round": survey_round_,
            "cards": cards,
            "pages": [
                cards[i : i + _CARDS_PER_PAGE] for i in range(0, len(cards), _CARDS_PER_PAGE)
            ],
            "base": base,
        },
    )
    pdf = services.codes_sheet_pdf(html)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="svarskoder-omgang-{pk}.pdf"'
    response["Cache-Control"] = "no-store"
    return response


_CARDS_PER_PAGE = 8


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


_CODE_FIELD = "kod"


def _not_open(
    request: HttpRequest, survey_round_: SurveyRound, title: str, state: str
) -> HttpResponse:
    """Closed (its period ended, or the committee closed it early) or not yet open."""
    if state == "closed":
        ended = survey_round_.ends_on + dt.timedelta(days=1)
        since = min(ended, survey_round_.closed_on) if survey_round_.closed_on else ended
        return _public(
            request,
            "survey_message.html",
            {
                "title": f"Enkäten är stängd: {title}",
                "message": f"Enkäten är stängd sedan {since:%Y-%m-%d}. Inga fler svar tas emot.",
            },
            410,
        )
    return _public(
        request,
        "survey_message.html",
        {
            "title": title,
            "message": f"Enkäten öppnar {survey_round_.starts_on:%Y-%m-%d}. Välkommen tillbaka då.",
        },
        409 if request.method == "POST" else 200,
    )


def _code_entry(
    request: HttpRequest,
    survey_round_: SurveyRound,
    title: str,
    *,
    typed: str = "",
    status: int | None = None,
) -> HttpResponse:
    """Code mode: the page that asks for the answer code printed on the resident's card."""
    status = status if status is not None else 400 if typed else 200
    error = ""
    if typed:
        error = (
            "Koden finns inte i den här enkäten. Kontrollera att du skrev av den rätt, "
            "till exempel 8 och B. Inget sparades."
        )
    elif status != 200:
        error = "Skriv svarskoden från ditt kort. Utan den tas svaret inte emot. Inget sparades."
    return _public(
        request, "survey_code.html", {"title": title, "typed": typed[:40], "error": error}, status
    )


def _code_spent(request: HttpRequest) -> HttpResponse:
    return _public(
        request,
        "survey_message.html",
        {
            "title": "Koden är redan använd",
            "message": "Svarskoden har redan använts för ett svar, och varje kod tar emot ett "
            "svar. Inget nytt sparades. Har du svarat redan: tack!",
        },
        409,
    )


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
    state = services.round_current_state(survey_round_, today=today)
    if state != "open":
        return _not_open(request, survey_round_, title, state)
    code = ""
    if survey_round_.codes_only:
        source = request.POST if request.method == "POST" else request.GET
        code = str(source.get(_CODE_FIELD, ""))
        if request.method != "POST":
            if not code:
                return _code_entry(request, survey_round_, title)
            try:
                services.code_check(survey_round_, code)
            except services.CodeError:
                return _code_entry(request, survey_round_, title, typed=code)
            except services.CodeSpentError:
                return _code_spent(request)
    questions = services.round_questions(survey_round_)
    context: dict[str, object] = {
        "title": title,
        "round": survey_round_,
        "questions": questions,
        "free_text_id": FREE_TEXT_ID,
        "answer_token": services.answer_token_new(survey_round_),
        "code": code,
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
    fields = {_TOKEN_FIELD, _DROP_FIELD} | ({_CODE_FIELD} if survey_round_.codes_only else set())
    extra = set(request.POST) - fields - {f"q-{k}" for k in posted}
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
            if survey_round_.codes_only:
                services.code_check(survey_round_, code)
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
        stored = services.answer_store(
            survey_round_, token_value, checked, today=today, code=code or None
        )
    except services.CodeError:
        return _code_entry(request, survey_round_, title, typed=code, status=400)
    except services.CodeSpentError:
        return _code_spent(request)
    except services.RoundClosedError:
        survey_round_.refresh_from_db()
        state = services.round_current_state(survey_round_, today=today)
        return _not_open(request, survey_round_, title, state)
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
