"""/analiza callbacks' work on the real built data: views, groups, exports, bad input."""

import io
import zipfile
from datetime import date

import polars as pl
import pytest

from analysis.service import (
    change_state,
    export_view,
    map_update,
    rows_for,
    scatter_update,
    series_update,
    stored_state,
    table_update,
)
from analysis.state import Action, ActionKind, ViewState

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
    first, frame, *_ = map_update(repository, ViewState(), None)
    assert "/assets/geo/gminy.geojson" in str(first.to_plotly_json())
    second, *_ = map_update(repository, ViewState(rok=2020), frame)
    assert "geojson" not in str(second.to_plotly_json())


def test_actions_change_state_and_ignore_junk(repository):
    state = ViewState()
    assert change_state(repository, state, Action(ActionKind.YEAR, "2019")).rok == 2019
    assert change_state(repository, state, Action(ActionKind.YEAR, "abc")) == state
    assert change_state(repository, state, Action(ActionKind.LEVEL, "kosmos")) == state
    click = {"points": [{"location": "0201011"}]}
    assert change_state(repository, state, Action(ActionKind.MAP_CLICK, click)).jst == ("0201011",)
    foreign = {"points": [{"location": "1465"}]}  # a powiat on the gmina map
    assert change_state(repository, state, Action(ActionKind.MAP_CLICK, foreign)) == state
    selected = ViewState(jst=("0201011",))
    moved = change_state(repository, selected, Action(ActionKind.LEVEL, "powiat"))
    assert moved.poziom == "powiat" and moved.jst == ()


FORGED = (None, 7, -2.5, True, ["a", 1], {"a": {"b": 1}}, "x" * 100_000, "", "²", "9" * 5000)


@pytest.mark.parametrize("kind", list(ActionKind))
def test_every_action_takes_forged_values_without_failing(repository, kind):
    state = ViewState(jst=("0201011",))
    for value in FORGED:
        new = change_state(repository, state, Action(kind, value))
        assert new.wskaznik == state.wskaznik and new.poziom == state.poziom
    odd_clicks = [{"points": []}, {"points": ["x"]}, {"points": [{"location": {"a": 1}}]}]
    for value in [*odd_clicks, [{"code": ["0201011"]}, "x", 3]]:
        change_state(repository, state, Action(kind, value))


def test_what_is_not_an_action_changes_nothing(repository):
    state = ViewState(jst=("0201011",))
    for junk in ("analiza-year", None, Action("nieznany", "2019")):  # type: ignore[arg-type]
        assert change_state(repository, state, junk) == state  # type: ignore[arg-type]


def test_every_action_has_its_change_and_every_control_its_action(dash_app):
    from analysis.service import STATE_CHANGES
    from pages.analiza import ACTIONS

    assert set(STATE_CHANGES) == set(ActionKind)
    assert set(ACTIONS.values()) == set(ActionKind)


def test_a_year_without_data_changes_nothing(repository):
    assert change_state(repository, ViewState(), Action(ActionKind.YEAR, "1900")) == ViewState()


def test_views_of_a_forged_store_show_the_default_view(repository):
    """An unknown indicator, level or territory in the store (the issue: an attribute of
    None, HTTP 500) gives the default view."""
    state = stored_state(repository, {"wskaznik": "nieznany", "poziom": "kraj", "teren": "99"})
    assert state == ViewState()
    rows, columns, summary = table_update(repository, state)
    assert rows and columns and summary
    assert series_update(repository, state)[0]["data"] is not None


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
    figure, _ = series_update(repository, ViewState(jst=("0201011", "0201022")))
    names = [trace["name"] for trace in figure["data"]]
    assert "Bolesławiec (gmina miejska)" in names and "Bolesławiec (gmina wiejska)" in names


# Boguszów-Gorce's 2019 budget report is all zeros: its property tax per resident is suspect.
SUSPECT_UNIT = "0221011"
SUSPECT_VIEW = ViewState(wskaznik="podatek-nieruchomosci-na-mieszkanca", rok=2019)


def assigned(patch) -> dict[tuple, object]:
    """What a ``Patch`` assigns, by location (``("data", 4, "locations")`` → value)."""
    return {
        tuple(op["location"]): op["params"]["value"]
        for op in patch.to_plotly_json()["operations"]
        if op["operation"] == "Assign"
    }


def test_suspect_row_of_the_table_shows_its_value_and_flag_without_rank(repository):
    records, columns, summary = table_update(repository, SUSPECT_VIEW)
    row = next(r for r in records if r["code"] == SUSPECT_UNIT)
    assert row["value"] == 0.0 and row["s"] == "wartość wątpliwa"
    assert row["rank"] is None and row["pct"] is None and row["dp"] is None
    ranked = {r["code"] for r in records if r["rank"] is not None}
    assert ranked == {r["code"] for r in records if r["s"] in ("wartość", "zjawisko nie wystąpiło")}
    status = next(c for c in columns if c["field"] == "s")
    assert status["headerName"] == "Status danych"
    value = next(c for c in columns if c["field"] == "value")["valueFormatter"]["function"]
    assert "params.data.s ===" in value  # the grid adds the flag to a suspect number
    assert "Boguszów-Gorce" in summary and "wątpliwe" in summary


