"""The server's picture of the /analiza map (analysis/map_picture.py): the figure Plotly draws,
as SVG, in the same projection, classes and legends."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from analysis.figures import SELECTED, STATUS_TRACES, VALUES, base_map
from analysis.map_picture import (
    COLOUR_BAR_PX,
    DESIGN_WIDTH,
    GRID,
    applied,
    map_svg,
    relative_path,
)
from analysis.view import SELECTED_OUTLINE

SVG = "{http://www.w3.org/2000/svg}"
COLOURS = ["#ffffcc", "#a1dab4", "#41b6c4"]
VOIVODESHIPS = [f"{n:02d}" for n in range(2, 33, 2)]


def test_a_patch_is_applied_to_a_copy():
    figure = {"data": [{"z": []}], "layout": {"meta": {"a": 1}}}
    patch = {
        "operations": [
            {"operation": "Assign", "location": ["data", 0, "z"], "params": {"value": [1]}},
            {"operation": "Assign", "location": ["layout", "map", "zoom"], "params": {"value": 5}},
        ]
    }
    result = applied(figure, patch)
    assert result == {"data": [{"z": [1]}], "layout": {"meta": {"a": 1}, "map": {"zoom": 5}}}
    assert figure == {"data": [{"z": []}], "layout": {"meta": {"a": 1}}}


def test_a_patch_operation_it_cannot_make_is_refused():
    with pytest.raises(ValueError, match="Extend"):
        applied({"data": []}, {"operations": [{"operation": "Extend", "location": ["data"]}]})


def test_a_ring_is_one_move_then_relative_lines():
    assert relative_path([(10, 5), (20, 5), (20, -5)]) == "M10 5l10 0 0-10z"


def voivodeship_map(selected: list[str]) -> dict:
    """The voivodeships' map with three classes, two units without data, one selected."""
    figure = base_map("wojewodztwo", "", "Tytuł mapy<br>województwa, 2024")
    valued = VOIVODESHIPS[2:]
    values = figure["data"][VALUES]
    values["locations"] = valued
    values["z"] = [i % 3 for i in range(len(valued))]
    values["colorscale"] = [[s, c] for i, c in enumerate(COLOURS) for s in (i / 3, (i + 1) / 3)]
    values["colorbar"] = {"title": {"text": "zł<br><sub>ciemniej = lepiej</sub>"}}
    values["colorbar"]["ticktext"] = ["1 – 2", "2 – 3", "3 – 4"]
    missing = figure["data"][STATUS_TRACES["no_data"]]
    missing |= {"locations": VOIVODESHIPS[:2], "z": [0, 0], "name": "brak danych (2)"}
    missing["showlegend"] = True
    figure["data"][SELECTED] |= {"locations": selected, "z": [0] * len(selected)}
    figure["layout"]["annotations"] = [{"text": "Źródło: GUS<br>licencja", "name": "source"}]
    figure["layout"]["margin"]["b"] = 71  # as a five-line source line makes it
    return figure


def paths(root) -> list:
    return root.findall(f".//{SVG}path")


def test_each_class_is_one_path_in_its_colour_with_its_name_in_the_colour_bar():
    root = ET.fromstring(map_svg(voivodeship_map([]), "wojewodztwo"))
    fills = [p.get("fill") for p in paths(root)]
    assert fills == [*COLOURS, "#bdbdbd"]  # the classes, then the units without data
    # every unit of a class in its path: 14 valued voivodeships, ~5 per class
    assert [p.get("d").count("M") >= 4 for p in paths(root)[:3]] == [True] * 3
    texts = [t.text for t in root.iter(f"{SVG}tspan")]
    assert [t for t in texts if "–" in t] == ["1 – 2", "2 – 3", "3 – 4"]
    assert {"zł", "ciemniej = lepiej", "brak danych (2)", "Źródło: GUS", "licencja"} <= set(texts)
    assert texts[:2] == ["Tytuł mapy", "województwa, 2024"]
    assert root.get("aria-label") == "Tytuł mapy województwa, 2024"


def test_the_selected_unit_is_outlined_over_the_classes():
    root = ET.fromstring(map_svg(voivodeship_map(["14"]), "wojewodztwo"))
    outline = paths(root)[-1]
    assert outline.get("fill") == "none"
    assert outline.get("stroke") == SELECTED_OUTLINE
    assert outline.get("d").startswith("M")


