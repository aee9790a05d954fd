"""Dash building blocks of the accounts pages: POST forms with their CSRF token, labelled
fields, messages, and the account part of the page frame ("Zapisz widok", "Zaloguj",
"Moje widoki", "Wyloguj")."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

import dash_bootstrap_components as dbc
import segno
from dash import Input, Output, State, callback, clientside_callback, html
from flask import has_request_context, request
from flask_wtf.csrf import generate_csrf

from accounts.auth import SessionUser, accounts_available, signed_in_user
from accounts.db import DatabaseUnavailable
from accounts.models import NAME_MAX, NOTE_MAX
from accounts.security import safe_next
from core import urls
from i18n import has_message, t

T = TypeVar("T")

log = logging.getLogger(__name__)

SUCCESS_CODES = frozenset(
    {
        "registration_done",
        "logged_out",
        "password_changed",
        "account_deleted",
        "view_saved",
        "view_updated",
        "view_duplicated",
        "view_deleted",
        "shared",
        "share_revoked",
        "dashboard_created",
        "dashboard_updated",
        "dashboard_deleted",
        "item_added",
        "item_removed",
        "group_saved",
        "group_deleted",
        "workshop_started",
        "workshop_ended",
        "target_saved",
        "target_updated",
        "target_deleted",
    }
)


class Ids(StrEnum):
    MENU = "accounts-menu"
    SAVE_OPEN = "accounts-save-open"
    SAVE_MODAL = "accounts-save-modal"
    SAVE_BODY = "accounts-save-body"
    SAVE_CANCEL = "accounts-save-cancel"
    SAVE_URL = "accounts-save-url"
    SAVE_URL_TEXT = "accounts-save-url-text"
    SAVE_STATUS = "accounts-save-status"


def csrf_token() -> str:
    """The session's CSRF token ("" outside a request, e.g. Dash's start-up validation)."""
    return generate_csrf() if has_request_context() else ""


def post_form(action: str, children: list, **kwargs) -> html.Form:
    """A plain HTML form posting to ``action`` with the CSRF token."""
    hidden = dbc.Input(type="hidden", name="csrf_token", value=csrf_token())
    return html.Form([hidden, *children], action=action, method="post", **kwargs)


def hidden(name: str, value: str) -> dbc.Input:
    return dbc.Input(type="hidden", name=name, value=value)


def field(
    field_id: str,
    label: str,
    name: str,
    *,
    kind: str = "text",
    value: str = "",
    help_text: str | None = None,
    max_length: int | None = None,
    required: bool = False,
    autocomplete: str | None = None,
    multiline: bool = False,
) -> html.Div:
    """A labelled input (or textarea) that submits as ``name``."""
    props = {"id": field_id, "name": name, "value": value, "required": required}
    if max_length:
        props["maxLength"] = max_length
    if multiline:
        control = dbc.Textarea(rows=3, **props)
    else:
        control = dbc.Input(type=kind, autocomplete=autocomplete, **props)
    return html.Div(
        [
            dbc.Label(label, html_for=field_id),
            control,
            html.Div(help_text, className="form-text") if help_text else None,
        ],
        className="mb-3",
    )


def name_field(field_id: str, value: str = "", label: str | None = None) -> html.Div:
    return field(
        field_id,
        label or t("accounts.field.name"),
        "nazwa",
        value=value,
        required=True,
        max_length=NAME_MAX,
        help_text=t("accounts.field.max", max=NAME_MAX),
    )


def note_field(field_id: str, value: str = "", label: str | None = None) -> html.Div:
    return field(
        field_id,
        label or t("accounts.field.note"),
        "notatka",
        value=value,
        max_length=NOTE_MAX,
        multiline=True,
    )


def submit(label: str, color: str = "primary", **kwargs) -> dbc.Button:
    return dbc.Button(label, type="submit", color=color, **kwargs)


def move_buttons(
    action: str,
    name: str,
    first: bool,
    last: bool,
    labels: tuple[str, str],
    label_keys: tuple[str, str] = ("accounts.views.up_label", "accounts.views.down_label"),
) -> list:
    """ "Up" and "down" buttons of an item in an ordered list (none past either end);
    ``labels`` are the visible texts, the accessible names (``label_keys``) say which item
    moves."""
    up, down = labels
    up_key, down_key = label_keys
    return [
        None
        if first
        else action_button(
            action,
            up,
            aria_label=t(up_key, name=name),
            fields={"kierunek": "gora"},
        ),
        None
        if last
        else action_button(
            action,
            down,
            aria_label=t(down_key, name=name),
            fields={"kierunek": "dol"},
        ),
    ]


def action_button(
    action: str,
    label: str,
    *,
    aria_label: str | None = None,
    style: str = "outline-secondary",
    fields: dict[str, str] | None = None,
) -> html.Form:
    """A one-button POST form (move, duplicate, share, delete…)."""
    extra = {"aria-label": aria_label} if aria_label else {}
    inputs = [hidden(k, v) for k, v in (fields or {}).items()]
    button = html.Button(label, type="submit", className=f"btn btn-sm btn-{style}", **extra)
    return post_form(action, [*inputs, button], className="d-inline-block me-1 mb-1")


def qr_code(link: str) -> html.Img:
    """The link as a QR code (SVG) for a room to scan from the screen."""
    uri = segno.make(link, error="m").svg_data_uri(scale=8, border=2, dark="#000", light="#fff")
    return html.Img(src=uri, alt=t("accounts.share.qr_alt", link=link), className="share-qr")


def absolute_url(path: str) -> str:
    """``path`` on this site's address as the visitor reached it ("" host outside a request)."""
    base = request.host_url.rstrip("/") if has_request_context() else ""
    return f"{base}{path}"


