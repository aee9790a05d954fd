"""Comparison groups and diagnosis: pure functions on tiny frames, then the real dataset."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from data_access import peers

KEYS = peers.VARIABLE_KEYS


def matrix(rows: dict[str, list[float | None]]) -> pl.DataFrame:
    """A context matrix like ``peers.context_matrix`` returns (years all 2019)."""
    data: dict[str, list] = {"code": list(rows)}
    for j, key in enumerate(KEYS):
        data[key] = [values[j] for values in rows.values()]
        data[f"{key}__year"] = [2019 if values[j] is not None else None for values in rows.values()]
    return pl.DataFrame(data, schema_overrides={k: pl.Float64 for k in KEYS})


# population, density, young %, old %, dependency, own revenue per head
SMALL = {
    "0201011": [36_000, 1600, 16.0, 27.0, 47.0, 4900],
    "0201022": [15_000, 50, 20.0, 18.0, 30.0, 3700],
    "0202011": [30_000, 1200, 17.0, 25.0, 44.0, 3300],
    "0203011": [38_000, 1500, 16.5, 26.0, 45.0, 6500],
    "1465011": [1_800_000, 3500, 17.5, 24.0, 40.0, 9000],
    "2002162": [None, None, None, None, None, None],  # a new gmina: no context at all
}


@pytest.fixture
def context() -> peers.ContextData:
    return peers.build_context(matrix(SMALL), "gmina")


# --- the real dataset ------------------------------------------------------------------------
def test_every_gmina_gets_peers_and_a_group(repository):
    context = repository.peer_context("gmina")
    assert len(context.codes) == repository.units.filter(pl.col("level") == "gmina").height
    nearest = peers.peers_for_all(context, k=15)
    assert nearest.shape == (len(context.codes), 15)
    assert (nearest != np.arange(len(context.codes))[:, None]).all()


def test_new_gmina_without_data_gets_a_group_and_a_note(repository):
    group = repository.comparison_group("2002162")  # Grabówka, created in 2025
    assert len(group.members) == peers.DEFAULT_K
    assert group.notes
    admin = repository.comparison_group("2002162", "administracyjna")
    assert admin.members and admin.notes


def test_powiaty_are_compared_with_powiaty(repository):
    codes = repository.peer_codes("0201", "podobne", k=10)
    assert len(codes) == 10 and all(len(c) == 4 for c in codes)
    assert all(len(c) == 2 for c in repository.peer_codes("02", "podobne", k=5))
    assert repository.peer_codes("00") == []
    assert repository.peer_codes("9999999") == []


def test_neighbours_of_a_real_gmina(repository):
    # Bolesławiec (town) lies inside the rural gmina of the same name.
    assert repository.peer_codes("0201011", "sasiedzi") == ["0201022"]


def test_group_statistics_of_a_real_unit(repository):
    unit = repository.unit("0201011")
    members = repository.peer_codes(unit.code)
    stats = repository.group_statistics(unit, members)
    row = stats.filter(pl.col("indicator") == "ludnosc").row(0, named=True)
    assert row["n"] == len(members) and row["verdict"] == "neutral"
