"""Routes answered by the Flask server directly: 404 status for unknown codes and ids
(the page itself still renders the friendly not-found view), a health check, the list of
suspect values that the data page links to, and permanent redirects from moved addresses;
the site icon at the address browsers guess; the client's address and scheme behind reverse
proxies."""

from __future__ import annotations

from datetime import date
from urllib.parse import unquote

import dash
import flask
from flask import Blueprint, Response, redirect, request
from werkzeug.middleware.proxy_fix import ProxyFix

from accounts import workshop_routes
from analysis import unit_exports
from components.notfound import app_page, dash_app
from core import urls
from data_access.plausibility import SUSPECT_FILE_COLUMNS
from data_access.repository import get_repository
from i18n import t
from security import untrusted
from security.cell_safety import safe_frame

DYNAMIC_ROUTES = (
    (urls.pattern(urls.UNIT), "unit"),
    (urls.pattern(urls.SERVICE), "service"),
    (urls.pattern(urls.INDICATOR), "indicator"),
    (urls.pattern(urls.DASHBOARD), "dashboard"),
    (urls.pattern(urls.SHARED), "shared"),
    (urls.pattern(urls.WORKSHOP), "workshop"),
    (urls.pattern(urls.SHARED_TARGETS), "shared_targets"),
    (urls.pattern(urls.TARGET_EDIT), "target"),
)
DOWNLOAD_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
KNOWN_PREFIXES = (
    *urls.DASH_PREFIXES,
    urls.ASSETS.rstrip("/"),
    urls.FAVICON,
    urls.HEALTH,
    urls.API_BASE + "/",
    urls.REPORT_PREFIX,
    urls.LANGUAGE_PREFIX + "/",
    urls.EMBED_PREFIX,
    urls.OEMBED,
    urls.SUSPECT_CSV,
    urls.ANALIZA_PICTURES,
    urls.TARGETS_EXPORT_PREFIX,
)


def route_exists(path: str) -> bool:
    """Whether a page path names something that exists (unit, service, indicator)."""
    repo = get_repository()
    for pattern, kind in DYNAMIC_ROUTES:
        match = pattern.match(path)
        if not match:
            continue
        key = unquote(match.group(1))
        if kind in ("dashboard", "shared", "shared_targets", "target", "workshop"):
            from accounts.access import private_route_exists

            return private_route_exists(kind, key)
        if kind == "unit":
            return repo.unit(key) is not None
        if kind == "service":
            return repo.service(key) is not None
        return repo.indicator(key) is not None
    return True


def moved_target(path: str, query: str = "") -> str | None:
    """The new address of a moved one (with ``query`` kept), or None if it did not move."""
    target = urls.MOVED.get(path.rstrip("/") or path)
    if target is None:
        return None
    return f"{target}?{query}" if query else target


def page_paths() -> set[str]:
    return {page["path"] for page in dash.page_registry.values()}


bp = Blueprint("web", __name__)


@bp.get(urls.HEALTH)
def health() -> tuple[str, int]:
    get_repository()
    return "ok", 200


@bp.get(urls.FAVICON)
def favicon():
    """The icon browsers ask for where no page names one (a PDF report in the browser's
    viewer): the one Dash links from every page."""
    return redirect(dash_app().get_relative_path(urls.DASH_FAVICON), code=301)


@bp.get(urls.SUSPECT_CSV)
def suspect_values_csv():
    """The build's list of suspect values as a download, with no name a spreadsheet would
    run as a formula; without a list (a dataset built before the plausibility rules), the
    friendly not-found page."""
    repo = get_repository()
    if not repo.suspect_values_file.is_file():
        return app_page(), 404
    frame = safe_frame(repo.suspect_sources.rename(SUSPECT_FILE_COLUMNS))
    response = Response(frame.write_csv(), mimetype="text/csv")  # "; charset=utf-8" added
    name = urls.SUSPECT_CSV.rsplit("/", 1)[-1]
    response.headers["Content-Disposition"] = f"attachment; filename={name}"
    response.cache_control.public = True
    response.cache_control.max_age = 3600
    return response


@bp.get(unit_exports.ROUTE)
def unit_data(teryt: str, fmt: str):
    """A unit's bulk download: every indicator × every year (``analysis.unit_exports``);
    an unknown code answers the friendly not-found page."""
    from reports.render import render_notfound

    repo = get_repository()
    unit = repo.unit(teryt)
    if unit is None:
        page = render_notfound(t("notfound.unit", code=teryt[:40]))
        return Response(page, status=404, mimetype="text/html")
    content, name = unit_exports.export_unit(repo, unit, fmt, date.today())
    response = Response(content, mimetype=DOWNLOAD_TYPES[fmt])
    response.headers["Content-Disposition"] = f"attachment; filename={name}"
    return response


@bp.get(urls.ANALIZA_PICTURE)
def analysis_picture(name: str):
    """The server's SVG picture of /analiza's map or series for the state in the query (an
    unknown indicator or level falls back as the page does); kept a day by the browser, its
    address naming the dataset. Another name answers the friendly not-found page."""
    from analysis.service import PICTURES, picture
    from analysis.state import parse_state
    from analysis.view_model import catalogue_for_state

    kind = name.removesuffix(".svg")
    if not name.endswith(".svg") or kind not in PICTURES:
        return app_page(), 404
    repo = get_repository()
    params = {k: v for k, v in request.args.items() if isinstance(v, str)}
    state, _notes = parse_state(params, catalogue_for_state(repo))
    width = untrusted.integer(request.args.get("szer"))
    response = Response(picture(repo, state, kind, width), mimetype="image/svg+xml")
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response


@bp.before_app_request
def redirect_moved_paths():
    """An address that moved (``/dane`` → ``/o-danych``) answers 301 to the new one, with
    the query string (``?lang=en``) kept."""
    target = moved_target(request.path, request.query_string.decode("latin-1"))
    if target is None or request.method not in ("GET", "HEAD"):
        return None
    return redirect(target, code=301)


@bp.before_app_request
def answer_404_for_unknown_pages():
    path = request.path
    if (
        request.method != "GET"
        or path.startswith(KNOWN_PREFIXES)
        or unit_exports.PATH_PATTERN.match(path)
        or workshop_routes.PATH_PATTERN.match(path)
    ):
        return None
    known_static = path.rstrip("/") in page_paths() or path == "/"
    is_dynamic = any(p.match(path) for p, _ in DYNAMIC_ROUTES)
    if (not known_static and not is_dynamic) or not route_exists(path):
        return app_page(), 404
    return None


def register_server_routes(server: flask.Flask) -> None:
    server.register_blueprint(bp)


def trust_proxies(server: flask.Flask, count: int) -> None:
    """Behind ``count`` reverse proxies, read the client's address, scheme and host from the
    X-Forwarded-For, -Proto and -Host values those proxies added (the last ``count`` of each).
    With 0 the headers are ignored: a client could name any address and escape its login
    limit, or exhaust someone else's."""
    if count > 0:
        server.wsgi_app = ProxyFix(server.wsgi_app, x_for=count, x_proto=count, x_host=count)
