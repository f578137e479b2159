"""Reading catalogs from YAML with every problem placed at file:line:column.

PyYAML's composer knows where each node starts; Pydantic knows the path of each error. We keep
a map from path to position while constructing plain data, so that an error deep in a
condition tree reads ``catalogs/x.yaml:41:9: interventions[3].conditions[0].min: ...``.
No library does this for PyYAML + Pydantic; it is 100 lines, so we own it.

A catalog may come from anyone (an upload, a mail attachment), so reading is bounded: at most
:data:`MAX_CATALOG_BYTES` of text, mappings and lists nested at most :data:`MAX_DEPTH` deep,
and at most :data:`MAX_NODES` values once aliases are expanded. Anchors and aliases stay
legal (the shipped catalogs share documentation blocks that way); a "billion laughs" document,
whose aliases multiply nine-fold per level, stops at the node budget with a clear problem
instead of filling memory.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from iub.catalog._conditions import AllOf, AnyOf, Flag, IncludesAny, Leaf, NotOf
from iub.catalog._models import Catalog, Intervention
from iub.catalog._slug import slugify
from iub.errors import CatalogLoadError, CatalogProblem, UnknownIntervention

__all__ = [
    "MAX_CATALOG_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "catalog_dirs",
    "find_intervention",
    "load_catalog",
    "parse_catalog",
    "read_catalog_text",
    "resolve_catalog",
]

#: The largest catalog file read (the shipped Alingsås catalog is 67 kB).
MAX_CATALOG_BYTES = 2 * 1024 * 1024
#: How deep mappings and lists may nest (the shipped catalogs reach 5).
MAX_DEPTH = 64
#: How many values a catalog may hold once aliases are expanded (Alingsås: about 1,000).
MAX_NODES = 100_000

Path_ = tuple[str | int, ...]
Positions = dict[Path_, tuple[int, int]]


def catalog_dirs() -> list[Path]:
    """Where shipped catalogs are looked up by name: $IUB_CATALOG_DIR, ./catalogs, the repo's."""
    dirs = []
    if env := os.environ.get("IUB_CATALOG_DIR"):
        dirs.append(Path(env))
    dirs.append(Path.cwd() / "catalogs")
    dirs.append(Path(__file__).resolve().parents[3] / "catalogs")
    return dirs


def resolve_catalog(name_or_path: str | os.PathLike[str]) -> Path:
    """A catalog's file: a path as given, or a shipped catalog by its stem ('alingsas')."""
    path = Path(name_or_path)
    if path.suffix in {".yaml", ".yml"} or path.exists():
        return path
    for directory in catalog_dirs():
        candidate = directory / f"{path.name}.yaml"
        if candidate.exists():
            return candidate
    shipped = sorted({p.stem for d in catalog_dirs() if d.is_dir() for p in d.glob("*.yaml")})
    raise CatalogLoadError(
        [CatalogProblem((), f"no catalog named {str(name_or_path)!r}; shipped: {shipped}")],
        file=str(name_or_path),
    )


def load_catalog(name_or_path: str | os.PathLike[str]) -> Catalog:
    """Load and validate a catalog file (or a shipped catalog by name).

    Raises:
        CatalogLoadError: with every problem found, each at file:line:column.
    """
    path = resolve_catalog(name_or_path)
    return parse_catalog(read_catalog_text(path), file=path)


def read_catalog_text(path: str | os.PathLike[str]) -> str:
    """A catalog file's text, read at most :data:`MAX_CATALOG_BYTES` far (``/dev/zero`` ends).

    Raises:
        CatalogLoadError: the file cannot be read, is too large or is not UTF-8.
    """
    where = Path(path)
    try:
        with where.open("rb") as stream:
            raw = stream.read(MAX_CATALOG_BYTES + 1)
    except OSError as exc:
        problem = f"cannot read: {exc.strerror or exc}"
        raise CatalogLoadError([CatalogProblem((), problem)], file=where) from None
    if len(raw) > MAX_CATALOG_BYTES:
        raise CatalogLoadError([_too_large()], file=where)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problem = f"cannot read: not UTF-8 text (byte {exc.start + 1})"
        raise CatalogLoadError([CatalogProblem((), problem)], file=where) from None


def _too_large() -> CatalogProblem:
    return CatalogProblem((), f"the file is larger than {MAX_CATALOG_BYTES // 1024 // 1024} MB")


