"""Public pages: municipalities, a catalog, an intervention and the self-check.

Views only translate: they find the published version, call a selector or the self-check,
and render a namespaced template. Pages rendered from a published version are cached by
the version's SHA-256, the language and the (validated) filters: the version never changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template import engines
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, override
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe
from markupsafe import escape

from iub.catalog import Catalog, Intervention, find_intervention
from iub.errors import UnknownIntervention
from iub.facts import Evidence
from iub.intake import EligibilityEngine
from iub.law import (
    CONSENT_OPTIONAL_FROM_AGE,
    MAJORITY_AGE,
    guardian_consent_required,
)
from iub.web.catalog import presentation, selectors, where
from iub.web.catalog.models import CatalogVersion
from iub.web.catalog.selfcheck import (
    SelfCheckInputError,
    Suggestion,
    selfcheck_step,
    suggestions,
    unmet_conditions,
)
from iub.web.common.http import never_cache
from iub.web.common.views import bad_request_with

__all__ = ["catalog_detail", "intervention_detail", "municipalities", "selfcheck"]

_CACHE_TIMEOUT = 24 * 3600
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@lru_cache(maxsize=4096)
def _links_for(language: str, stem: str, intervention_id: str | None) -> dict[str, str]:
    with override(language):
        links = {
            "municipalities": reverse("catalog:municipalities"),
            "catalog": reverse("catalog:catalog", args=[stem]),
        }
        if intervention_id:
            args = [stem, intervention_id]
            links["intervention"] = reverse("catalog:intervention", args=args)
            links["selfcheck"] = reverse("catalog:selfcheck", args=args)
    return links


def links(stem: str, intervention_id: str | None = None) -> dict[str, str]:
    """The page's own addresses, reversed once per language (reverse() is slow per call)."""
    return _links_for(get_language() or "sv", stem, intervention_id)


def _version(stem: str) -> CatalogVersion:
    version = selectors.catalog_version_latest(stem)
    if version is None:
        raise Http404("no such catalog")
    return version


def _intervention(catalog: Catalog, intervention_id: str) -> Intervention:
    try:
        return find_intervention(catalog, intervention_id)
    except UnknownIntervention:
        raise Http404("no such intervention") from None


def _desk_intervention(desk: EligibilityEngine, intervention_id: str) -> Intervention:
    """As :func:`_intervention`, by the desk's table of ids and aliases."""
    try:
        return desk.find(intervention_id)
    except UnknownIntervention:
        raise Http404("no such intervention") from None


@require_safe
def municipalities(request: HttpRequest) -> HttpResponse:
    """The root page: every municipality that has published a catalog."""
    versions = selectors.catalog_versions_latest()
    return render(request, "catalog/municipalities.html", {"versions": versions})


def _filters(request: HttpRequest) -> tuple[dict[str, Any], dict[str, str]]:
    """The catalog filters a resident chose, validated; unknown values are errors, not 400s."""
    errors: dict[str, str] = {}
    audience = request.GET.get("vem") or None
    if audience is not None and audience not in presentation.AUDIENCES:
        errors["vem"] = _("Choose one of the alternatives.")
        audience = None
    age_text = (request.GET.get("alder") or "").strip()
    age = None
    if age_text:
        if age_text.isdigit() and int(age_text) <= 130:
            age = int(age_text)
        else:
            errors["alder"] = _("Write the age as a whole number, for example 16.")
    anonymous = request.GET.get("anonym") == "ja"
    return {"audience": audience, "age": age, "anonymous": anonymous}, errors


