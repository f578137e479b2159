"""Hypothesis fuzzing of every reader of outside input: only clear errors, in bounded time.

The catalog loader, the facts parser, the condition evaluator (through the summary check), the
guideline importer and the identity guard each get small generated inputs — arbitrary text,
mutated shipped catalogs, arbitrary JSON — and may answer or raise their own ``IubError``, never
anything else. Inputs are small and examples few, so the suite stays quick and its memory
bounded; ``IUB_FUZZ_EXAMPLES`` raises the count for a longer hunt.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iub.catalog import Catalog, load_catalog, parse_catalog
from iub.documents import FakeReader, import_lines
from iub.errors import CatalogLoadError, DocumentImportError, FactError, IubError
from iub.facts import VOCABULARY, parse_facts
from iub.intake import EligibilityEngine
from iub.privacy import Guard

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = int(os.environ.get("IUB_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
#: Lines and fragments that YAML and our parser find meaningful.
YAML_BITS = st.sampled_from(
    [
        "&a ",
        "*a",
        "<<: *a",
        "!!python/name:os.system ''",
        "? [a]\n: b",
        "[",
        "]",
        "{",
        "}",
        "- ",
        ": ",
        "'",
        '"',
        "\t",
        "#",
        "---\n",
        "...\n",
        "|\n",
        ">\n",
        "\x00",
        "\ufeff",
        "2025-13-45",
        "9" * 5000,
        "~",
        "null",
        "yes",
        "0x1F",
        "1e999",
        ".nan",
    ]
)


@cache
def _stockholm_text() -> str:
    return (ROOT / "catalogs" / "stockholm.yaml").read_text(encoding="utf-8")


@cache
def _engine() -> EligibilityEngine:
    return EligibilityEngine(load_catalog("stockholm"))


def _loads_or_refuses(text: str) -> None:
    try:
        assert isinstance(parse_catalog(text, file="fuzz.yaml"), Catalog)
    except CatalogLoadError as exc:
        assert exc.problems, "a refusal names at least one problem"
        assert all(p.message for p in exc.problems)


@FUZZ
@given(st.text(max_size=400))
def test_the_catalog_loader_takes_any_text(text: str) -> None:
    """Any text is a catalog or a CatalogLoadError with its problems."""
    _loads_or_refuses(text)


@FUZZ
@given(JSON)
def test_the_catalog_loader_takes_any_yaml_data(data: Any) -> None:
    """Any data YAML can hold is a catalog or a CatalogLoadError."""
    _loads_or_refuses(yaml.safe_dump(data, allow_unicode=True))


@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=10**6), st.sampled_from("idr"), YAML_BITS),
        min_size=1,
        max_size=4,
    )
)
def test_the_catalog_loader_takes_mutated_shipped_catalogs(
    edits: list[tuple[int, str, str]],
) -> None:
    """Stockholm's catalog with lines inserted, deleted or replaced: loaded or refused."""
    lines = _stockholm_text().splitlines()
    for where, how, bit in edits:
        at = where % len(lines)
        if how == "i":
            lines.insert(at, bit)
        elif how == "d" and len(lines) > 1:
            del lines[at]
        else:
            lines[at] = lines[at][: len(lines[at]) // 2] + bit
    _loads_or_refuses("\n".join(lines))


@FUZZ
@given(st.dictionaries(st.sampled_from([*VOCABULARY, "person.unknown", ""]), JSON, max_size=6))
def test_the_facts_parser_takes_any_json(raw: dict[str, Any]) -> None:
    """Any JSON object of facts is parsed or refused with a FactError naming the fact."""
    try:
        facts = parse_facts(raw)
    except FactError as exc:
        assert str(exc)
    else:
        assert set(facts) <= set(raw)


@FUZZ
@given(JSON)
def test_the_facts_parser_takes_any_json_document(raw: Any) -> None:
    """Not an object at all is a FactError too."""
    with contextlib.suppress(FactError):
        parse_facts(raw)


@FUZZ
@given(st.dictionaries(st.sampled_from(sorted(VOCABULARY)), JSON, max_size=8))
def test_the_summary_check_answers_or_names_the_wrong_fact(raw: dict[str, Any]) -> None:
    """Every intervention's conditions evaluated on arbitrary facts: an outcome, or FactError."""
    try:
        outcomes = _engine().screen(raw)
    except FactError:
        return
    for outcome in outcomes:
        data = outcome.to_json()
        assert data["outcome"] in {"eligible", "not_eligible", "needs_info", "refer"}
        json.dumps(data, allow_nan=False)


@FUZZ
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [
                    "Riktlinjer för insatser utan individuell behovsprövning",
                    "Familjerådgivning",
                    "Målgrupp",
                    "Villkor",
                    "Insatsen riktar sig till personer som är folkbokförda i kommunen.",
                    "Dokumentation sker enligt 14 kap. 4 §.",
                    "Beslutad av socialnämnden 2025-09-16",
                    "1. ",
                    "• ",
                ]
            ),
        ),
        max_size=12,
    )
)
def test_the_importer_takes_any_small_document(lines: list[str]) -> None:
    """A small document of any lines is a catalog that validates, or a DocumentImportError."""
    try:
        result = import_lines(
            FakeReader(lines).read(b""), file=Path("fuzz.txt"), format="txt", municipality=None
        )
    except DocumentImportError as exc:
        assert exc.code
    except IubError as exc:  # pragma: no cover - shown if it ever happens
        raise AssertionError(f"the importer raised {type(exc).__name__}, not its own") from exc
    else:
        _loads_or_refuses(result.yaml_text)


@FUZZ
@given(st.text(max_size=600), st.floats(min_value=0.0, max_value=1.0))
def test_the_identity_guard_takes_any_note(text: str, min_score: float) -> None:
    """Any note gives findings inside it, sorted and apart, at or above the score asked."""
    findings = Guard(min_score=min_score).analyze(text)

    assert all(0 <= f.start < f.end <= len(text) for f in findings)
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))
    assert all(f.score >= min_score or math.isclose(f.score, min_score) for f in findings)
