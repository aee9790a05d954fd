"""Wire the accounts feature into the app: sessions, CSRF, rate limits, form routes,
security headers and the ``flask --app app db-upgrade`` command."""

from __future__ import annotations

import click
import dash
from flask import Response, request
from flask_wtf.csrf import CSRFError, CSRFProtect

from accounts import db, routes, workshop_routes
from accounts.auth import accounts_available, init_login
from config import settings
from core import urls
from targets import routes as target_routes

# Dash's own endpoints carry JSON from the app's scripts (same-origin, not forms); no
# callback of this app changes stored data. Every other state-changing request needs a token.
# The open data API (/api/v1/) is read-only and uses no session.
CSRF_EXEMPT_PREFIXES = (urls.DASH_CALLBACKS_PREFIX, urls.DASH_RELOAD_HASH, urls.API_PREFIX)
PRIVATE_PREFIXES = (*urls.PRIVATE_PREFIXES, urls.TARGETS)


@click.command("db-upgrade")
def db_upgrade_command() -> None:
    """Apply the accounts database migrations (``flask --app app db-upgrade``)."""
    db.upgrade()


def init_accounts(app: dash.Dash) -> None:
    """Set up the accounts feature on the Dash app's Flask server."""
    server = app.server
    server.config.update(WTF_CSRF_CHECK_DEFAULT=False, WTF_CSRF_TIME_LIMIT=None)
    csrf = CSRFProtect(server)
    init_login(server, production=settings.env == "production")
    routes.limiter.init_app(server)
    server.register_blueprint(routes.bp)
    server.register_blueprint(workshop_routes.bp)
    # First of all: a guessed code's page must not be answered (web's 404) before it counts.
    server.before_request_funcs.setdefault(None, []).insert(0, workshop_routes.limit_code_guessing)
    server.register_blueprint(target_routes.bp)
    server.register_error_handler(CSRFError, routes.csrf_failed)
    server.register_error_handler(429, routes.rate_limited)

    @server.before_request
    def protect_state_changes() -> None:
        # No endpoint: routing failed (404, or 405 with its Allow header), nothing will run.
        if request.endpoint and not request.path.startswith(CSRF_EXEMPT_PREFIXES):
            csrf.protect()

    @server.before_request
    def unavailable_accounts_pages():
        """The accounts' pages answer 503 while the accounts database is unavailable (the
        page itself says so); data pages are not affected."""
        private_page = request.method == "GET" and request.path.startswith(PRIVATE_PREFIXES)
        if private_page and not accounts_available():
            return app.index(), 503
        return None

    @server.after_request
    def security_headers(response: Response) -> Response:
        if not request.path.startswith(
            urls.EMBED_PREFIX
        ):  # embeds are made for other sites' frames
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        # Share links must not leak to other sites through the Referer header.
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if request.path.startswith(PRIVATE_PREFIXES):
            response.headers["Cache-Control"] = "no-store"
        return response