@require_safe
def catalog_detail(request: HttpRequest, stem: str) -> HttpResponse:
    """A municipality's catalog by area, with the resident's filters."""
    version = _version(stem)
    upcoming = selectors.catalog_version_next(stem, version)
    chosen, errors = _filters(request)
    key = (
        f"catalog:{version.sha256}:{stem}:{version.number}:{upcoming.pk if upcoming else 0}:"
        f"{chosen['audience']}:{chosen['age']}:{chosen['anonymous']}:{sorted(errors)}"
    )
    if request.GET and not errors and set(request.GET) - {"vem", "alder", "anonym"}:
        key += ":extra"  # unknown parameters are ignored, but do not share the clean page

    def context() -> dict[str, Any]:
        catalog, desk = selectors.catalog_of(version), selectors.desk_of(version)
        shown = presentation.filter_interventions(catalog, desk, **chosen)
        return {
            "version": version,
            "upcoming": upcoming,
            "catalog": catalog,
            "links": links(stem),
            "groups": presentation.intervention_cards(catalog, shown),
            "shown_count": len(shown),
            "total_count": len(catalog.interventions),
            "audiences": presentation.AUDIENCES,
            "chosen": chosen,
            "age_value": request.GET.get("alder", "")[:4]
            if errors.get("alder")
            else (chosen["age"] if chosen["age"] is not None else ""),
            "errors": errors,
            "filtered": any(v for v in chosen.values() if v not in (None, False)),
        }

    return _cached_lazy(request, key, "catalog/catalog_detail.html", context)


def _cached_lazy(request: HttpRequest, key: str, template: str, context: Any) -> HttpResponse:
    full_key = f"page:{get_language()}:{key}"
    html = cache.get(full_key)
    if html is None:
        html = render_to_string(template, context(), request=request)
        cache.set(full_key, html, _CACHE_TIMEOUT)
    return HttpResponse(html)


@require_safe
def intervention_detail(request: HttpRequest, stem: str, intervention_id: str) -> HttpResponse:
    """One intervention: what it is, for whom, what is checked, anonymity, where to turn."""
    version = _version(stem)
    catalog = selectors.catalog_of(version)
    intervention = _intervention(catalog, intervention_id)
    if intervention.id != intervention_id:
        return HttpResponseRedirect(
            reverse("catalog:intervention", args=[stem, intervention.id]), status=301
        )
    upcoming = selectors.catalog_version_next(stem, version)
    chosen = request.GET.get("stadsdel") or ""
    if chosen and not _SLUG.fullmatch(chosen):
        chosen = "-"  # matches no district: the form says so
    key = (
        f"intervention:{version.sha256}:{stem}:{version.number}:{intervention.id}:"
        f"{upcoming.pk if upcoming else 0}:{where.units_stamp(stem)}:{chosen}"
    )

    def context() -> dict[str, Any]:
        return {
            **_intervention_context(version, catalog, intervention),
            **_where_context(stem, intervention, chosen),
            "upcoming": upcoming,
        }

    return _cached_lazy(request, key, "catalog/intervention_detail.html", context)


def _intervention_context(
    version: CatalogVersion, catalog: Catalog, intervention: Intervention
) -> dict[str, Any]:
    return {
        "version": version,
        "catalog": catalog,
        "intervention": intervention,
        "links": links(version.stem, intervention.id),
        "area": catalog.area(intervention.area),
        **_advice(intervention),
        "conditions": presentation.condition_items(intervention),
        "evidence": presentation.evidence_items(intervention),
        "regime": intervention.documentation.regime.value,
        "delivery": presentation.DELIVERY_LABELS.get(intervention.delivery or ""),
        "minors_without_consent": bool(intervention.minors_without_consent),
        "audiences": [
            presentation.AUDIENCES[a]
            for a in presentation.AUDIENCES
            if a in presentation.audiences_of(catalog, intervention)
        ],
    }


def _where_context(stem: str, intervention: Intervention, chosen: str) -> dict[str, Any]:
    """Where this resident turns: the district chooser (Stockholm) or the unit, with contacts."""
    if not where.district_routes(intervention):
        return {"turn": where.turn_to(stem, intervention), "districts": []}
    districts = where.districts(stem)
    district = next((d for d in districts if d.slug == chosen), None)
    return {
        "districts": districts,
        "district": district,
        "district_error": bool(chosen) and district is None,
        "turn": where.turn_to(stem, intervention, district.slug if district else None),
    }


