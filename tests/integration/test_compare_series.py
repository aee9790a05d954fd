"""/porownaj: each indicator's time series (units, their median, Poland for ratios) over a
year range from the URL (``od``/``do``), validated."""

import importlib
import json

import plotly
import pytest

AVAILABLE = (2010, 2025)


def rendered(component) -> str:
    return json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)


def series_figures(component) -> list[dict]:
    """The line charts' figures in a rendered layout."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            # the charts are drawn as they come into view (components/lazy_graph.py)
            if node.get("type") == "LazyGraph" and any(
                trace.get("type") == "scatter" for trace in node["props"]["figure"]["data"]
            ):
                found.append(node["props"]["figure"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(rendered(component)))
    return found


@pytest.fixture
def compare(dash_app):
    return importlib.import_module("pages.compare")


def test_years_are_validated(compare):
    parse_years = compare.parse_years
    assert parse_years("2015", "2020", AVAILABLE) == ((2015, 2020), [])
    assert parse_years("", "", AVAILABLE) == (AVAILABLE, [])
    assert parse_years("2015", None, AVAILABLE) == ((2015, 2025), [])


@pytest.mark.parametrize(
    ("od", "do"), [("abc", "2020"), ("2020", "2015"), ("1900", "2020"), ("2015", "3000")]
)
def test_bad_years_fall_back_to_all_with_a_polish_note(compare, od, do):
    years, notes = compare.parse_years(od, do, AVAILABLE)
    assert years == AVAILABLE
    assert notes == [
        f"Nieprawidłowy zakres lat (od „{od}” do „{do}”): pokazano wszystkie lata 2010–2025."
    ]


def test_links_keep_the_year_range():
    from core.urls import compare as compare_href

    assert compare_href(["0201011"], "finanse", (2015, 2020)) == (
        "/porownaj?jst=0201011&obszar=finanse&od=2015&do=2020"
    )
    assert compare_href(["0201011"], "finanse") == "/porownaj?jst=0201011&obszar=finanse"


def test_each_indicator_has_its_series_with_poland_for_ratios(dash_app):
    from pages.compare import layout

    page = layout(jst="0201011,0201022", obszar="finanse", od="2015", do="2020")
    figures = series_figures(page)
    assert figures, "a line chart per indicator"
    per_capita = next(f for f in figures if "Dochody własne na 1 mieszkańca" in str(f["layout"]))
    names = [trace["name"] for trace in per_capita["data"]]
    assert names == [
        "Bolesławiec (gmina miejska)",
        "Bolesławiec (gmina wiejska)",
        "Polska",
        "Mediana porównywanych",
    ]
    years = {x for trace in per_capita["data"] for x in trace["x"]}
    assert years == set(range(2015, 2021))
    text = rendered(page)
    assert "/porownaj?jst=0201011,0201022&obszar=edukacja&od=2015&do=2020" in text
    assert "rok 2020" in text  # the table and bars show the range's last year
    assert "w najnowszym dostępnym roku do 2020 r." in text  # and the note says so
    total = next(f for f in figures if "Dochody własne ogółem" in str(f["layout"]))
    assert "Polska" not in [trace["name"] for trace in total["data"]]


def test_bad_years_change_nothing_but_say_so(dash_app):
    from pages.compare import layout

    bad = rendered(layout(jst="0201011,0201022", obszar="finanse", od="abc", do="1900"))
    assert "Nieprawidłowy zakres lat (od „abc” do „1900”)" in bad
    default = rendered(layout(jst="0201011,0201022", obszar="finanse"))
    assert bad.count('"type": "scatter"') == default.count('"type": "scatter"')
