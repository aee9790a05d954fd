"""The accounts' form actions: plain HTML forms POST here (CSRF-checked), the action runs
in one transaction and the browser is redirected (303) to a page with a message code.

Missing items and other users' items answer 404 alike. Login is rate-limited per account and
client address (and, more generously, per address); registration per address.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from functools import wraps
from urllib.parse import quote

from flask import Blueprint, Response, jsonify, redirect, request, session
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import login_user, logout_user
from flask_wtf.csrf import CSRFError

from accounts import forms, repository
from accounts.auth import SessionUser, accounts_available, signed_in_user
from accounts.db import DatabaseUnavailable
from accounts.security import AccountError, safe_next
from components.notfound import app_page
from config import settings
from core import urls
from i18n import t

log = logging.getLogger(__name__)

bp = Blueprint("accounts", __name__)
# With the shared counter storage (Redis) unreachable, each worker counts on its own until it
# is back, rather than failing logins with HTTP 500.
limiter = Limiter(
    get_remote_address,
    storage_uri=settings.ratelimit_storage_uri,
    in_memory_fallback_enabled=True,
)


def address_and_account() -> str:
    """Key of the per-account login limit: password guessing for one account is slowed down,
    while the others who share the address (a workshop room, an office) can still sign in,
    and nobody can lock an account from elsewhere."""
    return f"{get_remote_address()}|{forms.LoginForm(request.form).account_key()}"


LOGIN_PAGE = urls.LOGIN
VIEWS_PAGE = urls.MY_VIEWS
DASHBOARDS_PAGE = urls.DASHBOARDS
GROUPS_PAGE = urls.GROUPS
# The e-mail typed into a registration that failed, shown again once by the form.
REGISTER_EMAIL = "register_email"

ERROR_STYLESHEET = urls.asset("00-vendor/bootstrap.min.css")
ERROR_PAGE = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="{stylesheet}">
</head><body><main class="container py-5"><h1 class="h3">{title}</h1><p>{message}</p>
<p><a href="{href}">{link}</a></p></main></body></html>"""


def with_message(path: str, code: str) -> str:
    """``path`` with the message code ``komunikat=<code>`` appended."""
    separator = "&" if "?" in path else "?"
    return f"{path}{separator}komunikat={quote(code)}"


def go(path: str, code: str | None = None) -> Response:
    """Redirect after POST (303: the browser follows with GET)."""
    return redirect(with_message(path, code) if code else path, 303)


def error_page(title_key: str, message_key: str, status: int, href: str = LOGIN_PAGE) -> Response:
    """A small standalone Polish page for faults met before any page can be rendered."""
    body = ERROR_PAGE.format(
        title=html.escape(t(title_key)),
        message=html.escape(t(message_key)),
        href=html.escape(href),
        link=html.escape(t("accounts.error_page.back")),
        stylesheet=ERROR_STYLESHEET,
    )
    return Response(body, status=status, mimetype="text/html")


def not_found() -> tuple[str, int]:
    """The app's own friendly 404 page (missing and not owned look the same)."""
    return app_page(), 404


def form_action(back_to: str, *, login_required: bool = True) -> Callable:
    """Wrap a form action: require a signed-in user, turn ``AccountError`` into a redirect
    to ``back_to`` (a route template of ``core.urls``, filled with the route's arguments)
    with the message, a missing or foreign item into 404 and a database fault into a clear
    message."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(*args, **kwargs):
            target = urls.build(back_to, **kwargs)
            user = signed_in_user()
            if login_required and user is None:
                if not accounts_available():
                    return go(target, "db_unavailable")
                return go(LOGIN_PAGE, "login_required")
            try:
                return view(user, *args, **kwargs) if login_required else view(*args, **kwargs)
            except AccountError as error:
                if error.code == "not_found":
                    return not_found()
                return go(target, error.code)
            except DatabaseUnavailable:
                return go(target, "db_unavailable")

        return wrapper

    return decorate


def _direction() -> int:
    return forms.MoveForm(request.form).step()


def _sign_in(record: repository.UserRecord, continues: repository.UserRecord | None = None) -> None:
    """Start a server-side session for ``record`` in a fresh cookie (no session fixation);
    ``continues``: the signed-in record whose visit it continues (see ``start_session``)."""
    session.clear()
    login_user(SessionUser(record, repository.start_session(record.id, continues)))


def _sign_out() -> None:
    session.clear()
    logout_user()  # after clear(): its mark that deletes a remember cookie must stay


# --- account -----------------------------------------------------------------------------


@bp.post(urls.REGISTER_ACTION)
@limiter.limit(lambda: settings.register_rate_limit)
@form_action(urls.REGISTER, login_required=False)
def register_action():
    """Create the account; the answer is the same whether or not the address already had
    one (no account enumeration): the login page with a neutral message, nobody signed in."""
    form = forms.RegisterForm(request.form)
    session.pop(REGISTER_EMAIL, None)
    try:
        form.check()
        record = repository.register(form.email.data, form.haslo.data, form.haslo2.data)
        log.info("account registered: id=%s", record.id)
    except AccountError as error:
        if error.code != "email_taken":
            # The form comes back with the address as typed (never the password).
            session[REGISTER_EMAIL] = form.typed_email()
            raise
        log.info("registration for an address that has an account: nothing changed")
    return go(LOGIN_PAGE, "registration_done")


@bp.post(urls.LOGIN_ACTION)
@limiter.limit(lambda: settings.address_rate_limit)
@limiter.limit(lambda: settings.login_rate_limit, key_func=address_and_account)
@form_action(LOGIN_PAGE, login_required=False)
def login_action():
    form = forms.LoginForm(request.form)
    target = safe_next(form.dalej.data)
    record = repository.authenticate(form.email.data, form.haslo.data) if form.validate() else None
    if record is None:
        back = urls.login(target if target != VIEWS_PAGE else None)
        return go(back, "login_failed")
    _sign_in(record)
    return go(target)


@bp.post(urls.LOGOUT_ACTION)
def logout_action():
    """End the session on the server, then in the browser. With the database down the
    browser's cookie is dropped all the same and the message says the rest is pending."""
    token = session.get("_user_id")  # flask-login's key: the session's token
    code = "logged_out"
    try:
        repository.end_session(token)
    except DatabaseUnavailable:
        code = "db_unavailable"
    _sign_out()
    return go(LOGIN_PAGE, code)


