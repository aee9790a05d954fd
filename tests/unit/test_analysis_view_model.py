"""The content model of an /analiza view (analysis/view_model.py) on a fake repository: one
computation per state whatever asks for it, a new one for a new dataset, the map's ranks and
classes as the table's, and the array helpers equal to the plain Python they replace."""

from __future__ import annotations

import gc
import random
import weakref

import numpy as np
import polars as pl
import pytest
from fake_repository import FakeRepository, unit, units_frame, value_rows

from analysis import service, view_model
from analysis.figures import class_indices, rounded_values
from analysis.state import ViewState
from analysis.view import map_values, view_rows
from core.classify import class_index
from data_access.catalogue_model import Polarity

REVENUE = "dochody-wlasne-na-mieszkanca"
GMINY = {"0201011": "Bolesławiec", "0201022": "Bolesławiec", "0202011": "Bielawa"}


def fake(revenue: dict[str, float | None]) -> FakeRepository:
    units = units_frame(
        unit("02", "dolnośląskie"),
        unit("0201", "bolesławiecki"),
        unit("0202", "dzierżoniowski"),
        *(unit(code, name) for code, name in GMINY.items()),
    )
    values = [
        *value_rows(REVENUE, 2023, {code: 1000.0 for code in GMINY}),
        *value_rows(REVENUE, 2024, revenue),
        *value_rows("ludnosc", 2024, {"0201011": 40_000.0, "0201022": 15_000.0}),
    ]
    return FakeRepository(units, values)


REVENUE_2024 = {"0201011": 3000.0, "0201022": 2000.0, "0202011": None}


@pytest.fixture(autouse=True)
def fresh_views():
    view_model.clear_view_caches()
    yield
    view_model.clear_view_caches()


def test_every_part_of_a_view_reads_one_computation_and_one_comparison_group(monkeypatch):
    repository = fake(REVENUE_2024)
    calls = []

    def peer_codes(code, group, *args, **kwargs):
        calls.append((code, group))
        return ["0201022", "0202011"]

    monkeypatch.setattr(repository, "peer_codes", peer_codes)
    state = ViewState(REVENUE, rok=2024, jst=("0201011",), grupa="podobne", wykres="rozrzut")
    _patch, frame, *_ = service.map_update(repository, state, None)
    records, _columns, _summary = service.table_update(repository, state)
    service.series_update(repository, state)
    service.scatter_update(repository, state)
    assert calls == [("0201011", "podobne")]  # the k-NN ran once, not once per callback
    assert frame["group"] == ["0201011", "0201022", "0202011"]
    assert {r["code"] for r in records} == set(GMINY)
    view = view_model.analiza_view(repository, state)
    assert view is view_model.analiza_view(repository, state)
    assert view.rows is view.rows and view.x is view.x  # computed when first read, then kept


def test_a_new_dataset_gets_its_own_view():
    state = ViewState(REVENUE, rok=2024)
    before = view_model.analiza_view(fake(REVENUE_2024), state)
    after = view_model.analiza_view(fake({**REVENUE_2024, "0202011": 5000.0}), state)
    assert before.map_layers.z[GMINY_ORDER.index("0202011")] is None
    assert after.map_layers.z[GMINY_ORDER.index("0202011")] is not None
    assert before.rows["value"].to_list() != after.rows["value"].to_list()


GMINY_ORDER = sorted(GMINY)


def values_frame(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(
        rows,
        schema={
            "code": pl.String,
            "level": pl.String,
            "year": pl.Int16,
            "value": pl.Float64,
            "status": pl.String,
            "provenance": pl.String,
            "quality": pl.String,
        },
    )


def random_values(seed: int) -> pl.DataFrame:
    """Gminy over three years with ties, gaps, suspect values and units without data."""
    rng = random.Random(seed)
    rows = []
    for n in range(40):
        code = f"02{n // 10 + 1:02d}{n % 10:02d}1"
        for year in (2022, 2023, 2024):
            if rng.random() < 0.1:
                continue  # no row in that year
            status = rng.choice(["value"] * 6 + ["no_data", "suspect"])
            value = None if status == "no_data" else float(rng.choice([5, 10, 10, 20, 33.3]))
            rows.append(
                {
                    "code": code,
                    "level": "gmina",
                    "year": year,
                    "value": value,
                    "status": status,
                    "provenance": "real",
                    "quality": status if status != "value" else "real",
                }
            )
    return values_frame(rows)


UNITS = pl.DataFrame(
    {
        "code": [f"02{n // 10 + 1:02d}{n % 10:02d}1" for n in range(40)],
        "name": [f"Gmina {n}" for n in range(40)],
        "kind": ["gmina wiejska"] * 40,
    }
)


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("polarity", [Polarity.HIGHER_BETTER, Polarity.LOWER_BETTER])
def test_rows_do_not_depend_on_the_order_of_the_indicators_rows(seed, polarity):
    ordered = random_values(seed).sort("code", "year")
    shuffled = ordered.sample(fraction=1.0, shuffle=True, seed=seed)
    for territory in ("", "0202"):
        expected = view_rows(ordered, UNITS, "gmina", 2024, territory, polarity)
        assert view_rows(shuffled, UNITS, "gmina", 2024, territory, polarity).equals(expected)


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("polarity", [Polarity.HIGHER_BETTER, Polarity.LOWER_BETTER])
def test_the_map_ranks_units_as_the_table_does(seed, polarity):
    values = random_values(seed)
    rows = view_rows(values, UNITS, "gmina", 2024, "", polarity).sort("code")
    units = map_values(values, "gmina", 2024, "", polarity)
    assert units.codes == rows["code"].to_list()
    ranks = [None if np.isnan(r) else int(r) for r in units.ranks]
    assert ranks == rows["rank"].to_list()
    assert units.status["suspect"].tolist() == (rows["status"] == "suspect").to_list()


def test_rounding_is_pythons_also_near_halves():
    rng = random.Random(3)
    values = [rng.uniform(-1e5, 1e5) for _ in range(2000)]
    values += [2.675, 0.125, 0.375, 1.005, 143.95, 102.45, 8.65, -2.5, 0.5, 1.5, 2.5, 1e17]
    values += [round(rng.uniform(0, 1000), 3) + 0.0005 for _ in range(500)]  # near halves
    array = np.array([*values, np.nan])
    for decimals in (0, 1, 2, 3):
        expected = [round(v, decimals) for v in values] + [None]
        assert rounded_values(array, decimals) == expected


def test_classes_of_arrays_are_those_of_class_index():
    values = np.array([-1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 9.0, np.nan])
    for breaks in ([0.0, 1.0, 2.0, 3.0], [1.0, 1.0], [0.0, 10.0]):
        expected = [class_index(v, breaks) for v in values.tolist()]
        assert class_indices(values, breaks).tolist() == expected


def test_a_new_dataset_lets_the_old_one_go():
    """The view caches keep the newest repository's entries only: once a new dataset is in
    use, nothing of the view model keeps the old one alive."""
    old = fake(REVENUE_2024)
    state = service.stored_state(old, {})
    view = view_model.analiza_view(old, state)
    assert view.rows.height  # the view, its rows, the catalogue and the names are cached
    view_model.unit_names(old)
    gone = weakref.ref(old)
    del old, view

    new = fake(REVENUE_2024)
    assert view_model.analiza_view(new, service.stored_state(new, {})).rows.height
    view_model.unit_names(new)
    gc.collect()
    assert gone() is None
