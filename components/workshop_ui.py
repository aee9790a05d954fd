"""What the live workshop looks like: the trainer's panel above the presentation (code, link,
QR code, how many follow, "Zakończ warsztat") and the participant's page pieces (the slide,
the follow/explore switch, the announcement of a new slide). The browser side is
``assets/scripts/workshop.js``: it reads the ``data-*`` attributes set here."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from dash import dcc, html
from dash._utils import to_json

from accounts.repository import DashboardRecord
from accounts.workshops import WorkshopRecord
from components.account_ui import absolute_url, action_button, csrf_token, link_box
from components.boards import view_content
from config import settings
from core import urls
from data_access.repository import dataset_version
from i18n import current_language, t
from static_files import ENCODINGS, StaticFile, compress, content_digest


class Ids(StrEnum):
    TRAINER = "workshop-trainer"
    COUNT = "workshop-count"
    LINK = "workshop-link"
    FOLLOWER = "workshop-follower"
    SLIDE = "workshop-slide"
    ANNOUNCE = "workshop-announce"
    TOGGLE = "workshop-toggle"
    MODE = "workshop-mode"
    EXPLORE_NAV = "workshop-explore-nav"
    PREVIOUS = "workshop-previous"
    NEXT = "workshop-next"


def spaced(code: str) -> str:
    """The code as read aloud and typed: two groups of three (``ABC 234``)."""
    return f"{code[:3]} {code[3:]}"


def start_button(dashboard_id: int, running: WorkshopRecord | None) -> html.Form | html.A:
    """ "Rozpocznij warsztat" on the owner's dashboard, or the way back to the running one."""
    if running is not None:
        return html.A(
            t("workshop.trainer.resume", code=spaced(running.code)),
            href=urls.presentation(urls.dashboard(dashboard_id), running.position),
            className="btn btn-success me-2",
        )
    return action_button(
        urls.build(urls.DASHBOARD_WORKSHOP, dashboard_id=dashboard_id),
        t("workshop.trainer.start"),
        style="success",
    )


def trainer_panel(workshop: WorkshopRecord, index: int, first_screen: bool) -> html.Section:
    """Above the trainer's slide: the code, the link and QR code to hand out (open on the
    first screen after starting), how many follow, and "Zakończ warsztat". The script
    reports ``data-slide`` to the followers whenever the presentation shows another slide."""
    link = absolute_url(urls.workshop(workshop.code))
    return html.Section(
        [
            html.H2(t("workshop.trainer.title"), className="visually-hidden"),
            html.Div(
                [
                    html.P(
                        [
                            html.Span(t("workshop.trainer.code") + " ", className="me-1"),
                            html.Strong(spaced(workshop.code), className="workshop-code"),
                        ],
                        className="mb-0",
                    ),
                    html.P(
                        t("workshop.trainer.join_at", address=absolute_url(urls.WORKSHOP_JOIN)),
                        className="mb-1 small",
                    ),
                    html.P(
                        html.Span(
                            t("workshop.trainer.nobody"),
                            id=Ids.COUNT,
                            role="status",
                            className="fw-semibold",
                        ),
                        className="mb-1",
                    ),
                    action_button(
                        urls.build(urls.WORKSHOP_END, code=workshop.code),
                        t("workshop.trainer.end"),
                        style="outline-danger",
                    ),
                ],
                className="workshop-trainer-main",
            ),
            html.Details(
                [
                    html.Summary(t("workshop.trainer.hand_out")),
                    link_box(Ids.LINK, link, t("workshop.trainer.link"), qr_open=True),
                ],
                open=first_screen,
                className="workshop-trainer-link",
            ),
        ],
        id=Ids.TRAINER,
        className="workshop-trainer",
        **{
            "aria-label": t("workshop.trainer.title"),
            "data-code": workshop.code,
            "data-slide": str(index),
            "data-csrf": csrf_token(),
            # the addresses the trainer's script posts the slide to and asks the count at
            "data-move-href": urls.build(urls.WORKSHOP_SLIDE_ACTION, code=workshop.code),
            "data-count-href": urls.build(urls.WORKSHOP_PARTICIPANTS, code=workshop.code),
        },
    )


