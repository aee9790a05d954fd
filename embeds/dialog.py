"""The "Osadź" button and its dialog: the ``<iframe>`` snippet of a view (``embeds``) with
width, height and language choices, a "Kopiuj" button (``assets/scripts/copy-link.js``) and
links to a preview, the view's data and metadata.

A button names its view in its id (``{"type": "embed-open", "target": "jst/0201011/<id>"}``);
the button of ``/analiza`` names ``analiza``, whose state is the page's address at the moment
the dialog opens (the page rewrites it as you work, past Dash's own location component: the
browser's address is read by a small clientside callback). One dialog per page.
"""

from __future__ import annotations

from enum import StrEnum
from urllib.parse import parse_qsl

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, callback, clientside_callback, ctx, dcc, html, no_update
from flask import g, request

from analysis.service import catalogue_for_state
from analysis.state import parse_state, query_params, to_query
from core import urls
from data_access.repository import get_repository
from embeds import iframe
from embeds.views import EmbedNotFound, embed_title
from i18n import LANGUAGE_OVERRIDE, LANGUAGES, current_language, t
from security import untrusted

MAX_TARGET = 2000


class Ids(StrEnum):
    OPEN = "embed-open"
    REQUEST = "embed-request"
    DIALOG = "embed-dialog"
    TITLE = "embed-dialog-title"
    TARGET = "embed-target"
    VIEW = "embed-view"
    VIEW_GROUP = "embed-view-group"
    WIDTH = "embed-width"
    HEIGHT = "embed-height"
    LANG = "embed-lang"
    CODE = "embed-code"
    PREVIEW = "embed-preview"
    DATA = "embed-data"
    METADATA = "embed-metadata"
    CLOSE = "embed-close"


# The two views of /analiza the dialog offers.
ANALYSIS_VIEWS = (urls.EMBED_ANALYSIS_MAP, urls.EMBED_ANALYSIS_SERIES)


def embed_button(
    target: str, name: str, class_name: str = "btn btn-link btn-sm p-0"
) -> html.Button:
    """ "Osadź" for the view ``target`` (a view path under ``/osadz/`` with its query), named
    for screen readers after what it embeds."""
    return html.Button(
        t("embed.open"),
        id={"type": Ids.OPEN, "target": target},
        type="button",
        className=f"embed-open {class_name}",
        **{"aria-label": t("embed.open_label", name=name), "aria-haspopup": "dialog"},
    )


def static_embed_button(
    target: str, name: str, class_name: str = "btn btn-link btn-sm p-0"
) -> html.Button:
    """:func:`embed_button` inside static markup (``components/static_html.py``), which has no
    callbacks: the button names its view in ``data-embed-target`` and the markup's element
    sends it to the dialog (``assets/scripts/static-html.js``)."""
    return html.Button(
        t("embed.open"),
        type="button",
        className=f"embed-open {class_name}",
        **{
            "data-embed-target": target,
            "aria-label": t("embed.open_label", name=name),
            "aria-haspopup": "dialog",
        },
    )


def analysis_embed_button() -> html.Button:
    return html.Button(
        t("embed.open_analysis"),
        id={"type": Ids.OPEN, "target": urls.EMBED_ANALYSIS_MAP},
        type="button",
        className="embed-open btn btn-outline-secondary btn-sm me-2 mb-2",
        **{"aria-haspopup": "dialog"},
    )


def compare_embed_target(codes: list[str], indicator_id: str, years: tuple[int, int]) -> str:
    return urls.with_query(
        urls.EMBED_COMPARE, urls.embed_compare_params(codes, indicator_id, years)
    )


def choices(legend_key: str, control) -> html.Fieldset:
    return html.Fieldset(
        [html.Legend(t(legend_key), className="form-label fs-6 mb-1"), control], className="mb-2"
    )


def radio(id_: str, options: list[tuple[str, str]], value: str | None = None) -> dbc.RadioItems:
    return dbc.RadioItems(
        id=id_,
        name=id_,  # one group: one Tab stop, the arrows move between the choices
        value=value or options[0][0],
        inline=True,
        options=[{"label": label, "value": value} for value, label in options],
    )


