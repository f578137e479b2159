"""The catalog: the committee's decision as validated, evaluable data.

Public API: the models, :func:`load_catalog` / :func:`parse_catalog`, the condition kinds,
three-valued :func:`evaluate_all`, :func:`slugify` and :func:`json_schema`.
"""

from __future__ import annotations

import json
from typing import Any

from iub.catalog._conditions import (
    Age,
    AllOf,
    AnyOf,
    Condition,
    Flag,
    GuardianConsent,
    IncludesAny,
    Leaf,
    LivesIn,
    Manual,
    NotOf,
    RegisteredIn,
    School,
    Verdict,
)
from iub.catalog._evaluate import (
    CompiledCatalog,
    Decide,
    NodeResult,
    Triage,
    compile_catalog,
    compile_conditions,
    condition_signature,
    evaluate,
    evaluate_all,
)
from iub.catalog._load import (
    MAX_CATALOG_BYTES,
    MAX_DEPTH,
    MAX_NODES,
    catalog_dirs,
    find_intervention,
    load_catalog,
    parse_catalog,
    read_catalog_text,
    resolve_catalog,
)
from iub.catalog._models import (
    Area,
    Catalog,
    Chapter,
    Committee,
    Contact,
    Decision,
    DeclaredFact,
    Documentation,
    FollowUp,
    FollowUpForm,
    Intervention,
    Method,
    MunicipalityRef,
    Regime,
    Route,
    iter_nodes,
)
from iub.catalog._slug import slugify

__all__ = [
    "MAX_CATALOG_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "Age",
    "AllOf",
    "AnyOf",
    "Area",
    "Catalog",
    "Chapter",
    "Committee",
    "CompiledCatalog",
    "Condition",
    "Contact",
    "Decide",
    "Decision",
    "DeclaredFact",
    "Documentation",
    "Flag",
    "FollowUp",
    "FollowUpForm",
    "GuardianConsent",
    "IncludesAny",
    "Intervention",
    "Leaf",
    "LivesIn",
    "Manual",
    "Method",
    "MunicipalityRef",
    "NodeResult",
    "NotOf",
    "Regime",
    "RegisteredIn",
    "Route",
    "School",
    "Triage",
    "Verdict",
    "catalog_dirs",
    "compile_catalog",
    "compile_conditions",
    "condition_signature",
    "evaluate",
    "evaluate_all",
    "find_intervention",
    "iter_nodes",
    "json_schema",
    "json_schema_text",
    "load_catalog",
    "parse_catalog",
    "read_catalog_text",
    "resolve_catalog",
    "slugify",
]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the catalog YAML format (docs/catalog.schema.json)."""
    schema = Catalog.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://iub.example/catalog.schema.json"
    return schema


def json_schema_text() -> str:
    """The schema as the committed file holds it (stable key order, trailing newline)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
