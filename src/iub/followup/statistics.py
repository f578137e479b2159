"""Follow-up statistics, driven by each intervention's follow-up field, through disclosure control.

Framework-free: the web app, the CLI and the tests hand in plain rows (one per record, or
pre-aggregated by a GROUP BY with a count ``n``), and get back :class:`Figures` — a fixed set of
tables per catalog and year, checked together by :func:`iub.followup.disclosure.protect`, in
which every figure is either a safe count or hidden (docs/followup.md).

Which tables an intervention gets (:func:`table_specs`):

* every intervention: checks at the door by outcome and tertial, and the conditions that turned
  people away;
* ``visit_statistics`` and ``national_statistics``: visits by month and delivery form (a group
  meeting is one visit), people by age band and gender, head counts by month and half-day;
  ``national_statistics`` also people by month and delivery form (:mod:`.national`);
* ``individual``, and every 14 kap. 5 § intervention (the law names what is still documented):
  participations started and ended by month, participants by age band and gender, reasons for
  leaving early, change in wellbeing and social situation from start to end;
* ``user_survey``: the answers to each survey question (:mod:`iub.followup.surveys`);
* the catalog as a whole: each measure by intervention and by area, per tertial.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Final

from iub.catalog import Catalog, FollowUpForm, Intervention, Regime
from iub.followup._categories import AGE_BANDS, GENDERS, HALF_DAYS, LEAVING_REASONS
from iub.followup.disclosure import (
    HIDDEN_MARK,
    HIDDEN_NOTE,
    Constraint,
    Key,
    Policy,
    Protected,
    key_of,
    protect,
)

__all__ = [
    "CHANGE",
    "MEASURES",
    "MONTHS",
    "OUTCOMES",
    "TERTIALS",
    "Axis",
    "Cell",
    "Figures",
    "Observation",
    "PublishedTable",
    "TableSpec",
    "change_observations",
    "check_observations",
    "figures_build",
    "head_count_observations",
    "month_of",
    "participation_observations",
    "table_specs",
    "tertial_of",
    "visit_observations",
]

MONTHS: Final[Mapping[str, str]] = {
    f"{m:02d}": name
    for m, name in enumerate(
        ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
        start=1,
    )
}
TERTIALS: Final[Mapping[str, str]] = {"T1": "Jan–apr", "T2": "Maj–aug", "T3": "Sep–dec"}
OUTCOMES: Final[Mapping[str, str]] = {
    "eligible": "Uppfyller villkoren",
    "not_eligible": "Uppfyller inte villkoren",
    "refer": "Hänvisad till nämnden",
    "needs_info": "Uppgifter saknades",
}
DELIVERIES: Final[Mapping[str, str]] = {"individual": "Enskilt", "group": "Gruppträff"}
CHANGE: Final[Mapping[str, str]] = {
    "better": "Bättre",
    "same": "Oförändrat",
    "worse": "Sämre",
    "unmeasured": "Ej mätt",
}
ENDED: Final[Mapping[str, str]] = {"completed": "Fullföljt", "early": "Avslutat i förtid"}
UNKNOWN_AGE: Final = "okand"
AGE_AXIS: Final[Mapping[str, str]] = {**AGE_BANDS, UNKNOWN_AGE: "Ålder saknas"}
GENDER_AXIS: Final[Mapping[str, str]] = dict(GENDERS)

#: Measures, their Swedish names and the unit of their counts.
MEASURES: Final[Mapping[str, tuple[str, str]]] = {
    "checks": ("Kontroller av villkoren", "kontroller"),
    "turned_away": ("Villkor som inte var uppfyllda", "gånger"),
    "visits": ("Besök och gruppträffar", "besök"),
    "people": ("Personer vid besök", "personer"),
    "head_count": ("Huvudräkning vid öppen verksamhet", "personer"),
    "started": ("Påbörjade deltaganden", "deltaganden"),
    "ended": ("Avslutade deltaganden", "deltaganden"),
    "participants": ("Deltagare", "personer"),
    "left_early": ("Skäl att avsluta i förtid", "deltaganden"),
    "wellbeing": ("Förändring i mående, start till slut", "deltaganden"),
    "social": ("Förändring i social situation, start till slut", "deltaganden"),
}
#: The measures shown per intervention and per area for the whole catalog.
OVERVIEW_MEASURES: Final = ("checks", "visits", "people", "head_count", "started")


def month_of(day: dt.date) -> str:
    return f"{day.month:02d}"


def tertial_of(month: str) -> str:
    return f"T{(int(month) - 1) // 4 + 1}"


@dataclass(frozen=True)
class Observation:
    """One count of one measure, with its dimensions (intervention, month, …)."""

    measure: str
    dims: Mapping[str, str]
    count: int


@dataclass(frozen=True)
class Axis:
    """A dimension of a table with every value it can take, in order, with labels."""

    dim: str
    labels: Mapping[str, str]
    title: str
    other: str | None = None  # where a value outside the list is counted

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", dict(self.labels))  # a plain dict pickles

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(self.labels)


@dataclass(frozen=True)
class TableSpec:
    """A published table: a measure, a filter, rows and (optionally) columns."""

    id: str
    title: str
    measure: str
    filter: Mapping[str, str]
    rows: Axis
    cols: Axis | None = None
    intervention: str | None = None
    #: Keys already built (a report asks for each cell's key several times).
    _keys: dict[tuple[tuple[str, str], ...], Key] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def key(self, **dims: str) -> Key:
        asked = tuple(dims.items())
        found = self._keys.get(asked)
        if found is None:
            found = self._keys[asked] = _canonical({"measure": self.measure, **self.filter, **dims})
        return found

    def __getstate__(self) -> dict[str, Any]:  # cached figures are pickled: not the key cache
        return {name: value for name, value in self.__dict__.items() if name != "_keys"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__dict__["_keys"] = {}

    def matches(self, obs: Observation) -> bool:
        return obs.measure == self.measure and all(
            obs.dims.get(d) == v for d, v in self.filter.items()
        )


def _canonical(dims: Mapping[str, str]) -> Key:
    """One key per quantity: an intervention implies its area, a month its tertial."""
    clean = dict(dims)
    if "intervention" in clean:
        clean.pop("area", None)
    if "month" in clean:
        clean.pop("tertial", None)
    return key_of(clean)


def table_specs(
    catalog: Catalog,
    *,
    conditions: Mapping[str, Mapping[str, str]] | None = None,
    surveys: Mapping[str, Sequence[tuple[str, str, Mapping[str, str]]]] | None = None,
) -> list[TableSpec]:
    """The fixed set of tables for a catalog: what each intervention's follow-up asks for.

    Args:
        catalog: the catalog version.
        conditions: per intervention, the condition ids that can turn someone away with their
            labels (default: the catalog's own conditions).
        surveys: per intervention, its survey questions as (id, text, {answer: label}).
    """
    specs: list[TableSpec] = []
    area_titles = {a.id: a.title for a in catalog.areas}
    interventions = {i.id: i.title for i in catalog.interventions}
    for measure in OVERVIEW_MEASURES:
        name = MEASURES[measure][0]
        specs.append(
            TableSpec(
                id=f"catalog-{measure}-intervention",
                title=f"{name} per insats och tertial",
                measure=measure,
                filter={},
                rows=Axis("intervention", interventions, "Insats"),
                cols=Axis("tertial", TERTIALS, "Tertial"),
            )
        )
        specs.append(
            TableSpec(
                id=f"catalog-{measure}-area",
                title=f"{name} per område och tertial",
                measure=measure,
                filter={},
                rows=Axis("area", area_titles, "Område"),
                cols=Axis("tertial", TERTIALS, "Tertial"),
            )
        )
    for intervention in catalog.interventions:
        labels = (conditions or {}).get(intervention.id)
        if labels is None:
            labels = {node.id: _condition_label(node) for node in intervention.nodes()}
        specs.extend(
            _intervention_specs(intervention, labels, (surveys or {}).get(intervention.id, []))
        )
    return specs


def _condition_label(node: object) -> str:
    text = getattr(node, "text", None) or getattr(node, "id", "")
    text = str(text)
    return text if len(text) <= 80 else text[:79] + "…"


def _intervention_specs(
    intervention: Intervention,
    condition_labels: Mapping[str, str],
    survey: Sequence[tuple[str, str, Mapping[str, str]]],
) -> list[TableSpec]:
    x = intervention.id
    forms = set(intervention.follow_up.forms)
    f = {"intervention": x}
    month = Axis("month", MONTHS, "Månad")

    def spec(suffix: str, measure: str, rows: Axis, cols: Axis | None = None) -> TableSpec:
        title = MEASURES[measure][0]
        if cols is not None:
            title = f"{title} per {rows.title.lower()} och {cols.title.lower()}"
        else:
            title = f"{title} per {rows.title.lower()}"
        return TableSpec(f"{x}-{suffix}", title, measure, f, rows, cols, intervention=x)

    specs = [
        spec(
            "checks",
            "checks",
            Axis("outcome", OUTCOMES, "Utfall"),
            Axis("tertial", TERTIALS, "Tertial"),
        ),
    ]
    labels = dict(condition_labels) | {"osakert": "Lagens villkor, osäkert eller okänt"}
    specs.append(
        spec("turned-away", "turned_away", Axis("condition", labels, "Villkor", other="osakert"))
    )
    if forms & {FollowUpForm.visit_statistics, FollowUpForm.national_statistics}:
        specs += [
            spec("visits", "visits", month, Axis("delivery", DELIVERIES, "Form")),
            spec(
                "people",
                "people",
                Axis("age_band", AGE_AXIS, "Åldersgrupp"),
                Axis("gender", GENDER_AXIS, "Kön"),
            ),
            spec("head-count", "head_count", month, Axis("half_day", HALF_DAYS, "Halvdag")),
        ]
    if FollowUpForm.national_statistics in forms:  # what the national export sends
        specs.append(spec("people-month", "people", month, Axis("delivery", DELIVERIES, "Form")))
    if FollowUpForm.individual in forms or intervention.documentation.regime == Regime.no_identity:
        specs += [
            spec("started", "started", month, Axis("gender", GENDER_AXIS, "Kön")),
            spec("ended", "ended", month, Axis("ended", ENDED, "Avslut")),
            spec(
                "participants",
                "participants",
                Axis("age_band", AGE_AXIS, "Åldersgrupp"),
                Axis("gender", GENDER_AXIS, "Kön"),
            ),
            spec("left-early", "left_early", Axis("reason", LEAVING_REASONS, "Skäl")),
            spec("wellbeing", "wellbeing", Axis("change", CHANGE, "Förändring")),
            spec("social", "social", Axis("change", CHANGE, "Förändring")),
        ]
    if FollowUpForm.user_survey in forms:
        for qid, text, answers in survey:
            specs.append(
                TableSpec(
                    f"{x}-survey-{qid}",
                    f"Brukarenkät: {text}",
                    f"survey:{qid}",
                    f,
                    Axis("answer", answers, "Svar"),
                    intervention=x,
                )
            )
    return specs


# --- Observations from plain rows -------------------------------------------------------------


def _get(row: Mapping[str, Any], name: str, default: Any = None) -> Any:
    value = row.get(name, default)
    return default if value is None else value


def check_observations(rows: Iterable[Mapping[str, Any]]) -> Iterator[Observation]:
    """Checks: ``intervention``, ``checked_on``, ``outcome``, ``failed_conditions``, ``n``."""
    for row in rows:
        x, n = row["intervention"], int(_get(row, "n", 1))
        m = month_of(row["checked_on"])
        outcome = str(row["outcome"])
        yield Observation("checks", {"intervention": x, "month": m, "outcome": outcome}, n)
        if outcome in ("not_eligible", "refer"):
            failed = list(_get(row, "failed_conditions", [])) or ["osakert"]
            for condition in failed:
                yield Observation(
                    "turned_away", {"intervention": x, "month": m, "condition": str(condition)}, n
                )


def visit_observations(rows: Iterable[Mapping[str, Any]]) -> Iterator[Observation]:
    """Visits: ``intervention``, ``visited_on``, ``delivery``, ``people``, ``age_band``, ``gender``.

    A pre-aggregated row carries ``n`` (number of visits) and ``people`` (their sum).
    """
    for row in rows:
        dims = {
            "intervention": str(row["intervention"]),
            "month": month_of(row["visited_on"]),
            "delivery": str(row["delivery"]),
            "age_band": str(_get(row, "age_band", "") or UNKNOWN_AGE),
            "gender": str(_get(row, "gender", "") or "uppgift_saknas"),
        }
        yield Observation("visits", dims, int(_get(row, "n", 1)))
        yield Observation("people", dims, int(row["people"]))


def head_count_observations(rows: Iterable[Mapping[str, Any]]) -> Iterator[Observation]:
    """Head counts: ``intervention``, ``counted_on``, ``half_day``, ``total``."""
    for row in rows:
        dims = {
            "intervention": str(row["intervention"]),
            "month": month_of(row["counted_on"]),
            "half_day": str(row["half_day"]),
        }
        yield Observation("head_count", dims, int(row["total"]))


def _change(start: int | None, end: int | None) -> str:
    if start is None or end is None:
        return "unmeasured"
    return "better" if end > start else "worse" if end < start else "same"


def participation_observations(
    rows: Iterable[Mapping[str, Any]], *, year: int
) -> Iterator[Observation]:
    """Participations (anonymous or full): ``intervention``, ``started_on``, ``ended_on``,
    ``participants`` (1 for a full one), ``age_band``, ``gender``, ``left_early``,
    ``wellbeing_start``/``_end``, ``social_start``/``_end``. Counted in the year they
    started (started, participants) and ended (ended, reasons, change)."""
    for row in rows:
        x = str(row["intervention"])
        n = int(_get(row, "participants", 1))
        started: dt.date = row["started_on"]
        ended: dt.date | None = row.get("ended_on")
        age = str(_get(row, "age_band", "") or UNKNOWN_AGE)
        gender = str(_get(row, "gender", "") or "uppgift_saknas")
        if started.year == year:
            m = month_of(started)
            yield Observation("started", {"intervention": x, "month": m, "gender": gender}, 1)
            yield Observation(
                "participants",
                {"intervention": x, "month": m, "age_band": age, "gender": gender},
                n,
            )
        if ended is not None and ended.year == year:
            m = month_of(ended)
            reason = str(_get(row, "left_early", ""))
            kind = "early" if reason else "completed"
            yield Observation("ended", {"intervention": x, "month": m, "ended": kind}, 1)
            if reason:
                yield Observation(
                    "left_early", {"intervention": x, "month": m, "reason": reason}, 1
                )
            yield from change_observations(row, x, m)


def change_observations(
    row: Mapping[str, Any], intervention: str, month: str
) -> Iterator[Observation]:
    for measure in ("wellbeing", "social"):
        change = _change(row.get(f"{measure}_start"), row.get(f"{measure}_end"))
        yield Observation(
            measure, {"intervention": intervention, "month": month, "change": change}, 1
        )


# --- Building and protecting the figures --------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """A published figure: a count, or hidden (``value`` None) with why."""

    value: int | None
    status: str | None = None  # "primary" | "secondary" | None

    @property
    def text(self) -> str:
        return HIDDEN_MARK if self.value is None else f"{self.value}"


@dataclass(frozen=True)
class PublishedTable:
    """A table after disclosure control, ready for any output."""

    spec: TableSpec
    cells: Mapping[tuple[str, str], Cell]  # (row, col) inner cells; col "" for one-way tables
    row_totals: Mapping[str, Cell]
    col_totals: Mapping[str, Cell]
    total: Cell
    unit: str

    @property
    def rows(self) -> tuple[str, ...]:
        return self.spec.rows.values

    @property
    def cols(self) -> tuple[str, ...]:
        return self.spec.cols.values if self.spec.cols else ()

    @property
    def any_hidden(self) -> bool:
        every = [
            *self.cells.values(),
            *self.row_totals.values(),
            *self.col_totals.values(),
            self.total,
        ]
        return any(c.value is None for c in every)

    @property
    def all_hidden(self) -> bool:
        """Something was recorded, but no count above zero can be shown."""
        every = [
            *self.cells.values(),
            *self.row_totals.values(),
            *self.col_totals.values(),
            self.total,
        ]
        return any(c.value is None for c in every) and not any(c.value for c in every)

    @property
    def empty(self) -> bool:
        """Nothing recorded (a total of zero is published as 0)."""
        return self.total.value == 0

    def grid(self) -> list[list[str]]:
        """Header row, then one row per row value, then the total row: text for CSV/XLSX."""
        axis = self.spec.rows
        if self.spec.cols is None:
            out = [[axis.title, "Antal"]]
            out += [[axis.labels[r], self.cells[(r, "")].text] for r in self.rows]
            out.append(["Totalt", self.total.text])
            return out
        cols = self.spec.cols
        out = [[axis.title, *(cols.labels[c] for c in self.cols), "Totalt"]]
        for r in self.rows:
            out.append(
                [
                    axis.labels[r],
                    *(self.cells[(r, c)].text for c in self.cols),
                    self.row_totals[r].text,
                ]
            )
        out.append(["Totalt", *(self.col_totals[c].text for c in self.cols), self.total.text])
        return out


@dataclass(frozen=True)
class Figures:
    """Every table of a catalog and year, protected together."""

    stem: str
    year: int
    tables: tuple[PublishedTable, ...]
    protected: Protected
    note: str = ""
    means: Mapping[str, float | None] = field(default_factory=dict)

    def table(self, table_id: str) -> PublishedTable:
        for table in self.tables:
            if table.spec.id == table_id:
                return table
        raise KeyError(table_id)

    def for_intervention(self, intervention: str) -> list[PublishedTable]:
        return [t for t in self.tables if t.spec.intervention == intervention]

    def overview(self) -> list[PublishedTable]:
        return [t for t in self.tables if t.spec.intervention is None]

    def total_of(self, measure: str, intervention: str) -> Cell:
        """The published yearly total of one measure for one intervention."""
        key = _canonical({"measure": measure, "intervention": intervention})
        return _cell(self.protected, key)

    def as_json(self) -> dict[str, Any]:
        return {
            "catalog": self.stem,
            "year": self.year,
            "threshold": self.protected.policy.threshold,
            "note": self.note,
            "tables": [table_json(t) for t in self.tables],
        }


def table_json(table: PublishedTable) -> dict[str, Any]:
    """A table as JSON: hidden cells are ``null`` with ``"hidden": true``, never 0."""

    def cell(c: Cell) -> dict[str, Any]:
        return {"value": c.value, "hidden": c.value is None}

    spec = table.spec
    rows = []
    for r in table.rows:
        entry: dict[str, Any] = {"key": r, "label": spec.rows.labels[r]}
        if spec.cols is None:
            entry["cell"] = cell(table.cells[(r, "")])
        else:
            entry["cells"] = {c: cell(table.cells[(r, c)]) for c in table.cols}
            entry["total"] = cell(table.row_totals[r])
        rows.append(entry)
    out: dict[str, Any] = {
        "id": spec.id,
        "title": spec.title,
        "measure": spec.measure,
        "unit": table.unit,
        "intervention": spec.intervention,
        "rows": rows,
        "total": cell(table.total),
    }
    if spec.cols is not None:
        out["columns"] = [{"key": c, "label": spec.cols.labels[c]} for c in table.cols]
        out["column_totals"] = {c: cell(table.col_totals[c]) for c in table.cols}
    return out


def _cell(protected: Protected, key: Key) -> Cell:
    if key not in protected.values:
        return Cell(0)
    return Cell(protected.published(key), protected.status(key))


def figures_build(
    stem: str,
    year: int,
    catalog: Catalog,
    observations: Iterable[Observation],
    *,
    policy: Policy | None = None,
    specs: Sequence[TableSpec] | None = None,
) -> Figures:
    """Sum the observations into every table, link the tables and protect them together."""
    policy = policy or Policy()
    specs = list(specs) if specs is not None else table_specs(catalog)
    values = _cell_values(specs, catalog, observations)
    constraints = _constraints(specs, values, catalog)
    protected = protect(values, constraints, policy)
    tables = tuple(_publish(spec, protected) for spec in specs)
    return Figures(
        stem=stem,
        year=year,
        tables=tables,
        protected=protected,
        note=HIDDEN_NOTE.format(threshold=policy.threshold),
    )


def _cell_values(
    specs: Sequence[TableSpec],
    catalog: Catalog,
    observations: Iterable[Observation],
    *,
    presum: bool = True,
) -> dict[Key, int]:
    """Every cell of every table (margins included), summed from the observations.

    With ``presum`` the observations are first summed by the dimensions their measure's tables
    read (:func:`_read_dims`): a table of visits by month never looks at age or gender, so the
    groups of a GROUP BY that differ only there become one sum before being spread into the
    cells. An observation's cells depend on nothing else, so the values are the same as without
    (``tests/followup/test_statistics.py`` compares both); the per-cell work then grows with
    the tables' cells, not with the GROUP BY's rows (docs/followup.md, "Scale"). Memory stays
    bounded by the same: the observations are still streamed.
    """
    area_of = {i.id: i.area for i in catalog.interventions}
    if presum:
        observations = _presummed(specs, observations)
    values: dict[Key, int] = {}
    # Per measure, the tables without a filter and those filtered on one intervention only
    # (looked up by it); any other filter is checked per observation.
    plain: dict[str, list[int]] = defaultdict(list)
    per_intervention: dict[tuple[str, str], list[int]] = defaultdict(list)
    filtered: dict[str, list[int]] = defaultdict(list)
    for index, spec in enumerate(specs):
        if not spec.filter:
            plain[spec.measure].append(index)
        elif set(spec.filter) == {"intervention"}:
            per_intervention[(spec.measure, spec.filter["intervention"])].append(index)
        else:
            filtered[spec.measure].append(index)
        for key in _spec_keys(spec):
            values[key] = 0
    # The cells a table row/column pair adds to: built once per pair, not per observation
    # (bounded by the tables' cells, however many observations stream through).
    cell_keys: dict[tuple[int, str, str | None], tuple[Key, ...]] = {}
    for obs in observations:
        dims = dict(obs.dims)
        intervention = dims.get("intervention")
        if intervention is not None and "area" not in dims:
            dims["area"] = area_of.get(intervention, "")
        if "month" in dims and "tertial" not in dims:
            dims["tertial"] = tertial_of(dims["month"])
        indexes = plain.get(obs.measure, [])
        if intervention is not None:
            indexes = indexes + per_intervention.get((obs.measure, intervention), [])
        indexes = indexes + [
            i
            for i in filtered.get(obs.measure, ())
            if all(dims.get(d) == v for d, v in specs[i].filter.items())
        ]
        keys: set[Key] = set()
        for index in indexes:
            spec = specs[index]
            r = _value(spec.rows, dims)
            c = _value(spec.cols, dims) if spec.cols else None
            pair = (index, r, c)
            found = cell_keys.get(pair)
            if found is None:
                found = cell_keys[pair] = _obs_keys(spec, r, c)
            keys.update(found)
        for key in keys:
            values[key] += obs.count
    return values


def _read_dims(specs: Sequence[TableSpec]) -> dict[str, tuple[str, ...]]:
    """Per measure, the dimensions any of its tables filters or groups on.

    An area is derived from the intervention and a tertial from the month, so a table by area
    or tertial also reads those; an observation's other dimensions reach no cell.
    """
    read: dict[str, set[str]] = defaultdict(set)
    for spec in specs:
        dims = read[spec.measure]
        dims.update(spec.filter)
        dims.add(spec.rows.dim)
        if spec.cols is not None:
            dims.add(spec.cols.dim)
    for dims in read.values():
        if "area" in dims:
            dims.add("intervention")
        if "tertial" in dims:
            dims.add("month")
    return {measure: tuple(sorted(dims)) for measure, dims in read.items()}


def _presummed(
    specs: Sequence[TableSpec], observations: Iterable[Observation]
) -> Iterator[Observation]:
    """The observations summed per measure and per value of the dimensions it is read by.

    A dimension an observation lacks stays absent (not ``None``), a measure no table reads is
    dropped (it could reach no cell).
    """
    read = _read_dims(specs)
    getters = {measure: itemgetter(*names) for measure, names in read.items()}
    # Keyed by the values alone when the observation has every dimension read (the common
    # case, one C call), by (name, value) pairs when it lacks some.
    whole: dict[str, dict[Any, int]] = {measure: defaultdict(int) for measure in read}
    partial: dict[tuple[str, tuple[tuple[str, str], ...]], int] = defaultdict(int)
    for obs in observations:
        getter = getters.get(obs.measure)
        if getter is None:
            continue
        try:
            whole[obs.measure][getter(obs.dims)] += obs.count
        except KeyError:
            kept = tuple((d, obs.dims[d]) for d in read[obs.measure] if d in obs.dims)
            partial[(obs.measure, kept)] += obs.count
    for measure, sums in whole.items():
        names = read[measure]
        for values, count in sums.items():
            # itemgetter of one name gives the value itself, of several a tuple
            dims = dict(zip(names, values, strict=True)) if len(names) > 1 else {names[0]: values}
            yield Observation(measure, dims, count)
    for (measure, kept), count in partial.items():
        yield Observation(measure, dict(kept), count)


def _value(axis: Axis, dims: Mapping[str, str]) -> str:
    value = dims.get(axis.dim)
    if value is not None and value in axis.labels:
        return value
    if axis.other is not None:
        return axis.other
    raise ValueError(f"{axis.dim}={value!r} is not one of {', '.join(axis.values)}")


def _spec_keys(spec: TableSpec) -> Iterator[Key]:
    yield spec.key()
    for r in spec.rows.values:
        yield spec.key(**{spec.rows.dim: r})
    if spec.cols is not None:
        for c in spec.cols.values:
            yield spec.key(**{spec.cols.dim: c})
            for r in spec.rows.values:
                yield spec.key(**{spec.rows.dim: r, spec.cols.dim: c})


def _obs_keys(spec: TableSpec, r: str, c: str | None) -> tuple[Key, ...]:
    if spec.cols is None or c is None:
        return (spec.key(), spec.key(**{spec.rows.dim: r}))
    return (
        spec.key(),
        spec.key(**{spec.rows.dim: r}),
        spec.key(**{spec.cols.dim: c}),
        spec.key(**{spec.rows.dim: r, spec.cols.dim: c}),
    )


def _constraints(
    specs: Sequence[TableSpec], values: Mapping[Key, int], catalog: Catalog
) -> list[Constraint]:
    """Every identity among the published cells: margins, shared cells and hierarchies."""
    out: dict[tuple[Key, frozenset[Key]], Constraint] = {}

    def add(total: Key, parts: Sequence[Key]) -> None:
        parts_set = frozenset(parts)
        if total in parts_set or len(parts_set) != len(parts):
            return
        out.setdefault((total, parts_set), Constraint(total, tuple(parts)))

    for spec in specs:
        rd = spec.rows.dim
        row_keys = [spec.key(**{rd: r}) for r in spec.rows.values]
        add(spec.key(), row_keys)
        if spec.cols is None:
            continue
        cd = spec.cols.dim
        add(spec.key(), [spec.key(**{cd: c}) for c in spec.cols.values])
        for r in spec.rows.values:
            add(spec.key(**{rd: r}), [spec.key(**{rd: r, cd: c}) for c in spec.cols.values])
        for c in spec.cols.values:
            add(spec.key(**{cd: c}), [spec.key(**{rd: r, cd: c}) for r in spec.rows.values])
    # Hierarchies between tables: a tertial is its months, an area its interventions.
    by_area: dict[str, list[str]] = defaultdict(list)
    for intervention in catalog.interventions:
        by_area[intervention.area].append(intervention.id)
    by_tertial: dict[str, list[str]] = defaultdict(list)
    for month in MONTHS:
        by_tertial[tertial_of(month)].append(month)
    for key in list(values):
        dims = dict(key)
        for coarse, fine, children in (
            ("tertial", "month", by_tertial),
            ("area", "intervention", by_area),
        ):
            if coarse not in dims:
                continue
            rest = {d: v for d, v in dims.items() if d != coarse}
            kids = [_canonical({**rest, fine: v}) for v in children.get(dims[coarse], [])]
            if kids and all(k in values for k in kids):
                add(key, kids)
    return list(out.values())


def _publish(spec: TableSpec, protected: Protected) -> PublishedTable:
    rd = spec.rows.dim
    cells: dict[tuple[str, str], Cell] = {}
    row_totals: dict[str, Cell] = {}
    col_totals: dict[str, Cell] = {}
    for r in spec.rows.values:
        row_totals[r] = _cell(protected, spec.key(**{rd: r}))
        if spec.cols is None:
            cells[(r, "")] = row_totals[r]
            continue
        for c in spec.cols.values:
            cells[(r, c)] = _cell(protected, spec.key(**{rd: r, spec.cols.dim: c}))
    if spec.cols is not None:
        for c in spec.cols.values:
            col_totals[c] = _cell(protected, spec.key(**{spec.cols.dim: c}))
    unit = MEASURES.get(spec.measure, ("", "svar"))[1]
    return PublishedTable(spec, cells, row_totals, col_totals, _cell(protected, spec.key()), unit)
