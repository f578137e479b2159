"""Writes of the committee's workspace: drafts, their edits, decisions and publishing.

Every write checks the draft's ``revision`` (optimistic locking: a save based on an older
revision is refused with :class:`DraftConflict` and changes nothing) and appends an entry to
the audit trail (who, when, what) in the same transaction. A draft's catalog is validated on
every save (``iub.catalog.parse_catalog``): an invalid draft is never stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import yaml
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from iub.catalog import Catalog, parse_catalog
from iub.errors import CatalogLoadError
from iub.law.lint import LintFinding, Severity, lint
from iub.web.audit.services import audit_record
from iub.web.catalog.models import CatalogVersion
from iub.web.catalog.services import RESERVED_STEMS, catalog_version_load
from iub.web.committee.models import CatalogDraft

__all__ = [
    "DecisionError",
    "DraftConflict",
    "DraftInvalid",
    "PublishBlocked",
    "catalog_yaml",
    "decision_errors",
    "draft_create",
    "draft_decide",
    "draft_discard",
    "draft_publish",
    "draft_reopen",
    "draft_update",
]


class DraftConflict(Exception):
    """Someone else saved the draft (or moved it on) since this form was opened."""


class DraftInvalid(Exception):
    """The edited catalog is not valid; ``problems`` are the loader's messages."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class DecisionError(Exception):
    """The decision data are inconsistent; ``errors`` maps a field to its Swedish message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class PublishBlocked(Exception):
    """Publishing is refused: the linter reports errors, or the draft is not decided."""

    def __init__(self, reason: str, findings: list[LintFinding] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.findings = findings or []


class _Dumper(yaml.SafeDumper):
    """Block style for long texts, no anchors, keys in the model's order."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value or len(value) > 80:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def _prune(value: Any) -> Any:
    """Drop empty lists and mappings that the format treats as absent."""
    if isinstance(value, dict):
        out = {k: _prune(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in ([], {}, None, "")}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def catalog_yaml(catalog: Catalog | dict[str, Any]) -> str:
    """The catalog as YAML that ``parse_catalog`` reads back to the same catalog."""
    data = (
        catalog.model_dump(mode="json", by_alias=True, exclude_none=True)
        if isinstance(catalog, Catalog)
        else catalog
    )
    return yaml.dump(_prune(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def _parse(stem: str, data: dict[str, Any]) -> tuple[Catalog, str]:
    text = catalog_yaml(data)
    try:
        return parse_catalog(text, file=f"{stem}.yaml"), text
    except CatalogLoadError as exc:
        raise DraftInvalid([p.render(exc.file) for p in exc.problems]) from None


def _audit(actor: str, draft: CatalogDraft, purpose: str) -> None:
    audit_record(
        actor=actor,
        action="write",
        object_type="catalog_draft",
        object_id=draft.pk,
        unit=draft.stem,
        purpose=purpose[:200],
    )


def draft_create(
    *,
    stem: str,
    source_yaml: str,
    origin: str,
    actor: str,
    base_number: int | None = None,
    import_report: dict[str, Any] | None = None,
) -> CatalogDraft:
    """A new draft from imported or published YAML (validated; nothing stored when invalid)."""
    if stem in RESERVED_STEMS:
        raise DraftInvalid([f"'{stem}' är en reserverad adress på webbplatsen; välj ett annat"])
    try:
        parse_catalog(source_yaml, file=f"{stem}.yaml")
    except CatalogLoadError as exc:
        raise DraftInvalid([p.render(exc.file) for p in exc.problems]) from None
    now = timezone.now()
    with transaction.atomic():
        draft = CatalogDraft(
            stem=stem,
            source_yaml=source_yaml,
            origin_yaml=source_yaml,
            origin=origin[:300],
            base_number=base_number,
            import_report=import_report or {},
            created_by=actor,
            created_at=now,
            updated_by=actor,
            updated_at=now,
        )
        draft.save(force_insert=True)
        _audit(actor, draft, f"utkast skapat från {origin}")
    return draft


def _write(
    draft: CatalogDraft,
    *,
    revision: int,
    actor: str,
    purpose: str,
    states: tuple[str, ...] = ("draft",),
    **changes: Any,
) -> CatalogDraft:
    """Apply ``changes`` only if the draft is still at ``revision`` and in one of ``states``."""
    with transaction.atomic():
        updated = CatalogDraft.objects.filter(
            pk=draft.pk, revision=revision, state__in=states
        ).update(
            revision=F("revision") + 1,
            updated_by=actor,
            updated_at=timezone.now(),
            **changes,
        )
        if updated != 1:
            raise DraftConflict(purpose)
        fresh = CatalogDraft.objects.get(pk=draft.pk)
        _audit(actor, fresh, purpose)
    return fresh


def draft_update(
    draft: CatalogDraft,
    *,
    revision: int,
    actor: str,
    edit: Callable[[dict[str, Any]], None],
    purpose: str,
) -> CatalogDraft:
    """Edit the draft's catalog as data (``edit`` changes the dict in place) and save it.

    Raises:
        DraftInvalid: the edited catalog does not validate; nothing is stored.
        DraftConflict: the draft changed since ``revision``; nothing is stored.
    """
    if revision != draft.revision or not draft.editable:
        raise DraftConflict(purpose)
    data = yaml.safe_load(draft.source_yaml)
    edit(data)
    _catalog, text = _parse(draft.stem, data)
    return _write(draft, revision=revision, actor=actor, purpose=purpose, source_yaml=text)


def decision_errors(
    *,
    date: dt.date | None,
    valid_from: dt.date | None,
    revise_by: dt.date | None,
    valid_to: dt.date | None = None,
) -> dict[str, str]:
    """The decision dates' problems in Swedish, by field (empty when they are consistent)."""
    errors: dict[str, str] = {}
    if date and valid_from and date > valid_from:
        errors["date"] = (
            f"Beslutsdatumet ({date.isoformat()}) ligger efter datumet då förteckningen börjar "
            f"gälla ({valid_from.isoformat()}). Ett beslut kan inte gälla innan det är fattat."
        )
    if date and revise_by and revise_by < date:
        errors["revise_by"] = (
            f"Revideras senast ({revise_by.isoformat()}) ligger före beslutsdatumet "
            f"({date.isoformat()}). Välj ett datum efter beslutet."
        )
    if valid_from and valid_to and valid_to < valid_from:
        errors["valid_to"] = "Gäller till ligger före Gäller från."
    return errors


def draft_decide(
    draft: CatalogDraft,
    *,
    revision: int,
    actor: str,
    body: str,
    date: dt.date,
    diarienummer: str,
    paragraph: str,
    valid_from: dt.date,
    revise_by: dt.date,
    valid_to: dt.date | None = None,
) -> CatalogDraft:
    """Record the committee's decision in the draft and mark it decided.

    Raises:
        DecisionError: the dates contradict each other (Swedish messages by field).
        DraftConflict: the draft changed since ``revision`` or is no longer a draft.
    """
    errors = decision_errors(
        date=date, valid_from=valid_from, revise_by=revise_by, valid_to=valid_to
    )
    if errors:
        raise DecisionError(errors)
    if revision != draft.revision or not draft.editable:
        raise DraftConflict("beslut")
    number = diarienummer.strip()
    section = paragraph.strip()
    if section:
        section = section if section.startswith("§") else f"§ {section}"
        if section not in number:
            number = f"{number} {section}"
    data = yaml.safe_load(draft.source_yaml)
    decision = dict(data.get("decision") or {})
    decision.update(
        body=body.strip(),
        date=date.isoformat(),
        diarienummer=number,
        valid_from=valid_from.isoformat(),
        revise_by=revise_by.isoformat(),
    )
    decision.pop("valid_to", None)
    if valid_to:
        decision["valid_to"] = valid_to.isoformat()
    data["decision"] = decision
    _catalog, text = _parse(draft.stem, data)
    return _write(
        draft,
        revision=revision,
        actor=actor,
        purpose=f"beslutad {date.isoformat()} {number}, gäller från {valid_from.isoformat()}",
        source_yaml=text,
        paragraph=section,
        state=CatalogDraft.State.DECIDED,
    )


def draft_reopen(draft: CatalogDraft, *, revision: int, actor: str) -> CatalogDraft:
    """A decided draft back to a draft (the decision was wrong or is to be remade)."""
    return _write(
        draft,
        revision=revision,
        actor=actor,
        purpose="återförd till utkast",
        states=("decided",),
        state=CatalogDraft.State.DRAFT,
    )


def draft_discard(draft: CatalogDraft, *, revision: int, actor: str) -> CatalogDraft:
    """Give a draft up; it stays in the list as discarded."""
    return _write(
        draft,
        revision=revision,
        actor=actor,
        purpose="kasserad",
        states=("draft", "decided"),
        state=CatalogDraft.State.DISCARDED,
    )


def blocking_findings(catalog: Catalog, *, today: dt.date) -> list[LintFinding]:
    """The linter's errors: while there is one, the draft cannot be published."""
    return [f for f in lint(catalog, today=today) if f.severity is Severity.error]


def draft_publish(
    draft: CatalogDraft, *, revision: int, actor: str, today: dt.date
) -> CatalogVersion:
    """Publish a decided draft as the next catalog version (shown from its valid-from date).

    Raises:
        PublishBlocked: not decided, or the linter reports an error (the findings attached).
        DraftConflict: the draft changed since ``revision``.
    """
    if draft.state != CatalogDraft.State.DECIDED:
        raise PublishBlocked("Utkastet är inte beslutat. Registrera nämndens beslut först.")
    if revision != draft.revision:
        raise DraftConflict("publicering")
    catalog = parse_catalog(draft.source_yaml, file=f"{draft.stem}.yaml")
    errors = blocking_findings(catalog, today=today)
    if errors:
        raise PublishBlocked(
            f"Linter hittar {len(errors)} fel som måste rättas innan förteckningen kan publiceras.",
            errors,
        )
    with transaction.atomic():
        result = catalog_version_load(stem=draft.stem, source_yaml=draft.source_yaml)
        version = result.version
        _write(
            draft,
            revision=revision,
            actor=actor,
            purpose=f"publicerad som version {version.number}, gäller från "
            f"{catalog.decision.valid_from.isoformat() if catalog.decision.valid_from else '–'}",
            states=("decided",),
            state=CatalogDraft.State.PUBLISHED,
            published_number=version.number,
        )
    return version