def _advice(intervention: Intervention) -> dict[str, Any]:
    """The intervention's text without sentences that contradict the rule applied."""
    content = presentation.advice_text(intervention, intervention.content)
    routes = [
        (route, presentation.advice_text(intervention, route.text))
        for route in intervention.where_to_turn
    ]
    rules = {*content.rules, *(rule for _, advice in routes for rule in advice.rules)}
    return {
        "paragraphs": [p for p in content.text.split("\n\n") if p],
        "routes": [(route, advice.text) for route, advice in routes],
        "rules_applied": sorted(rules),
        "admits_child": presentation.admits_child(intervention),
    }


@sensitive_post_parameters()
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def selfcheck(request: HttpRequest, stem: str, intervention_id: str) -> HttpResponse:
    """ "Passar det här mig?": the next question, or the answer in plain words.

    The answers so far come back in hidden fields; nothing is stored, logged or cached.
    """
    version = _version(stem)
    catalog, desk = selectors.catalog_of(version), selectors.desk_of(version)
    intervention = _desk_intervention(desk, intervention_id)
    if intervention.id != intervention_id:
        raise Http404("no such intervention")
    data = dict(request.POST.lists()) if request.method == "POST" else {}
    try:
        step = selfcheck_step(desk=desk, intervention=intervention, data=data)
    except SelfCheckInputError as exc:
        return bad_request_with(request, exc.message)
    language = get_language()  # looked up once: each call finds the active language anew
    context = {
        "version": version,
        "catalog": catalog,
        "intervention": intervention,
        "links": _links_for(language or "sv", stem, intervention.id),
        "regime": intervention.documentation.regime.value,
        "minors_without_consent": bool(intervention.minors_without_consent),
        "started": request.method == "POST",
        "routes": lambda: _advice(intervention)["routes"],
        "rules_applied": lambda: _advice(intervention)["rules_applied"],
    }
    page = (language, version.sha256, version.stem, intervention.id)
    top, bottom = _selfcheck_shell(request, page, context)
    context["step"] = step
    if step.question is None:
        context.update(_result_context(desk, intervention, step))
    # The shell is kept encoded: the page's text is not all Latin-1, and encoding it whole on
    # every answer cost as much as finding the outcome.
    return HttpResponse(b"".join((top, _render_step(request, page, context).encode(), bottom)))


#: Rendered parts of the self-check that depend only on the version, the page and the
#: language, by key: the page around the step, and the step's fragments. Kept per process and
#: unpickled (the version never changes; the cache pickled them on every get); emptied when full.
_FRAGMENTS: dict[tuple[Any, ...], Any] = {}
_FRAGMENTS_MAX = 4096


def _remember(key: tuple[Any, ...], value: Any) -> None:
    if len(_FRAGMENTS) >= _FRAGMENTS_MAX:
        _FRAGMENTS.clear()
    _FRAGMENTS[key] = value


_INNER = "\x00selfcheck-step\x00"


def _selfcheck_shell(
    request: HttpRequest, page: tuple[str, ...], context: dict[str, Any]
) -> tuple[bytes, bytes]:
    """The self-check page around its step, rendered once per version, page and language,
    encoded as the response is (UTF-8).

    Only the step (the answers so far, the question or the answer) is rendered per request;
    the shell holds nothing a resident entered.
    """
    key = ("selfcheck-shell", *page, context["started"])
    shell: tuple[bytes, bytes] | None = _FRAGMENTS.get(key)
    if shell is None:
        html = render_to_string(
            "catalog/selfcheck.html",
            {**context, "step": True, "inner": mark_safe(_INNER)},
            request=request,
        )
        top, bottom = html.split(_INNER)
        shell = (top.encode(), bottom.encode())
        _remember(key, shell)
    return shell