def share_box(
    field_id: str,
    token: str,
    path: str = urls.SHARED,
    label_key: str = "accounts.views.share_link",
) -> html.Div:
    """The read-only link of a shared view, dashboard (or set of targets: ``path`` is the
    route template of the shared page)."""
    return link_box(field_id, absolute_url(urls.build(path, token=token)), t(label_key))


def link_box(field_id: str, link: str, label: str, qr_open: bool = False) -> html.Div:
    """A link to hand out: copy it with one button (the confirmation appears beside it,
    ``assets/scripts/copy-link.js``), or show it as a QR code (``qr_open``: shown at once)."""
    return html.Div(
        [
            dbc.Label(label, html_for=field_id, className="small"),
            dbc.InputGroup(
                [
                    dbc.Input(id=field_id, value=link, readonly=True, size="sm"),
                    html.Button(
                        t("accounts.share.copy"),
                        type="button",
                        className="btn btn-sm btn-outline-primary copy-link",
                        **{
                            "data-copy-from": field_id,
                            "data-copied": t("accounts.share.copied"),
                            "data-copy-failed": t("accounts.share.copy_failed"),
                        },
                    ),
                ],
                size="sm",
            ),
            html.Span(role="status", className="small copy-status d-block"),
            html.Details(
                [html.Summary(t("accounts.share.qr"), className="small"), qr_code(link)],
                className="share-qr-box",
                open=qr_open,
            ),
        ],
        className="mb-2 share-box",
    )


def message(code: object) -> html.Div | None:
    """The Polish message for a ``komunikat`` code from a redirect; unknown codes show
    nothing (the code never reaches the page as text)."""
    if not isinstance(code, str) or not has_message(f"accounts.msg.{code}"):
        return None
    success = code in SUCCESS_CODES
    return html.Div(
        t(f"accounts.msg.{code}"),
        role="status" if success else "alert",
        className=f"alert alert-{'success' if success else 'danger'} account-message",
    )


def db_unavailable() -> html.Div:
    return html.Div(t("accounts.db_unavailable"), role="alert", className="alert alert-warning")


