"""Writes of the catalog app: loading a catalog as a published version."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.db import IntegrityError, transaction
from django.utils import timezone

from iub.catalog import Catalog, parse_catalog, resolve_catalog
from iub.web.catalog.models import CatalogVersion

__all__ = ["RESERVED_STEMS", "LoadResult", "catalog_version_load", "catalog_version_load_file"]

#: URL segments that belong to the site, so no catalog may be named after them.
RESERVED_STEMS = frozenset(
    {
        "api",
        "en",
        "sv",
        "static",
        "media",
        "admin",
        "personal",
        "namnd",
        "healthz",
        "uppfoljning",
        "enkat",
        "tillganglighet",
        "personuppgifter",
    }
)


@dataclass(frozen=True)
class LoadResult:
    """The version a load produced or found, and whether it is new."""

    version: CatalogVersion
    created: bool


def catalog_version_load(
    *, stem: str, source_yaml: str, known_is_unchanged: bool = False
) -> LoadResult:
    """Publish catalog YAML as the next version of ``stem``, unless it equals the latest one.

    Loading unchanged YAML again returns the latest version (``created=False``); changed YAML
    becomes a new version with the next number. Nothing is ever overwritten. With
    ``known_is_unchanged`` YAML equal to *any* earlier version returns that version: ``iub
    serve`` loads the shipped files so, and never republishes a file over a version the
    committee published since in its workspace (docs/committee.md).

    Raises:
        CatalogLoadError: the YAML is not a valid catalog; nothing is written.
        ValueError: the stem is one of :data:`RESERVED_STEMS`.
    """
    if stem in RESERVED_STEMS:
        raise ValueError(f"{stem!r} is a reserved address on the site; rename the catalog file")
    catalog = parse_catalog(source_yaml, file=f"{stem}.yaml")
    digest = hashlib.sha256(source_yaml.encode("utf-8")).hexdigest()
    if known_is_unchanged:
        known = CatalogVersion.objects.filter(stem=stem, sha256=digest).order_by("-number").first()
        if known is not None:
            return LoadResult(known, created=False)
    for _attempt in range(3):  # another process may publish the same number at the same time
        latest = CatalogVersion.objects.filter(stem=stem).order_by("-number").first()
        if latest is not None and latest.sha256 == digest:
            return LoadResult(latest, created=False)
        try:
            with transaction.atomic():
                version = _insert(
                    stem=stem,
                    number=(latest.number + 1) if latest else 1,
                    catalog=catalog,
                    source_yaml=source_yaml,
                    digest=digest,
                )
        except IntegrityError:
            continue
        return LoadResult(version, created=True)
    raise RuntimeError(f"could not publish a version of {stem!r}: concurrent loads")


def catalog_version_load_file(
    name_or_path: str | Path, *, known_is_unchanged: bool = False
) -> LoadResult:
    """Load a shipped catalog by stem ('stockholm') or a catalog file; the stem names it."""
    path = resolve_catalog(name_or_path)
    return catalog_version_load(
        stem=path.stem,
        source_yaml=path.read_text(encoding="utf-8"),
        known_is_unchanged=known_is_unchanged,
    )


def _insert(
    *, stem: str, number: int, catalog: Catalog, source_yaml: str, digest: str
) -> CatalogVersion:
    decision = catalog.decision
    version = CatalogVersion(
        stem=stem,
        number=number,
        municipality_name=catalog.municipality.name,
        municipality_code=catalog.municipality.code,
        title=catalog.title,
        decision=decision.model_dump(mode="json", exclude_none=True),
        diarienummer=decision.diarienummer or "",
        decided_on=decision.date,
        valid_from=decision.valid_from,
        valid_to=decision.valid_to,
        revise_by=decision.revise_by,
        intervention_count=len(catalog.interventions),
        source_yaml=source_yaml,
        sha256=digest,
        loaded_at=timezone.now(),
    )
    version.full_clean(validate_unique=False, validate_constraints=False)
    version.save(force_insert=True)
    return version
