"""The scatter of /analiza: ranks, Spearman's ρ and the least-squares line against values
computed by hand, its frame and figure on tiny frames, and its state, table, export and
summary on the built data."""

import io
import zipfile
from datetime import date

import polars as pl

from analysis.service import (
    change_state,
    export_view,
    scatter_update,
    table_update,
)
from analysis.state import Action, ActionKind, ViewState


def rows(values: dict[str, tuple[float | None, str]], provenance: str = "real") -> pl.DataFrame:
    """Rows shaped like ``view_rows``: code → (value, status)."""
    return pl.DataFrame(
        {
            "code": list(values),
            "name": [f"Gmina {c}" for c in values],
            "value": [v for v, _ in values.values()],
            "status": [s for _, s in values.values()],
            "provenance": [provenance] * len(values),
        }
    )


X = rows(
    {
        "0201011": (1.0, "value"),
        "0201022": (2.0, "value"),
        "0202011": (3.0, "value"),
        "0203011": (4.0, "value"),
        "0204011": (5.0, "value"),
        "0205011": (0.0, "value"),
    }
)


def test_a_scatter_click_selects_and_unselects_the_unit(repository):
    state = ViewState(wykres="rozrzut")
    click = {"points": [{"x": 1, "y": 2, "customdata": "0201011"}]}
    selected = change_state(repository, state, Action(ActionKind.SCATTER_CLICK, click))
    assert selected.jst == ("0201011",)
    assert change_state(repository, selected, Action(ActionKind.SCATTER_CLICK, click)).jst == ()
    forged = {"points": [{"customdata": ["<script>"]}]}
    assert change_state(repository, state, Action(ActionKind.SCATTER_CLICK, forged)) == state
    assert change_state(repository, state, Action(ActionKind.X, "nie-ma")) == state
    assert change_state(repository, state, Action(ActionKind.CHART, "lejek?")) == state
    assert change_state(repository, state, Action(ActionKind.LOG, "x")).log == "x"


def test_scatter_of_own_revenue_against_population(repository):
    figure, name, summary = scatter_update(
        repository, ViewState(wykres="rozrzut", rok=2024, jst=("0201011",))
    )
    assert name == "dochody-wlasne-na-mieszkanca_gminy_2024_wobec_ludnosc"
    assert summary.startswith("ρ Spearmana = 0,")
    assert "zależność), n = 2\u00a0477." in summary
    assert "metodą najmniejszych kwadratów" in summary
    traces = {trace["name"]: trace for trace in figure["data"]}
    assert traces["zaznaczone"]["text"] == ["Bolesławiec"]
    assert len(traces["gminy"]["x"]) == 2476
    assert "Ludność" in figure["layout"]["xaxis"]["title"]["text"]
    assert "GUS" in figure["layout"]["annotations"][0]["text"]


def test_a_demonstration_axis_labels_the_scatter(repository):
    figure, _, _ = scatter_update(
        repository, ViewState(wykres="rozrzut", x="przedszkola-miejsca-na-100-dzieci")
    )
    assert "DANE DEMONSTRACYJNE" in figure["layout"]["title"]["text"].replace("<br>", " ")
    assert "dane demonstracyjne" in figure["layout"]["xaxis"]["title"]["text"].replace("<br>", " ")
    assert "To nie są dane rzeczywiste" in figure["layout"]["annotations"][0]["text"].replace(
        "<br>", " "
    )


def test_x_year_is_named_when_the_context_data_end_earlier(repository):
    state = ViewState(wykres="rozrzut", x="gestosc-zaludnienia", rok=2024)
    figure, _, summary = scatter_update(repository, state)
    assert "2019" in figure["layout"]["xaxis"]["title"]["text"]
    assert "rok 2019 (brak danych za rok 2024)" in summary
    records, columns, _ = table_update(repository, state)
    assert columns[2]["field"] == "x" and columns[2]["headerName"].endswith(", 2019")
    assert all("x" in r for r in records)


def test_the_table_gets_the_x_column_only_with_the_scatter(repository):
    _, columns, _ = table_update(repository, ViewState())
    assert "x" not in [c["field"] for c in columns]
    records, columns, _ = table_update(repository, ViewState(wykres="rozrzut", rok=2024))
    assert "x" in [c["field"] for c in columns]
    population = repository.indicator_values("ludnosc").filter(
        pl.col("code") == "0201011", pl.col("year") == 2024
    )["value"][0]
    assert next(r for r in records if r["code"] == "0201011")["x"] == population


def test_exports_of_the_scatter_carry_both_columns(repository):
    state = ViewState(wykres="rozrzut", rok=2024)
    content, name = export_view(repository, state, "csv", date(2026, 12, 4))
    assert name == "dochody-wlasne-na-mieszkanca_gmina_2024_wobec_ludnosc.csv"
    frame = pl.read_csv(content, schema_overrides={"kod_teryt": pl.String})
    assert {"wartosc", "wskaznik_x", "rok_x", "wartosc_x", "status_x"} <= set(frame.columns)
    assert frame.filter(pl.col("kod_teryt") == "0201011")["wskaznik_x"][0] == "ludnosc"
    workbook, name = export_view(repository, state, "xlsx", date(2026, 12, 4))
    assert name.endswith("_wobec_ludnosc.xlsx")
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert "Wskaźnik osi X (kolumny _x)" in strings and "wartosc_x" in strings
    every_year, _ = export_view(repository, state, "csv", date(2026, 12, 4), "wszystkie")
    years = pl.read_csv(every_year).select("rok", "rok_x").unique()
    assert years.filter(pl.col("rok") != pl.col("rok_x")).height == 0
    _, name = export_view(
        repository,
        ViewState(wykres="rozrzut", x="przedszkola-miejsca-na-100-dzieci"),
        "csv",
        date(2026, 12, 4),
    )
    assert name.endswith("_wobec_przedszkola-miejsca-na-100-dzieci_DEMO.csv")


def test_scatter_summary_in_english(repository, dash_app):
    with dash_app.server.test_request_context("/?lang=en"):
        _, _, summary = scatter_update(repository, ViewState(wykres="rozrzut", rok=2024))
    assert summary.startswith("Spearman's ρ = 0.")
    assert "relationship), n = 2,477." in summary
