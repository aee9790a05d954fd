"""One content model of a unit (``analysis/unit_profile.py``) behind the profile page and the
printed unit report: the same object for the same state, and the same figures on both."""

import json
import re
from html import unescape
from html.parser import HTMLParser

import plotly

CODE = "0201011"


class Rows(HTMLParser):
    """The text of each cell of the profile's indicator rows (``tr#wiersz-<id>``) and the
    findings under them (``p[data-finding-for]``)."""

    def __init__(self):
        super().__init__()
        self.rows: dict[str, list[str]] = {}
        self.findings: dict[str, str] = {}
        self.row = self.cell = self.finding = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and (attrs.get("id") or "").startswith("wiersz-"):
            self.row = attrs["id"].removeprefix("wiersz-")
            self.rows[self.row] = []
        elif tag in ("td", "th") and self.row is not None:
            self.rows[self.row].append("")
            self.cell = True
        elif tag == "p" and attrs.get("data-finding-for"):
            self.finding = attrs["data-finding-for"]
            self.findings[self.finding] = ""

    def handle_endtag(self, tag):
        if tag == "tr":
            self.row = None
        elif tag == "p":
            self.finding = None

    def handle_data(self, data):
        if self.finding is not None:
            self.findings[self.finding] += data
        elif self.row is not None and self.cell:
            self.rows[self.row][-1] += data + "\n"


def page_markup(dash_app) -> str:
    from pages.profile import layout

    with dash_app.server.test_request_context(f"/jst/{CODE}"):
        page = json.dumps(layout(teryt=CODE), cls=plotly.utils.PlotlyJSONEncoder)
    return "".join(json.loads(f'"{m}"') for m in re.findall(r'"html": "((?:[^"\\]|\\.)*)"', page))


def test_the_page_and_the_report_read_one_cached_model(dash_app, repository):
    from components.comparison import parse_state
    from pages.profile import profile_model
    from reports.content import report_model
    from reports.options import parse_options

    unit = repository.unit(CODE)
    areas = [a.id for a in repository.areas]
    options, _ = parse_options({}, areas, (2015, 2024))
    state, _ = parse_state({})
    with dash_app.server.test_request_context(f"/jst/{CODE}"):
        page = profile_model(repository, unit, state)
        report = report_model(repository, unit, options, [])
    assert page is report
    other, _ = parse_state({"grupa": "sasiedzi"})
    assert profile_model(repository, unit, other) is not page
    assert profile_model(repository, unit, other).group.kind == "sasiedzi"


def test_the_page_and_the_report_show_the_same_figures(dash_app, repository):
    from reports.content import unit_report
    from reports.options import parse_options

    unit = repository.unit(CODE)
    areas = [a.id for a in repository.areas]
    options, _ = parse_options({"wskazniki": "wszystkie"}, areas, (2015, 2024))
    with dash_app.server.test_request_context(f"/jst/{CODE}"):
        report = unit_report(repository, unit, options)
        markup = page_markup(dash_app)
    parsed = Rows()
    parsed.feed(markup)
    rows = [r for block in report.areas for s in block.services for r in s.rows]
    compared = findings = 0
    for row in rows:
        cells = parsed.rows.get(row.indicator.id)
        if row.missing:
            continue
        assert cells, f"the page shows {row.indicator.id}"
        value_cell, *rest = cells[1:]
        assert value_cell.split("\n")[0] == row.value_text
        assert f"({row.year})" in value_cell or str(row.year) in value_cell
        parent_cells = rest[1 : 1 + len(row.parents)]
        for shown, printed in zip(parent_cells, row.parents, strict=True):
            if re.fullmatch(r"[\d\s,\u00a0–-]+", printed):
                assert shown.strip() == printed
        if row.group is not None:
            assert rest[1 + len(row.parents)].split("\n")[0] == row.group.median
        if row.finding is not None:
            assert unescape(parsed.findings[row.indicator.id]) == row.finding
            findings += 1
        compared += 1
    assert compared >= 20 and findings >= 10
    assert report.diagnosis is not None
    for area in report.diagnosis.areas:
        for found in (*area.weaknesses, *area.strengths):
            assert found.sentence in unescape(markup)