def parse_catalog(text: str, *, file: str | os.PathLike[str] | None = None) -> Catalog:
    """Validate catalog YAML text; see :func:`load_catalog`."""
    where = Path(file) if file is not None else None
    if len(text) > MAX_CATALOG_BYTES:
        raise CatalogLoadError([_too_large()], file=where)
    data, positions = _read_yaml(text, file=where)
    try:
        catalog = Catalog.model_validate(data)
    except ValidationError as exc:
        problems = [_problem_from_pydantic(err, data, positions) for err in exc.errors()]
        raise CatalogLoadError(problems, file=where) from None
    problems = [_place(p, positions) for p in _semantic_problems(catalog)]
    if problems:
        raise CatalogLoadError(problems, file=where)
    return catalog


def find_intervention(catalog: Catalog, intervention_id: str) -> Intervention:
    """The intervention with this id or alias (or whose title slugs to it)."""
    wanted = intervention_id.strip()
    for intervention in catalog.interventions:
        if wanted == intervention.id or wanted in intervention.aliases:
            return intervention
    slug = slugify(wanted)
    for intervention in catalog.interventions:
        if slug == intervention.id or slug in intervention.aliases:
            return intervention
    raise UnknownIntervention(
        intervention_id,
        catalog=catalog.municipality.name,
        known=[i.id for i in catalog.interventions],
    )


# --- YAML with positions ---------------------------------------------------------------------


#: libyaml's parser when PyYAML has it (ten times faster on a large catalog; same marks).
_PARSER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Budget:
    """Counts the values built, so that aliases cannot multiply a small file without end."""

    def __init__(self) -> None:
        self.left = MAX_NODES

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise _TooLarge


class _TooLarge(Exception):
    """More than MAX_NODES values once aliases are expanded."""


def _read_yaml(text: str, *, file: Path | None) -> tuple[Any, Positions]:
    try:
        if too_deep := _too_deep(text):
            raise CatalogLoadError([too_deep], file=file)
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        raise CatalogLoadError([_yaml_problem(exc)], file=file) from None
    except yaml.YAMLError as exc:
        raise CatalogLoadError([CatalogProblem((), f"malformed YAML: {exc}")], file=file) from None
    if node is None:
        raise CatalogLoadError([CatalogProblem((), "the document is empty")], file=file)
    positions: Positions = {}
    problems: list[CatalogProblem] = []
    loader = yaml.SafeLoader("")
    try:
        data = _construct(loader, node, (), positions, problems, _Budget())
    except _TooLarge:
        message = (
            f"more than {MAX_NODES:,} values once anchors and aliases are expanded "
            "(aliases nested inside aliases?)"
        ).replace(",", " ")
        raise CatalogLoadError([CatalogProblem((), message)], file=file) from None
    finally:
        loader.dispose()
    if problems:
        raise CatalogLoadError(problems, file=file)
    return data, positions


def _compose(text: str) -> yaml.Node | None:
    loader = _PARSER(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def _too_deep(text: str) -> CatalogProblem | None:
    """Nesting deeper than MAX_DEPTH, found before composing (PyYAML's composer recurses)."""
    depth = 0
    for event in yaml.parse(text, Loader=_PARSER):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
                message = f"malformed YAML: nested more than {MAX_DEPTH} levels deep"
                return CatalogProblem((), message, line, column)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _yaml_problem(exc: yaml.MarkedYAMLError) -> CatalogProblem:
    mark = exc.problem_mark or exc.context_mark
    message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
    line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
    return CatalogProblem((), f"malformed YAML: {message}", line, column)


def _construct(
    loader: yaml.SafeLoader,
    node: yaml.Node,
    path: Path_,
    positions: Positions,
    problems: list[CatalogProblem],
    budget: _Budget,
) -> Any:
    budget.spend()
    here = (node.start_mark.line + 1, node.start_mark.column + 1)
    positions.setdefault(path, here)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(CatalogProblem(path, "a key must be plain text", line, column))
                continue
            key = _scalar(loader, key_node, path, problems)
            if key in out:
                problems.append(CatalogProblem(path, f"duplicate key {key!r}", line, column))
                continue
            positions[(*path, key)] = (line, column)  # people look for the key, not the value
            out[key] = _construct(loader, value_node, (*path, key), positions, problems, budget)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _construct(loader, child, (*path, index), positions, problems, budget)
            for index, child in enumerate(node.value)
        ]
    return _scalar(loader, node, path, problems)


def _scalar(
    loader: yaml.SafeLoader, node: yaml.Node, path: Path_, problems: list[CatalogProblem]
) -> Any:
    """A scalar's value; one YAML cannot build (2025-13-45, 5,000 digits) is a problem."""
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0][:200]
        problems.append(CatalogProblem(path, f"cannot read the value: {reason}", line, column))
        return None