def login_prompt(back_to: str) -> html.Div:
    """What a visitor sees on a page that needs an account."""
    href = urls.login(safe_next(back_to))
    return html.Div(
        [
            html.P(t("accounts.login_needed"), className="lead"),
            html.P(
                [
                    html.A(t("accounts.nav.login"), href=href, className="btn btn-primary"),
                    " ",
                    html.A(t("accounts.nav.register"), href=urls.REGISTER, className="btn"),
                ]
            ),
        ]
    )


def visitor_notice(back_to: str) -> html.Div:
    """What a page that needs an account shows without a signed-in user: the login prompt,
    or, when the accounts database is unavailable, that (logging in could not work then)."""
    return login_prompt(back_to) if accounts_available() else db_unavailable()


def page_header(title: str, code: object = None) -> list:
    return [html.H1(title, className="h2"), message(code)]


def owner_page(
    title: str, code: object, path: str, load: Callable[[int], T]
) -> tuple[list, T] | html.Div:
    """The header of a page of the signed-in user's own items and those items (``load`` gets
    the user id); or, instead, the whole page saying why not: a login prompt for a visitor, a
    notice when the database is unavailable."""
    header = page_header(title, code)
    user = signed_in_user()
    if user is None:
        return html.Div([*header, visitor_notice(path)])
    try:
        return header, load(user.id)
    except DatabaseUnavailable:
        return html.Div([*header, db_unavailable()])


# --- the account part of the page frame --------------------------------------------------


def menu_items(user: SessionUser | None, here: str) -> list:
    """Navigation links for a visitor or a signed-in user (logout is a POST form)."""
    if user is None:
        own_pages = (urls.ACCOUNT_PREFIX, urls.MY_VIEWS)
        href = urls.login(here if here and not here.startswith(own_pages) else None)
        return [dbc.NavItem(dbc.NavLink(t("accounts.nav.login"), href=href, external_link=True))]
    return [
        dbc.NavItem(dbc.NavLink(t("accounts.nav.views"), href=urls.MY_VIEWS)),
        dbc.NavItem(dbc.NavLink(t("accounts.nav.targets"), href=urls.TARGETS)),
        dbc.DropdownMenu(
            [
                dbc.DropdownMenuItem(t("accounts.nav.signed_in", email=user.email), header=True),
                dbc.DropdownMenuItem(t("accounts.nav.dashboards"), href=urls.DASHBOARDS),
                dbc.DropdownMenuItem(t("accounts.nav.groups"), href=urls.GROUPS),
                dbc.DropdownMenuItem(t("accounts.nav.password"), href=urls.PASSWORD),
                dbc.DropdownMenuItem(t("accounts.nav.delete"), href=urls.ACCOUNT_DELETE),
            ],
            label=t("accounts.nav.account"),
            nav=True,
            in_navbar=True,
            align_end=True,
        ),
        dbc.NavItem(
            post_form(
                urls.LOGOUT_ACTION,
                [
                    dbc.Button(
                        t("accounts.nav.logout"),
                        type="submit",
                        color="link",
                        className="nav-link",
                    )
                ],
                className="d-inline",
            )
        ),
    ]


def save_dialog_body(user: SessionUser | None, here: str) -> list:
    """The "Zapisz widok" dialog: a form for a signed-in user, an invitation otherwise."""
    if user is None:
        href = urls.login(safe_next(here, urls.HOME))
        return [
            dbc.ModalBody(
                [
                    html.P(t("accounts.save.login_invite")),
                    html.P(
                        [
                            html.A(t("accounts.nav.login"), href=href, className="btn btn-primary"),
                            " ",
                            html.A(
                                t("accounts.save.register_invite"),
                                href=urls.REGISTER,
                                className="btn btn-link",
                            ),
                        ]
                    ),
                ]
            ),
            dbc.ModalFooter(
                dbc.Button(t("accounts.save.cancel"), id=Ids.SAVE_CANCEL, color="secondary")
            ),
        ]
    return [
        hidden("csrf_token", csrf_token()),
        dbc.ModalBody(
            [
                html.P(t("accounts.save.help"), className="small"),
                name_field("accounts-save-name", label=t("accounts.save.name")),
                note_field("accounts-save-note", label=t("accounts.save.note")),
            ]
        ),
        dbc.ModalFooter(
            [
                dbc.Button(t("accounts.save.cancel"), id=Ids.SAVE_CANCEL, color="secondary"),
                submit(t("accounts.save.submit")),
            ]
        ),
    ]


