"""Printed reports without the dataset: options, charts, the render slot (content on the built
data, HTML and PDF routes: tests/integration/test_reports.py)."""

from __future__ import annotations

import re

import pytest

from reports import charts, render
from reports.options import ReportOptions, options_query, parse_options
from tests.unit.report_cache import private_report_cache

AREAS = ["edukacja", "polityka-spoleczna", "podatki"]
YEARS = (2010, 2024)


@pytest.fixture(scope="module", autouse=True)
def private_cache(tmp_path_factory):
    yield from private_report_cache(tmp_path_factory)


# --- options ----------------------------------------------------------------------------------
def test_default_options_have_no_notes_and_an_empty_query():
    options, notes = parse_options({}, AREAS, YEARS)
    assert notes == []
    assert options == ReportOptions()
    assert options_query(options) == ""


def test_options_round_trip_through_the_query_string():
    query = {"obszary": "podatki,edukacja", "od": "2015", "do": "2020", "grupa": "sasiedzi"}
    options, notes = parse_options(query, AREAS, YEARS)
    assert notes == []
    assert options.areas == ("edukacja", "podatki")  # catalogue order
    assert (options.year_from, options.year_to) == (2015, 2020)
    text = options_query(options)
    again = dict(part.split("=") for part in text.lstrip("?").split("&"))
    assert parse_options(again, AREAS, YEARS)[0] == options


@pytest.mark.parametrize(
    "query",
    [
        {"od": "abc"},
        {"od": "2020", "do": "2015"},
        {"do": "1990"},
        {"od": "20155"},
    ],
)
def test_invalid_years_fall_back_to_all_years_with_a_note(query):
    options, notes = parse_options(query, AREAS, YEARS)
    assert (options.year_from, options.year_to) == (None, None)
    assert len(notes) == 1 and "2010–2024" in notes[0]


def test_unknown_areas_and_group_are_noted_and_ignored():
    options, notes = parse_options({"obszary": "xyz", "grupa": "zla"}, AREAS, YEARS)
    assert options.areas == ()
    assert options.group.group == "podobne"
    assert any("xyz" in n for n in notes)
    assert any("zla" in n for n in notes)


# --- charts -----------------------------------------------------------------------------------
def test_trend_needs_two_values():
    assert charts.trend_svg([(2020, 1.0), (2021, None)], None, "x") is None
    svg = charts.trend_svg([(2020, 1.0), (2021, 2.0)], [(2020, 1.5), (2021, 1.6)], "Trend x")
    assert "<title>Trend x</title>" in svg
    assert 'stroke-dasharray="2 2"' in svg  # Poland dotted, not only another colour


def test_line_chart_gives_each_series_its_own_dash_and_marker():
    series = [
        charts.Series(key, key, [(2020, 1.0 + i), (2021, 2.0 + i)])
        for i, key in enumerate(["unit", "powiat", "wojewodztwo", "kraj"])
    ]
    svg = charts.line_chart_svg(series, "Wykres", decimals=1)
    dashes = set(re.findall(r'stroke-dasharray="([^"]+)"', svg))
    assert {"6 3", "9 3 2 3", "2 2"} <= dashes
    assert "<circle" in svg and "<rect" in svg  # unit dots, powiat squares
    assert "1,0" in svg or "1,5" in svg  # Polish decimal comma on the axis


def test_nice_ticks_cover_the_range():
    ticks = charts.nice_ticks(13.2, 97.5)
    assert ticks[0] <= 13.2 and ticks[-1] >= 97.5 and len(ticks) <= 7


def test_busy_render_slot_answers_busy():
    with render.render_slot(wait_s=0) as first:
        assert first
        with render.render_slot(wait_s=0) as second:
            assert not second
    with render.render_slot(wait_s=0) as again:
        assert again
