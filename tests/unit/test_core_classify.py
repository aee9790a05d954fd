"""The one map classifier (``core.classify``) and its use on screen (``/analiza``'s map) and
on paper (the report's map): no dataset needed."""

from __future__ import annotations

import math
import re

import polars as pl
import pytest

from analysis.figures import map_patch
from core.classify import (
    METHODS,
    Classes,
    class_breaks,
    class_index,
    classify,
    quantile,
)
from reports.charts import CLASS_FILLS, choropleth_svg
from static_files import level_shapes

VOIVODESHIPS = sorted(level_shapes("wojewodztwo"))  # the 16 codes of the tracked geometry


def test_quantiles_interpolate_and_a_class_starts_at_its_lower_bound():
    values = [float(v) for v in range(1, 17)]
    classes = classify(values, "kwantyle")
    assert classes.breaks == [1.0, 4.0, 7.0, 10.0, 13.0, 16.0]
    assert [classes.index(v) for v in (1.0, 3.9, 4.0, 12.9, 13.0, 16.0)] == [0, 0, 1, 3, 4, 4]
    assert quantile([1.0, 2.0], 0.5) == 1.5


def test_legend_bounds_include_the_lower_bound_and_only_the_last_upper_one():
    classes = classify([1.0, 2.0, 3.0], "rowne", 2)
    assert classes.bounds() == [(1.0, 2.0, False), (2.0, 3.0, True)]
    assert classify([5.0, 5.0], "kwantyle").bounds() == [(5.0, 5.0, True)]
    assert classify([], "kwantyle").bounds() == [] and classify([], "kwantyle").count == 0


def test_clipped_classes_have_open_ends():
    values = [0.0, *range(1, 99), 1000.0]
    classes = classify(values, "przyciete")
    assert classes.clipped and classes.below == 1 and classes.above == 1
    bounds = classes.bounds()
    assert bounds[0][0] is None and bounds[-1][1] is None
    assert classes.index(-5.0) == 0 and classes.index(5000.0) == classes.count - 1


@pytest.mark.parametrize("method", METHODS)
def test_every_method_classes_every_value_in_range(method):
    values = [1.0, 2.0, 2.0, 3.0, 10.0, 50.0, 400.0, None, math.nan, math.inf]
    classes = classify(values, method)
    assert isinstance(classes, Classes) and classes.breaks == sorted(classes.breaks)
    assert {classes.index(v) for v in values if v is not None and math.isfinite(v)} <= set(
        range(classes.count)
    )


def test_logarithmic_classes_fall_back_to_equal_widths_without_positive_values():
    assert classify([0.0, 5.0, 10.0], "logarytmiczne").method == "rowne"
    assert class_breaks([1.0, 100.0], "logarytmiczne", 2) == [1.0, 10.0, 100.0]
    assert class_index(0.5, [1.0, 2.0, 3.0]) == 0


def screen_classes(values: dict[str, float]) -> dict[str, int]:
    """The class of each unit on ``/analiza``'s map (the map's ``z``)."""
    rows = pl.DataFrame(
        {
            "code": list(values),
            "name": list(values),
            "value": list(values.values()),
            "status": ["value"] * len(values),
            "rank": list(range(1, len(values) + 1)),
        }
    )
    classes = classify(list(values.values()), "kwantyle")
    colours = ["#000000"] * classes.count
    patch = map_patch(rows, classes, colours, 0, "zł", "t", [], "legend", with_frame=True)
    operations = {
        tuple(o["location"]): o["params"]["value"] for o in patch.to_plotly_json()["operations"]
    }
    return dict(zip(values, operations[("data", 0, "z")], strict=True))


def paper_classes(values: dict[str, float]) -> dict[str, int]:
    """The class of each unit on the report's map (its fill)."""
    svg, _ = choropleth_svg("wojewodztwo", values, VOIVODESHIPS[0], "map")
    fills = re.findall(
        r'<path d="[^"]*" fill="(#[0-9a-f]{6})" stroke="#fff" stroke-width="0.5"', svg
    )
    return dict(zip(values, (CLASS_FILLS.index(f) for f in fills), strict=True))


def test_a_unit_lands_in_the_same_class_on_screen_and_on_paper():
    # 16 voivodeships valued 1..16: the quantile bounds are 1, 4, 7, 10, 13, 16. The report
    # used to take nearest-rank upper bounds (4, 7, 10, 13, 16) with "≤ bound", so the unit
    # valued 4 was in the first class on paper and in the second on screen.
    values = {code: float(i) for i, code in enumerate(VOIVODESHIPS, start=1)}
    screen, paper = screen_classes(values), paper_classes(values)
    assert screen == paper
    fourth = VOIVODESHIPS[3]
    assert values[fourth] == 4.0 and screen[fourth] == paper[fourth] == 1


def test_the_report_legend_states_the_screens_bounds():
    values = {code: float(i) for i, code in enumerate(VOIVODESHIPS, start=1)}
    _, legend = choropleth_svg("wojewodztwo", values, VOIVODESHIPS[0], "map")
    assert [(low, high, closed) for _, low, high, closed in legend] == classify(
        list(values.values()), "kwantyle"
    ).bounds()
    assert legend[0][1:] == (1.0, 4.0, False) and legend[-1][1:] == (13.0, 16.0, True)
