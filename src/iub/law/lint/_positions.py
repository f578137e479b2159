"""Where each YAML path starts in the file, so that a finding names its line.

A mapping value is placed at its key (``documentation:`` rather than the first word of the
value), and a value reached through an alias (``documentation: *advice``) stays at the place
that uses it, never at the anchor in another intervention: a committee secretary reads the
finding next to the intervention it is about.
"""

from __future__ import annotations

from collections.abc import Mapping

import yaml

from iub.law.lint._model import Path

__all__ = ["place", "yaml_positions"]


def yaml_positions(text: str) -> dict[Path, tuple[int, int]]:
    """Map every YAML path of a document to its (line, column), both 1-based.

    Returns an empty map for text that is not YAML: positions are a convenience, and the
    catalog loader reports malformed YAML itself.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    positions: dict[Path, tuple[int, int]] = {}
    if root is not None:
        start = (root.start_mark.line + 1, root.start_mark.column + 1)
        _walk(root, (), start, positions, set())
    return positions


def _walk(
    node: yaml.Node,
    path: Path,
    here: tuple[int, int],
    positions: dict[Path, tuple[int, int]],
    seen: set[int],
) -> None:
    positions[path] = here
    if id(node) in seen:  # an alias: its children stay at the place that uses it
        _fill(node, path, here, positions, set())
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            mark = key_node.start_mark
            _walk(value_node, (*path, key), (mark.line + 1, mark.column + 1), positions, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            mark = child.start_mark
            spot = (mark.line + 1, mark.column + 1)
            if id(child) in seen or spot < here:
                spot = here
            _walk(child, (*path, index), spot, positions, seen)


def _fill(
    node: yaml.Node,
    path: Path,
    here: tuple[int, int],
    positions: dict[Path, tuple[int, int]],
    guard: set[int],
) -> None:
    """Place every descendant of an aliased node at the alias."""
    if id(node) in guard:
        return
    guard.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            positions[(*path, key_node.value)] = here
            _fill(value_node, (*path, key_node.value), here, positions, guard)
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            positions[(*path, index)] = here
            _fill(child, (*path, index), here, positions, guard)


def place(
    path: Path, positions: Mapping[Path, tuple[int, int]] | None
) -> tuple[int | None, int | None]:
    """The position of ``path``, or of its nearest ancestor present in the file."""
    if not positions:
        return None, None
    while path and path not in positions:
        path = path[:-1]
    found = positions.get(path)
    return found if found is not None else (None, None)
