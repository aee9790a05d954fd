"""``/warsztat/<code>``: a live workshop for its participants, no account needed. The page
shows the trainer's current slide; ``assets/scripts/workshop.js`` polls the workshop's state
every second and, while the participant follows, fetches the new slide
(``/warsztat/<code>/slajd/<n>``) and puts it in place (no page reload). "Przeglądam sam(a)"
lets them move on their own; "Śledź prowadzącego" brings them back to the trainer's slide.
Unknown codes answer 404."""

from __future__ import annotations

import dash
from dash import html

from accounts import workshops
from accounts.db import DatabaseUnavailable
from components.account_ui import db_unavailable
from components.notfound import not_found
from components.workshop_ui import ended_notice, follower_page
from i18n import lazy_t, t

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
