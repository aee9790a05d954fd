"""``/warsztat/<code>``: a live workshop for its participants, no account needed. The page
shows the trainer's current slide; ``assets/scripts/workshop.js`` polls the workshop's state
every second and, while the participant follows, asks this page's callback for the new
slide (no page reload). "Przeglądam sam(a)" lets them move on their own; "Śledź
prowadzącego" brings them back to the trainer's slide. Unknown codes answer 404."""

from __future__ import annotations

import dash
from dash import Input, Output, State, callback, html

from accounts import workshops
from accounts.db import DatabaseUnavailable
from accounts.repository import MAX_ITEMS
from accounts.ui import db_unavailable
from accounts.workshop_ui import Ids, announcement, ended_notice, follower_page, slide
from components.notfound import not_found
from i18n import lazy_t, t
from security import untrusted

dash.register_page(
    __name__, path_template="/warsztat/<code>", title=lazy_t("workshop.participant.title")
)


def layout(code: str | None = None, **_) -> html.Div:
    try:
        followed = workshops.followed(code)
    except DatabaseUnavailable:
        return html.Div(
            [html.H1(t("workshop.participant.title"), className="h2"), db_unavailable()]
        )
    if followed is None:
        return not_found(t("workshop.not_found"))
    if followed.workshop.ended:
        return ended_notice()
    if not followed.dashboard.items:
        return html.Div(
            [
                html.H1(followed.dashboard.name, className="h3"),
                html.P(t("workshop.participant.empty"), className="lead"),
            ]
        )
    return follower_page(followed.dashboard, followed.workshop)


def requested_slide(shown: object) -> tuple[int, bool] | None:
    """The slide number and whether the trainer moved there, from the page's store."""
    if not isinstance(shown, dict):
        return None
    index = untrusted.integer(shown.get("slide"))
    if index is None or index < 1 or index > MAX_ITEMS:
        return None
    return index, shown.get("by") == "trainer"


@callback(
    Output(Ids.SLIDE, "children"),
    Output(Ids.ANNOUNCE, "children"),
    Input(Ids.SHOWN, "data"),
    State(Ids.CODE, "data"),
    prevent_initial_call=True,
)
def show_slide(shown: object, code: object):
    """The slide the participant should see now (the trainer's, or their own pick while
    exploring) and the sentence the live region announces."""
    wanted = requested_slide(shown)
    try:
        followed = workshops.followed(code) if wanted else None
    except DatabaseUnavailable:
        return dash.no_update, t("accounts.db_unavailable")
    if followed is None or not followed.dashboard.items:
        return dash.no_update, dash.no_update
    if followed.workshop.ended:
        return ended_notice(), t("workshop.ended.title")
    index, by_trainer = wanted
    index = min(index, len(followed.dashboard.items))
    return slide(followed.dashboard, index), announcement(followed.dashboard, index, by_trainer)
