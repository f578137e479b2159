"""The committee's pages under /namnd/ (Swedish only, staff session, never cached).

Views translate HTTP to :mod:`services` and :mod:`selectors`; every page works without
JavaScript (plain forms and links). Access: committee staff for their own catalogs (their
committee unit's stem), administrators for all.
"""

from __future__ import annotations

from typing import Any

import yaml
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from iub.catalog import Catalog, Intervention, parse_catalog, slugify
from iub.catalog.diff import Change, diff_catalogs
from iub.facts import Evidence
from iub.law.lint import LintFinding, lint
from iub.web.catalog import selectors as catalog_selectors
from iub.web.catalog.models import CatalogVersion
from iub.web.committee import declared, editing, selectors, services
from iub.web.committee.forms import (
    CONDITION_KINDS,
    GROUP_KINDS,
    CatalogFieldsForm,
    ConditionForm,
    DecisionForm,
    InterventionForm,
    RevisionForm,
    UploadForm,
    lines,
)
from iub.web.committee.importing import ImportFailed, PrintFailed, import_upload, print_bounded
from iub.web.committee.models import CatalogDraft
from iub.web.common.clock import today

_SESSION_PREVIEW = "committee_import_preview"
_CONFLICT = (
    "Någon annan har sparat utkastet medan du arbetade med det. Dina ändringar är inte "
    "sparade men finns kvar i formuläret nedan; utkastet visas som det ser ut nu. "
    "Jämför och spara igen."
)
_RANK = {"error": 0, "warning": 1, "info": 2}
_FORMATS = {
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def _actor(request: HttpRequest) -> str:
    return str(request.user.get_username())


def _stems(request: HttpRequest) -> set[str] | None:
    return selectors.committee_stems(request.user)


def _check_stem(request: HttpRequest, stem: str) -> None:
    stems = _stems(request)
    if stems is not None and stem not in stems:
        raise PermissionDenied("not this committee's catalog")


def _draft(request: HttpRequest, pk: int) -> CatalogDraft:
    draft = get_object_or_404(CatalogDraft, pk=pk)
    _check_stem(request, draft.stem)
    return draft


def _findings(catalog: Catalog) -> list[dict[str, Any]]:
    found: list[LintFinding] = lint(catalog, today=today())
    titles = {item.id: item.title for item in catalog.interventions}
    return [
        {
            "finding": f,
            "severity_sv": f.severity.label_sv,
            "title": titles.get(f.intervention or "", ""),
            "fix": selectors.finding_fix(f.code),
        }
        for f in sorted(
            found, key=lambda f: (_RANK[f.severity.value], f.intervention or "", f.code)
        )
    ]


def _status(request: HttpRequest, status: int) -> int:
    """An htmx save gets its errors with 200 (htmx swaps no 4xx); a plain post keeps the code."""
    return 200 if request.headers.get("HX-Request") == "true" else status


def _draft_context(draft: CatalogDraft, catalog: Catalog) -> dict[str, Any]:
    findings = _findings(catalog)
    return {
        "draft": draft,
        "catalog": catalog,
        "findings": findings,
        "error_count": sum(f["finding"].severity.value == "error" for f in findings),
    }


# -- home ---------------------------------------------------------------------------------------


@require_safe
@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The catalogs with their state, the revise-by dashboard, lint findings and next steps."""
    day = today()
    rows = selectors.overview(_stems(request), today=day)
    return render(
        request,
        "committee/home.html",
        {
            "rows": rows,
            "today": day,
            "overdue": [r for r in rows if r.revise_status == "overdue"],
            "due": [r for r in rows if r.revise_status == "due"],
            "due_days": selectors.DUE_DAYS,
        },
    )


@require_safe
@login_required
def catalog_detail(request: HttpRequest, stem: str) -> HttpResponse:
    """A catalog's versions (in force, upcoming, superseded), drafts, and the diff form."""
    _check_stem(request, stem)
    versions = catalog_selectors.catalog_versions(stem)
    current = catalog_selectors.catalog_version_latest(stem)
    if not versions and not CatalogDraft.objects.filter(stem=stem).exists():
        raise Http404("no such catalog")
    day = today()
    rows = []
    for version in versions:
        if current is not None and version.number == current.number:
            state = "Gäller nu"
        elif version.valid_from and version.valid_from > day:
            state = f"Publicerad, gäller från {version.valid_from.isoformat()}"
        else:
            state = "Ersatt"
        rows.append((version, state))
    drafts = CatalogDraft.objects.filter(stem=stem).defer("source_yaml", "origin_yaml")
    return render(
        request,
        "committee/catalog.html",
        {"stem": stem, "rows": rows, "current": current, "drafts": drafts},
    )


# -- import -------------------------------------------------------------------------------------


def _stem_choices(request: HttpRequest) -> list[tuple[str, str]]:
    stems = _stems(request)
    if stems is None:
        stems = set(CatalogVersion.objects.values_list("stem", flat=True).distinct())
    names = dict(CatalogVersion.objects.values_list("stem", "municipality_name"))
    return [(stem, names.get(stem, stem)) for stem in sorted(stems)]


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def import_upload_view(request: HttpRequest) -> HttpResponse:
    """Upload a guideline; the import runs bounded in size and time; nothing is stored yet."""
    choices = _stem_choices(request)
    limit = int(getattr(settings, "IUB_IMPORT_MAX_BYTES", 20 * 1024 * 1024))
    error = ""
    if request.method == "POST":
        length = int(request.META.get("CONTENT_LENGTH") or 0)
        if length > limit + 64 * 1024:
            form = UploadForm(stems=choices)
            error = f"Filen är för stor. Största tillåtna storlek är {limit // (1024 * 1024)} MB."
        else:
            form = UploadForm(request.POST, request.FILES, stems=choices)
        if not error and form.is_valid():
            upload = form.cleaned_data["document"]
            if upload.size > limit:
                error = (
                    f"Filen är för stor ({upload.size // (1024 * 1024)} MB). Största tillåtna "
                    f"storlek är {limit // (1024 * 1024)} MB."
                )
            else:
                stem = form.cleaned_data["stem"]
                names = dict(choices)
                try:
                    outcome = import_upload(
                        upload.read(),
                        filename=upload.name or "riktlinjer",
                        today=today(),
                        timeout=float(getattr(settings, "IUB_IMPORT_TIMEOUT_SECONDS", 120)),
                        municipality=names.get(stem) if names.get(stem) != stem else None,
                    )
                except ImportFailed as exc:
                    error = exc.message_sv
                    if exc.detail and exc.code in {"not-iub", "no-interventions", "too-large"}:
                        error += f" (Inläsningens besked: {exc.detail})"
                else:
                    request.session[_SESSION_PREVIEW] = {
                        "stem": stem,
                        "filename": upload.name,
                        "yaml": outcome.yaml_text,
                        "report": outcome.report,
                    }
                    return HttpResponseRedirect(reverse("committee:import_preview"))
    else:
        form = UploadForm(stems=choices)
    return render(
        request,
        "committee/import.html",
        {"form": form, "error": error, "limit_mb": limit // (1024 * 1024)},
        status=422 if error else 200,
    )


def _refusals(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [w for w in report.get("warnings", []) if w.get("kind") in {"never_iub", "not_iub"}]


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def import_preview(request: HttpRequest) -> HttpResponse:
    """What the import found; accept it as a draft (or go back)."""
    preview = request.session.get(_SESSION_PREVIEW)
    if not preview:
        messages.info(request, "Det finns ingen inläsning att granska. Ladda upp riktlinjerna.")
        return HttpResponseRedirect(reverse("committee:import"))
    _check_stem(request, preview["stem"])
    if request.method == "POST":
        if request.POST.get("action") == "discard":
            del request.session[_SESSION_PREVIEW]
            messages.info(request, "Inläsningen kastades. Inget sparades.")
            return HttpResponseRedirect(reverse("committee:home"))
        current = catalog_selectors.catalog_version_latest(preview["stem"])
        try:
            draft = services.draft_create(
                stem=preview["stem"],
                source_yaml=preview["yaml"],
                origin=f"filen {preview['filename']}",
                actor=_actor(request),
                base_number=current.number if current else None,
                import_report=preview["report"],
            )
        except services.DraftInvalid as exc:
            messages.error(request, "Utkastet kunde inte sparas: " + "; ".join(exc.problems))
            return HttpResponseRedirect(reverse("committee:import"))
        del request.session[_SESSION_PREVIEW]
        messages.success(request, "Inläsningen är sparad som utkast.")
        return HttpResponseRedirect(reverse("committee:draft", args=[draft.pk]))
    catalog = parse_catalog(preview["yaml"], file=f"{preview['stem']}.yaml")
    report = preview["report"]
    rows = [(item, editing.condition_rows(item)) for item in catalog.interventions]
    return render(
        request,
        "committee/import_preview.html",
        {
            "preview": preview,
            "catalog": catalog,
            "report": report,
            "rows": rows,
            "refusals": _refusals(report),
            "others": [w for w in report.get("warnings", []) if w not in _refusals(report)],
            "findings": _findings(catalog),
        },
    )


# -- drafts -------------------------------------------------------------------------------------


@require_POST
@login_required
def draft_from_version(request: HttpRequest, stem: str) -> HttpResponse:
    """A new draft from the version in force (to revise the catalog in forms)."""
    _check_stem(request, stem)
    current = catalog_selectors.catalog_version_latest(stem)
    if current is None:
        raise Http404("no version")
    source = CatalogVersion.objects.values_list("source_yaml", flat=True).get(pk=current.pk)
    draft = services.draft_create(
        stem=stem,
        source_yaml=source,
        origin=f"version {current.number}",
        actor=_actor(request),
        base_number=current.number,
    )
    messages.success(request, f"Nytt utkast från version {current.number}.")
    return HttpResponseRedirect(reverse("committee:draft", args=[draft.pk]))


@require_safe
@login_required
def draft_detail(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    catalog = selectors.draft_catalog(draft)
    context = _draft_context(draft, catalog)
    context["history"] = selectors.draft_history(draft)
    context["changes"] = diff_catalogs(
        parse_catalog(draft.origin_yaml, file=f"{draft.stem}.yaml"), catalog
    )
    base = (
        catalog_selectors.catalog_version_get(draft.stem, draft.base_number)
        if draft.base_number and not draft.origin.startswith("version ")
        else None
    )
    context["base_changes"] = (
        diff_catalogs(catalog_selectors.catalog_of(base), catalog) if base else None
    )
    context["action_form"] = RevisionForm(initial={"revision": draft.revision})
    return render(request, "committee/draft.html", context)


def _catalog_initial(catalog: Catalog, revision: int) -> dict[str, Any]:
    contact = catalog.committee.contact
    decision = catalog.decision
    return {
        "revision": revision,
        "title": catalog.title,
        "committee_name": catalog.committee.name,
        "committee_administration": catalog.committee.administration or "",
        "committee_how_to_apply": catalog.committee.how_to_apply or "",
        "contact_phone": contact.phone if contact else "",
        "contact_email": contact.email if contact else "",
        "contact_web": contact.web if contact else "",
        "contact_address": contact.address if contact else "",
        "contact_hours": contact.hours if contact else "",
        "document_owner": decision.document_owner or "",
        "document_type": decision.document_type or "",
        "applies_to": decision.applies_to or "",
        "doubt_procedure": catalog.doubt_procedure or "",
        "information_duty": catalog.information_duty or "",
        "source": catalog.source or "",
        "notes": "\n".join(catalog.notes),
    }


def _set(target: dict[str, Any], key: str, value: Any) -> None:
    if value in ("", None, []):
        target.pop(key, None)
    else:
        target[key] = value


def _save_or_conflict(
    request: HttpRequest, draft: CatalogDraft, form: Any, edit: Any, purpose: str
) -> tuple[CatalogDraft | None, str]:
    """Save through the revision check; returns the fresh draft or the error to show."""
    try:
        fresh = services.draft_update(
            draft,
            revision=form.cleaned_data["revision"],
            actor=_actor(request),
            edit=edit,
            purpose=purpose,
        )
    except services.DraftConflict:
        return None, _CONFLICT
    except services.DraftInvalid as exc:
        return None, "Ändringen gav en ogiltig förteckning och sparades inte: " + "; ".join(
            exc.problems
        )
    return fresh, ""


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def catalog_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Every field of the catalog as a whole, in a form."""
    draft = _draft(request, pk)
    catalog = selectors.draft_catalog(draft)
    error = ""
    areas = [a.model_dump(exclude_none=True) for a in catalog.areas]
    if request.method == "POST" and draft.editable:
        areas = _rows_from_post(request, "area", _AREA_KEYS)
        form = CatalogFieldsForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data

            def edit(doc: dict[str, Any]) -> None:
                doc["title"] = data["title"].strip()
                committee = dict(doc.get("committee") or {})
                committee["name"] = data["committee_name"].strip()
                _set(committee, "administration", data["committee_administration"].strip())
                _set(committee, "how_to_apply", data["committee_how_to_apply"].strip())
                contact = dict(committee.get("contact") or {})
                for key in ("phone", "email", "web", "address", "hours"):
                    _set(contact, key, data[f"contact_{key}"].strip())
                _set(committee, "contact", contact)
                doc["committee"] = committee
                decision = dict(doc.get("decision") or {})
                for key in ("document_owner", "document_type", "applies_to"):
                    _set(decision, key, data[key].strip())
                doc["decision"] = decision
                for key in ("doubt_procedure", "information_duty", "source"):
                    _set(doc, key, data[key].strip())
                _set(doc, "notes", lines(data["notes"]))
                doc["areas"] = _areas_from_rows(doc.get("areas") or [], areas)

            fresh, error = _save_or_conflict(request, draft, form, edit, "förteckningens fält")
            if fresh is not None:
                messages.success(request, "Förteckningens uppgifter är sparade.")
                return HttpResponseRedirect(reverse("committee:catalog_edit", args=[pk]))
    else:
        form = CatalogFieldsForm(initial=_catalog_initial(catalog, draft.revision))
    context = _draft_context(draft, catalog)
    context.update(form=form, error=error, areas=[*areas, dict.fromkeys(_AREA_KEYS, "")])
    return render(
        request,
        "committee/catalog_edit.html",
        context,
        status=_status(request, 409 if error == _CONFLICT else 200),
    )


def _declared_bool(catalog: Catalog) -> list[tuple[str, str]]:
    return [(fact.key, fact.question) for fact in catalog.facts if fact.type == "bool"]


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def facts_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The catalog's own declared facts: add, edit and remove them (docs/committee.md)."""
    draft = _draft(request, pk)
    catalog = selectors.draft_catalog(draft)
    doc: dict[str, Any] = yaml.safe_load(draft.source_yaml) or {}
    stored = list(doc.get("facts") or [])
    rows = declared.fact_rows(stored)
    error = ""
    status = 200
    if request.method == "POST" and draft.editable:
        form = RevisionForm(request.POST)
        posted = _rows_from_post(request, "fact", declared.ROW_KEYS[:-1])
        for index, row in enumerate(posted):
            row["remove"] = request.POST.get(f"fact-{index}-remove", "")
        facts, bad = declared.facts_from_rows(
            posted, stored=stored, in_use=declared.facts_in_use(doc)
        )
        if bad:
            rows, status = bad, 400
            error = "Rätta felen markerade nedan. Inget sparades."
        elif form.is_valid():

            def edit(target: dict[str, Any]) -> None:
                _set(target, "facts", facts)

            fresh, error = _save_or_conflict(request, draft, form, edit, "förteckningens uppgifter")
            if fresh is not None:
                messages.success(request, "Uppgifterna är sparade.")
                return HttpResponseRedirect(reverse("committee:facts_edit", args=[pk]))
            status = 409 if error == _CONFLICT else 400
        else:
            error, status = _CONFLICT, 409
    context = _draft_context(draft, catalog)
    context.update(
        rows=rows,
        error=error,
        types=list(declared.FACT_TYPES.items()),
        evidence_choices=[(e.value, e.label_sv) for e in Evidence],
        in_use=declared.facts_in_use(doc),
        action_form=RevisionForm(initial={"revision": draft.revision}),
    )
    return render(request, "committee/facts_edit.html", context, status=_status(request, status))


_AREA_KEYS = ("id", "section", "description", "title")


def _areas_from_rows(old: list[dict[str, Any]], rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Areas from the form's rows: an existing id keeps its id, a new title gets a slug."""
    known = {str(area.get("id")) for area in old}
    out: list[dict[str, Any]] = []
    for row in rows:
        if not row.get("title"):
            continue
        area_id = row.get("id") if row.get("id") in known else slugify(row["title"])
        area: dict[str, Any] = {"id": area_id, "title": row["title"]}
        _set(area, "section", row.get("section", ""))
        _set(area, "description", row.get("description", ""))
        out.append(area)
    return out


def _intervention(catalog: Catalog, iid: str) -> tuple[int, Intervention]:
    for index, item in enumerate(catalog.interventions):
        if item.id == iid:
            return index, item
    raise Http404("no such intervention")


def _intervention_initial(item: Intervention, revision: int) -> dict[str, Any]:
    documentation = item.documentation
    minors = {True: "yes", False: "no", None: ""}[item.minors_without_consent]
    return {
        "revision": revision,
        "title": item.title,
        "area": item.area,
        "section": item.section or "",
        "content": item.content,
        "target_group": item.target_group or "",
        "extent": item.extent or "",
        "delivery": item.delivery or "",
        "minors_without_consent": minors,
        "minors_statement": item.minors_statement or "",
        "regime": documentation.regime.value,
        "documentation_system": documentation.system or "",
        "special_reasons": documentation.special_reasons or "",
        "risk_analysis": documentation.risk_analysis or "",
        "documentation_text": documentation.text or "",
        "follow_up_forms": [form.value for form in item.follow_up.forms],
        "follow_up_text": item.follow_up.text or "",
        "confidentiality": item.confidentiality or "",
        "fee": item.fee or "",
        "aliases": "\n".join(item.aliases),
        "notes": "\n".join(item.notes),
    }


_METHOD_KEYS = ("name", "description", "target_group", "extent")
_ROUTE_KEYS = ("kind", "unit", "text")


def _rows_from_post(
    request: HttpRequest, prefix: str, keys: tuple[str, ...]
) -> list[dict[str, str]]:
    rows = []
    for index in range(60):
        row = {key: request.POST.get(f"{prefix}-{index}-{key}", "").strip() for key in keys}
        if f"{prefix}-{index}-{keys[-1]}" not in request.POST:
            break
        rows.append(row)
    return rows


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def intervention_edit(request: HttpRequest, pk: int, iid: str) -> HttpResponse:
    """Every field of one intervention, its methods and routes, and its condition tree."""
    draft = _draft(request, pk)
    catalog = selectors.draft_catalog(draft)
    index, item = _intervention(catalog, iid)
    areas = [(area.id, area.title) for area in catalog.areas] or [(item.area, item.area)]
    if item.area not in dict(areas):
        areas.append((item.area, item.area))
    error = ""
    methods = [m.model_dump(exclude_none=True) for m in item.methods]
    routes = [r.model_dump(exclude_none=True) for r in item.where_to_turn]
    if request.method == "POST" and draft.editable:
        form = InterventionForm(request.POST, areas=areas)
        methods = _rows_from_post(request, "method", _METHOD_KEYS)
        routes = _rows_from_post(request, "route", _ROUTE_KEYS)
        if form.is_valid():
            data = form.cleaned_data

            def edit(doc: dict[str, Any]) -> None:
                target = doc["interventions"][index]
                target["title"] = data["title"].strip()
                target["area"] = data["area"]
                target["content"] = data["content"].strip()
                for key in ("section", "target_group", "extent", "delivery", "minors_statement"):
                    _set(target, key, (data[key] or "").strip())
                for key in ("confidentiality", "fee"):
                    _set(target, key, data[key].strip())
                minors = {"yes": True, "no": False}.get(data["minors_without_consent"])
                _set(target, "minors_without_consent", minors)
                documentation = {"regime": data["regime"]}
                _set(documentation, "system", data["documentation_system"].strip())
                _set(documentation, "special_reasons", data["special_reasons"].strip())
                _set(documentation, "risk_analysis", data["risk_analysis"].strip())
                _set(documentation, "text", data["documentation_text"].strip())
                target["documentation"] = documentation
                follow_up: dict[str, Any] = {"forms": list(data["follow_up_forms"])}
                _set(follow_up, "text", data["follow_up_text"].strip())
                target["follow_up"] = follow_up
                _set(target, "aliases", lines(data["aliases"]))
                _set(target, "notes", lines(data["notes"]))
                _set(
                    target,
                    "methods",
                    [{k: v for k, v in m.items() if v} for m in methods if m.get("name")],
                )
                kept_routes = []
                for route in routes:
                    if route.get("text"):
                        kept = {k: v for k, v in route.items() if v}
                        kept.setdefault("kind", "unit")
                        kept_routes.append(kept)
                _set(target, "where_to_turn", kept_routes)

            fresh, error = _save_or_conflict(request, draft, form, edit, f"insatsen {iid}")
            if fresh is not None:
                messages.success(request, f"Insatsen {data['title']} är sparad.")
                return HttpResponseRedirect(
                    reverse("committee:intervention_edit", args=[pk, iid]) + "#lint"
                )
    else:
        form = InterventionForm(initial=_intervention_initial(item, draft.revision), areas=areas)
    context = _draft_context(draft, catalog)
    context.update(
        form=form,
        item=item,
        error=error,
        methods=[*methods, dict.fromkeys(_METHOD_KEYS, "")],
        routes=[*routes, dict.fromkeys(_ROUTE_KEYS, "")],
        conditions=editing.condition_rows(item),
        own_findings=[f for f in context["findings"] if f["finding"].intervention == item.id],
        route_kinds=[
            ("unit", "En namngiven enhet"),
            ("own_district", "Den egna stadsdelsförvaltningen"),
            ("acting_district", "En stadsdelsförvaltning som utför åt andra"),
            ("city_wide", "En stadsövergripande förvaltning"),
        ],
    )
    return render(
        request,
        "committee/intervention_edit.html",
        context,
        status=_status(request, 409 if error == _CONFLICT else 200),
    )


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def condition_edit(request: HttpRequest, pk: int, iid: str, path: str = "") -> HttpResponse:
    """Add (no path) or change one condition, seeing it as the resident's sentence."""
    draft = _draft(request, pk)
    catalog = selectors.draft_catalog(draft)
    index, item = _intervention(catalog, iid)
    doc = yaml.safe_load(draft.source_yaml)
    conditions = doc["interventions"][index].setdefault("conditions", [])
    existing = None
    if path:
        try:
            existing = editing.node_at(conditions, path)
        except editing.PathError:
            raise Http404("no such condition") from None
    under = request.GET.get("under", request.POST.get("under", ""))
    group = request.GET.get("group", request.POST.get("group", ""))
    if group not in ("", *GROUP_KINDS):
        group = ""
    kind = request.GET.get("kind") or request.POST.get("kind")
    if existing is not None:
        # a condition keeps its kind: a group is never replaced by a leaf (its children kept)
        kind = editing.form_initial(existing)["kind"]
    if kind not in CONDITION_KINDS or (existing is None and kind in GROUP_KINDS):
        return render(
            request,
            "committee/condition_choose.html",
            {
                "draft": draft,
                "item": item,
                "under": under,
                "kinds": [(k, v) for k, v in CONDITION_KINDS.items() if k not in GROUP_KINDS],
                "groups": [(k, CONDITION_KINDS[k]) for k in GROUP_KINDS],
            },
        )
    error = ""
    preview = ""
    if request.method == "POST" and draft.editable:
        posted = request.POST.copy()
        posted["kind"] = str(kind)
        form = ConditionForm(posted)
        form.add_declared(_declared_bool(catalog))
        if form.is_valid():
            node = editing.condition_from_form(
                form.cleaned_data, conditions=conditions, existing=existing
            )
            try:
                preview = editing.sentence_of(node)
            except ValueError:
                preview = ""
                error = (
                    "Villkoret kan inte läsas så här. Kontrollera kommunens namn och att "
                    "värdena hänger ihop. Inget sparades."
                )
            previewing = "preview" in request.POST

            def edit(data: dict[str, Any]) -> None:
                target = data["interventions"][index].setdefault("conditions", [])
                if existing is not None:
                    editing.replace_at(target, path, node)
                    return
                new = node
                if group:
                    wrapper: dict[str, Any] = {"id": node["id"] + f"-{group}"}
                    wrapper[group] = node if group == "not" else [node]
                    new = wrapper
                editing.insert_under(target, under, new)

            try:
                fresh = None
                if not previewing and not error:
                    fresh, error = _save_or_conflict(
                        request, draft, form, edit, f"villkor i insatsen {iid}"
                    )
            except editing.PathError:
                fresh, error = None, "Villkoret kan inte läggas där. Välj en annan grupp."
            if fresh is not None:
                messages.success(request, "Villkoret är sparat.")
                return HttpResponseRedirect(
                    reverse("committee:intervention_edit", args=[pk, iid]) + "#villkor"
                )
    else:
        initial: dict[str, Any] = (
            editing.form_initial(existing) if existing is not None else {"kind": kind}
        )
        initial.update(revision=draft.revision, kind=kind)
        if existing is None:
            initial.setdefault(
                "evidence",
                {
                    "age": "identity_document",
                    "registered_in": "population_register",
                    "lives_in": "rental_contract",
                    "school": "school_record",
                    "guardian_consent": "written_consent",
                }.get(str(kind), "own_statement"),
            )
        form = ConditionForm(initial=initial)
        form.add_declared(_declared_bool(catalog))
    if existing is not None and not preview:
        existing_row = next((row for row in editing.condition_rows(item) if row.path == path), None)
        preview = existing_row.sentence if existing_row else ""
    context = _draft_context(draft, catalog)
    context.update(
        form=form,
        item=item,
        kind=kind,
        kind_sv=CONDITION_KINDS[str(kind)],
        path=path,
        under=under,
        group=group,
        group_sv=CONDITION_KINDS.get(group, ""),
        error=error,
        preview=preview,
    )
    return render(
        request,
        "committee/condition_edit.html",
        context,
        status=409 if error == _CONFLICT else 200,
    )


@require_POST
@login_required
def condition_delete(request: HttpRequest, pk: int, iid: str, path: str) -> HttpResponse:
    draft = _draft(request, pk)
    catalog = selectors.draft_catalog(draft)
    index, _item = _intervention(catalog, iid)
    form = RevisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Formuläret var ofullständigt. Inget ändrades.")
        return HttpResponseRedirect(reverse("committee:intervention_edit", args=[pk, iid]))

    def edit(data: dict[str, Any]) -> None:
        editing.remove_at(data["interventions"][index].setdefault("conditions", []), path)

    try:
        fresh, error = _save_or_conflict(request, draft, form, edit, f"villkor bort i {iid}")
    except editing.PathError:
        raise Http404("no such condition") from None
    if fresh is None:
        messages.error(request, error)
    else:
        messages.success(request, "Villkoret togs bort.")
    return HttpResponseRedirect(reverse("committee:intervention_edit", args=[pk, iid]) + "#villkor")


@require_POST
@login_required
def intervention_new(request: HttpRequest, pk: int) -> HttpResponse:
    """A new intervention with a title, in the first area, documented in full until edited."""
    draft = _draft(request, pk)
    form = RevisionForm(request.POST)
    title = (request.POST.get("title") or "").strip()
    back = HttpResponseRedirect(reverse("committee:draft", args=[pk]) + "#content-heading")
    if not form.is_valid() or not title:
        messages.error(request, "Skriv namnet på den nya insatsen. Inget ändrades.")
        return back
    iid = slugify(title)

    def edit(data: dict[str, Any]) -> None:
        taken = {item["id"] for item in data["interventions"]}
        if iid in taken or not iid:
            raise services.DraftInvalid([f"Det finns redan en insats med namnet {title}."])
        areas = data.get("areas") or [{"id": "insatser", "title": "Insatser"}]
        data["areas"] = areas
        data["interventions"].append(
            {
                "id": iid,
                "title": title,
                "area": areas[0]["id"],
                "content": "Beskriv insatsens innehåll.",
                "documentation": {"regime": "full"},
            }
        )

    fresh, error = _save_or_conflict(request, draft, form, edit, f"ny insats {iid}")
    if fresh is None:
        messages.error(request, error)
        return back
    messages.success(request, f"Insatsen {title} är tillagd. Fyll i dess uppgifter och villkor.")
    return HttpResponseRedirect(reverse("committee:intervention_edit", args=[pk, iid]))


@require_POST
@login_required
def intervention_delete(request: HttpRequest, pk: int, iid: str) -> HttpResponse:
    """Remove an intervention from the draft (the last one cannot go)."""
    draft = _draft(request, pk)
    catalog = selectors.draft_catalog(draft)
    index, item = _intervention(catalog, iid)
    form = RevisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Formuläret var ofullständigt. Inget ändrades.")
        return HttpResponseRedirect(reverse("committee:intervention_edit", args=[pk, iid]))

    def edit(data: dict[str, Any]) -> None:
        del data["interventions"][index]

    fresh, error = _save_or_conflict(request, draft, form, edit, f"insatsen {iid} borttagen")
    if fresh is None:
        messages.error(request, error)
        return HttpResponseRedirect(reverse("committee:intervention_edit", args=[pk, iid]))
    messages.success(request, f"Insatsen {item.title} är borttagen ur utkastet.")
    return HttpResponseRedirect(reverse("committee:draft", args=[pk]))


# -- decide and publish ------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the committee's decision: instance, date, diarienummer, paragraph, dates."""
    draft = _draft(request, pk)
    catalog = selectors.draft_catalog(draft)
    error = ""
    if request.method == "POST" and draft.editable:
        form = DecisionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.draft_decide(
                    draft,
                    revision=data["revision"],
                    actor=_actor(request),
                    body=data["body"],
                    date=data["date"],
                    diarienummer=data["diarienummer"],
                    paragraph=data["paragraph"],
                    valid_from=data["valid_from"],
                    valid_to=data["valid_to"],
                    revise_by=data["revise_by"],
                )
            except services.DecisionError as exc:
                for name, message in exc.errors.items():
                    form.add_error(name, message)
            except services.DraftConflict:
                error = _CONFLICT
            except services.DraftInvalid as exc:
                error = "Beslutet kunde inte sparas: " + "; ".join(exc.problems)
            else:
                messages.success(request, "Beslutet är registrerat. Utkastet är beslutat.")
                return HttpResponseRedirect(reverse("committee:draft", args=[pk]))
    else:
        decision = catalog.decision
        form = DecisionForm(
            initial={
                "revision": draft.revision,
                "body": decision.body or catalog.committee.name,
                "date": None,
                "diarienummer": "",
                "valid_from": None,
                "revise_by": None,
            }
        )
    context = _draft_context(draft, catalog)
    context.update(form=form, error=error)
    status = 409 if error == _CONFLICT else 422 if form.errors else 200
    return render(request, "committee/decide.html", context, status=status)


@require_POST
@login_required
def transition(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Publish, reopen or discard (POST with the revision)."""
    draft = _draft(request, pk)
    form = RevisionForm(request.POST)
    back = HttpResponseRedirect(reverse("committee:draft", args=[pk]))
    if not form.is_valid():
        messages.error(request, "Formuläret var ofullständigt. Inget ändrades.")
        return back
    revision = form.cleaned_data["revision"]
    try:
        if action == "publicera":
            version = services.draft_publish(
                draft, revision=revision, actor=_actor(request), today=today()
            )
            when = version.valid_from.isoformat() if version.valid_from else "i dag"
            messages.success(
                request, f"Publicerad som version {version.number}. Den visas från {when}."
            )
        elif action == "atergor":
            services.draft_reopen(draft, revision=revision, actor=_actor(request))
            messages.success(request, "Utkastet är återfört och kan ändras igen.")
        elif action == "kassera":
            services.draft_discard(draft, revision=revision, actor=_actor(request))
            messages.success(request, "Utkastet är kasserat.")
        else:
            raise Http404("no such action")
    except services.PublishBlocked as exc:
        request.session["committee_blocked"] = exc.reason
        messages.error(request, exc.reason)
    except services.DraftConflict:
        messages.error(request, _CONFLICT)
    return back


# -- diff and print ----------------------------------------------------------------------------


def _version_catalog(stem: str, number: int) -> Catalog:
    version = catalog_selectors.catalog_version_get(stem, number)
    if version is None:
        raise Http404("no such version")
    return catalog_selectors.catalog_of(version)


def _grouped(changes: list[Change]) -> list[tuple[str, list[Change]]]:
    groups: list[tuple[str, list[Change]]] = []
    for change in changes:
        title = change.intervention_title if change.kind == "changed" else ""
        title = title or ""
        if groups and groups[-1][0] == title:
            groups[-1][1].append(change)
        else:
            groups.append((title, [change]))
    return groups


@require_safe
@login_required
def diff(request: HttpRequest, stem: str) -> HttpResponse:
    """The difference between two versions (``fran``, ``till``; ``utkast`` for a draft)."""
    _check_stem(request, stem)
    versions = catalog_selectors.catalog_versions(stem)
    numbers = [v.number for v in versions]
    error = ""
    changes: list[Change] | None = None
    old_n = request.GET.get("fran", "")
    new_n = request.GET.get("till", "")
    if old_n or new_n:
        if (
            not (old_n.isdigit() and new_n.isdigit())
            or int(old_n) not in numbers
            or int(new_n) not in numbers
        ):
            error = "Välj två versioner som finns."
        else:
            changes = diff_catalogs(
                _version_catalog(stem, int(old_n)), _version_catalog(stem, int(new_n))
            )
    elif len(numbers) >= 2:
        old_n, new_n = str(numbers[1]), str(numbers[0])
    return render(
        request,
        "committee/diff.html",
        {
            "stem": stem,
            "numbers": numbers,
            "old_n": old_n,
            "new_n": new_n,
            "changes": changes,
            "groups": _grouped(changes) if changes else [],
            "error": error,
        },
        status=422 if error else 200,
    )


def _print(request: HttpRequest, catalog: Catalog, fmt: str, name: str, back: str) -> HttpResponse:
    if fmt not in _FORMATS:
        raise Http404("no such format")
    timeout = float(getattr(settings, "IUB_PRINT_TIMEOUT_SECONDS", 60))
    try:
        data = print_bounded(services.catalog_yaml(catalog), fmt, timeout=timeout)
    except PrintFailed as exc:
        return render(
            request,
            "committee/print_failed.html",
            {"message": exc.message_sv, "back": back, "fmt": fmt},
            status=503 if exc.code == "timeout" else 500,
        )
    response = HttpResponse(data, content_type=_FORMATS[fmt])
    disposition = "inline" if fmt == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{name}.{fmt}"'
    return response


@require_safe
@login_required
def draft_print(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The draft's riktlinjer as ``iub publish`` renders them."""
    draft = _draft(request, pk)
    return _print(
        request,
        selectors.draft_catalog(draft),
        fmt,
        f"riktlinjer-{draft.stem}-utkast-{pk}",
        reverse("committee:draft", args=[pk]),
    )


@require_safe
@login_required
def version_print(request: HttpRequest, stem: str, number: int, fmt: str) -> HttpResponse:
    """A published version's riktlinjer."""
    _check_stem(request, stem)
    return _print(
        request,
        _version_catalog(stem, int(number)),
        fmt,
        f"riktlinjer-{stem}-version-{number}",
        reverse("committee:catalog", args=[stem]),
    )


__all__ = [
    "catalog_detail",
    "catalog_edit",
    "condition_delete",
    "condition_edit",
    "decide",
    "diff",
    "draft_detail",
    "draft_from_version",
    "draft_print",
    "facts_edit",
    "home",
    "import_preview",
    "import_upload_view",
    "intervention_delete",
    "intervention_edit",
    "intervention_new",
    "transition",
    "version_print",
]
