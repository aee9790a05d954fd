"""Sessions: flask-login wiring, the signed-in user, secure cookie settings.

Flask's cookie holds only the token of a server-side session (``accounts.repository``):
logout, a password change, account deletion and the idle and absolute lifetimes end it on
the server, so a copy of the cookie taken earlier stops working everywhere at once."""

from __future__ import annotations

import logging

import flask
from flask import g, has_request_context, request
from flask.sessions import SecureCookieSessionInterface
from flask_login import LoginManager, UserMixin, current_user

from accounts import repository
from accounts.db import DatabaseUnavailable
from accounts.repository import UserRecord

log = logging.getLogger(__name__)


class SessionUser(UserMixin):
    """The signed-in user as flask-login sees it; its identifier is the session's token."""

    def __init__(self, record: UserRecord, token: str):
        self.record = record
        self.id = record.id
        self.email = record.email
        self.token = token

    def get_id(self) -> str:
        return self.token


def load_session_user(token: str) -> SessionUser | None:
    """flask-login's user loader (for the session cookie and a remember cookie alike): the
    user of a live session, or ``None`` for an ended, expired or unknown one, and when the
    database is unavailable (noted for ``accounts_available``)."""
    try:
        record = repository.load_session(token)
    except DatabaseUnavailable:
        g.accounts_available = False
        return None
    g.accounts_available = True
    return SessionUser(record, token) if record else None


def accounts_available() -> bool:
    """Whether the accounts database answers, asked once per request (pages and actions
    tell a visitor "unavailable" rather than "log in" when it does not). Outside a request
    (Dash validating layouts at start-up) it is not asked and taken as available."""
    if not has_request_context():
        return True
    if "accounts_available" not in g:
        try:
            repository.check_available()
            g.accounts_available = True
        except DatabaseUnavailable:
            g.accounts_available = False
    return g.accounts_available


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie session, marked Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app: flask.Flask) -> bool:
        configured = bool(app.config["SESSION_COOKIE_SECURE"])
        return configured or (has_request_context() and request.is_secure)


def init_login(server: flask.Flask, production: bool) -> LoginManager:
    """Set up flask-login and the session cookie (HttpOnly, SameSite=Lax, Secure over HTTPS
    and always in production)."""
    server.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=production,
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=production,
    )
    server.session_interface = SessionInterface()
    manager = LoginManager()
    manager.user_loader(load_session_user)
    manager.init_app(server)
    return manager


def signed_in_user() -> SessionUser | None:
    """The signed-in user of the current request; ``None`` outside a request (Dash
    validates layouts at start-up) or for visitors."""
    if not has_request_context():
        return None
    try:
        user = current_user._get_current_object()
    except Exception:
        log.exception("could not load the signed-in user")
        return None
    return user if isinstance(user, SessionUser) else None
