"""Findings name the line a committee secretary would look at, also through YAML aliases."""

from __future__ import annotations

from iub.law.lint import lint_source, yaml_positions

from .conftest import TODAY

TEXT = """\
a:
  b: &shared
    c: 1
d:
  - x: 2
  - *shared
e: *shared
"""


def test_keys_are_placed_at_the_key() -> None:
    """A mapping value is placed at its key's line and column."""
    positions = yaml_positions(TEXT)

    assert (2, 3) == positions[("a", "b")]
    assert (3, 5) == positions[("a", "b", "c")]


def test_aliases_stay_where_they_are_used() -> None:
    """A value reached through an alias is placed at the alias, not at the anchor."""
    positions = yaml_positions(TEXT)

    assert (7, 1) == positions[("e",)]
    assert (7, 1) == positions[("e", "c")]
    assert positions[("d", 1, "c")][0] >= 4


def test_malformed_yaml_has_no_positions() -> None:
    """Positions are a convenience: malformed YAML gives an empty map, not an exception."""
    assert {} == yaml_positions("a: [unclosed\n")


def test_lint_source_turns_an_invalid_catalog_into_iub000() -> None:
    """A catalog that does not validate yields IUB000 findings placed at the problem."""
    catalog, findings = lint_source("title: x\n", today=TODAY, file="x.yaml")

    assert catalog is None
    assert findings
    assert {"IUB000"} == {f.code for f in findings}
    assert all(f.severity.value == "error" for f in findings)
