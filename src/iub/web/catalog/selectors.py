"""Reads of the catalog app: published versions, and the parsed catalog and desk of each.

A published version never changes, so its parsed :class:`Catalog` and prepared
:class:`EligibilityEngine` are kept per process, keyed by the YAML's SHA-256. Which version
is in force, and which is published to take over later, is asked of the database at most every
``IUB_CACHE_SECONDS`` per stem and day (that query was most of a cached catalog page's cost).

A version is in force from its valid-from date (``iub.web.common.clock.today`` decides the
day): :func:`catalog_version_latest` is the newest version whose valid-from date has come (or
that has none), and :func:`catalog_version_next` the one published to take over later.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.db.models import Max, Q

from iub.catalog import Catalog, parse_catalog
from iub.intake import EligibilityEngine
from iub.web.catalog.models import CatalogVersion
from iub.web.common.clock import today as site_today

__all__ = [
    "catalog_of",
    "catalog_version_get",
    "catalog_version_latest",
    "catalog_version_next",
    "catalog_versions",
    "catalog_versions_latest",
    "desk_of",
]

_lock = threading.Lock()
_latest: dict[tuple[str, object], tuple[float, CatalogVersion | None]] = {}
_next: dict[tuple[str, int | None, object], tuple[float, CatalogVersion | None]] = {}
_parsed: OrderedDict[str, tuple[Catalog, EligibilityEngine]] = OrderedDict()
_PARSED_MAX = 32


def _in_force(day: object) -> Q:
    return Q(valid_from__isnull=True) | Q(valid_from__lte=day)


def catalog_version_latest(stem: str) -> CatalogVersion | None:
    """The version of ``stem`` in force today: the newest whose valid-from date has come.

    A version published ahead of its valid-from date is not shown until that day (see
    :func:`catalog_version_next`).
    """
    ttl = getattr(settings, "IUB_CACHE_SECONDS", 0)
    now = time.monotonic()
    day = site_today()
    if ttl > 0:
        cached = _latest.get((stem, day))
        if cached is not None and cached[0] > now:
            return cached[1]
    version = (
        CatalogVersion.objects.filter(_in_force(day), stem=stem)
        .defer("source_yaml")
        .order_by("-number")
        .first()
    )
    if ttl > 0:
        _latest[(stem, day)] = (now + ttl, version)
    return version


def catalog_version_next(stem: str, after: CatalogVersion | None) -> CatalogVersion | None:
    """The published version that takes over from ``after`` on a later date, if any."""
    ttl = getattr(settings, "IUB_CACHE_SECONDS", 0)
    now = time.monotonic()
    day = site_today()
    key = (stem, after.number if after is not None else None, day)
    if ttl > 0:
        cached = _next.get(key)
        if cached is not None and cached[0] > now:
            return cached[1]
    rows = CatalogVersion.objects.filter(stem=stem, valid_from__gt=day).defer("source_yaml")
    if after is not None:
        rows = rows.filter(number__gt=after.number)
    version = rows.order_by("valid_from", "-number").first()
    if ttl > 0:
        _next[key] = (now + ttl, version)
    return version


def catalog_version_get(stem: str, number: int) -> CatalogVersion | None:
    """One published version by stem and number."""
    return CatalogVersion.objects.filter(stem=stem, number=number).first()


def catalog_versions(stem: str) -> list[CatalogVersion]:
    """Every published version of a catalog, newest first (without the YAML)."""
    return list(CatalogVersion.objects.filter(stem=stem).defer("source_yaml").order_by("-number"))


def catalog_versions_latest() -> list[CatalogVersion]:
    """The version in force of every catalog, by municipality name."""
    day = site_today()
    newest = (
        CatalogVersion.objects.filter(_in_force(day)).values("stem").annotate(top=Max("number"))
    )
    wanted = {(row["stem"], row["top"]) for row in newest}
    rows = CatalogVersion.objects.defer("source_yaml").filter(stem__in=[stem for stem, _ in wanted])
    versions = [v for v in rows if (v.stem, v.number) in wanted]
    return sorted(versions, key=lambda v: (v.municipality_name, v.stem))


def catalog_of(version: CatalogVersion) -> Catalog:
    """The validated catalog of a published version."""
    return _prepared(version)[0]


def desk_of(version: CatalogVersion) -> EligibilityEngine:
    """The summary check prepared for a published version."""
    return _prepared(version)[1]


def _prepared(version: CatalogVersion) -> tuple[Catalog, EligibilityEngine]:
    key = version.sha256
    with _lock:
        found = _parsed.get(key)
        if found is not None:
            _parsed.move_to_end(key)
            return found
    source = CatalogVersion.objects.values_list("source_yaml", flat=True).get(pk=version.pk)
    catalog = parse_catalog(source, file=f"{version.stem}.yaml")
    prepared = (catalog, EligibilityEngine(catalog))
    with _lock:
        _parsed[key] = prepared
        while len(_parsed) > _PARSED_MAX:
            _parsed.popitem(last=False)
    return prepared
