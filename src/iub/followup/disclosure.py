"""Disclosure control: every figure that leaves the database is safe to publish.

The method is cell suppression over a fixed set of tables checked together (docs/followup.md,
"Röjandekontroll"):

* **Primary suppression** hides every count ``0 < n < threshold`` (default 5, never below 3),
  inner cells and totals alike.
* **Secondary suppression** hides more cells so that no hidden count can be recovered from the
  published ones. The published set is described by linear :class:`Constraint` s — a total
  equals the sum of its parts: a table's row and column totals and grand total, and the links
  between tables (a tertial is the sum of its months, an area the sum of its interventions; a
  cell that two tables share is one cell). A greedy pass makes every constraint hide either
  nothing or at least two of its members; then an **audit** solves, for every hidden cell, the
  two linear programmes an attacker would (the least and greatest value consistent with every
  published figure, counts never negative) and demands:

  - a primary cell's true value lies strictly inside its range, at least one whole count from
    either end (an attacker can bound it, never pin it: not "exactly 3", not "at least 3",
    not "at most 3");
  - any hidden cell's range is wider than one point (it cannot be derived by differencing).

  A cell that fails makes one more member of each of its constraints hidden, and the audit runs
  again, until everything passes (at worst everything is hidden, which is trivially safe).

Zero is never hidden (a zero discloses no one, and hiding it protects nothing: a count cannot
go below 0); a hidden cell is never published as 0 (:data:`HIDDEN_MARK`).

Dependency: ``highspy`` (the HiGHS solver) for the audit's linear programmes, one model per
group of linked hidden cells re-solved warm for each objective, and no more programmes than
the audit's verdict needs (:func:`ranges`) — a well-kept solver beats one of our own. No
PyPI package implements τ-ARGUS-style secondary suppression for linked tables (sdcTable and
τ-ARGUS are R and Java).
"""

from __future__ import annotations

import math
import os
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

__all__ = [
    "DEFAULT_THRESHOLD",
    "HIDDEN_MARK",
    "HIDDEN_NOTE",
    "MIN_THRESHOLD",
    "Constraint",
    "Key",
    "Policy",
    "Protected",
    "ThresholdError",
    "key_of",
    "protect",
    "ranges",
]

#: A cell's identity: sorted (dimension, value) pairs,
#: e.g. (("intervention", "x"), ("month", "03")).
Key = tuple[tuple[str, str], ...]

DEFAULT_THRESHOLD: Final = 5
MIN_THRESHOLD: Final = 3
HIDDEN_MARK: Final = "–"
HIDDEN_NOTE: Final = (
    "– = uppgiften visas inte: färre än {threshold}, eller så att en dold uppgift inte kan "
    "räknas fram ur andra (röjandeskydd)."
)
_EPS: Final = 1e-6


class ThresholdError(ValueError):
    """A threshold below the floor: refused with the reason."""


@dataclass(frozen=True)
class Policy:
    """The suppression threshold: counts below it are never published."""

    threshold: int = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        if not isinstance(self.threshold, int) or self.threshold < MIN_THRESHOLD:
            raise ThresholdError(
                f"Tröskeln {self.threshold!r} är för låg: den får aldrig vara under "
                f"{MIN_THRESHOLD}, eftersom så små tal kan peka ut enskilda "
                f"(threshold must be at least {MIN_THRESHOLD})."
            )


@dataclass(frozen=True)
class Constraint:
    """A published identity: ``total`` equals the sum of ``parts``."""

    total: Key
    parts: tuple[Key, ...]

    def members(self) -> tuple[Key, ...]:
        return (self.total, *self.parts)


def key_of(dims: Mapping[str, str]) -> Key:
    """The canonical key of a cell given its dimensions."""
    return tuple(sorted((str(k), str(v)) for k, v in dims.items()))