@bp.post(urls.PASSWORD_ACTION)
@form_action(urls.PASSWORD)
def password_action(user: SessionUser):
    form = forms.PasswordForm(request.form, email=user.email)
    if not form.validate():
        # The current password is checked first, as the repository does.
        if not form.obecne.errors and repository.authenticate(user.email, form.obecne.data) is None:
            raise AccountError("password_wrong")
        raise AccountError(form.error_code())
    record = repository.change_password(user.id, form.obecne.data, form.nowe.data, form.nowe2.data)
    # every session ended with the change; this browser gets a new one, in the same visit
    _sign_in(record, continues=user.record)
    return go(urls.PASSWORD, "password_changed")


@bp.post(urls.ACCOUNT_DELETE_ACTION)
@form_action(urls.ACCOUNT_DELETE)
def delete_account_action(user: SessionUser):
    form = forms.DeleteAccountForm(request.form)
    form.check()
    repository.delete_user(user.id, form.haslo.data)
    _sign_out()
    log.info("account deleted: id=%s", user.id)
    return go(LOGIN_PAGE, "account_deleted")


# --- saved views -------------------------------------------------------------------------


# Sent by assets/scripts/save-in-place.js: the dialog shows the outcome without leaving the page.
IN_PLACE_HEADER = "X-Smup-In-Place"


@bp.post(urls.VIEW_SAVE)
def save_view_action():
    form = forms.SaveViewForm(request.form)
    url = form.address()
    if request.headers.get(IN_PLACE_HEADER) == "1":
        return _save_view_in_place(form)
    if signed_in_user() is None and accounts_available():
        return go(urls.login(safe_next(url, urls.HOME)), "login_to_save")
    return _save_view(form)


def _save_view_in_place(form: forms.SaveViewForm) -> tuple[Response, int]:
    """Save the view and answer the message (JSON) instead of redirecting."""
    user = signed_in_user()
    code = "view_saved"
    try:
        if user is None:
            raise AccountError("login_to_save" if accounts_available() else "db_unavailable")
        _save(user, form)
    except AccountError as error:
        code = error.code
    except DatabaseUnavailable:
        code = "db_unavailable"
    saved = code == "view_saved"
    return jsonify(saved=saved, message=t(f"accounts.msg.{code}")), 200 if saved else 400


@form_action(VIEWS_PAGE)
def _save_view(user: SessionUser, form: forms.SaveViewForm):
    _save(user, form)
    return go(VIEWS_PAGE, "view_saved")


def _save(user: SessionUser, form: forms.SaveViewForm) -> None:
    form.check()
    repository.save_view(user.id, form.address(), form.nazwa.data, form.notatka.data)


@bp.post(urls.VIEW_RENAME)
@form_action(VIEWS_PAGE)
def update_view_action(user: SessionUser, view_id: int):
    form = forms.ViewForm(request.form)
    form.check()
    repository.update_view(user.id, view_id, form.nazwa.data, form.notatka.data)
    return go(VIEWS_PAGE, "view_updated")


@bp.post(urls.VIEW_DUPLICATE)
@form_action(VIEWS_PAGE)
def duplicate_view_action(user: SessionUser, view_id: int):
    repository.duplicate_view(user.id, view_id)
    return go(VIEWS_PAGE, "view_duplicated")