def test_status_column_names_every_flag_but_leaves_demo_to_provenance(repository):
    from analysis.service import status_texts

    texts = status_texts()
    assert texts["real"] == texts["demo"] == "wartość"
    assert texts["zero"] == "zjawisko nie wystąpiło"
    named = [texts[f] for f in ("zero", "no_data", "confidential", "not_applicable", "suspect")]
    assert len(set(named)) == len(named) and "wartość" not in named


def test_map_puts_a_suspect_unit_on_its_own_legend_layer_never_classed(repository):
    from analysis.figures import SUSPECT, VALUES, base_map

    patch, *_ = map_update(repository, SUSPECT_VIEW, None)
    values = assigned(patch)
    assert values[("data", SUSPECT, "locations")] == [SUSPECT_UNIT]
    assert values[("data", SUSPECT, "name")] == "wartość wątpliwa (1)"
    assert values[("data", SUSPECT, "showlegend")] is True
    assert values[("data", SUSPECT, "customdata")] == ["0,00 zł"]
    codes = values[("data", VALUES, "locations")]
    assert values[("data", VALUES, "z")][codes.index(SUSPECT_UNIT)] is None
    layer = base_map("gmina", "", "")["data"][SUSPECT]
    assert "nie uwzględniona w klasach i rankingu" in layer["hovertemplate"]
    assert "%{customdata}" in layer["hovertemplate"]


def test_each_status_has_its_own_layer_named_with_its_count(repository):
    from analysis.figures import CONFIDENTIAL, NO_DATA, NOT_APPLICABLE, SUSPECT, base_map
    from analysis.view import STATUS_LAYERS

    layers = base_map("gmina", "", "")["data"]
    traces = (NO_DATA, CONFIDENTIAL, NOT_APPLICABLE, SUSPECT)
    assert [layers[i]["name"] for i in traces] == [
        "brak danych",
        "tajemnica statystyczna",
        "nie dotyczy",
        "wartość wątpliwa",
    ]
    fills = {s.fill for s in STATUS_LAYERS.values()}
    assert len(fills) == len(STATUS_LAYERS)  # told apart by lightness, not only by name
    _, rows = rows_for(repository, SUSPECT_VIEW)
    values = assigned(map_update(repository, SUSPECT_VIEW, None)[0])
    missing = rows.filter(pl.col("status") == "no_data").height
    assert values[("data", NO_DATA, "name")] == f"brak danych ({missing})"
    assert values[("data", CONFIDENTIAL, "showlegend")] is False  # none in the data


def test_exports_of_the_view_carry_the_quality_flag(repository):
    content, _ = export_view(repository, SUSPECT_VIEW, "csv", date(2026, 12, 1))
    frame = pl.read_csv(content, schema_overrides={"kod_teryt": pl.String})
    row = frame.filter(pl.col("kod_teryt") == SUSPECT_UNIT).row(0, named=True)
    assert row["jakosc"] == "wartość wątpliwa" and row["wartosc"] == 0.0
    assert row["pozycja"] is None and row["pochodzenie"] == "dane rzeczywiste"
    assert set(frame["jakosc"]) <= {
        "wartość rzeczywista",
        "zjawisko nie wystąpiło",
        "brak danych",
        "wartość wątpliwa",
    }


def test_the_year_play_runs_forward_and_stops_at_the_last_year(repository):
    from analysis.service import at_last_year, play_start

    last = ViewState(rok=2023)
    step = Action(ActionKind.NEXT_YEAR)
    assert change_state(repository, last, step).rok is None  # 2024, the default
    latest = ViewState()
    assert change_state(repository, latest, step) == latest  # no wrap-around
    assert at_last_year(repository, latest) and not at_last_year(repository, last)
    assert play_start(repository, last) == last
    assert play_start(repository, latest).rok == 2010  # a play from the last year starts over


def test_an_area_switches_to_its_first_indicator():
    from analysis.service import first_indicator, indicator_options

    assert first_indicator("kultura") == indicator_options("kultura")[0]["value"]
    assert first_indicator("nie-ma") is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("biblio", "biblioteki-ksiegozbior-na-1000"),
        ("KSIĘGOZBIÓR", "biblioteki-ksiegozbior-na-1000"),
        ("ksiegozbior", "biblioteki-ksiegozbior-na-1000"),  # diacritics optional
        ("podatek-lesny-udzial", "podatek-lesny-udzial"),  # an id
        ("Podatek leśny: Wpływy z podatku leśnego na 1 mieszkańca", "podatek-lesny-na-mieszkanca"),
        ("property tax", "podatek-nieruchomosci-na-mieszkanca"),  # English names too
    ],
)
def test_indicator_search_finds_by_name_id_and_service(query, expected):
    from analysis.service import search_indicators

    assert search_indicators(query)[0]["value"] == expected


