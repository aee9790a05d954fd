"""/analiza callbacks' work on the real built data: views, groups, exports, bad input."""

from datetime import date

import polars as pl
import pytest

from analysis.service import change_state, export_view, map_update, rows_for, table_update
from analysis.state import ViewState

pytestmark = pytest.mark.usefixtures("repository")


def test_gmina_view_covers_every_gmina_with_values(repository):
    context, rows = rows_for(repository, ViewState(rok=2024))
    assert rows.height == repository.units.filter(pl.col("level") == "gmina").height
    assert rows.filter(pl.col("status") == "value").height >= 2477
    assert context.year == 2024


def test_neighbour_group_restricts_view_to_unit_and_its_neighbours(repository):
    state = ViewState(jst=("1465011",), grupa="sasiedzi")
    _, rows = rows_for(repository, state)
    neighbours = set(repository.peer_codes("1465011", "sasiedzi"))
    assert set(rows["code"]) == {"1465011"} | neighbours
    assert "1434031" in neighbours  # Ząbki borders Warszawa
    ranks = rows.filter(pl.col("status") == "value")["rank"].to_list()
    assert sorted(ranks) == list(range(1, len(ranks) + 1))  # ranks within the group


def test_group_without_selection_asks_for_a_unit(repository):
    _, _, summary = table_update(repository, ViewState(grupa="podobne"))
    assert summary.startswith("Aby pokazać grupę porównawczą")


def test_map_update_sends_geometry_url_only_when_the_frame_changes(repository):
    first, frame = map_update(repository, ViewState(), None)
    assert "/assets/geo/gminy.geojson" in str(first.to_plotly_json())
    second, _ = map_update(repository, ViewState(rok=2020), frame)
    assert "geojson" not in str(second.to_plotly_json())


def test_actions_change_state_and_ignore_junk(repository):
    state = ViewState()
    assert change_state(repository, state, "analiza-year", "2019").rok == 2019
    assert change_state(repository, state, "analiza-year", "abc") == state
    assert change_state(repository, state, "analiza-level", "kosmos") == state
    click = {"points": [{"location": "0201011"}]}
    assert change_state(repository, state, "analiza-map", click).jst == ("0201011",)
    foreign = {"points": [{"location": "1465"}]}  # a powiat on the gmina map
    assert change_state(repository, state, "analiza-map", foreign) == state
    moved = change_state(repository, ViewState(jst=("0201011",)), "analiza-level", "powiat")
    assert moved.poziom == "powiat" and moved.jst == ()


def test_xlsx_export_of_demo_indicator_is_flagged(repository):
    state = ViewState(wskaznik="przedszkola-wydatki-na-dziecko")
    content, name = export_view(repository, state, "xlsx", date(2026, 11, 30))
    assert name.endswith("_DEMO.xlsx") and content[:2] == b"PK"


def test_legend_tells_apart_units_with_the_same_name(repository):
    from analysis.service import distinct_names, series_update

    units = [repository.unit(c) for c in ("0201011", "0201022", "1465011")]
    assert distinct_names(units) == {
        "0201011": "Bolesławiec (gmina miejska)",
        "0201022": "Bolesławiec (gmina wiejska)",
        "1465011": "Warszawa",
    }
    figure = series_update(repository, ViewState(jst=("0201011", "0201022")))
    names = [trace["name"] for trace in figure["data"]]
    assert "Bolesławiec (gmina miejska)" in names and "Bolesławiec (gmina wiejska)" in names
