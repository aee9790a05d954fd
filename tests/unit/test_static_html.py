"""Static markup from Dash components (components/static_html.py): the same elements and
attributes the components would make, every text and value escaped, and anything that needs a
callback or could run script refused."""

from __future__ import annotations

import dash_bootstrap_components as dbc
import pytest
from dash import dcc, html

from components.static_html import StaticHtml, static, to_html


def test_elements_attributes_and_text():
    markup = to_html(
        html.Details(
            [
                html.Summary(["Finanse ", html.Span("demo", className="badge")]),
                html.Table(
                    [
                        html.Colgroup([html.Col(style={"width": "21%"})]),
                        html.Tr(
                            html.Td("x", colSpan=3, className="num"),
                            id="wiersz-a",
                            **{"data-indicator": "a"},
                        ),
                    ]
                ),
                html.Img(src="data:image/svg+xml;base64,AA==", alt="trend", hidden=False),
                None,
                0,
            ],
            open=True,
            id="obszar-finanse",
        )
    )
    assert markup == (
        '<details id="obszar-finanse" open><summary>Finanse <span class="badge">demo</span>'
        '</summary><table><colgroup><col style="width: 21%"></colgroup>'
        '<tr data-indicator="a" id="wiersz-a"><td class="num" colspan="3">x</td></tr></table>'
        '<img alt="trend" src="data:image/svg+xml;base64,AA==">0</details>'
    )


def test_text_and_attributes_are_escaped():
    markup = to_html(
        html.A('<script>alert("x")</script> & co', href="/a?b=1&c=2", title='say "hi"')
    )
    assert markup == (
        '<a href="/a?b=1&amp;c=2" title="say &quot;hi&quot;">'
        '&lt;script&gt;alert("x")&lt;/script&gt; &amp; co</a>'
    )


def test_links_tables_alerts_and_grid_as_their_components_render():
    assert to_html(dcc.Link("Wskaźnik", href="/wskazniki/x", className="c")) == (
        '<a class="c" data-nav href="/wskazniki/x">Wskaźnik</a>'
    )
    assert to_html(dcc.Link("nowa karta", href="/x", target="_blank")) == (
        '<a href="/x" target="_blank">nowa karta</a>'
    )
    assert to_html(dbc.Table([html.Tbody()], size="sm", hover=True, responsive=True)) == (
        '<div class="table-responsive"><table class="table table-sm table-hover">'
        "<tbody></tbody></table></div>"
    )
    assert to_html(dbc.Alert("Uwaga", color="warning", className="py-2")) == (
        '<div class="alert alert-warning py-2" role="alert">Uwaga</div>'
    )
    assert to_html(dbc.Row([dbc.Col("a", md=6), dbc.Col("b")], className="g-2")) == (
        '<div class="row g-2"><div class="col-md-6">a</div><div class="col">b</div></div>'
    )


@pytest.mark.parametrize(
    "component",
    [
        html.Button("Osadź", id={"type": "embed-open", "target": "x"}),  # needs its callback
        html.A("x", href="javascript:alert(1)"),
        html.Img(src=" JavaScript:alert(1)"),
        dcc.Graph(figure={}),
    ],
)
def test_what_static_markup_cannot_carry_is_refused(component):
    with pytest.raises((ValueError, TypeError)):
        to_html(component)


def test_one_component_for_many():
    element = static(html.P("a"), html.P("b"), id="x", className="y")
    assert isinstance(element, StaticHtml)
    assert element.to_plotly_json() == {
        "props": {"html": "<p>a</p><p>b</p>", "id": "x", "className": "y"},
        "type": "StaticHtml",
        "namespace": "smup_components",
    }
    assert static(html.P("a"), defer=True).to_plotly_json()["props"]["defer"] is True


def test_light_elements_render_like_their_components():
    from components.static_html import markup, nav_link

    light = markup.Tr(
        [markup.Th(nav_link("Wskaźnik", href="/wskazniki/x"), scope="row"), markup.Td(None)],
        id="wiersz-x",
        **{"data-indicator": "x"},
    )
    heavy = html.Tr(
        [html.Th(dcc.Link("Wskaźnik", href="/wskazniki/x"), scope="row"), html.Td(None)],
        id="wiersz-x",
        **{"data-indicator": "x"},
    )
    assert (
        to_html(light)
        == to_html(heavy)
        == (
            '<tr data-indicator="x" id="wiersz-x"><th scope="row">'
            '<a data-nav href="/wskazniki/x">Wskaźnik</a></th><td></td></tr>'
        )
    )


def test_rendered_markup_goes_in_as_it_is_and_text_is_still_escaped():
    from components.static_html import markup as mk
    from components.static_html import rendered

    badge = rendered(html.Span("<demo>", className="badge"))
    assert badge == '<span class="badge">&lt;demo&gt;</span>'
    tree = mk.Td([badge, " ", badge, "<b>"], className="num")
    assert to_html(tree) == (
        '<td class="num"><span class="badge">&lt;demo&gt;</span> '
        '<span class="badge">&lt;demo&gt;</span>&lt;b&gt;</td>'
    )
    assert to_html(str(badge)) != badge  # a plain string is text, escaped


def test_static_html_props_are_the_components_own():
    element = StaticHtml("<p>x</p>", id="a", className="b", defer=True)
    assert element.to_plotly_json()["props"] == {
        "html": "<p>x</p>",
        "defer": True,
        "id": "a",
        "className": "b",
    }
    assert StaticHtml("x").to_plotly_json()["props"] == {"html": "x"}
    with pytest.raises(TypeError):
        StaticHtml("x", id=3)


def test_bootstrap_grid_props_become_bootstrap_5_classes():
    """The same classes as the first screen's renderer makes (one set of functions): ``xs``
    and ``width`` unprefixed, alignment on the row."""
    row = dbc.Row(
        [dbc.Col("a", width=4), dbc.Col("b", xs=12, lg=8), dbc.Col("c")],
        align="center",
        justify="between",
    )
    assert to_html(row) == (
        '<div class="row align-items-center justify-content-between">'
        '<div class="col-4">a</div><div class="col-12 col-lg-8">b</div>'
        '<div class="col">c</div></div>'
    )
