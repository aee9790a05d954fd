"""The page's first screen made on the server (components/first_screen.py): the markup the
components make in the browser, without ids or references to ids, placeholders keeping the
place of what cannot be static, everything escaped, nothing unknown raising."""

from __future__ import annotations

import re

import dash_bootstrap_components as dbc
import pytest
from dash import dcc, html
from dash.development.base_component import Component

from components.first_screen import FirstScreen, first_screen_html, strip_ids
from components.static_html import StaticHtml, static, to_html


def picture(tree, fill=None) -> str:
    return FirstScreen(fill).html(tree)


def test_the_wrapper_is_inert_hidden_from_assistive_technology_and_from_selectors():
    markup = first_screen_html(html.P("x"), styles='<link rel="stylesheet" href="/a.css">')
    assert markup == (
        '<div class="first-screen" inert aria-hidden="true"><template shadowrootmode="closed">'
        '<link rel="stylesheet" href="/a.css"><p>x</p></template></div>'
    )


def test_no_ids_nor_attributes_that_refer_to_ids():
    tree = html.Div(
        [
            html.Label("Rok", htmlFor="rok", id="rok-label"),
            html.Textarea(id="rok", form="formularz", autoFocus="autofocus", accessKey="r"),
            html.Div(
                "opis",
                id="opis",
                **{"aria-describedby": "x", "aria-labelledby": "rok-label", "aria-live": "polite"},
            ),
            html.Button("Menu", id={"type": "menu", "index": 1}, **{"aria-controls": "opis"}),
            static(html.Table(html.Tr(html.Th("a", id="th-a")), id="tabela")),
        ],
        id="strona",
    )
    markup = first_screen_html(tree)
    assert not re.search(
        r"\s(id|for|form|autofocus|accesskey|aria-\w+by|aria-controls)[=\s>]", markup
    )
    assert "Rok" in markup and "opis" in markup and "Menu" in markup
    assert 'aria-live="polite"' in markup  # what names no element stays
    assert "<th>a</th>" in markup  # a StaticHtml's markup loses its ids too


def test_strip_ids_touches_tags_only():
    markup = '<p id="a" class="b">id="c" for="d"</p><label for="e">x</label><td headers="f">'
    assert strip_ids(markup) == '<p class="b">id="c" for="d"</p><label>x</label><td>'


def test_text_and_attributes_are_escaped():
    markup = picture(
        html.Div(['<script>alert("x")</script> & ', html.A("a", href="/?a=1&b=<2>")], title='"q"')
    )
    assert markup == (
        '<div title="&quot;q&quot;">&lt;script&gt;alert("x")&lt;/script&gt; &amp; '
        '<a href="/?a=1&amp;b=&lt;2&gt;">a</a></div>'
    )


def test_what_cannot_be_static_keeps_its_place():
    markup = picture(
        [
            dcc.Graph(id="g", className="analiza-map", style={"height": "560px"}),
            dbc.Progress(value=3, id="p", className="my-2"),  # no picture of its own
        ]
    )
    assert markup == (
        '<div class="dash-graph analiza-map" style="height: 560px"></div><div class="my-2"></div>'
    )


def test_an_unknown_component_is_a_placeholder_not_an_error():
    class Widget(Component):
        _namespace = "someone_else"
        _type = "Widget"
        _prop_names = ["id", "className", "style", "children"]  # noqa: RUF012
        available_properties = _prop_names
        available_wildcard_properties: list = []  # noqa: RUF012
        _children_props: list = []  # noqa: RUF012
        _base_nodes = ["children"]  # noqa: RUF012
        _valid_wildcard_attributes: list = []  # noqa: RUF012

        def __init__(self, **kwargs):
            super().__init__(**kwargs)

    widget = Widget(id="w", className="box", style={"minHeight": "3rem"}, children="x")
    assert picture(widget) == '<div class="box" style="min-height: 3rem"></div>'
    with pytest.raises(TypeError):  # the strict renderer stays strict
        to_html(widget)


def test_invisible_components_are_left_out():
    markup = picture(
        [
            dcc.Store(id="s", data={"a": 1}),
            dcc.Location(id="l"),
            dcc.Interval(id="i"),
            dbc.Modal(dbc.ModalBody("okno"), id="m", is_open=False),
            dbc.Alert("zamknięty", is_open=False),
            html.P("widać"),
        ]
    )
    assert markup == "<p>widać</p>"


def test_the_frame_as_bootstrap_makes_it():
    navbar = dbc.Navbar(
        dbc.Container(
            [
                dbc.NavbarBrand("SMUP", href="/", className="fw-semibold"),
                dbc.NavbarToggler(html.Span(className="navbar-toggler-icon"), id="t", n_clicks=0),
                dbc.Collapse(
                    dbc.Nav(
                        dbc.NavItem(dbc.NavLink("Analiza", href="/analiza")),
                        navbar=True,
                        className="me-auto",
                    ),
                    id="c",
                    navbar=True,
                    is_open=False,
                ),
            ]
        ),
        color="primary",
        dark=True,
        expand="xl",
        className="mb-3",
        role="navigation",
    )
    assert picture(navbar) == (
        '<nav class="mb-3 navbar navbar-expand-xl navbar-dark bg-primary" role="navigation">'
        '<div class="container"><a class="fw-semibold navbar-brand" href="/">SMUP</a>'
        '<button aria-label="Toggle navigation" class="navbar-toggler collapsed" type="button">'
        '<span class="navbar-toggler-icon"></span></button>'
        '<div class="navbar-collapse collapse"><div class="me-auto navbar-nav">'
        '<div class="nav-item"><a class="nav-link" href="/analiza">Analiza</a></div>'
        "</div></div></div></nav>"
    )


def test_controls_show_their_values():
    markup = picture(
        [
            dbc.Select(
                id="rok", options=[{"label": "2023", "value": "2023"}, "2024"], value="2024"
            ),
            dbc.RadioItems(
                id="szczebel",
                options=[{"label": "gminy", "value": "gmina"}, {"label": "powiaty", "value": "p"}],
                value="gmina",
                inline=True,
            ),
            dbc.Button("Drukuj", id="b", color="primary", outline=True, size="sm"),
            dcc.Dropdown(id="d", options={"pl": "cała Polska"}, value="pl", className="wide"),
        ]
    )
    assert (
        '<select class="form-select"><option value="" disabled hidden></option>'
        '<option value="2023">2023</option><option selected value="2024">2024</option></select>'
    ) in markup
    assert (
        '<div class="form-check form-check-inline"><input checked class="form-check-input" '
        'type="radio" value="gmina"><label class="form-check-label">gminy</label></div>'
    ) in markup
    assert '<button class="btn btn-outline-primary btn-sm">Drukuj</button>' in markup
    assert '<button class="dash-dropdown wide" type="button">' in markup
    assert '<span class="dash-dropdown-value-item">cała Polska</span>' in markup


def test_the_pages_container_gets_the_page_content():
    shell = html.Main(html.Div(html.Div(id="_pages_content"), className="page"))
    assert picture(shell, {"_pages_content": html.H1("Bolesławiec")}) == (
        '<main><div class="page"><div><h1>Bolesławiec</h1></div></div></main>'
    )


def test_deferred_static_markup_is_left_for_the_live_page():
    markup = picture([StaticHtml("<p>dół</p>", defer=True), StaticHtml("<p>góra</p>")])
    assert markup == "<div></div><div><p>góra</p></div>"
