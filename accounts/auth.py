"""Sessions: flask-login wiring, the signed-in user, secure cookie settings."""

from __future__ import annotations

import logging

import flask
from flask import has_request_context, request
from flask.sessions import SecureCookieSessionInterface
from flask_login import LoginManager, UserMixin, current_user

from accounts import repository
from accounts.db import DatabaseUnavailable
from accounts.repository import UserRecord

log = logging.getLogger(__name__)


class SessionUser(UserMixin):
    """The signed-in user as flask-login sees it. The session identifier includes the
    user's session token, so a password change ends every other session."""

    def __init__(self, record: UserRecord):
        self.record = record
        self.id = record.id
        self.email = record.email

    def get_id(self) -> str:
        return f"{self.record.id}:{self.record.session_token}"


def load_session_user(identifier: str) -> SessionUser | None:
    """flask-login's user loader: ``"<id>:<token>"`` → the user, or ``None`` when the
    session is stale or the database is unavailable (the visitor is then anonymous)."""
    user_id, _, token = (identifier or "").partition(":")
    if not user_id.isdigit() or not token:
        return None
    try:
        record = repository.load_user(int(user_id), token)
    except DatabaseUnavailable:
        return None
    return SessionUser(record) if record else None


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
