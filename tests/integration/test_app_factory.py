"""The app factory: every Flask route of the app lives in a Blueprint (none is a closure
registered on the server), and the Dash app is reachable from its Flask app."""

from __future__ import annotations

# Dash's own endpoints and Flask's static folder: registered by the frameworks themselves.
FRAMEWORK_PREFIXES = ("/_dash", "/_favicon.ico", "/_reload-hash", "/static/")
FRAMEWORK_RULES = {"/", "/<path:path>"}


def test_every_route_of_the_app_is_in_a_blueprint(dash_app):
    server = dash_app.server
    outside = [
        (rule.rule, rule.endpoint)
        for rule in server.url_map.iter_rules()
        if rule.rule not in FRAMEWORK_RULES
        and not rule.rule.startswith(FRAMEWORK_PREFIXES)
        and "." not in rule.endpoint  # a blueprint's endpoints are "<blueprint>.<view>"
    ]
    assert outside == []
    blueprints = set(server.blueprints)
    assert {"web", "language", "embeds", "reports", "report_packs", "api_v1"} <= blueprints
    assert {"accounts", "workshops", "targets"} <= blueprints


def test_the_factory_keeps_the_dash_app_beside_its_server(dash_app):
    from app import create_app, server
    from components.notfound import DASH_EXTENSION

    assert callable(create_app)
    assert server is dash_app.server
    assert server.extensions[DASH_EXTENSION] is dash_app
    assert {"build-data", "sync-smup", "sync-bdl", "report-worker", "db-upgrade"} <= set(
        server.cli.commands
    )