def slide(dashboard: DashboardRecord, index: int, explore_link: bool = True) -> html.Div:
    """Slide ``index`` (1-based) as the presentation draws it, headed by its position and
    name; with a link to the view's full page (shown while exploring)."""
    item = dashboard.items[index - 1]
    view = item.view
    return html.Div(
        [
            html.P(
                t("accounts.present.position", index=index, count=len(dashboard.items)),
                className="mb-0 text-muted",
            ),
            html.H2(view.name, className="presentation-title"),
            html.P(view.note, className="presentation-note") if view.note else None,
            html.P(
                html.A(t("workshop.participant.open_full"), href=view.url),
                className="workshop-explore-only mb-1",
            )
            if explore_link
            else None,
            view_content(view, presentation=True),
        ],
        className="workshop-slide-content",
        **{"data-slide": str(index)},
    )


@lru_cache(maxsize=64)
def _slide_file(
    dashboard: DashboardRecord, index: int, _language: str, _data: str | None
) -> StaticFile:
    payload = {
        "slide": index,
        "moved": announcement(dashboard, index, by_trainer=True),
        "showing": announcement(dashboard, index, by_trainer=False),
        "content": slide(dashboard, index),
    }
    raw = to_json(payload).encode()
    bodies = {"": raw, **{encoding: compress(raw, encoding) for encoding in ENCODINGS}}
    return StaticFile("application/json", content_digest(raw), bodies)


def slide_file(dashboard: DashboardRecord, index: int) -> StaticFile:
    """Slide ``index`` as JSON (the Dash components and the sentences announcing it), drawn,
    serialised and compressed once per process for all the participants who ask for it after
    the trainer moves (50 at once). Keyed by the dashboard's views as they are now, the
    language and the dataset version, so a change of any of them draws it anew."""
    return _slide_file(dashboard, index, current_language(), dataset_version(settings.built_dir))


def announcement(dashboard: DashboardRecord, index: int, by_trainer: bool) -> str:
    """What the live region says when the slide changes."""
    key = "workshop.participant.moved" if by_trainer else "workshop.participant.showing"
    name = dashboard.items[index - 1].view.name
    return t(key, index=index, count=len(dashboard.items), name=name)


def follower_page(dashboard: DashboardRecord, workshop: WorkshopRecord) -> html.Div:
    """The participant's page: the trainer's slide, the switch between following and
    exploring alone, and (while exploring) their own previous/next."""
    count = len(dashboard.items)
    index = min(max(workshop.position, 1), count)
    return html.Div(
        [
            html.P(
                t("workshop.participant.kicker", code=spaced(workshop.code)),
                className="text-muted mb-0",
            ),
            html.H1(dashboard.name, className="h3"),
            html.Div(
                [
                    html.Button(
                        t("workshop.participant.explore"),
                        id=Ids.TOGGLE,
                        type="button",
                        className="btn btn-outline-primary me-2",
                        **{
                            "data-explore-label": t("workshop.participant.explore"),
                            "data-follow-label": t("workshop.participant.follow"),
                        },
                    ),
                    html.Span(
                        t("workshop.participant.following"),
                        id=Ids.MODE,
                        className="me-2",
                        **{
                            "data-following": t("workshop.participant.following"),
                            "data-exploring": t("workshop.participant.exploring"),
                        },
                    ),
                    html.Span(
                        [
                            html.Button(
                                t("accounts.present.previous"),
                                id=Ids.PREVIOUS,
                                type="button",
                                className="btn btn-outline-secondary btn-sm me-1",
                            ),
                            html.Button(
                                t("accounts.present.next"),
                                id=Ids.NEXT,
                                type="button",
                                className="btn btn-outline-secondary btn-sm",
                            ),
                        ],
                        id=Ids.EXPLORE_NAV,
                        className="workshop-explore-only",
                    ),
                ],
                className="workshop-bar mb-2",
            ),
            html.P(
                announcement(dashboard, index, by_trainer=True),
                id=Ids.ANNOUNCE,
                className="workshop-announce",
                **{"aria-live": "polite", "aria-atomic": "true"},
            ),
            html.Div(slide(dashboard, index), id=Ids.SLIDE),
        ],
        id=Ids.FOLLOWER,
        className="workshop-follower",
        **{
            "data-code": workshop.code,
            "data-slide": str(index),
            "data-slides": str(count),
            # the addresses the participants' script polls and fetches slide n at (+ n)
            "data-state-href": urls.build(urls.WORKSHOP_STATE, code=workshop.code),
            "data-slide-href": urls.build(urls.WORKSHOP_SLIDE, code=workshop.code, index=""),
            "data-version": str(workshop.version),
        },
    )


def ended_notice() -> html.Div:
    return html.Div(
        [
            html.H1(t("workshop.ended.title"), className="h2"),
            html.P(t("workshop.ended.text"), className="lead"),
            html.P(dcc.Link(t("workshop.join.other"), href=urls.WORKSHOP_JOIN)),
        ],
        role="status",
    )
