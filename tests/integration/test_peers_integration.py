"""Comparison groups and diagnosis on the real dataset (the pure functions on tiny frames:
tests/unit/test_peers.py)."""

from __future__ import annotations

import numpy as np
import polars as pl

from data_access import peers


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