def embed_dialog() -> html.Div:
    """The dialog (labelled by its title; Esc and "Zamknij" close it; focus stays inside)."""
    widths = [
        (w, t("embed.dialog.width.full") if w.endswith("%") else t("embed.px", value=w))
        for w in iframe.WIDTHS
    ]
    heights = [(h, t("embed.px", value=h)) for h in iframe.HEIGHTS]
    languages = [(code, t(f"lang.{code}")) for code in LANGUAGES]
    views = [
        (urls.EMBED_ANALYSIS_MAP, t("embed.dialog.view.map")),
        (urls.EMBED_ANALYSIS_SERIES, t("embed.dialog.view.series")),
    ]
    modal = dbc.Modal(
        [
            dbc.ModalHeader(dbc.ModalTitle(t("embed.dialog.title"), id=Ids.TITLE)),
            dbc.ModalBody(
                [
                    dcc.Store(id=Ids.TARGET, data=None),
                    html.P(t("embed.dialog.help"), className="small"),
                    html.Div(
                        choices("embed.dialog.view", radio(Ids.VIEW, views)),
                        id=Ids.VIEW_GROUP,
                        hidden=True,
                    ),
                    choices("embed.dialog.width", radio(Ids.WIDTH, widths)),
                    choices(
                        "embed.dialog.height",
                        radio(Ids.HEIGHT, heights, iframe.DEFAULT_SNIPPET_HEIGHT),
                    ),
                    choices("embed.dialog.language", radio(Ids.LANG, languages)),
                    html.Div(
                        [
                            html.Label(
                                t("embed.dialog.code"), htmlFor=Ids.CODE, className="form-label"
                            ),
                            dcc.Textarea(
                                id=Ids.CODE,
                                value="",
                                readOnly=True,
                                rows=4,
                                className="form-control font-monospace small",
                                style={"width": "100%"},
                            ),
                            html.Button(
                                t("embed.dialog.copy"),
                                type="button",
                                className="copy-link btn btn-primary btn-sm mt-2",
                                **{
                                    "data-copy-from": Ids.CODE,
                                    "data-copied": t("embed.dialog.copied"),
                                    "data-copy-failed": t("embed.dialog.copy_failed"),
                                },
                            ),
                            html.Span(role="status", className="copy-status small ms-2"),
                        ],
                        className="share-box mb-2",
                    ),
                    html.P(
                        [
                            html.A(t("embed.dialog.preview"), id=Ids.PREVIEW, target="_blank"),
                            " · ",
                            html.A(t("embed.dialog.data"), id=Ids.DATA),
                            " · ",
                            html.A(t("embed.dialog.metadata"), id=Ids.METADATA),
                        ],
                        className="small mb-0",
                    ),
                ]
            ),
            dbc.ModalFooter(dbc.Button(t("embed.dialog.close"), id=Ids.CLOSE, color="secondary")),
        ],
        id=Ids.DIALOG,
        is_open=False,
        labelledby=Ids.TITLE,
    )
    return html.Div([dcc.Store(id=Ids.REQUEST, data=None), modal])


def analysis_target(search: str | None) -> str:
    """``/analiza``'s view as the address shows it now (only what differs from defaults)."""
    state, _notes = parse_state(query_params(search), catalogue_for_state(get_repository()))
    return urls.EMBED_ANALYSIS_MAP + to_query(state)


# The button pressed and the address the browser shows at that moment.
clientside_callback(
    """
    function (clicks) {
        var triggered = window.dash_clientside.callback_context.triggered;
        if (!triggered.length || !triggered[0].value) {
            return window.dash_clientside.no_update;  // a button appeared, none was pressed
        }
        var prop = triggered[0].prop_id;
        var id = JSON.parse(prop.slice(0, prop.lastIndexOf(".")));
        return {target: id.target, search: window.location.search, at: Date.now()};
    }
    """,
    Output(Ids.REQUEST, "data"),
    Input({"type": Ids.OPEN, "target": ALL}, "n_clicks"),
    prevent_initial_call=True,
)


@callback(
    Output(Ids.DIALOG, "is_open"),
    Output(Ids.TARGET, "data"),
    Output(Ids.VIEW_GROUP, "hidden"),
    Input(Ids.REQUEST, "data"),
    Input(Ids.CLOSE, "n_clicks"),
    prevent_initial_call=True,
)
def open_dialog(opened, _close):
    """Open the dialog on the view of the button pressed; "Zamknij" closes it."""
    if ctx.triggered_id == Ids.CLOSE:
        return False, no_update, no_update
    return opening(opened)


def opening(opened: object) -> tuple:
    """The dialog's state for a button's request (``{"target", "search"}`` as the browser
    sent it: anything), or no update."""
    opened = untrusted.mapping(opened) or {}
    target = untrusted.text(opened.get("target"), MAX_TARGET)
    if not target:
        return no_update, no_update, no_update
    if target == urls.EMBED_ANALYSIS_MAP:
        search = untrusted.clipped(opened.get("search"), MAX_TARGET)
        return True, analysis_target(search), False
    return True, target, True


@callback(
    Output(Ids.CODE, "value"),
    Output(Ids.PREVIEW, "href"),
    Output(Ids.DATA, "href"),
    Output(Ids.METADATA, "href"),
    Input(Ids.TARGET, "data"),
    Input(Ids.VIEW, "value"),
    Input(Ids.WIDTH, "value"),
    Input(Ids.HEIGHT, "value"),
    Input(Ids.LANG, "value"),
    prevent_initial_call=True,
)
def snippet(target, view, width, height, lang):
    """The ``<iframe>`` of the chosen view, size and language, and the links beside it."""
    target = untrusted.text(target, MAX_TARGET)
    if not target:
        return no_update, no_update, no_update, no_update
    path, _, query = target.partition("?")
    params = dict(parse_qsl(query))
    if path == urls.EMBED_ANALYSIS_MAP and view in ANALYSIS_VIEWS:
        path = view
    width = width if width in iframe.WIDTHS else iframe.WIDTHS[0]
    height = height if height in iframe.HEIGHTS else iframe.DEFAULT_SNIPPET_HEIGHT
    lang = lang if lang in LANGUAGES else current_language()
    setattr(g, LANGUAGE_OVERRIDE, lang)  # the title of the frame in the view's language
    try:
        title = embed_title(get_repository(), path, params)
    except EmbedNotFound as missing:
        return missing.message, None, None, None
    href = urls.with_language(urls.embed(path, params), lang)
    src = request.host_url.rstrip("/") + href
    code = iframe.iframe_snippet(
        src, t("embed.iframe_title", title=title, site=t("app.title")), width, height
    )
    return (
        code,
        href,
        urls.embed(path, params, urls.EMBED_DATA_SUFFIX),
        urls.embed(path, params, urls.EMBED_METADATA_SUFFIX),
    )