def _problem_from_pydantic(error: Any, data: Any, positions: Positions) -> CatalogProblem:
    """Keep the parts of Pydantic's location that exist in the data (drop union tags)."""
    path: list[str | int] = []
    current = data
    for part in error["loc"]:
        in_dict = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        if in_dict or in_list:
            current = current[part]
            path.append(part)
        elif (
            isinstance(current, dict)
            and isinstance(part, str)
            and "." not in part
            and (error["type"] in {"missing", "extra_forbidden"} and part == error["loc"][-1])
        ):
            path.append(part)  # a missing or extra key: place it at its parent mapping
    message = str(error["msg"])
    if error["type"] == "extra_forbidden":
        message = f"unknown key {path[-1]!r} (misspelt?)"
    elif error["type"] == "missing":
        message = f"required key {path[-1]!r} is missing"
    elif message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    problem = CatalogProblem(tuple(path), message)
    return _place(problem, positions)


def _place(problem: CatalogProblem, positions: Positions) -> CatalogProblem:
    path = problem.path
    if problem.line is not None:
        return problem
    while path not in positions and path:
        path = path[:-1]
    line, column = positions.get(path, (None, None))
    return CatalogProblem(problem.path, problem.message, line, column)


def _semantic_problems(catalog: Catalog) -> Iterable[CatalogProblem]:
    """What a schema cannot say: unique ids, known areas and facts, ids that are slugs."""
    vocabulary = catalog.vocabulary()
    area_ids = {area.id for area in catalog.areas}
    seen: dict[str, int] = {}
    for index, intervention in enumerate(catalog.interventions):
        here: tuple[str | int, ...] = ("interventions", index)
        for name in (intervention.id, *intervention.aliases):
            if name in seen:
                yield CatalogProblem(
                    (*here, "id"),
                    f"duplicate intervention id {name!r} (also interventions[{seen[name]}])",
                )
            seen[name] = index
        if intervention.id != slugify(intervention.title):
            yield CatalogProblem(
                (*here, "id"),
                f"id must be the slug of the title: {slugify(intervention.title)!r}",
            )
        if area_ids and intervention.area not in area_ids:
            yield CatalogProblem(
                (*here, "area"), f"unknown area {intervention.area!r}; areas: {sorted(area_ids)}"
            )
        yield from _condition_problems(intervention, here, vocabulary)
    for index, chapter in enumerate(catalog.chapters):
        if chapter.before_area is not None and chapter.before_area not in area_ids:
            yield CatalogProblem(
                ("chapters", index, "before_area"),
                f"unknown area {chapter.before_area!r}; areas: {sorted(area_ids)}",
            )


def _condition_problems(
    intervention: Intervention, here: tuple[str | int, ...], vocabulary: dict[str, Any]
) -> Iterable[CatalogProblem]:
    ids: set[str] = set()
    for path, node in _paths(intervention.conditions, (*here, "conditions")):
        if node.id in ids:
            yield CatalogProblem((*path, "id"), f"duplicate condition id {node.id!r}")
        ids.add(node.id)
        if not isinstance(node, Leaf):
            continue
        for key in node.facts():
            if key not in vocabulary:
                yield CatalogProblem(
                    (*path, "fact"), f"unknown fact {key!r}: declare it under 'facts'"
                )
        if (
            isinstance(node, Flag)
            and node.fact in vocabulary
            and (vocabulary[node.fact].type != "bool")
        ):
            yield CatalogProblem((*path, "fact"), f"{node.fact!r} is not a yes/no fact")
        if isinstance(node, IncludesAny) and node.fact in vocabulary:
            spec = vocabulary[node.fact]
            if spec.type not in {"choice", "choices"}:
                yield CatalogProblem((*path, "fact"), f"{node.fact!r} is not a choice fact")
            unknown = [value for value in node.values if value not in spec.choices]
            if unknown:
                yield CatalogProblem(
                    (*path, "values"),
                    f"unknown value(s) {unknown} for {node.fact!r}; allowed: {list(spec.choices)}",
                )


def _paths(nodes: list[Any], base: tuple[str | int, ...]) -> Iterable[tuple[Path_, Any]]:
    for index, node in enumerate(nodes):
        path = (*base, index)
        yield path, node
        if isinstance(node, AllOf):
            yield from _paths(node.all, (*path, "all"))
        elif isinstance(node, AnyOf):
            yield from _paths(node.any, (*path, "any"))
        elif isinstance(node, NotOf):
            yield from _paths([node.not_], (*path, "not"))