def test_poland_is_framed_in_the_plot_as_the_map_frames_it():
    """The server's framing (centre and zoom for the desktop plot) puts Poland in the middle
    of the plot, filling it to the fit margin, in web Mercator: the east is to the right and
    the north on top."""
    svg = map_svg(voivodeship_map([]), "wojewodztwo")
    numbers = [
        (int(x), int(y)) for x, y in re.findall(r"M(-?\d+) (-?\d+)", svg)
    ]  # each ring's first point, in half pixels
    xs = [x / GRID for x, _ in numbers]
    ys = [y / GRID for _, y in numbers]
    plot_w = DESIGN_WIDTH - COLOUR_BAR_PX
    top, height = 86, 403
    assert 0 < min(xs) < max(xs) < plot_w
    assert top < min(ys) < max(ys) < top + height
    assert (max(xs) - min(xs)) > 0.7 * plot_w or (max(ys) - min(ys)) > 0.7 * height
    assert abs((min(xs) + max(xs)) / 2 - plot_w / 2) < 0.1 * plot_w


def test_english_and_odd_names_are_escaped():
    figure = voivodeship_map([])
    figure["data"][VALUES]["colorbar"]["ticktext"] = ["<b>&", "2", "3"]
    root = ET.fromstring(map_svg(figure, "wojewodztwo"))  # parses: the text is escaped
    assert "<b>&" in [t.text for t in root.iter(f"{SVG}tspan")]


def test_a_narrow_map_has_its_legends_below_it_as_on_a_phone():
    """Under 576 px map-fit.js puts the colour bar under the map on the left and stacks the
    legend beside it; the map takes the plot's top 64 %, refitted to that size."""
    svg = map_svg(voivodeship_map([]), "wojewodztwo", 360)
    root = ET.fromstring(svg)
    assert root.get("width") == "360"
    starts = [(int(x) / GRID, int(y) / GRID) for x, y in re.findall(r"M(-?\d+) (-?\d+)", svg)]
    plot_height = 560 - 86 - 71
    assert max(y for _, y in starts) < 86 + 0.64 * plot_height
    assert max(x for x, _ in starts) < 360
    blocks = [r for r in root.iter(f"{SVG}rect") if r.get("fill") in COLOURS]
    assert {float(r.get("x")) for r in blocks} == {9.0}  # the colour bar at the left edge
    assert min(float(r.get("y")) for r in blocks) > 86 + 0.64 * plot_height
    swatch_rows = [r for r in root.iter(f"{SVG}rect") if r.get("width") == "12"]
    assert len({r.get("y") for r in swatch_rows}) == len(swatch_rows)  # stacked


def test_a_narrow_maps_source_line_is_wrapped_to_its_width_and_the_plot_gives_way():
    """As map-fit.js wraps it: (width − 8) / 6 characters a line, 13 px more of bottom margin
    for each line added, taken from the plot (the map keeps its height)."""
    figure = voivodeship_map([])
    words = "Źródło: GUS, Bank Danych Lokalnych: dochody własne gmin łącznie z miastami " * 2
    figure["layout"]["annotations"] = [{"text": words.strip(), "name": "source"}]
    figure["layout"]["margin"]["b"] = 19  # one line
    wide, narrow = (ET.fromstring(map_svg(figure, "wojewodztwo", w)) for w in (641, 360))

    def source_lines(root) -> list[str]:
        notes = [t for t in root.iter(f"{SVG}text") if t.get("font-size") == "10"]
        return [span.text for note in notes for span in note]

    assert len(source_lines(wide)) == 1
    narrow_lines = source_lines(narrow)
    assert len(narrow_lines) == 3 and all(len(line) <= 58 for line in narrow_lines)
    map_height = float(narrow.find(f".//{SVG}clipPath/{SVG}rect").get("height"))
    assert map_height == pytest.approx((560 - 86 - 19 - 2 * 13) * 0.64, abs=0.6)


def test_long_class_names_widen_the_colour_bar_and_narrow_the_map():
    """Plotly makes room for the colour bar's widest text (the funnel's classes, e.g.
    "▲ istotnie powyżej (42)"): the map's plot gives way (447 px in the browser), refitted."""
    figure = voivodeship_map([])
    short = ET.fromstring(map_svg(figure, "wojewodztwo"))
    figure["data"][VALUES]["colorbar"]["ticktext"] = [
        "▼ istotnie poniżej (2)",
        "● w granicach (2433)",
        "▲ istotnie powyżej (42)",
    ]
    long = ET.fromstring(map_svg(figure, "wojewodztwo"))

    def plot_width(root) -> float:
        return float(root.find(f".//{SVG}clipPath/{SVG}rect").get("width"))

    assert plot_width(short) == DESIGN_WIDTH - COLOUR_BAR_PX
    assert plot_width(long) == pytest.approx(447, abs=8)