@dataclass(frozen=True)
class Protected:
    """The outcome of :func:`protect`: which cells are hidden, and why."""

    values: Mapping[Key, int]
    primary: frozenset[Key]
    secondary: frozenset[Key]
    policy: Policy
    #: Each hidden cell's range as audited: values it is proven to reach, enough to pass the
    #: audit (the true range is at least this wide; see :func:`ranges`, ``settled``).
    bounds: Mapping[Key, tuple[float, float]] = field(default_factory=dict)

    def hidden(self, key: Key) -> bool:
        return key in self.primary or key in self.secondary

    def published(self, key: Key) -> int | None:
        """The value to publish, or None where it is hidden (never 0 for a hidden cell)."""
        if self.hidden(key):
            return None
        return self.values[key]

    def status(self, key: Key) -> Literal["primary", "secondary"] | None:
        if key in self.primary:
            return "primary"
        if key in self.secondary:
            return "secondary"
        return None


def protect(
    values: Mapping[Key, int], constraints: Sequence[Constraint], policy: Policy | None = None
) -> Protected:
    """Primary and secondary suppression of a set of linked cells, audited by LP.

    Args:
        values: every published cell's true count (non-negative integers).
        constraints: every identity between published cells (total = sum of parts). A
            constraint may only name keys in ``values``.
        policy: the threshold (default 5).
    """
    policy = policy or Policy()
    t = policy.threshold
    for key, value in values.items():
        if value < 0:
            raise ValueError(f"negative count for {key}")
    for constraint in constraints:
        for member in constraint.members():
            if member not in values:
                raise ValueError(f"constraint names an unknown cell {member}")
    by_key: dict[Key, list[int]] = defaultdict(list)
    for index, constraint in enumerate(constraints):
        for member in constraint.members():
            by_key[member].append(index)

    primary = frozenset(k for k, v in values.items() if 0 < v < t)
    hidden: set[Key] = set(primary)
    bounds: dict[Key, tuple[float, float]] = {}
    passed: set[Key] = set()
    while True:
        _complete_greedy(values, constraints, hidden, t)

        # Hiding more only widens every range (a published constant becomes one more unknown,
        # and the old solutions stay feasible), so a cell that passed stays passed.
        def settled(k: Key, lo: float, hi: float) -> bool:
            return _safe(k, values[k], (lo, hi), k in primary, t)

        bounds.update(ranges(values, constraints, hidden, only=hidden - passed, settled=settled))
        failing = []
        for k in sorted(hidden - passed):
            if _safe(k, values[k], bounds[k], k in primary, t):
                passed.add(k)
            else:
                failing.append(k)
        if not failing:
            break
        grew = False
        for key in failing:
            grew |= _repair(key, values, constraints, by_key, hidden, t)
        if not grew:  # cannot happen: with every linked count hidden, nothing is pinned
            raise RuntimeError("disclosure control could not protect the table set")
    return Protected(
        values=dict(values),
        primary=primary,
        secondary=frozenset(hidden - primary),
        policy=policy,
        bounds=bounds,
    )


def _safe(key: Key, value: int, bound: tuple[float, float], primary: bool, t: int) -> bool:
    lo, hi = bound
    if primary:
        return hi >= value + 1 - _EPS and lo <= value - 1 + _EPS
    return hi - lo >= 1 - _EPS


def _repair(
    key: Key,
    values: Mapping[Key, int],
    constraints: Sequence[Constraint],
    by_key: Mapping[Key, list[int]],
    hidden: set[Key],
    t: int,
) -> bool:
    """Hide one more count linked to a failing cell: in its own constraints, or, where those
    are hidden whole, in the constraints of their members, and so on outwards."""
    seen_cells = {key}
    frontier = [key]
    while frontier:
        grew = False
        for cell in frontier:
            for index in by_key[cell]:
                grew |= _hide_one_more(values, constraints[index], hidden, t, repair=True)
        if grew:
            return True
        following = []
        for cell in frontier:
            for index in by_key[cell]:
                for member in constraints[index].members():
                    if member not in seen_cells:
                        seen_cells.add(member)
                        following.append(member)
        frontier = following
    return False


