"""The Dash application, built by :func:`create_app`. ``server`` (= ``app.server``) is the WSGI
entry for gunicorn; ``flask --app app`` finds ``app`` and runs its commands (``commands.py``).

``flask --app app build-data`` builds the dataset and the map geometry from ``data/raw``.
"""

from __future__ import annotations

import logging
import re
from functools import partial
from html import escape

import dash
from dash import _pages
from flask import has_request_context, request, session

from accounts.setup import init_accounts
from api.routes import register_api
from commands import register_commands
from components.first_screen import first_screen_html
from components.language import localize_page_titles, register_language_routes
from components.loading import busy_region
from components.notfound import DASH_EXTENSION
from components.shell import page_shell
from config import Settings, resolve_secret_key, settings
from core import urls
from delivery import register_delivery
from embeds.routes import oembed_discovery_link, register_embed_routes
from i18n import current_language, t
from reports.pack_routes import register_pack_routes
from reports.routes import register_report_routes
from security.callback_guard import guard_callbacks
from security.logs import configure_logging
from security.security_headers import register_security_headers
from web import register_server_routes, trust_proxies

configure_logging()

# The pages router's container of the page content (dash.page_container).
PAGES_CONTENT = "_pages_content"
log = logging.getLogger(__name__)

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

SCRIPT_TAG = re.compile(r'<script src="([^"]+)"></script>')
# The script that starts the others (assets/scripts/first-screen.js).
LOADER = urls.asset("scripts/first-screen.js")
# A type that does not run: the script is held for the loader.
HELD = "text/x-after-paint"
RENDERER_TYPE = 'type="application/javascript"'


def after_first_paint(scripts: str, renderer: str) -> tuple[str, str]:
    """Dash's scripts run after the browser has painted the first screen: each is fetched at
    once (a low-priority preload) but held (a type that does not run) until
    ``assets/scripts/first-screen.js`` (deferred) runs them in their order after the first
    paint and then starts Dash's renderer (its inline script held the same way; the same
    code, so the same hash in the Content-Security-Policy). Without the loader among the
    scripts they stay as they are."""
    addresses = SCRIPT_TAG.findall(scripts)
    loader = next((a for a in addresses if LOADER in a), None)
    if loader is None:
        return scripts, renderer

    def held(match: re.Match) -> str:
        address = match.group(1)
        if address == loader:
            return f'<script defer src="{address}"></script>'
        preload = f'<link rel="preload" as="script" fetchpriority="low" href="{address}">'
        return f'{preload}<script type="{HELD}" src="{address}"></script>'

    return SCRIPT_TAG.sub(held, scripts), renderer.replace(RENDERER_TYPE, f'type="{HELD}"', 1)


def no_script_notice() -> str:
    """What a browser without JavaScript shows above the first screen (a picture of the
    page, which does not work by itself)."""
    text = escape(t("app.noscript"), quote=False)
    return f'<noscript><div class="container mt-3 alert alert-warning">{text}</div></noscript>'


class SmupDash(dash.Dash):
    """Dash with the page's language in ``<html lang>`` and the ``<title>``, and the oEmbed
    address of a page with an embeddable view."""

    def interpolate_index(self, **kwargs) -> str:
        kwargs["title"] = t("app.title")
        if has_request_context():  # Dash also builds the index once without a request
            kwargs["metas"] += oembed_discovery_link()
            if request.method == "GET":
                kwargs["app_entry"] = (
                    no_script_notice() + self.first_screen(kwargs["css"]) + kwargs["app_entry"]
                )
        kwargs["scripts"], kwargs["renderer"] = after_first_paint(
            kwargs["scripts"], kwargs["renderer"]
        )
        html = super().interpolate_index(**kwargs)
        return html.replace('<html lang="pl">', f'<html lang="{current_language()}">', 1)

    def page_layout(self, pathname: str, search: str):
        """The page content Dash's pages router gives this address (its callback's code: the
        page of the path, or the not-found page, called with the path variables and the
        query's parameters)."""
        page, path_variables = _pages._path_to_page(self.strip_relative_path(pathname))
        if page == {}:
            found = [
                p for m, p in _pages.PAGE_REGISTRY.items() if m.split(".")[-1] == "not_found_404"
            ]
            layout = found[0]["layout"] if found else dash.html.H1("404 - Page not found")
        else:
            layout = page.get("layout", "")
        if callable(layout):
            layout = layout(**{**(path_variables or {}), **_pages._parse_query_string(search)})
        return layout

    def first_screen(self, styles: str) -> str:
        """The page's first screen as HTML (:mod:`components.first_screen`), shown until Dash
        has rendered the page; "" when it cannot be made (the page itself still works)."""
        # A layout may take a one-time value from the session (registration's typed e-mail):
        # the live page's render, which comes next, must still find it.
        kept = dict(session)
        try:
            query = request.query_string.decode("utf-8", "replace")
            content = self.page_layout(request.path, f"?{query}" if query else "")
            shell = self.layout() if callable(self.layout) else self.layout
            return first_screen_html(shell, {PAGES_CONTENT: content}, styles)
        except Exception:  # a picture of the page is never worth an error page
            log.exception("no first screen for %s", request.path)
            return ""
        finally:
            if dict(session) != kept:
                session.clear()
                session.update(kept)


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