@bp.post(urls.VIEW_MOVE)
@form_action(VIEWS_PAGE)
def move_view_action(user: SessionUser, view_id: int):
    repository.move_view(user.id, view_id, _direction())
    return go(urls.with_fragment(VIEWS_PAGE, f"{urls.VIEW_ANCHOR}{view_id}"))


@bp.post(urls.VIEW_DELETE)
@form_action(VIEWS_PAGE)
def delete_view_action(user: SessionUser, view_id: int):
    repository.delete_view(user.id, view_id)
    return go(VIEWS_PAGE, "view_deleted")


@bp.post(urls.VIEW_SHARE)
@form_action(VIEWS_PAGE)
def share_view_action(user: SessionUser, view_id: int):
    repository.share_view(user.id, view_id)
    return go(VIEWS_PAGE, "shared")


@bp.post(urls.VIEW_REVOKE)
@form_action(VIEWS_PAGE)
def revoke_view_action(user: SessionUser, view_id: int):
    repository.revoke_view_share(user.id, view_id)
    return go(VIEWS_PAGE, "share_revoked")


# --- dashboards --------------------------------------------------------------------------


@bp.post(urls.DASHBOARD_NEW)
@form_action(DASHBOARDS_PAGE)
def create_dashboard_action(user: SessionUser):
    form = forms.DashboardForm(request.form)
    form.check()
    record = repository.create_dashboard(user.id, form.nazwa.data, form.opis.data)
    return go(urls.dashboard(record.id), "dashboard_created")


@bp.post(urls.DASHBOARD_RENAME)
@form_action(urls.DASHBOARD)
def update_dashboard_action(user: SessionUser, dashboard_id: int):
    form = forms.DashboardForm(request.form)
    form.check()
    repository.update_dashboard(user.id, dashboard_id, form.nazwa.data, form.opis.data)
    return go(urls.dashboard(dashboard_id), "dashboard_updated")


@bp.post(urls.DASHBOARD_DELETE)
@form_action(urls.DASHBOARD)
def delete_dashboard_action(user: SessionUser, dashboard_id: int):
    repository.delete_dashboard(user.id, dashboard_id)
    return go(DASHBOARDS_PAGE, "dashboard_deleted")


@bp.post(urls.DASHBOARD_ADD)
@form_action(urls.DASHBOARD)
def add_item_action(user: SessionUser, dashboard_id: int):
    form = forms.AddItemForm(request.form)
    form.check()
    repository.add_to_dashboard(user.id, dashboard_id, form.widok.data)
    return go(urls.dashboard(dashboard_id), "item_added")


@bp.post(urls.DASHBOARD_ITEM_MOVE)
@form_action(urls.DASHBOARD)
def move_item_action(user: SessionUser, dashboard_id: int, item_id: int):
    repository.move_item(user.id, dashboard_id, item_id, _direction())
    return go(urls.with_fragment(urls.dashboard(dashboard_id), f"{urls.ITEM_ANCHOR}{item_id}"))


@bp.post(urls.DASHBOARD_ITEM_DELETE)
@form_action(urls.DASHBOARD)
def remove_item_action(user: SessionUser, dashboard_id: int, item_id: int):
    repository.remove_item(user.id, dashboard_id, item_id)
    return go(urls.dashboard(dashboard_id), "item_removed")


@bp.post(urls.DASHBOARD_SHARE)
@form_action(urls.DASHBOARD)
def share_dashboard_action(user: SessionUser, dashboard_id: int):
    repository.share_dashboard(user.id, dashboard_id)
    return go(urls.dashboard(dashboard_id), "shared")


@bp.post(urls.DASHBOARD_REVOKE)
@form_action(urls.DASHBOARD)
def revoke_dashboard_action(user: SessionUser, dashboard_id: int):
    repository.revoke_dashboard_share(user.id, dashboard_id)
    return go(urls.dashboard(dashboard_id), "share_revoked")


# --- comparison groups -------------------------------------------------------------------


@bp.post(urls.GROUP_NEW)
@form_action(GROUPS_PAGE)
def create_group_action(user: SessionUser):
    form = forms.GroupForm(request.form)
    form.check()
    repository.create_group(user.id, form.nazwa.data, form.kody.data)
    return go(GROUPS_PAGE, "group_saved")


@bp.post(urls.GROUP_DELETE)
@form_action(GROUPS_PAGE)
def delete_group_action(user: SessionUser, group_id: int):
    repository.delete_group(user.id, group_id)
    return go(GROUPS_PAGE, "group_deleted")


# --- faults ------------------------------------------------------------------------------


def csrf_failed(_error: CSRFError) -> Response:
    """A form sent without a valid CSRF token: refused, nothing changed."""
    return error_page("accounts.error_page.csrf_title", "accounts.error_page.csrf", 400)


def rate_limited(_error) -> Response:
    """Too many login or registration attempts from this address."""
    response = error_page("accounts.error_page.limit_title", "accounts.error_page.limit", 429)
    response.headers["Retry-After"] = "60"
    return response