def _complete_greedy(
    values: Mapping[Key, int], constraints: Sequence[Constraint], hidden: set[Key], t: int
) -> None:
    """Hide cells until no constraint hides exactly one member."""
    changed = True
    while changed:
        changed = False
        for constraint in constraints:
            members = constraint.members()
            if sum(1 for m in members if m in hidden) == 1:
                changed |= _hide_one_more(values, constraint, hidden, t, repair=False)


def _hide_one_more(
    values: Mapping[Key, int], constraint: Constraint, hidden: set[Key], t: int, *, repair: bool
) -> bool:
    """Hide one more member of a constraint: the cheapest part that gives protection."""
    parts = [p for p in constraint.parts if p not in hidden]
    candidates = [p for p in parts if values[p] > 0]
    if repair:
        # A repair needs room: prefer the smallest part at least the threshold, else the largest.
        big = [p for p in candidates if values[p] >= t]
        choice = (
            min(big, key=lambda p: (values[p], p))
            if big
            else max(candidates, key=lambda p: (values[p], p), default=None)
        )
    else:
        choice = min(candidates, key=lambda p: (values[p], p), default=None)
    if choice is None and constraint.total not in hidden and values[constraint.total] > 0:
        choice = constraint.total
    if choice is None:  # zero is never hidden: it discloses no one and protects nothing
        return False
    hidden.add(choice)
    return True


def ranges(
    values: Mapping[Key, int],
    constraints: Sequence[Constraint],
    hidden: Iterable[Key],
    *,
    only: Iterable[Key] | None = None,
    settled: Callable[[Key, float, float], bool] | None = None,
) -> dict[Key, tuple[float, float]]:
    """For each hidden cell, the least and greatest value consistent with what is published.

    What an attacker can compute: every published cell is a constant, every hidden cell a
    non-negative unknown, and every constraint holds. Solved per connected group of hidden
    cells with two linear programmes per cell (HiGHS). ``math.inf`` when unbounded. With
    ``only``, just those cells' ranges are solved (in their whole groups).

    With ``settled`` (what :func:`protect` passes), a cell's programmes stop as soon as
    ``settled(cell, lo, hi)`` holds for a range it is *proven* to reach: every solution an LP
    returns is a consistent assignment, so each cell's least and greatest value over the
    solutions seen so far (the true counts among them) lie inside its true range. A side is
    then solved only while it could still matter; the returned range is at least that wide
    and inside the true one, and exact wherever ``settled`` never held. ``settled`` must be
    monotone (true for a range, true for any wider one), as the audit's rule is.
    """
    hidden_set = set(hidden)
    relevant = [c for c in constraints if any(m in hidden_set for m in c.members())]
    # Connected components of hidden cells through shared constraints (union–find).
    parent: dict[Key, Key] = {k: k for k in hidden_set}

    def find(k: Key) -> Key:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for constraint in relevant:
        members = [m for m in constraint.members() if m in hidden_set]
        for other in members[1:]:
            parent[find(other)] = find(members[0])
    groups: dict[Key, list[Key]] = defaultdict(list)
    for k in sorted(hidden_set):
        groups[find(k)].append(k)
    group_constraints: dict[Key, list[Constraint]] = defaultdict(list)
    for constraint in relevant:
        first = next(m for m in constraint.members() if m in hidden_set)
        group_constraints[find(first)].append(constraint)

    wanted = hidden_set if only is None else set(only)
    out: dict[Key, tuple[float, float]] = {}
    for root, keys in groups.items():
        targets = [k for k in keys if k in wanted]
        if targets:
            out.update(
                _group_ranges(values, group_constraints[root], keys, hidden_set, targets, settled)
            )
    return out


_LOCAL = threading.local()