def account_menu() -> html.Div:
    """The navigation's account area (filled per request) and the "Zapisz widok" dialog."""
    return html.Div(
        [
            dbc.Button(
                t("accounts.save.open"),
                id=Ids.SAVE_OPEN,
                color="light",
                outline=True,
                size="sm",
                className="me-lg-2 my-2 my-lg-0",
            ),
            dbc.Nav(id=Ids.MENU, navbar=True, className="account-menu"),
            dbc.Modal(
                [
                    dbc.ModalHeader(dbc.ModalTitle(t("accounts.save.title"))),
                    # The address is read from the browser when the dialog opens, so it is the
                    # state the page shows at that moment (pages rewrite their URL as you work).
                    # assets/scripts/save-in-place.js posts this form without leaving the page
                    # and says the outcome here, with a link to the saved views.
                    html.Div(
                        id=Ids.SAVE_STATUS,
                        role="status",
                        className="px-3 pt-3 save-status",
                        **{
                            "data-link-text": t("accounts.nav.views"),
                            "data-link-href": urls.MY_VIEWS,
                            "data-failed": t("accounts.save.failed"),
                        },
                    ),
                    html.Form(
                        [
                            dbc.Input(type="hidden", name="adres", id=Ids.SAVE_URL, value=""),
                            html.Div(id=Ids.SAVE_BODY),
                            html.P(
                                [t("accounts.save.url"), ": ", html.Code(id=Ids.SAVE_URL_TEXT)],
                                className="small text-muted text-break px-3",
                            ),
                        ],
                        action=urls.VIEW_SAVE,
                        method="post",
                        className="save-view-form",
                    ),
                ],
                id=Ids.SAVE_MODAL,
                is_open=False,
            ),
        ],
        className="d-flex flex-wrap flex-lg-nowrap align-items-center ms-lg-auto account-area",
    )


def current_path(pathname: str | None, search: str | None) -> str:
    """Path and query of the page's URL (the view state), without frame parameters."""
    path = pathname if isinstance(pathname, str) and pathname.startswith("/") else "/"
    raw = search[1:] if isinstance(search, str) and search.startswith("?") else ""
    query = "&".join(p for p in raw.split("&") if p and not p.startswith("osadzony="))
    return f"{path}?{query}" if query else path


@callback(
    Output(Ids.MENU, "children"),
    Output(Ids.SAVE_BODY, "children"),
    Input("shell-url", "pathname"),
    State("shell-url", "search"),
)
def render_account_area(pathname: str | None, search: str | None) -> tuple[list, list]:
    """On every page: the menu and the save dialog for the visitor or the signed-in user."""
    here = current_path(pathname, search)
    user = signed_in_user()
    return menu_items(user, here), save_dialog_body(user, here)


clientside_callback(
    """
    function(openClicks, cancelClicks) {
        const noUpdate = window.dash_clientside.no_update;
        const trigger = (window.dash_clientside.callback_context.triggered[0] || {}).prop_id;
        if (!trigger || !trigger.startsWith('accounts-save-open')) {
            return [false, noUpdate, noUpdate];
        }
        const query = window.location.search.slice(1).split('&')
            .filter(function (p) { return p && p.indexOf('osadzony=') !== 0; }).join('&');
        const here = window.location.pathname + (query ? '?' + query : '');
        return [true, here, here];
    }
    """,
    Output(Ids.SAVE_MODAL, "is_open"),
    Output(Ids.SAVE_URL, "value"),
    Output(Ids.SAVE_URL_TEXT, "children"),
    Input(Ids.SAVE_OPEN, "n_clicks"),
    Input(Ids.SAVE_CANCEL, "n_clicks"),
    prevent_initial_call=True,
)