def _render_step(request: HttpRequest, page: tuple[str, ...], context: dict[str, Any]) -> str:
    """The step (the question, or the answer with its reasons and other help), by Jinja2.

    Jinja2 runs the template compiled to Python; Django's engine, walking its nodes and
    resolving each variable per request, was most of an answer's cost (docs/web.md,
    "Benchmark"). The fragments that depend only on the page stay Django templates (shared
    with the other pages), rendered once: ``cached(template, *vary_on)``; ``render`` renders
    one uncached (the question with an error message).
    """

    def render(template: str, **extra: Any) -> SafeString:
        return mark_safe(render_to_string(template, {**context, **extra}, request=request))

    def cached(template: str, *vary_on: Any, **extra: Any) -> SafeString:
        key = (template, *page, *vary_on)
        html: str | None = _FRAGMENTS.get(key)
        if html is None:
            html = render(template, **extra)
            _remember(key, html)
        return mark_safe(html)  # rendered by Django's engine, which escaped every value

    translate = _translator(page[0])
    if context["step"].question is None:
        return _answer_html(context, cached, _escaped_translator(page[0]), _escaped)
    step = engines["jinja2"].get_template("catalog/selfcheck_step.html")
    helpers = {"render": render, "cached": cached, "_": translate}
    html: str = step.render({**context, **helpers}, request)
    return html


def _answer_html(
    context: dict[str, Any],
    cached: Callable[..., str],
    _: Callable[[str], str],
    escape: Callable[[str], str] = escape,
) -> str:
    """The answer: the outcome, the conditions not met, what to bring, where to turn and other
    help, as the question's template would write it, byte for byte.

    Written in Python, not a template: the answer is the costliest page of the public side and
    every post renders it (docs/web.md, "What the self-check answer costs"); Jinja2's context,
    calls and attribute lookups were a sixth of it. Every value is escaped (``escape``, which
    gives markupsafe's text); ``cached`` returns fragments rendered by Django's engine, which
    escaped theirs; ``_`` returns a translation escaped. ``test_selfcheck_rendering.py``
    compares the page with Django's reference template over every intervention, age and case
    file.
    """
    outcome = context["step"].outcome.outcome
    links = context["links"]
    out = ["\n\n  \n  ", cached("catalog/_selfcheck_outcome.html", outcome, outcome=outcome)]
    out.append("\n  ")
    if outcome == "not_eligible" and context["unmet"]:
        out += (
            '\n    <section class="stack-sm" aria-labelledby="unmet-heading">'
            '\n      <h2 class="ds-heading" data-size="xs" id="unmet-heading">',
            _("The condition that was not met"),
            '</h2>\n      <ul class="ds-list" lang="sv">',
            *[f"<li>{escape(text)}</li>" for text in context["unmet"]],
            "</ul>\n    </section>\n  ",
        )
    out.append("\n  ")
    if outcome == "eligible" and context["youth"] and context["minors_without_consent"]:
        out += (
            '\n    <p class="ds-paragraph">\n      ',
            _(
                "You are 15 or older, so you can come without your guardians' consent: the "
                "social committee has decided that this is suitable (21 kap. 2 § "
                "socialtjänstlagen)."
            ),
            "\n    </p>\n  ",
        )
    out.append("\n  ")
    if outcome == "eligible":
        out.append(cached("catalog/_selfcheck_bring.html", context["evidence_key"]))
    out += ("\n  ", cached("catalog/_selfcheck_turn.html", outcome, outcome=outcome), "\n  ")
    if found := context["others"]:
        every, meet = _("Your answers meet every condition:"), _("Your answers meet:")
        still = _("Still to be checked:")
        catalog_link = escape(links["catalog"])
        out += (
            '\n    <section class="stack-sm" aria-labelledby="others-heading">'
            '\n      <h2 class="ds-heading" data-size="xs" id="others-heading">',
            _("Other help that may fit you"),
            '</h2>\n      <p class="ds-paragraph">',
            _(
                "Your answers do not rule these out. The provider checks the conditions when "
                "you come."
            ),
            '</p>\n      \n      \n      <ul class="ds-list suggestions">\n        ',
        )
        for other in found:
            href = f"{catalog_link}{escape(other.intervention)}/"
            out.append(
                f'<li>\n          <a class="ds-link" href="{href}'
                f'" lang="sv">{escape(other.title)}</a>\n          <p class="ds-paragraph" '
                f'data-size="sm">{every if other.outcome == "eligible" else meet} '
                f'<span lang="sv">{escape(" ".join(other.met))}</span></p>'
            )
            if other.open:
                out.append(
                    f'\n          <p class="ds-paragraph" data-size="sm">{still} '
                    f'<span lang="sv">{escape(" ".join(other.open))}</span></p>'
                )
            out.append("\n        </li>\n        ")
        out.append("\n      </ul>\n    </section>\n  ")
    out += (
        '\n  <p class="actions">\n    <a class="ds-link" href="',
        escape(links["selfcheck"]),
        '">',
        _("Start again"),
        '</a>\n    <a class="ds-link" href="',
        escape(links["intervention"]),
        '">',
        _("Back to the intervention"),
        "</a>\n  </p>\n  \n\n",
    )
    return "".join(out)


