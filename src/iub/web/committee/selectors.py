"""Reads of the committee's workspace: who may see which catalogs, the dashboard, lint."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied

from iub.catalog import Catalog, parse_catalog
from iub.law.lint import LintFinding, Severity, lint
from iub.web.accounts.models import StaffProfile
from iub.web.accounts.selectors import staff_profile
from iub.web.audit.models import AuditEntry
from iub.web.catalog import selectors as catalog_selectors
from iub.web.catalog.models import CatalogVersion
from iub.web.committee.models import CatalogDraft

__all__ = [
    "CatalogOverview",
    "committee_stems",
    "draft_catalog",
    "draft_history",
    "expected_audit_writes",
    "finding_fix",
    "overview",
]

#: Revise-by dates this close are shown as due.
DUE_DAYS = 60
_DOCS = Path(__file__).resolve().parents[4] / "docs" / "rules"


def committee_stems(user: User | AnonymousUser) -> set[str] | None:
    """The catalogs this user works on: None means all (administrator).

    Raises:
        PermissionDenied: not committee staff or an administrator.
    """
    profile = staff_profile(user)
    if profile is None:
        raise PermissionDenied("not staff")
    if profile.role == StaffProfile.Role.ADMIN:
        return None
    if profile.role != StaffProfile.Role.COMMITTEE:
        raise PermissionDenied("not the committee")
    return {unit.stem for unit in profile.units.all()}


def draft_catalog(draft: CatalogDraft) -> Catalog:
    return parse_catalog(draft.source_yaml, file=f"{draft.stem}.yaml")


@lru_cache(maxsize=128)
def finding_fix(code: str) -> str:
    """The "Så åtgärdar du" paragraph of the rule's page in docs/rules, when present."""
    if not re.fullmatch(r"IUB\d{3}", code):
        return ""
    try:
        text = (_DOCS / f"{code}.md").read_text(encoding="utf-8")
    except OSError:
        return ""
    match = re.search(
        r"^## Så åtgärdar du\s*\n(.*?)(?=^## |^\[Alla regler\]|\Z)", text, re.M | re.S
    )
    return " ".join(match.group(1).split()) if match else ""


@dataclass
class CatalogOverview:
    """One catalog on the committee's home."""

    stem: str
    name: str
    current: CatalogVersion | None
    upcoming: CatalogVersion | None
    superseded: int
    drafts: list[CatalogDraft]
    revise_by: dt.date | None
    revise_status: str  # overdue | due | ok | none
    days_left: int | None
    findings: list[LintFinding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(f.severity is Severity.error for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity is Severity.warning for f in self.findings)

    @property
    def next_steps(self) -> list[str]:
        steps: list[str] = []
        decided = [d for d in self.drafts if d.state == CatalogDraft.State.DECIDED]
        open_drafts = [d for d in self.drafts if d.state == CatalogDraft.State.DRAFT]
        if decided:
            steps.append("Publicera det beslutade utkastet (det visas från sitt giltighetsdatum).")
        if open_drafts:
            steps.append("Gör klart utkastet, rätta linterns fel och registrera nämndens beslut.")
        if self.revise_status in {"overdue", "due"} and not self.drafts and not self.upcoming:
            steps.append(
                "Förteckningen ska revideras: starta ett nytt utkast från gällande version "
                "eller läs in reviderade riktlinjer."
            )
        if self.errors and not self.drafts:
            steps.append("Gällande version har fel enligt lintern: rätta dem i ett nytt utkast.")
        if not steps:
            steps.append(
                "Inget brådskar. Nästa revision: "
                + (self.revise_by.isoformat() if self.revise_by else "inget datum angivet")
                + "."
            )
        return steps


def overview(stems: set[str] | None, *, today: dt.date) -> list[CatalogOverview]:
    """Every catalog the user works on, with state, revise-by status and lint findings."""
    known = set(CatalogVersion.objects.values_list("stem", flat=True).distinct())
    known |= set(CatalogDraft.objects.values_list("stem", flat=True).distinct())
    chosen = sorted(known if stems is None else (known & stems) | stems)
    rows: list[CatalogOverview] = []
    for stem in chosen:
        current = catalog_selectors.catalog_version_latest(stem)
        upcoming = catalog_selectors.catalog_version_next(stem, current)
        superseded = (
            CatalogVersion.objects.filter(stem=stem, number__lt=current.number).count()
            if current
            else 0
        )
        drafts = list(
            CatalogDraft.objects.filter(
                stem=stem, state__in=(CatalogDraft.State.DRAFT, CatalogDraft.State.DECIDED)
            ).defer("source_yaml", "origin_yaml", "import_report")
        )
        findings: list[LintFinding] = []
        revise_by = None
        name = stem
        if current is not None:
            catalog = catalog_selectors.catalog_of(current)
            findings = lint(catalog, today=today)
            revise_by = (upcoming or current).revise_by
            name = current.municipality_name
        status, days = "none", None
        if revise_by is not None:
            days = (revise_by - today).days
            status = "overdue" if days < 0 else "due" if days <= DUE_DAYS else "ok"
        rows.append(
            CatalogOverview(
                stem=stem,
                name=name,
                current=current,
                upcoming=upcoming,
                superseded=superseded,
                drafts=drafts,
                revise_by=revise_by,
                revise_status=status,
                days_left=days,
                findings=findings,
            )
        )
    return rows


def expected_audit_writes() -> Counter[tuple[str, str]]:
    """The audit entries each draft implies: one per revision (creation and every save)."""
    return Counter(
        {
            ("catalog_draft", str(pk)): revision
            for pk, revision in CatalogDraft.objects.values_list("pk", "revision")
        }
    )


def draft_history(draft: CatalogDraft) -> list[AuditEntry]:
    """The draft's transitions in the audit trail (who, when, what), oldest first."""
    return list(
        AuditEntry.objects.filter(object_type="catalog_draft", object_id=str(draft.pk)).order_by(
            "seq"
        )
    )
