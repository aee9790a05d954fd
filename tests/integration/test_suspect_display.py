"""A suspect value where the profile and the reports show values through their own helpers:
Boguszów-Gorce (0221011), whose 2019 budget report is all zeros, shows its 0 zł property tax per
resident with the flag, never with a rank or a position, and the trend leaves it out."""

from __future__ import annotations

import json

import lxml.html
import plotly
import pytest

from reports import content
from reports.options import ReportOptions

pytestmark = pytest.mark.usefixtures("repository")

UNIT = "0221011"
INDICATOR = "podatek-nieruchomosci-na-mieszkanca"  # latest year 2019: the suspect one


def find(node, wanted_id: str):
    """The component with ``id == wanted_id`` in a layout turned into plain JSON data, or
    the element with that id in the layout's static markup (components/static_html.py), as
    its HTML."""
    if isinstance(node, list):
        return next((f for item in node if (f := find(item, wanted_id)) is not None), None)
    if isinstance(node, dict) and "props" in node:
        if node["props"].get("id") == wanted_id:
            return node
        if node.get("type") == "StaticHtml":
            found = lxml.html.fragment_fromstring(node["props"]["html"], create_parent="div")
            element = found.get_element_by_id(wanted_id, None)
            return None if element is None else lxml.html.tostring(element, encoding="unicode")
        return find(node["props"].get("children"), wanted_id)
    return None


def test_profile_row_shows_the_flag_and_no_rank(dash_app):
    from pages.profile import layout

    with dash_app.server.test_request_context(f"/jst/{UNIT}"):
        page = json.loads(json.dumps(layout(teryt=UNIT), cls=plotly.utils.PlotlyJSONEncoder))
    row = json.dumps(find(page, f"wiersz-{INDICATOR}"), ensure_ascii=False)
    assert "0,00 (wartość wątpliwa)" in row and "rok 2019" in row
    assert "poza rankingiem" in row and "/o-danych#wiarygodnosc" in row
    assert "(2019)" not in row  # the trend's text stops at the last value that is not suspect


def test_reports_show_the_flag_and_no_position(repository):
    unit = repository.unit(UNIT)
    indicator = repository.indicator(INDICATOR)
    service = repository.service(indicator.service_id)
    report = content.service_report(repository, unit, service, ReportOptions())
    detail = next(d for d in report.indicators if d.indicator.id == INDICATOR)
    year = next(y for y in detail.years if y.year == 2019)
    assert year.value == "0,00 (wartość wątpliwa)" and year.missing
    assert detail.position == "–"
    assert "(2019)" not in detail.chart_text
