"""The Dash application, built by :func:`create_app`. ``server`` (= ``app.server``) is the WSGI
entry for gunicorn; ``flask --app app`` finds ``app`` and runs its commands (``commands.py``).

``flask --app app build-data`` builds the dataset and the map geometry from ``data/raw``.
"""

from __future__ import annotations

from functools import partial

import dash
from flask import has_request_context, request

from accounts.setup import init_accounts
from api.routes import register_api
from commands import register_commands
from components.language import localize_page_titles, register_language_routes
from components.loading import busy_region
from components.notfound import DASH_EXTENSION
from components.shell import page_shell
from config import Settings, resolve_secret_key, settings
from delivery import page_scripts, register_delivery
from embeds.routes import oembed_discovery_link, register_embed_routes
from i18n import current_language, t
from reports.pack_routes import register_pack_routes
from reports.routes import register_report_routes
from security.callback_guard import guard_callbacks
from security.logs import configure_logging
from security.security_headers import register_security_headers
from web import register_server_routes, trust_proxies

configure_logging()

INDEX = """<!DOCTYPE html>
<html lang="pl">
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
    </head>
    <body>
        {%app_entry%}
        <footer>
            {%config%}
            {%scripts%}
            {%renderer%}
        </footer>
    </body>
</html>"""


class SmupDash(dash.Dash):
    """Dash with the page's language in ``<html lang>`` and the ``<title>``, the oEmbed
    address of a page with an embeddable view, and only the scripts the page needs first
    (``delivery.page_scripts``)."""

    def interpolate_index(self, **kwargs) -> str:
        kwargs["title"] = t("app.title")
        if has_request_context():  # Dash also builds the index once without a request
            kwargs["metas"] += oembed_discovery_link()
            kwargs["scripts"] = page_scripts(kwargs["scripts"], request.path)
        html = super().interpolate_index(**kwargs)
        return html.replace('<html lang="pl">', f'<html lang="{current_language()}">', 1)


def create_app(current: Settings = settings) -> SmupDash:
    """The Dash app (its Flask server: ``app.server``) with every route, hook and command.

    Dash pages and callbacks register themselves in module-level registries that the first
    app takes over, so a process builds one app: this module's ``app``."""
    dash_app = SmupDash(
        __name__,
        use_pages=True,
        title=t("app.title"),
        update_title=None,
        index_string=INDEX,
        suppress_callback_exceptions=True,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
    )
    # A function, so the frame (navigation, footer) is built in the language of each request.
    # A page whose layout takes seconds (a profile) shows that it is loading, not a blank page;
    # the longer delay keeps quick re-renders of a page (its URL rewritten as you work) undimmed.
    dash_app.layout = partial(
        page_shell, busy_region(dash.page_container, {"_pages_content": "children"}, delay_ms=500)
    )
    flask_app = dash_app.server
    flask_app.extensions[DASH_EXTENSION] = dash_app
    flask_app.config["SECRET_KEY"] = resolve_secret_key(current)
    trust_proxies(flask_app, current.proxy_count)
    # Blueprints and hooks in this order: before-request hooks run in it, after-request ones
    # in reverse.
    register_server_routes(flask_app)
    guard_callbacks(dash_app)
    register_security_headers(dash_app)
    register_delivery(dash_app)
    register_language_routes(flask_app)
    localize_page_titles(dash.page_registry)
    init_accounts(dash_app)
    register_api(flask_app)
    register_report_routes(flask_app)
    register_pack_routes(flask_app)
    register_embed_routes(flask_app)
    register_commands(flask_app)
    return dash_app


app = create_app(settings)
server = app.server

if __name__ == "__main__":
    from accounts.db import upgrade

    upgrade()  # as `make run` does with `flask db-upgrade`: accounts work on a fresh checkout
    app.run(host=settings.host, port=settings.port, debug=False)