def _solver() -> Any:
    """One quiet HiGHS instance per thread (its constructor prints a banner on stdout, which
    would corrupt the CLI's JSON: file descriptor 1 is pointed at /dev/null meanwhile)."""
    solver = getattr(_LOCAL, "solver", None)
    if solver is None:
        import highspy

        sys.stdout.flush()
        saved = os.dup(1)
        try:
            with open(os.devnull, "wb") as devnull:
                os.dup2(devnull.fileno(), 1)
                solver = highspy.Highs()  # type: ignore[no-untyped-call]
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        solver.setOptionValue("output_flag", False)
        _LOCAL.solver = solver
    return solver


def _group_ranges(
    values: Mapping[Key, int],
    constraints: Sequence[Constraint],
    keys: Sequence[Key],
    hidden: set[Key],
    targets: Sequence[Key],
    settled: Callable[[Key, float, float], bool] | None = None,
) -> dict[Key, tuple[float, float]]:
    if not constraints:
        return {k: (0.0, math.inf) for k in targets}
    import highspy
    import numpy as np

    index = {k: i for i, k in enumerate(keys)}
    columns: list[dict[int, float]] = [{} for _ in keys]
    rhs: list[float] = []
    for row, constraint in enumerate(constraints):
        constant = 0.0
        for sign, member in ((1.0, constraint.total), *((-1.0, p) for p in constraint.parts)):
            if member in hidden:
                col = columns[index[member]]
                col[row] = col.get(row, 0.0) + sign
            else:
                constant -= sign * values[member]
        rhs.append(constant)
    lp = highspy.HighsLp()
    lp.num_col_ = len(keys)
    lp.num_row_ = len(constraints)
    lp.col_cost_ = np.zeros(len(keys))
    lp.col_lower_ = np.zeros(len(keys))
    lp.col_upper_ = np.full(len(keys), highspy.kHighsInf)
    lp.row_lower_ = np.array(rhs)
    lp.row_upper_ = np.array(rhs)
    starts, rows, coefficients = [0], [], []
    for col in columns:
        for row, coefficient in sorted(col.items()):
            rows.append(row)
            coefficients.append(coefficient)
        starts.append(len(rows))
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(rows, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(coefficients)
    solver = _solver()
    solver.passModel(lp)
    # The least and greatest value of each cell over consistent assignments seen so far,
    # starting from the true counts.
    low = np.array([float(values[k]) for k in keys])
    high = low.copy()

    def solve(i: int, sense: Any) -> float:
        solver.changeColCost(i, 1.0)
        solver.changeObjectiveSense(sense)
        solver.run()
        status = solver.getModelStatus()
        if status == highspy.HighsModelStatus.kOptimal:
            bound = float(solver.getInfo().objective_function_value)
            if settled is not None:
                seen = np.asarray(solver.getSolution().col_value)
                np.minimum(low, seen, out=low)
                np.maximum(high, seen, out=high)
        elif status == highspy.HighsModelStatus.kUnbounded:
            bound = math.inf if sense == highspy.ObjSense.kMaximize else -math.inf
        else:  # the true values are always feasible; anything else is a solver failure
            raise RuntimeError(f"disclosure audit: LP status {status} for {keys[i]}")
        solver.changeColCost(i, 0.0)
        return bound

    out: dict[Key, tuple[float, float]] = {}
    for k in targets:
        i = index[k]
        if settled is None:
            out[k] = (solve(i, highspy.ObjSense.kMinimize), solve(i, highspy.ObjSense.kMaximize))
            continue
        lo, hi = float(low[i]), float(high[i])
        if not settled(k, lo, hi):
            # Solve first the side that can settle the cell; the other only if still needed.
            min_first = not settled(k, lo, math.inf)
            if min_first:
                lo = solve(i, highspy.ObjSense.kMinimize)
            else:
                hi = solve(i, highspy.ObjSense.kMaximize)
            hi = max(hi, float(high[i]))
            lo = min(lo, float(low[i]))
            if not settled(k, lo, hi):
                if min_first:
                    hi = solve(i, highspy.ObjSense.kMaximize)
                else:
                    lo = solve(i, highspy.ObjSense.kMinimize)
        out[k] = (lo, hi)
    return out
