"""The funnel on the built dataset: denominators per level, the funnel around Poland's value,
the map's significance classes and their fallback (statuses in words and the profile badge on a
fake repository: tests/unit/test_funnel_views_unit.py)."""

from __future__ import annotations

import polars as pl

from analysis.funnel_data import level_statuses, unit_status, view_funnel
from analysis.funnel_words import map_significance, with_significance
from analysis.state import ViewState
from components.funnel import badge_vs_poland


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


def test_level_statuses_match_the_funnel_points(repository):
    indicator_id = "dochody-wlasne-na-mieszkanca"
    points = view_funnel(repository, indicator_id, "gmina", 2024).points
    statuses = level_statuses(repository, indicator_id, "gmina", 2024)
    assert len(statuses) == points.height
    for code, status, provenance in points.select("code", "funnel", "provenance").iter_rows():
        assert unit_status(repository, indicator_id, code, "gmina", 2024) == (status, provenance)
    assert unit_status(repository, indicator_id, "9999999", "gmina", 2024) == (None, None)


def test_worker_warm_up_computes_the_first_profile_of_every_level(dash_app, repository):
    """After the warm-up, the funnels a profile of each level reads are cached: a profile
    asks for none of them again."""
    from pages.profile import warm_up

    level_statuses.cache_clear()
    warm_up(dash_app.server)
    misses = level_statuses.cache_info().misses
    assert misses > 0
    for level in ("gmina", "powiat", "wojewodztwo"):
        code = repository.units.filter(pl.col("level") == level)["code"][0]
        for row in repository.profile(repository.unit(code)).iter_rows(named=True):
            indicator = repository.indicator(row["indicator"])
            badge_vs_poland(repository, indicator, code, level, row["year"])
    assert level_statuses.cache_info().misses == misses


def test_worker_warm_up_hands_its_units_to_the_runner(dash_app, monkeypatch):
    """The data first, then one profile per level, each a unit of the runner gunicorn.conf.py
    gives (it runs them only while the workers are idle)."""
    import pages.profile as profile

    laid_out = []
    monkeypatch.setattr(
        profile, "_lay_out_profile", lambda server, repo, code: laid_out.append(code)
    )
    units = []
    profile.warm_up(dash_app.server, run_unit=lambda unit: (units.append(unit), unit()))
    assert [len(code) for code in laid_out] == [2, 4, 7]  # a voivodeship, a powiat, a gmina
    assert len(units) == 4
