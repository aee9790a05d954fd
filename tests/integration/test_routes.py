"""Every address the app routes is a template of ``core.urls``: the Dash pages registered are
``urls.PAGES`` (what saved views check against), and every Flask rule is one of its templates
(the API's under ``urls.API_BASE``); only Dash's and Flask's own addresses are not."""

from __future__ import annotations

import dash

from core import urls

DASH_ENDPOINTS = {"static", "_dash_assets.static"}  # Flask's and Dash's static files


def templates() -> set[str]:
    names = {name: value for name, value in vars(urls).items() if name.isupper()}
    found = {value for value in names.values() if isinstance(value, str)}
    api = {urls.API_BASE + value for name, value in names.items() if name.startswith("API_")}
    return found | {value for value in api if isinstance(value, str)}


def test_the_registered_pages_are_the_pages_of_core_urls(dash_app):
    registered = {
        page.get("path_template") or page["path"]
        for page in dash.page_registry.values()
        if not page["module"].endswith("not_found_404")
    }
    assert registered == set(urls.PAGES)


def test_every_flask_rule_is_a_template_of_core_urls(dash_app):
    known = templates()
    strays = [
        rule.rule
        for rule in dash_app.server.url_map.iter_rules()
        if rule.endpoint not in DASH_ENDPOINTS
        and not rule.rule.startswith(urls.DASH_PREFIXES)
        and rule.rule not in ("/", "/<path:path>")  # Dash's pages
        and rule.rule not in known
        and rule.rule.removesuffix("/") not in known
    ]
    assert strays == []
