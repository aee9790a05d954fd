"""The funnel on the built dataset: denominators per level, the funnel around Poland's value,
the map's significance classes and their fallback (statuses in words and the profile badge on a
fake repository: tests/unit/test_funnel_views_unit.py)."""

from __future__ import annotations

import polars as pl

from analysis.funnel_data import view_funnel
from analysis.state import ViewState
from components.funnel import map_significance, with_significance


def test_denominators_sum_the_gminy_of_a_powiat(repository):
    gminy = repository.denominators("podatek-nieruchomosci-na-mieszkanca", "gmina", 2019)
    powiaty = repository.denominators("podatek-nieruchomosci-na-mieszkanca", "powiat", 2019)
    bolesławiecki = gminy.filter(pl.col("code").str.starts_with("0201"))["denominator"].sum()
    assert powiaty.filter(pl.col("code") == "0201")["denominator"][0] == bolesławiecki
    assert gminy["code"].str.len_chars().unique().to_list() == [7]
    assert repository.denominators("ludnosc", "gmina", 2019).is_empty()


def test_small_gminy_spread_wider_and_poland_is_the_target(repository):
    funnel = view_funnel(repository, "podatek-nieruchomosci-na-mieszkanca", "gmina", 2019)
    poland = repository.distribution("podatek-nieruchomosci-na-mieszkanca", "kraj", 2019)
    assert funnel.target == poland["value"][0]
    grid = funnel.grid
    first, last = grid.row(0, named=True), grid.row(-1, named=True)
    assert first["high998"] - first["low998"] > 3 * (last["high998"] - last["low998"])
    suspect = funnel.points.filter(pl.col("status") == "suspect")
    assert suspect.height and suspect["funnel"].null_count() == suspect.height


def test_map_significance_and_its_fallback(repository):
    state = ViewState(wskaznik="dochody-wlasne-na-mieszkanca", klasy="istotnosc")
    significance = map_significance(repository, state, 2024, ("", ()))
    assert set(significance.classes.values()) <= {0, 1, 2}
    assert significance.names[0].startswith("▼ istotnie poniżej (")
    assert "powyżej = korzystnie" in significance.legend
    total = map_significance(repository, ViewState(wskaznik="ludnosc"), 2019, ("", ()))
    assert total.classes == {} and "kwantyle" in total.note
    records = [{"code": "0201011", "value": 1.0}]
    assert (
        with_significance(repository, ViewState(wskaznik="ludnosc"), 2019, ("", ()), records, [])[0]
        == records
    )
