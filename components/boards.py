"""How dashboards are shown: a grid of live views (each the view's map, chart or table drawn
on the server, ``components.snapshots``; a page without one in an ``<iframe>`` without
navigation, ``?osadzony=1``) and the presentation mode, one view at a time, content only,
large, next/previous with the keyboard (``assets/scripts/frame-modes.js``)."""

from __future__ import annotations

from urllib.parse import quote

import dash_bootstrap_components as dbc
from dash import dcc, html

from accounts.repository import DashboardRecord, ItemRecord, ViewRecord
from accounts.viewstate import check_view, embedded_url
from components.snapshots import snapshot_block, view_snapshot
from core import urls
from i18n import t
from security import untrusted

PRESENT_PREVIOUS = "accounts-present-previous"
PRESENT_NEXT = "accounts-present-next"
PRESENT_EXIT = "accounts-present-exit"


def view_content(view: ViewRecord, presentation: bool = False) -> html.Div:
    """A live view: its note when it no longer matches the data, then its map, chart or table
    drawn on the server (``components.snapshots``), or, for a page without one, the page itself
    in a frame."""
    check = check_view(view.url)
    url = check.cleaned_url or view.url
    notes = (
        dbc.Alert(html.Ul([html.Li(n) for n in check.notes], className="mb-0"), color="warning")
        if check.notes
        else None
    )
    snapshot = view_snapshot(url, large=presentation) if check.cleaned_url or check.ok else None
    if snapshot is not None:
        return html.Div([notes, snapshot_block(snapshot)], className="view-content")
    src = embedded_url(url) + ("&prezentacja=1" if presentation else "")
    frame = html.Iframe(
        src=src,
        title=t("accounts.dash.frame_title", name=view.name),
        className="view-frame" + (" view-frame-large" if presentation else ""),
    )
    return html.Div([notes, frame], className="view-content")


def item_card(item: ItemRecord, controls: list | None) -> dbc.Card:
    view = item.view
    return dbc.Card(
        [
            dbc.CardHeader(
                [
                    html.H2(view.name, className="h5 mb-1"),
                    html.P(view.note, className="small mb-1") if view.note else None,
                    html.A(t("accounts.dash.open_full"), href=view.url, className="small me-2"),
                    html.Div(controls, className="mt-1") if controls else None,
                ]
            ),
            dbc.CardBody(view_content(view), className="p-2"),
        ],
        id=f"{urls.ITEM_ANCHOR}{item.id}",
        className="mb-4 dashboard-item",
    )


def dashboard_grid(record: DashboardRecord, controls=None) -> list:
    """Every view of the dashboard, in order; ``controls(item, first, last)`` adds the
    owner's editing buttons (none on shared, read-only dashboards)."""
    items = record.items
    return [
        dbc.Row(
            [
                dbc.Col(
                    item_card(
                        item, controls(item, i == 0, i == len(items) - 1) if controls else None
                    ),
                    xl=6,
                )
                for i, item in enumerate(items)
            ]
        )
    ]


def parse_index(raw: object, count: int) -> int:
    """The 1-based slide number from the URL, clamped to the dashboard's views."""
    value = untrusted.integer(raw) if isinstance(raw, str) and len(raw) < 6 else None
    value = value or 1
    return min(max(value, 1), max(count, 1))


def presentation(record: DashboardRecord, base: str, index: int, workshop=None) -> html.Div:
    """One view at a time, full width, large type; ← → PageUp PageDown move, Esc exits.
    ``workshop``: the trainer's panel of a live workshop on this dashboard, above the slide."""
    count = len(record.items)
    if not count:
        return html.Div(
            [
                html.H1(record.name, className="display-6"),
                html.P(t("accounts.dash.empty_dashboard"), className="lead"),
                dcc.Link(t("accounts.present.exit"), href=base, id=PRESENT_EXIT),
            ]
        )
    item = record.items[index - 1]
    previous = index - 1 if index > 1 else None
    following = index + 1 if index < count else None

    def nav_link(target: int | None, label: str, link_id: str):
        if target is None:
            return html.Span(label, className="btn btn-outline-secondary disabled me-2")
        return dcc.Link(
            label,
            href=urls.presentation(base, target),
            id=link_id,
            className="btn btn-outline-primary me-2",
        )

    # One screen: a compact head, the view's content filling the rest, the keyboard hint.
    return html.Div(
        [
            workshop,
            html.Div(
                [
                    html.H1(item.view.name, className="presentation-title"),
                    html.P(
                        [
                            html.Span(
                                t("accounts.present.position", index=index, count=count),
                                className="me-3 fw-semibold",
                                **{"aria-live": "polite"},
                            ),
                            nav_link(previous, t("accounts.present.previous"), PRESENT_PREVIOUS),
                            nav_link(following, t("accounts.present.next"), PRESENT_NEXT),
                            dcc.Link(
                                t("accounts.present.exit"),
                                href=base,
                                id=PRESENT_EXIT,
                                className="btn btn-link",
                            ),
                        ],
                        className="presentation-nav mb-0",
                    ),
                ],
                className="presentation-head",
            ),
            html.P(item.view.note, className="presentation-note") if item.view.note else None,
            view_content(item.view, presentation=True),
            html.P(t("accounts.present.keys"), className="presentation-keys"),
        ],
        className="presentation",
        **{"data-dashboard": quote(base)},
    )