def test_indicator_search_matches_every_word_and_is_bounded():
    from analysis.service import MAX_SEARCH_RESULTS, search_indicators

    assert search_indicators("") == [] and search_indicators("  ") == []
    assert search_indicators("biblioteki zzzz") == []
    found = search_indicators("a")
    assert 0 < len(found) <= MAX_SEARCH_RESULTS


def test_map_images_are_named_after_indicator_level_and_year(repository):
    from analysis.service import image_name

    state = ViewState(wskaznik="podatek-nieruchomosci-na-mieszkanca", rok=2019)
    *_, name = map_update(repository, state, None)
    assert name == "podatek-nieruchomosci-na-mieszkanca_gminy_2019"
    assert image_name(ViewState(poziom="powiat", teren="02"), 2024) == (
        "dochody-wlasne-na-mieszkanca_powiaty_02_2024"
    )
    _, series_name = series_update(repository, state)
    assert series_name == "podatek-nieruchomosci-na-mieszkanca_gminy_2010-2019"


def test_figures_carry_their_source_and_a_full_title(repository):
    patch, _, note, _ = map_update(repository, ViewState(), None)
    operations = patch.to_plotly_json()["operations"]
    annotations = next(o for o in operations if o["location"] == ["layout", "annotations"])
    assert "Źródło: GUS" in annotations["params"]["value"][0]["text"]
    assert note == ""  # quantiles need no warning
    figure, _ = series_update(repository, ViewState(teren="02"))
    title = figure["layout"]["title"]["text"].replace("<br>", " ")
    assert "gminy, woj. dolnośląskie, 2010–2024" in title
    assert "Źródło: GUS" in figure["layout"]["annotations"][0]["text"]


def test_class_notes_say_what_the_classes_hide(repository):
    _, _, skewed, _ = map_update(repository, ViewState(wskaznik="ludnosc", klasy="rowne"), None)
    assert skewed.startswith("Uwaga: przy równych przedziałach 99,")
    _, _, clipped, _ = map_update(
        repository, ViewState(wskaznik="ludnosc", klasy="przyciete"), None
    )
    assert "1.–99. percentyl" in clipped and "powyżej – 25 jednostek" in clipped


def test_exports_round_spreadsheets_and_keep_parquet_exact(repository):
    state = ViewState(wskaznik="podatek-nieruchomosci-na-mieszkanca", rok=2019, poziom="powiat")
    csv, _ = export_view(repository, state, "csv", date(2026, 12, 4))
    values = pl.read_csv(io.BytesIO(csv), infer_schema=False)["wartosc"].drop_nulls()
    assert values.str.contains(r"^\d+(\.\d{1,2})?$").all()  # decimals = 2
    parquet, _ = export_view(repository, state, "parquet", date(2026, 12, 4))
    exact = pl.read_parquet(io.BytesIO(parquet))["wartosc"].drop_nulls()
    assert (exact != exact.round(2)).any()


def test_an_export_of_all_years_is_long_with_a_year_column(repository):
    state = ViewState(poziom="wojewodztwo")
    content, name = export_view(repository, state, "csv", date(2026, 12, 4), "wszystkie")
    assert name == "dochody-wlasne-na-mieszkanca_wojewodztwo_2010-2024.csv"
    frame = pl.read_csv(io.BytesIO(content), schema_overrides={"kod_teryt": pl.String})
    assert frame.height == 16 * 15
    assert frame.group_by("rok").len()["len"].unique().to_list() == [16]
    workbook, name = export_view(repository, state, "xlsx", date(2026, 12, 4), "wszystkie")
    assert name.endswith("_2010-2024.xlsx")
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert "<t>Lata</t>" in strings and "2010–2024" in strings


def test_the_callbacks_of_a_group_view_run_its_k_nn_once(repository, monkeypatch):
    """Map, table, chart, scatter, funnel and exports of one state read one view (the
    issue: seven k-NN runs for the map alone)."""
    from analysis import view_model
    from components.funnel_view import funnel_update

    view_model.clear_view_caches()
    calls = []
    real = repository.peer_codes

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(repository, "peer_codes", counted)
    state = stored_state(
        repository, {"jst": ["0201011"], "grupa": "podobne", "wykres": "rozrzut", "rok": 2024}
    )
    try:
        map_update(repository, state, None)
        table_update(repository, state)
        series_update(repository, state)
        scatter_update(repository, state)
        funnel_update(repository, state)
        for fmt in ("csv", "parquet"):
            export_view(repository, state, fmt, date(2026, 12, 1), "wszystkie")
    finally:
        view_model.clear_view_caches()  # nothing computed with the counting stand-in stays
    assert len(calls) == 1


def test_the_view_cache_holds_the_benchmarks_cycle(repository):
    """The gunicorn benchmark cycles its states: a cache smaller than the cycle would
    compute every one of them again."""
    from analysis.view_model import VIEW_CACHE_SIZE
    from benchmarks.analiza import state_cycle

    assert len(state_cycle(repository)) <= VIEW_CACHE_SIZE
