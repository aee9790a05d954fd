"""How dashboards are shown: a grid of live views (each an ``<iframe>`` of the view's own
page without navigation, ``?osadzony=1``) and the presentation mode, one view at a time,
large, next/previous with the keyboard (``assets/scripts/frame-modes.js``)."""

from __future__ import annotations

from urllib.parse import quote

import dash_bootstrap_components as dbc
from dash import dcc, html

from accounts.repository import DashboardRecord, ItemRecord, ViewRecord
from accounts.viewstate import check_view, embedded_url
from i18n import t
from security import untrusted

PRESENT_PREVIOUS = "accounts-present-previous"
PRESENT_NEXT = "accounts-present-next"
PRESENT_EXIT = "accounts-present-exit"


def view_frame(view: ViewRecord, presentation: bool = False) -> html.Div:
    """A live view: its note when it no longer matches the data, then the page itself."""
    check = check_view(view.url)
    src = embedded_url(check.cleaned_url or view.url)
    if presentation:
        src += "&prezentacja=1"
    notes = (
        dbc.Alert(html.Ul([html.Li(n) for n in check.notes], className="mb-0"), color="warning")
        if check.notes
        else None
    )
    return html.Div(
        [
            notes,
            html.Iframe(
                src=src,
                title=t("accounts.dash.frame_title", name=view.name),
                className="view-frame" + (" view-frame-large" if presentation else ""),
            ),
        ]
    )


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
            dbc.CardBody(view_frame(view), className="p-0"),
        ],
        id=f"element-{item.id}",
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


def presentation_href(base: str, index: int) -> str:
    return f"{base}?prezentacja=1&widok={index}"


def parse_index(raw: object, count: int) -> int:
    """The 1-based slide number from the URL, clamped to the dashboard's views."""
    value = untrusted.integer(raw) if isinstance(raw, str) and len(raw) < 6 else None
    value = value or 1
    return min(max(value, 1), max(count, 1))


def presentation(record: DashboardRecord, base: str, index: int) -> html.Div:
    """One view at a time, full width, large type; ← → PageUp PageDown move, Esc exits."""
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
            href=presentation_href(base, target),
            id=link_id,
            className="btn btn-outline-primary me-2",
        )

    return html.Div(
        [
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
                        className="presentation-nav mb-2",
                    ),
                    html.P(item.view.note, className="presentation-note")
                    if item.view.note
                    else None,
                ],
                className="presentation-head",
            ),
            view_frame(item.view, presentation=True),
            html.P(t("accounts.present.keys"), className="small text-muted mt-2"),
        ],
        className="presentation",
        **{"data-dashboard": quote(base)},
    )
