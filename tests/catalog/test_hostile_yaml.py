"""Hostile YAML: the loader's bounds (docs/catalog-format.md, "Limits") hold in bounded memory.

A "billion laughs" document of 342 bytes expands to 9⁹ strings; the loader must stop it at its
node budget with one clear problem, in a process whose address space is capped, instead of
filling memory. Anchors and aliases as the shipped catalogs use them keep working.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iub.catalog import MAX_CATALOG_BYTES, MAX_DEPTH, load_catalog, parse_catalog
from iub.errors import CatalogLoadError

ROOT = Path(__file__).resolve().parents[2]

BILLION_LAUGHS = (
    Path(__file__).resolve().parents[1] / "fixtures" / "billion-laughs.yaml"
).read_text(encoding="utf-8")
MEMORY_LIMIT = 768 * 1024 * 1024


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def test_the_document_is_the_classic_342_bytes() -> None:
    """The test uses the document as it is usually quoted, not a smaller cousin."""
    assert 342 == len(BILLION_LAUGHS.encode())


@pytest.mark.parametrize("command", ["catalog validate", "lint", "eligible"])
def test_a_billion_laughs_fails_cleanly_within_a_memory_cap(command: str) -> None:
    """`iub catalog validate`, `lint` and `eligible -c` refuse the bomb with exit 1 under 768 MB."""
    bomb = ROOT / "tests" / "fixtures" / "billion-laughs.yaml"
    args = {
        "catalog validate": ["catalog", "validate", str(bomb)],
        "lint": ["lint", str(bomb), "--today", "2026-11-26"],
        "eligible": ["eligible", "-c", str(bomb), "-i", "x", "-f", "-"],
    }[command]
    result = subprocess.run(
        [sys.executable, "-c", "from iub.cli import main; main()", *args],
        input="{}",
        capture_output=True,
        text=True,
        timeout=120,  # only catches a hang
        preexec_fn=_capped,
        check=False,
    )
    assert 1 == result.returncode, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "MemoryError" not in result.stderr
    assert "aliases" in result.stderr


def test_the_bomb_is_one_problem_at_the_root() -> None:
    """The problem names the cause so that its author can find it."""
    with pytest.raises(CatalogLoadError) as caught:
        parse_catalog(BILLION_LAUGHS, file="bomb.yaml")

    assert 1 == len(caught.value.problems)
    assert "anchors and aliases" in caught.value.problems[0].message


def test_shipped_anchors_and_aliases_still_load() -> None:
    """Alingsås shares documentation blocks through anchors; it loads as before."""
    text = (ROOT / "catalogs" / "alingsas.yaml").read_text(encoding="utf-8")
    assert "&" in text and "*" in text

    catalog = load_catalog(ROOT / "catalogs" / "alingsas.yaml")

    assert 25 == len(catalog.interventions)


def test_an_alias_used_a_few_times_is_expanded() -> None:
    """Ordinary reuse (one anchor, several aliases) is well within the budget."""
    data = textwrap.dedent(
        """\
        shared: &shared {a: [1, 2, 3]}
        one: *shared
        two: *shared
        """
    )
    with pytest.raises(CatalogLoadError) as caught:
        parse_catalog(data)
    assert not any("aliases" in p.message for p in caught.value.problems)


def test_nesting_deeper_than_the_limit_is_refused_at_its_line() -> None:
    """A list nested thousands deep is one problem, not a RecursionError."""
    deep = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)

    with pytest.raises(CatalogLoadError) as caught:
        parse_catalog(deep, file="deep.yaml")

    problem = caught.value.problems[0]
    assert f"nested more than {MAX_DEPTH} levels" in problem.message
    assert (1, MAX_DEPTH + 1) == (problem.line, problem.column)


def test_a_catalog_file_over_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    """A file over the cap is refused after reading one byte past it (so /dev/zero ends)."""
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (MAX_CATALOG_BYTES + 1))

    with pytest.raises(CatalogLoadError, match="larger than"):
        load_catalog(big)
    with pytest.raises(CatalogLoadError, match="larger than"):
        load_catalog("/dev/zero")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("decided: 2025-13-45\n", "month must be in 1..12"),
        ("n: " + "9" * 5000 + "\n", "cannot read the value"),
        ("? [a, b]\n: c\n", "a key must be plain text"),
        ("a: !!python/name:os.system ''\n", "cannot read the value"),
    ],
)
def test_a_value_yaml_cannot_build_is_a_placed_problem(text: str, expected: str) -> None:
    """Values PyYAML cannot construct are problems at their line, not exceptions."""
    with pytest.raises(CatalogLoadError) as caught:
        parse_catalog(text, file="x.yaml")

    assert expected in str(caught.value)
    assert 1 == caught.value.problems[0].line