@lru_cache(maxsize=8)
def _translator(language: str) -> Callable[[str], str]:
    """Django's gettext for one language, each message looked up once per process.

    The step asks the same dozen messages on every answer, and Django's gettext finds the
    active language anew on each call (most of its cost). Called only while ``language`` is
    the active one, as in ``_render_step``: the first lookup of a message is then right.
    """
    texts: dict[str, str] = {}

    def translate(message: str) -> str:
        text = texts.get(message)
        if text is None:
            text = texts[message] = gettext(message)
        return text

    return translate


@lru_cache(maxsize=8)
def _escaped_translator(language: str) -> Callable[[str], str]:
    """:func:`_translator`, its texts escaped as markupsafe escapes them, each once."""
    translate = _translator(language)
    texts: dict[str, str] = {}

    def escaped(message: str) -> str:
        text = texts.get(message)
        if text is None:
            text = texts[message] = str(escape(translate(message)))
        return text

    return escaped


@lru_cache(maxsize=4096)
def _escaped(text: str) -> str:
    """markupsafe's escaping of a text of the catalog (a title, an id, a condition's wording)
    or a page's address, kept per process: an answer shows some twenty of them and their
    number is bounded by the catalogs'. Never a resident's answer (the answer shows none)."""
    return str(escape(text))


def _result_context(desk: Any, intervention: Intervention, step: Any) -> dict[str, Any]:
    """What the answer needs beyond the cached fragments: the conditions failed (on a no) and
    other help (on a no or "cannot say"); what to bring is a callable the fragment calls only
    when it is rendered."""
    outcome = step.outcome.outcome
    age = step.facts.get("person.age")
    adult_enough = isinstance(age, int) and not guardian_consent_required(intervention, age)
    skip = frozenset({Evidence.written_consent}) if adult_enough else frozenset()
    unmet = unmet_conditions(intervention, step.facts) if outcome == "not_eligible" else []
    others: list[Suggestion] = []
    if outcome in {"not_eligible", "refer"}:
        others = suggestions(desk, step.facts, exclude=intervention.id)
    return {
        "evidence": lambda: presentation.evidence_items(intervention, skip=skip),
        "evidence_key": "without-consent" if adult_enough else "all",
        "unmet": unmet,
        "others": others,
        "youth": isinstance(age, int) and CONSENT_OPTIONAL_FROM_AGE <= age < MAJORITY_AGE,
        "child_under_15": isinstance(age, int) and age < CONSENT_OPTIONAL_FROM_AGE,
    }
