"""Documentation of the public API ``/api``: rendered from the OpenAPI document, so the page and
``/api/v1/openapi.json`` never disagree."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from api.openapi import BASE_PATH, openapi_document
from core import urls
from i18n import format_number, t

dash.register_page(__name__, path=urls.API_DOCS, title=t("api.page.title"), order=9)


def _example(template: str, values: dict | None = None, **params: str) -> str:
    """An example request relative to the API's base: ``/units?q=lodz``."""
    return urls.build(template, **(values or {})) + urls.query_string(params)


EXAMPLES: dict[str, list[str]] = {
    urls.openapi_path(urls.API_UNITS): [
        _example(urls.API_UNITS, level="powiat", parent="02"),
        _example(urls.API_UNITS, q="lodz"),
        _example(urls.API_UNITS, level="gmina", format="csv"),
    ],
    urls.openapi_path(urls.API_UNIT): [
        _example(urls.API_UNIT, {"code": "1465011"}),
        _example(urls.API_UNIT, {"code": "0218032"}),
    ],
    urls.openapi_path(urls.API_AREAS): [_example(urls.API_AREAS)],
    urls.openapi_path(urls.API_SERVICES): [_example(urls.API_SERVICES, area="kultura")],
    urls.openapi_path(urls.API_INDICATORS): [_example(urls.API_INDICATORS, area="podatki")],
    urls.openapi_path(urls.API_INDICATOR): [
        _example(urls.API_INDICATOR, {"indicator_id": "ludnosc"})
    ],
    urls.openapi_path(urls.API_DATA): [
        _example(urls.API_DATA, indicator="ludnosc", level="wojewodztwo", year="2024"),
        _example(
            urls.API_DATA,
            indicator="dochody-wlasne-na-mieszkanca",
            units="1465011,1261011",
            years="2015-2024",
        ),
        _example(
            urls.API_DATA,
            indicator="biblioteki-czytelnicy-na-1000",
            level="gmina",
            parent="0201",
            format="csv",
        ),
    ],
    urls.openapi_path(urls.API_OPENAPI): [_example(urls.API_OPENAPI)],
}


def _resolve(document: dict, item: dict) -> dict:
    """A parameter, following a ``#/components/parameters/...`` reference."""
    ref = item.get("$ref")
    if not ref:
        return item
    return document["components"]["parameters"][ref.rsplit("/", 1)[-1]]


def _number(value: int) -> str:
    # Years and other 4-digit numbers stay unspaced, as Polish typography writes them.
    return str(value) if abs(value) < 10_000 else format_number(value)


def _allowed(document: dict, schema: dict) -> str:
    """The values a parameter takes, in words: the schema's description if it has one (the
    catalogue's ids are listed by their endpoints, a pattern is not for reading), an enum, a
    list of such values, or an integer range."""
    ref = schema.get("$ref")
    if ref:
        schema = document["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    if "description" in schema:
        return schema["description"]
    if "enum" in schema:
        return ", ".join(str(v) for v in schema["enum"])
    if schema.get("type") == "array":
        items = _allowed(document, schema["items"])
        return t("api.page.values.list", max=_number(schema["maxItems"]), items=items)
    if schema.get("type") == "integer":
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and high is not None:
            return f"{_number(low)}–{_number(high)}"
    if "maxLength" in schema:
        return t("api.page.values.max_length", max=_number(schema["maxLength"]))
    return ""


def parameter_table(document: dict, operation: dict, path: str) -> dbc.Table | html.P:
    """The parameters of one operation as an accessible table (or a note that it has none)."""
    parameters = [_resolve(document, p) for p in operation.get("parameters", [])]
    if not parameters:
        return html.P(t("api.page.no_params"), className="small text-muted")
    header = html.Thead(
        html.Tr(
            [
                html.Th(t(f"api.page.col.{c}"), scope="col")
                for c in ("name", "where", "required", "description", "values")
            ]
        )
    )
    rows = [
        html.Tr(
            [
                html.Th(html.Code(p["name"]), scope="row"),
                html.Td(t(f"api.page.in.{p['in']}")),
                html.Td(t("api.page.yes") if p.get("required") else t("api.page.no")),
                html.Td(p.get("description", "")),
                html.Td(_allowed(document, p.get("schema", {}))),
            ]
        )
        for p in parameters
    ]
    return dbc.Table(
        [html.Caption(t("api.page.params_caption", path=path)), header, html.Tbody(rows)],
        size="sm",
        bordered=True,
        responsive=True,  # five columns: on a narrow screen the table scrolls, not the page
        className="api-params",
    )


def endpoint_section(document: dict, path: str) -> html.Section:
    """One endpoint: method and path, summary, description, parameters, example links."""
    operation = document["paths"][path]["get"]
    anchor = operation["operationId"]
    examples = [f"{BASE_PATH}{e}" for e in EXAMPLES.get(path, [])]
    return html.Section(
        [
            html.H2(
                [html.Span("GET ", className="text-muted"), html.Code(f"{BASE_PATH}{path}")],
                className="h5 mt-4",
                id=f"api-{anchor}",
            ),
            html.P(html.Strong(operation["summary"])),
            html.P(operation["description"]),
            parameter_table(document, operation, f"{BASE_PATH}{path}"),
            html.P(t("api.page.examples"), className="small mb-1") if examples else None,
            html.Ul([html.Li(html.A(html.Code(e), href=e)) for e in examples], className="small"),
        ],
        **{"aria-labelledby": f"api-{anchor}"},
    )


def layout(**_) -> html.Div:
    document = openapi_document()
    return html.Div(
        [
            html.H1(t("api.page.title"), className="h2"),
            html.P(document["info"]["description"], className="lead"),
            html.Ul(
                [
                    html.Li([t("api.page.base"), " ", html.Code(BASE_PATH)]),
                    html.Li(
                        [
                            t("api.page.spec"),
                            " ",
                            html.A(
                                html.Code(f"{BASE_PATH}/openapi.json"),
                                href=f"{BASE_PATH}/openapi.json",
                            ),
                        ]
                    ),
                    html.Li(t("api.page.paging")),
                    html.Li(t("api.page.errors")),
                    html.Li(t("api.page.cors")),
                    html.Li(t("api.page.demo")),
                ]
            ),
            html.Nav(
                html.Ul(
                    [
                        html.Li(
                            html.A(op["get"]["summary"], href=f"#api-{op['get']['operationId']}")
                        )
                        for op in document["paths"].values()
                    ]
                ),
                **{"aria-label": t("api.page.contents")},
            ),
            *[endpoint_section(document, path) for path in document["paths"]],
        ],
        className="api-docs",
    )
