"""The Dash application. ``server`` (= ``app.server``) is the WSGI entry for gunicorn.

``flask --app app build-data`` builds the dataset and the map geometry from ``data/raw``.
"""

from __future__ import annotations

import logging

import dash

from components.shell import page_shell
from config import resolve_secret_key, settings
from data_access.cli import build_data_command
from i18n import t
from web import register_server_routes

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

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

app = dash.Dash(
    __name__,
    use_pages=True,
    title=t("app.title"),
    update_title=None,
    index_string=INDEX,
    suppress_callback_exceptions=True,
    meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
)
app.layout = page_shell(dash.page_container)
server = app.server
server.config["SECRET_KEY"] = resolve_secret_key(settings)
register_server_routes(app)
server.cli.add_command(build_data_command)

if __name__ == "__main__":
    app.run(host=settings.host, port=settings.port, debug=False)
