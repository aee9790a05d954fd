"""The server's picture of /analiza's time-series chart (``analysis.series_picture``): the
figure ``series_update`` returns, drawn as SVG the way plotly.js draws it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import pairwise

import flask
import polars as pl
import pytest

from analysis.figures import SERIES_COLOURS, series_figure
from analysis.series_picture import SERIES_DESIGN_WIDTH, dash_array, marker_path, series_svg

SVG = "{http://www.w3.org/2000/svg}"
SOURCE = "Źródło: GUS, Bank Danych Lokalnych<br>granice: PRG/GUGiK"
HINT = "Zaznacz jednostki na mapie lub w tabeli"


def figure(
    values: dict[str, list[float | None]],
    years: list[int],
    names: dict[str, str] | None = None,
    poland: list[float] | None = None,
    unit: str = "zł",
    title: str = "Dochody własne na 1 mieszkańca (zł), gminy, 2010–2024",
) -> dict:
    """A figure as ``series_update`` makes it: ``series_figure`` with the source line below
    the legend and, with no unit selected, the hint above the plot."""
    series = pl.DataFrame(
        {
            "code": [code for code in values for _ in years],
            "year": [year for _ in values for year in years],
            "value": [value for code in values for value in values[code]],
        },
        schema={"code": pl.Utf8, "year": pl.Int64, "value": pl.Float64},
    )
    reference = pl.DataFrame(
        {"year": years if poland else [], "value": poland or []},
        schema={"year": pl.Int64, "value": pl.Float64},
    )
    result = series_figure(
        series, names or {}, reference, reference.clear(), unit, title, "mediana (gminy)"
    )
    layout = result["layout"]
    bottom, axis_and_legend = 32, layout["margin"]["b"]
    layout["margin"]["b"] += bottom
    layout["height"] += bottom
    layout["legend"]["y"] = bottom / layout["height"]
    layout["annotations"] = [
        {
            "text": SOURCE,
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "y": 0,
            "xanchor": "left",
            "yanchor": "top",
            "yshift": -axis_and_legend,
            "xshift": 4 - layout["margin"]["l"],
            "align": "left",
            "showarrow": False,
            "font": {"size": 10, "color": "#444"},
        }
    ]
    if not values:
        layout["margin"]["t"] += 18
        layout["annotations"].append(
            {
                "text": HINT,
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "xanchor": "left",
                "y": 1,
                "yanchor": "bottom",
                "yshift": 6,
                "showarrow": False,
                "font": {"size": 12, "color": "#444"},
            }
        )
    return result


YEARS_15 = list(range(2010, 2025))
TWO_UNITS = figure(
    {
        "0201011": [1800.0 + 150 * i for i in range(15)],
        "1465011": [4900.0 + 400 * i for i in range(15)],
    },
    YEARS_15,
    {"0201011": "Bolesławiec", "1465011": "Warszawa"},
    poland=[1700.0 + 200 * i for i in range(15)],
)


def parsed(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def texts(root: ET.Element) -> list[str]:
    """Every line of text (a ``<tspan>``) in the picture."""
    return [span.text or "" for span in root.iter(f"{SVG}tspan")]


def y_tick_labels(root: ET.Element) -> list[str]:
    """The y tick labels: the right-aligned texts."""
    return [
        "".join(text.itertext())
        for text in root.iter(f"{SVG}text")
        if text.get("text-anchor") == "end" and text.get("transform") is None
    ]


def year_labels(root: ET.Element) -> list[ET.Element]:
    return [
        text for text in root.iter(f"{SVG}text") if re.fullmatch(r"\d{4}", "".join(text.itertext()))
    ]


def polylines(root: ET.Element, colour: str) -> list[ET.Element]:
    return [line for line in root.iter(f"{SVG}polyline") if line.get("stroke") == colour]


def test_the_picture_has_the_figures_size_and_is_named_by_its_title():
    root = parsed(series_svg(TWO_UNITS))
    height = TWO_UNITS["layout"]["height"]
    assert (root.get("width"), root.get("height")) == (str(SERIES_DESIGN_WIDTH), str(height))
    assert root.get("aria-label") == "Dochody własne na 1 mieszkańca (zł), gminy, 2010–2024"
    narrow = parsed(series_svg(TWO_UNITS, width=320))
    assert narrow.get("width") == "320" and narrow.get("viewBox") == f"0 0 320 {height}"


def test_the_title_lines_start_at_the_top_left_as_plotly_places_them():
    root = parsed(series_svg(TWO_UNITS))
    spans = {span.text: span for span in root.iter(f"{SVG}tspan")}
    first, second = spans["Dochody własne na 1 mieszkańca (zł),"], spans["gminy, 2010–2024"]
    # plotly.js puts the first of several lines' baseline at the title's pad (42 px)
    assert float(first.get("y")) == pytest.approx(42, abs=1)
    assert float(second.get("y")) == pytest.approx(42 + 14 * 1.3, abs=1)
    assert float(first.get("x")) < 10


def test_the_legend_names_every_trace_with_its_name_escaped():
    unsafe = figure(
        {"1": [1.0, 2.0, 3.0], "2": [2.0, 1.0, 2.0]},
        [2020, 2021, 2022],
        {"1": 'Gmina <&> "A"', "2": "Warszawa"},
        poland=[1.5, 1.5, 1.6],
    )
    svg = series_svg(unsafe)
    assert "<&>" not in svg
    lines = texts(parsed(svg))
    assert {'Gmina <&> "A"', "Warszawa", "Polska"} <= set(lines)


def test_a_trace_is_drawn_as_one_line_per_run_without_gaps_in_its_colour():
    gaps = figure({"1": [1.0, None, 3.0, 4.0, None, 6.0, 7.0, 8.0]}, list(range(2010, 2018)))
    root = parsed(series_svg(gaps))
    runs = polylines(root, SERIES_COLOURS[0])
    assert [len(line.get("points").split()) for line in runs] == [2, 3]
    markers = [
        path
        for group in root.iter(f"{SVG}g")
        if group.get("fill") == SERIES_COLOURS[0]
        for path in group.iter(f"{SVG}path")
    ]
    assert len(markers) == 6  # every known value, the lone first one too


def test_dashed_traces_have_plotlys_dash_array_and_solid_ones_none():
    root = parsed(series_svg(TWO_UNITS))
    solid = polylines(root, SERIES_COLOURS[0])  # the first unit: solid, 2.5 px
    dotted = polylines(root, SERIES_COLOURS[1])  # the second: "dot", 2.5 px
    poland = polylines(root, "#000000")  # "dash", 2 px
    assert solid and all(line.get("stroke-dasharray") is None for line in solid)
    assert [line.get("stroke-dasharray") for line in dotted] == ["3,3"]
    assert [line.get("stroke-dasharray") for line in poland] == ["9,9"]
    assert dotted[0].get("stroke-width") == "2.5"


def test_dash_arrays_follow_plotlys_rule():
    # dlw = max(width, 3); dot dlw,dlw; dash 3dlw,3dlw; longdash 5dlw; dashdot 3dlw,dlw,dlw,dlw
    assert dash_array("solid", 2.5) == ""
    assert dash_array("dot", 2) == "3,3"
    assert dash_array("dash", 4) == "12,12"
    assert dash_array("longdash", 2.5) == "15,15"
    assert dash_array("dashdot", 5) == "15,5,5,5"
    assert dash_array('5px,2px"', 2) == "5,2&quot;"  # a dasharray of its own, escaped


def test_marker_symbols_have_plotlys_shapes():
    paths = {
        symbol: marker_path(symbol, 3.5)
        for symbol in ("circle", "square", "diamond", "triangle-up", "x", "cross", "star")
    }
    assert paths["circle"].startswith("M3.5,0A3.5,3.5")
    assert paths["square"] == "M3.5,3.5H-3.5V-3.5H3.5Z"
    assert paths["diamond"] == "M4.55,0L0,4.55L-4.55,0L0,-4.55Z"
    assert marker_path("triangle-down", 3.5) != paths["triangle-up"]
    assert len(set(paths.values())) == len(paths)
    assert marker_path("unknown", 2) == marker_path("circle", 2)


def test_polish_tick_labels_group_thousands_with_a_space_and_use_a_decimal_comma():
    root = parsed(series_svg(TWO_UNITS))
    labels = y_tick_labels(root)
    assert labels[0] == "0" and "2\u00a0000" in labels and "10\u00a0000" in labels
    small = figure({"1": [0.2, 0.4, 1.3]}, [2020, 2021, 2022])
    assert "0,5" in y_tick_labels(parsed(series_svg(small)))


def test_english_tick_labels_follow_the_language():
    small = figure({"1": [0.2, 0.4, 1.3]}, [2020, 2021, 2022])
    with flask.Flask(__name__).test_request_context("/?lang=en"):
        big, decimals = series_svg(TWO_UNITS), series_svg(small)
    assert "10,000" in y_tick_labels(parsed(big))
    assert "0.5" in y_tick_labels(parsed(decimals))


def test_negative_values_get_a_minus_sign_and_the_zero_line_inside_the_plot():
    below = figure({"1": [-30.0, -10.0, 20.0]}, [2020, 2021, 2022])
    root = parsed(series_svg(below))
    labels = y_tick_labels(root)
    assert "\u221220" in labels and "0" in labels and "20" in labels
    zero = [p for p in root.iter(f"{SVG}path") if p.get("stroke") == "#444"]
    assert len(zero) == 1


def test_up_to_eight_years_every_year_is_labelled_slanted():
    few = figure({"1": [float(i) for i in range(8)]}, list(range(2016, 2024)))
    labels = year_labels(parsed(series_svg(few)))
    assert ["".join(label.itertext()) for label in labels] == [str(y) for y in range(2016, 2024)]
    assert all("rotate(-45" in label.get("transform", "") for label in labels)


def test_fifteen_years_are_labelled_upright_at_a_step_that_does_not_overlap():
    labels = year_labels(parsed(series_svg(TWO_UNITS)))
    years = ["".join(label.itertext()) for label in labels]
    assert years == ["2010", "2015", "2020"]  # plotly.js's step for a 361 px axis
    assert all(label.get("transform") is None for label in labels)
    xs = [float(next(label.iter(f"{SVG}tspan")).get("x")) for label in labels]
    assert min(b - a for a, b in pairwise(xs)) > 13 * 4 * 0.7  # wider than a year


def test_the_source_lines_are_drawn_small_below_the_legend():
    root = parsed(series_svg(TWO_UNITS))
    source = next(
        text for text in root.iter(f"{SVG}text") if "".join(text.itertext()).startswith("Źródło")
    )
    assert source.get("font-size") == "10" and source.get("fill") == "#444"
    lines = [span.text for span in source.iter(f"{SVG}tspan")]
    assert lines == ["Źródło: GUS, Bank Danych Lokalnych", "granice: PRG/GUGiK"]
    legend_ys = [
        float(span.get("y"))
        for span in root.iter(f"{SVG}tspan")
        if span.text in ("Bolesławiec", "Warszawa", "Polska")
    ]
    assert float(next(source.iter(f"{SVG}tspan")).get("y")) > max(legend_ys)


def test_without_a_selection_the_frame_title_and_hint_are_drawn_without_lines():
    empty = figure({}, YEARS_15)
    assert empty["data"] == []
    svg = series_svg(empty)
    root = parsed(svg)
    assert not list(root.iter(f"{SVG}polyline"))
    assert HINT in texts(root) and "gminy, 2010–2024" in texts(root)
    assert y_tick_labels(root)  # the frame: a grid with its labels


@pytest.mark.parametrize(
    "odd",
    [
        {},
        {"data": None, "layout": None},
        {"data": [{"type": "scatter", "x": [2020], "y": [None]}], "layout": {}},
        {"data": [{"x": [2020, 2021], "y": ["a", float("nan")]}], "layout": {"height": "x"}},
        {"data": [{"x": None, "y": None, "line": None, "marker": None}], "layout": {"title": 3}},
        figure({"1": [5.0]}, [2020]),
        figure({"1": [2.0, 2.0, 2.0]}, [2020, 2021, 2022]),
        figure({"1": [0.0, 0.0]}, [2020, 2021]),
        figure({"1": [-4.0, -4.0]}, [2020, 2021]),
        figure({"1": [None, None]}, [2020, 2021]),
        figure({"1": [1e-9, 3e-9]}, [2020, 2021]),
        figure({"1": [1e15, 3e15]}, [2020, 2021]),
    ],
)
def test_odd_figures_are_drawn_without_raising(odd):
    root = parsed(series_svg(odd))
    assert root.tag == f"{SVG}svg"


def test_a_single_value_and_equal_values_have_round_ticks_from_zero():
    for values, years in (([5.0], [2020]), ([2.0, 2.0, 2.0], [2020, 2021, 2022])):
        labels = y_tick_labels(parsed(series_svg(figure({"1": values}, years))))
        assert labels[0] == "0" and len(labels) >= 3
