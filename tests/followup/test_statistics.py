"""Follow-up statistics (docs/followup.md): tables chosen by each intervention's follow-up
field, linked and protected together, the same cells in every output."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import pickle
from functools import cache

import pytest
from openpyxl import load_workbook

from iub.catalog import Catalog, load_catalog
from iub.followup.disclosure import Policy, ThresholdError
from iub.followup.exports import figures_csv, figures_xlsx
from iub.followup.statistics import (
    Figures,
    check_observations,
    figures_build,
    head_count_observations,
    participation_observations,
    visit_observations,
)
from iub.followup.synthetic import synthetic_year

from .test_disclosure import derivable


@cache
def catalog(stem: str) -> Catalog:
    return load_catalog(stem)


@cache
def stockholm_figures(year: int = 2026, seed: int = 7) -> Figures:
    cat = catalog("stockholm")
    data = synthetic_year(cat, "stockholm", year, seed=seed)
    observations = itertools.chain(
        check_observations(data.checks),
        participation_observations(data.participations, year=year),
    )
    return figures_build("stockholm", year, cat, observations)


def small(
    intervention: str, visits: int, *, day: dt.date = dt.date(2026, 3, 10)
) -> list[dict[str, object]]:
    return [
        {
            "intervention": intervention,
            "visited_on": day,
            "delivery": "individual",
            "people": 1,
            "age_band": "13-17",
            "gender": "man",
        }
        for _ in range(visits)
    ]


def test_each_intervention_gets_the_tables_its_follow_up_names() -> None:
    figures = figures_build("alingsas", 2026, catalog("alingsas"), [])
    ids = {t.spec.id for t in figures.tables}
    # visit_statistics (advice): visits, people, head counts, never participations
    assert {"familjeradgivning-visits", "familjeradgivning-people"} <= ids
    assert "familjeradgivning-started" not in ids
    # individual (14 kap. 3 §): participations, leaving reasons, change from start to end
    assert {
        "boendecoaching-started",
        "boendecoaching-left-early",
        "boendecoaching-wellbeing",
    } <= ids
    assert "boendecoaching-visits" not in ids
    # 14 kap. 5 §: the law's de-identified figures as well as visit statistics
    assert {"anhorigstod-vid-beroende-visits", "anhorigstod-vid-beroende-participants"} <= ids
    # every intervention: checks by outcome, and the conditions that turned people away
    assert {"samarbetssamtal-checks", "samarbetssamtal-turned-away"} <= ids


def test_an_empty_period_publishes_zeros_and_hides_nothing() -> None:
    figures = figures_build("alingsas", 2026, catalog("alingsas"), [])
    assert all(t.empty for t in figures.tables)
    assert not figures.protected.primary and not figures.protected.secondary
    assert 0 == figures.total_of("visits", "familjeradgivning").value


def test_three_boys_in_march_are_hidden_in_every_table_that_could_show_them() -> None:
    rows = small("familjeradgivning", 3) + small("samarbetssamtal", 40, day=dt.date(2026, 5, 2))
    figures = figures_build("alingsas", 2026, catalog("alingsas"), visit_observations(rows))
    people = figures.table("familjeradgivning-people")
    assert people.cells[("13-17", "man")].value is None
    assert people.total.value is None
    visits = figures.table("familjeradgivning-visits")
    assert visits.row_totals["03"].value is None
    overview = figures.table("catalog-visits-intervention")
    assert overview.row_totals["familjeradgivning"].value is None
    # … and the catalog's total does not give it back: it is hidden too, or another row is
    hidden_rows = [r for r in overview.rows if overview.row_totals[r].value is None]
    assert overview.total.value is None or len(hidden_rows) >= 2


def test_no_hidden_figure_of_a_whole_year_can_be_derived() -> None:
    figures = stockholm_figures()
    hidden = figures.protected.primary | figures.protected.secondary
    assert hidden  # a small catalog has small cells
    from iub.followup.statistics import _constraints  # the identities the tables publish

    constraints = _constraints(
        [t.spec for t in figures.tables], figures.protected.values, catalog("stockholm")
    )
    assert [] == derivable(figures.protected, constraints)


def test_shared_figures_agree_between_tables() -> None:
    figures = stockholm_figures()
    x = "samtalsgrupp-for-anhoriga"
    overview = figures.table("catalog-started-intervention").row_totals[x]
    own = figures.table(f"{x}-started").total
    assert overview == own


def test_hidden_figures_are_a_dash_in_csv_and_xlsx_never_zero() -> None:
    figures = stockholm_figures()
    tables = list(figures.tables)
    text = figures_csv(figures, tables)
    assert "–" in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[1][0].startswith("– = uppgiften visas inte")
    book = load_workbook(io.BytesIO(figures_xlsx(figures, tables)))
    values = [c.value for sheet in book.worksheets[1:] for row in sheet.iter_rows() for c in row]
    assert "–" in values
    hidden = sum(1 for t in tables for c in t.cells.values() if c.value is None)
    assert hidden > 0


def test_a_period_whose_every_figure_is_hidden_says_so() -> None:
    figures = figures_build(
        "alingsas", 2026, catalog("alingsas"), visit_observations(small("familjeradgivning", 2))
    )
    tables = [t for t in figures.for_intervention("familjeradgivning") if not t.empty]
    assert tables and all(t.all_hidden for t in tables)
    assert "Alla uppgifter för perioden är dolda" in figures_csv(figures, tables)


def test_the_threshold_is_configurable_but_never_below_three() -> None:
    rows = small("familjeradgivning", 7)
    at_5 = figures_build("alingsas", 2026, catalog("alingsas"), visit_observations(rows))
    at_10 = figures_build(
        "alingsas", 2026, catalog("alingsas"), visit_observations(rows), policy=Policy(10)
    )
    assert 7 == at_5.total_of("visits", "familjeradgivning").value
    assert at_10.total_of("visits", "familjeradgivning").value is None
    with pytest.raises(ThresholdError):
        Policy(2)


def test_head_counts_and_checks_by_failed_condition() -> None:
    cat = catalog("alingsas")
    counts = [
        {
            "intervention": "aktivitetshus-glantan",
            "counted_on": dt.date(2026, 1, d),
            "half_day": "fm",
            "total": 12,
        }
        for d in range(1, 11)
    ]
    checks = [
        {
            "intervention": "familjeradgivning",
            "checked_on": dt.date(2026, 2, 1),
            "outcome": "not_eligible",
            "failed_conditions": ["folkbokford-i-alingsas"],
        }
        for _ in range(6)
    ]
    figures = figures_build(
        "alingsas",
        2026,
        cat,
        itertools.chain(head_count_observations(counts), check_observations(checks)),
    )
    assert 120 == figures.table("aktivitetshus-glantan-head-count").row_totals["01"].value
    turned = figures.table("familjeradgivning-turned-away")
    assert 6 == turned.total.value  # turned away at the door: a figure the committee needs


def test_an_unknown_category_is_an_error_not_a_silent_drop() -> None:
    rows = small("familjeradgivning", 6)
    rows[0]["delivery"] = "telepathy"
    with pytest.raises(ValueError, match="delivery='telepathy'"):
        figures_build("alingsas", 2026, catalog("alingsas"), visit_observations(rows))


def test_the_synthetic_year_is_reproducible() -> None:
    a = synthetic_year(catalog("stockholm"), "stockholm", 2026, seed=3)
    b = synthetic_year(catalog("stockholm"), "stockholm", 2026, seed=3)
    assert a == b
    assert a != synthetic_year(catalog("stockholm"), "stockholm", 2026, seed=4)


def test_pickled_figures_leave_the_key_cache_behind_and_still_name_their_cells() -> None:
    # The web caches figures pickled; a table's cache of built keys is not part of them.
    figures = stockholm_figures()
    spec = figures.tables[0].spec
    assert spec.key()  # the cache now holds at least the grand total
    restored = pickle.loads(pickle.dumps(spec))
    assert {} == restored._keys
    assert spec.key(**{spec.rows.dim: spec.rows.values[0]}) == restored.key(
        **{spec.rows.dim: spec.rows.values[0]}
    )
    assert pickle.loads(pickle.dumps(figures)).as_json() == figures.as_json()


@pytest.mark.parametrize("stem", ["alingsas", "stockholm"])
def test_presummed_observations_give_the_same_figures_as_one_by_one(stem: str) -> None:
    # figures_build sums observations by the dimensions their tables read before spreading
    # them into cells (the scale path, docs/followup.md "Scale"); every cell, hidden or not,
    # must be what adding the observations one by one gives.
    from iub.followup.disclosure import protect
    from iub.followup.statistics import Observation, _cell_values, _constraints, table_specs

    cat = catalog(stem)
    data = synthetic_year(cat, stem, 2026, seed=11)
    observations = [
        *check_observations(data.checks),
        *visit_observations(data.visits),
        *head_count_observations(data.head_counts),
        *participation_observations(data.participations, year=2026),
        # a dimension no table reads, and a measure no table has: both reach no extra cell
        *(
            Observation(o.measure, {**o.dims, "unit": f"u{i % 3}"}, o.count)
            for i, o in enumerate(visit_observations(data.visits))
        ),
        Observation("no-such-measure", {"intervention": cat.interventions[0].id}, 4),
    ]
    specs = table_specs(cat)
    one_by_one = _cell_values(specs, cat, observations, presum=False)
    presummed = _cell_values(specs, cat, observations, presum=True)
    assert any(one_by_one.values())
    assert one_by_one == presummed
    figures = figures_build(stem, 2026, cat, observations)
    expected = protect(one_by_one, _constraints(specs, one_by_one, cat), Policy())
    assert expected.primary == figures.protected.primary
    assert expected.secondary == figures.protected.secondary
    assert expected.values == figures.protected.values


def test_presumming_merges_what_no_table_tells_apart() -> None:
    from iub.followup.statistics import Observation, _presummed, table_specs

    dims = {"intervention": "familjeradgivning", "month": "03", "delivery": "individual"}
    observations = [
        Observation("visits", {**dims, "age_band": age, "gender": "man"}, 2)
        for age in ("13-17", "18-24")
    ]
    assert [Observation("visits", dims, 4)] == list(
        _presummed(table_specs(catalog("alingsas")), observations)
    )
