"""The app's addresses: the one builder of its links and the one list of its route patterns.

Each page or file has a route template (Flask's and Dash's ``<name>`` syntax, e.g.
``/jst/<teryt>``) and a function that builds its address (``unit("0201011")`` →
``/jst/0201011``). Pages register their templates from here, routes match paths with
:func:`match`, and every link is built by a function here, so an address changes in one place.

Addresses are part of the public contract (shared links, saved views, the tests): they must not
change. Query strings keep commas readable (``jst=0201011,0201022``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

# --- pages and files: route templates ---------------------------------------------------------
HOME = "/"
CATALOGUE = "/uslugi"
SERVICE = "/uslugi/<service_id>"
INDICATOR = "/wskazniki/<indicator_id>"
UNIT_PREFIX = "/jst/"
UNIT = UNIT_PREFIX + "<teryt>"
UNIT_DATA = UNIT + "/dane.<any(csv, xlsx):fmt>"
UNIT_DATA_FORMATS = ("csv", "xlsx")
ANALIZA = "/analiza"
# The server's pictures of the /analiza map and series (shown until plotly.js draws them).
ANALIZA_PICTURES = ANALIZA + "/obraz/"
ANALIZA_PICTURE = ANALIZA_PICTURES + "<name>"  # mapa.svg, szereg.svg
COMPARE = "/porownaj"
API_DOCS = "/api"
ABOUT_DATA = "/o-danych"
REPORT_PREFIX = "/raport/"
REPORT = "/raport/<name>"  # <teryt> or <teryt>.pdf
SERVICE_REPORT = "/raport/<teryt>/usluga/<name>"  # <service_id> or <service_id>.pdf
SERVICE_REPORT_FORM = "/raport/usluga/<service_id>"  # picks the unit, then redirects
REPORT_PACK = "/raport/<teryt>/stan-gminy-<name>"  # <year> or <year>.zip
REPORT_PACK_ARCHIVE = ".zip"
REPORT_PREPARING_SCRIPT = "/raport/preparing.js"  # a file: the CSP refuses inline scripts
DASHBOARD = "/pulpity/<dashboard_id>"
SHARED = "/udostepnione/<token>"
WORKSHOP = "/warsztat/<code>"
SHARED_TARGETS = "/cele/udostepnione/<token>"
TARGET_EDIT = "/cele/<target_id>/edycja"
TARGETS = "/cele"
TARGET_NEW = "/cele/nowy"
TARGET_UPDATE = "/cele/<int:target_id>/zmien"
TARGET_DELETE = "/cele/<int:target_id>/usun"
TARGETS_SHARE = "/cele/udostepnij"
TARGETS_REVOKE = "/cele/cofnij-udostepnienie"
TARGETS_EXPORT_PREFIX = "/cele/eksport."
TARGETS_EXPORT = TARGETS_EXPORT_PREFIX + "<any(csv, xlsx):fmt>"
CHANGES = "/co-nowego"  # what changed between dataset versions (pages/changes.py)
# The data page "O danych" (``pages/about_data.py``), its section on the plausibility rules,
# and the list of suspect values that the server sends (``web.py``). The page was ``/dane``:
# the server redirects the old addresses (``MOVED``) so that old links keep working.
PLAUSIBILITY = ABOUT_DATA + "#wiarygodnosc"
SUSPECT_CSV = ABOUT_DATA + "/wartosci-watpliwe.csv"
MOVED = {"/dane": ABOUT_DATA, "/dane/wartosci-watpliwe.csv": SUSPECT_CSV}
ACCESSIBILITY = "/deklaracja-dostepnosci"
ASSETS = "/assets/"
GEOMETRY_PREFIX = "/assets/geo/"
HEALTH = "/healthz"
FAVICON = "/favicon.ico"
DASH_FAVICON = "/_favicon.ico"
# Dash's own addresses: its callbacks and layout (``/_dash-…``), favicon, hot reload.
DASH_PREFIXES = ("/_dash", "/_favicon", "/_reload")
DASH_CALLBACKS_PREFIX = "/_dash-"
DASH_RELOAD_HASH = "/_reload-hash"
DASH_COMPONENT_SUITES = "/_dash-component-suites/"
# Row anchors of the unit profile's table: ``/jst/<teryt>#wiersz-<indicator>``.
ROW_ANCHOR = "wiersz-"
AREA_ANCHOR = "obszar-"

# --- the account area: its pages and the form actions (POST) of their forms -------------------
ACCOUNT_PREFIX = "/konto"
LOGIN = "/konto/logowanie"
LOGIN_ACTION = "/konto/zaloguj"
REGISTER = "/konto/rejestracja"
REGISTER_ACTION = "/konto/zarejestruj"
LOGOUT_ACTION = "/konto/wyloguj"
PASSWORD = "/konto/haslo"
PASSWORD_ACTION = "/konto/zmien-haslo"
ACCOUNT_DELETE = "/konto/usun"
ACCOUNT_DELETE_ACTION = "/konto/usun-konto"
LOGIN_NEXT_PARAM = "dalej"
MY_VIEWS = "/moje-widoki"
VIEW_SAVE = "/moje-widoki/zapisz"
VIEW_RENAME = "/moje-widoki/<int:view_id>/zmien"
VIEW_DUPLICATE = "/moje-widoki/<int:view_id>/duplikuj"
VIEW_MOVE = "/moje-widoki/<int:view_id>/przesun"
VIEW_DELETE = "/moje-widoki/<int:view_id>/usun"
VIEW_SHARE = "/moje-widoki/<int:view_id>/udostepnij"
VIEW_REVOKE = "/moje-widoki/<int:view_id>/cofnij-udostepnienie"
VIEW_ANCHOR = "widok-"
DASHBOARDS = "/pulpity"
DASHBOARD_NEW = "/pulpity/nowy"
DASHBOARD_RENAME = "/pulpity/<int:dashboard_id>/zmien"
DASHBOARD_DELETE = "/pulpity/<int:dashboard_id>/usun"
DASHBOARD_ADD = "/pulpity/<int:dashboard_id>/dodaj"
DASHBOARD_ITEM_MOVE = "/pulpity/<int:dashboard_id>/elementy/<int:item_id>/przesun"
DASHBOARD_ITEM_DELETE = "/pulpity/<int:dashboard_id>/elementy/<int:item_id>/usun"
DASHBOARD_SHARE = "/pulpity/<int:dashboard_id>/udostepnij"
DASHBOARD_REVOKE = "/pulpity/<int:dashboard_id>/cofnij-udostepnienie"
DASHBOARD_WORKSHOP = "/pulpity/<int:dashboard_id>/warsztat"
ITEM_ANCHOR = "element-"
GROUPS = "/moje-grupy"
GROUP_NEW = "/moje-grupy/nowa"
GROUP_DELETE = "/moje-grupy/<int:group_id>/usun"
SHARED_PREFIX = "/udostepnione"
# Pages that show one user's own items (never cached, never indexed).
PRIVATE_PREFIXES = (ACCOUNT_PREFIX, MY_VIEWS, GROUPS, DASHBOARDS, SHARED_PREFIX)

# --- workshops: the join page, the trainer's actions and what participants poll -------------
WORKSHOP_JOIN = "/warsztat"
WORKSHOP_JOIN_ACTION = "/warsztat/dolacz"
WORKSHOP_END = "/warsztat/<code>/zakoncz"
WORKSHOP_SLIDE_ACTION = "/warsztat/<code>/slajd"
WORKSHOP_STATE = "/warsztat/<code>/stan"
WORKSHOP_SLIDE = "/warsztat/<code>/slajd/<int:index>"
WORKSHOP_PARTICIPANTS = "/warsztat/<code>/uczestnicy"

# Every page of the app (the Dash pages register these; tests/integration/test_routes.py
# checks the two lists agree).
PAGES = (
    HOME,
    CATALOGUE,
    SERVICE,
    INDICATOR,
    UNIT,
    ANALIZA,
    COMPARE,
    API_DOCS,
    ABOUT_DATA,
    CHANGES,
    ACCESSIBILITY,
    DASHBOARD,
    SHARED,
    WORKSHOP,
    SHARED_TARGETS,
    TARGET_EDIT,
    TARGETS,
    LOGIN,
    REGISTER,
    PASSWORD,
    ACCOUNT_DELETE,
    MY_VIEWS,
    GROUPS,
    DASHBOARDS,
    WORKSHOP_JOIN,
)

# --- the language switch, the API -------------------------------------------------------------
LANGUAGE_PREFIX = "/jezyk"
LANGUAGE_SWITCH = "/jezyk/<code>"
LANGUAGE_NEXT_PARAM = "next"
LANG_PARAM = "lang"
API_PREFIX = "/api/"
API_BASE = "/api/v1"  # the API's templates below are relative to it (its Blueprint's prefix)
API_UNITS = "/units"
API_UNIT = "/units/<code>"
API_AREAS = "/areas"
API_SERVICES = "/services"
API_INDICATORS = "/indicators"
API_INDICATOR = "/indicators/<indicator_id>"
API_CHANGES = "/changes"
API_DATA = "/data"
API_OPENAPI = "/openapi.json"
API_ROOT = "/"
API_ANY = "/<path:rest>"  # anything else under the API's base: its JSON 404


def query_string(params: Mapping[str, str] | Iterable[tuple[str, str]]) -> str:
    """``?a=1&b=x,y`` (commas kept readable), or ``""`` without parameters."""
    query = urlencode(params, safe=",")
    return f"?{query}" if query else ""


def _fragment(fragment: str | None) -> str:
    return f"#{fragment}" if fragment else ""


_PLACEHOLDER = re.compile(r"<(?:[^>]*:)?([^>:]+)>")


def build(template: str, **values: object) -> str:
    """The address of a route template with its ``<name>`` (``<int:name>``…) placeholders
    filled: ``build(VIEW_RENAME, view_id=3)`` → ``/moje-widoki/3/zmien``. Every placeholder
    must be given (a ``KeyError`` otherwise); values not in the template are ignored (a form
    action passes all its route's arguments)."""
    return _PLACEHOLDER.sub(lambda found: str(values[found.group(1)]), template)


def openapi_path(template: str) -> str:
    """A route template in OpenAPI's syntax: ``/units/<code>`` → ``/units/{code}``."""
    return _PLACEHOLDER.sub(lambda found: "{" + found.group(1) + "}", template)


def api(template: str, **values: object) -> str:
    """An address of the API: ``api(API_UNIT, code="02")`` → ``/api/v1/units/02``."""
    return API_BASE + build(template, **values)


def login(back_to: str | None = None) -> str:
    """The login page, returning to ``back_to`` (a path on this site) after it."""
    if back_to is None:
        return LOGIN
    return f"{LOGIN}?{LOGIN_NEXT_PARAM}=" + quote(back_to, safe="")


def language_switch(code: str, back_to: str = "") -> str:
    """``/jezyk/<code>?next=<back_to>``: switch the language, return to ``back_to`` (its
    slashes kept readable)."""
    path = build(LANGUAGE_SWITCH, code=code)
    if not back_to:
        return path
    return f"{path}?{LANGUAGE_NEXT_PARAM}=" + quote(back_to, safe="/")


# --- links --------------------------------------------------------------------------------------
def unit(code: str, query: str = "", fragment: str | None = None) -> str:
    """A unit's profile: ``/jst/<teryt>``; ``query`` is a ready ``?…`` string (or "")."""
    return f"/jst/{code}{query}{_fragment(fragment)}"


def unit_row(code: str, indicator_id: str) -> str:
    """An indicator's row in a unit's profile: ``/jst/<teryt>#wiersz-<indicator>``."""
    return unit(code, fragment=ROW_ANCHOR + indicator_id)


def unit_data(code: str, fmt: str) -> str:
    """A unit's bulk download: ``/jst/<teryt>/dane.csv`` or ``.xlsx``."""
    return f"/jst/{code}/dane.{fmt}"


def service(service_id: str) -> str:
    """A service card: ``/uslugi/<service_id>``."""
    return f"/uslugi/{service_id}"


def area(area_id: str) -> str:
    """An area in the catalogue of services: ``/uslugi#obszar-<area>``."""
    return f"{CATALOGUE}#{AREA_ANCHOR}{area_id}"


def indicator(indicator_id: str) -> str:
    """An indicator card: ``/wskazniki/<indicator_id>``."""
    return f"/wskazniki/{indicator_id}"


def analiza(params: Mapping[str, str] | None = None) -> str:
    """``/analiza`` with URL parameters (only what differs from the defaults: see
    ``analysis.state.to_params``)."""
    return ANALIZA + query_string(params or {})


def analiza_picture(kind: str, params: Mapping[str, str]) -> str:
    """The picture of /analiza's map or series (``kind``: mapa, szereg) for a state's
    parameters."""
    return f"{ANALIZA_PICTURES}{kind}.svg" + query_string(params)


def compare(
    codes: Iterable[str],
    area_id: str | None = None,
    years: tuple[int, int] | None = None,
    pool: Iterable[str] = (),
) -> str:
    """A comparison of units (codes in the given order): ``/porownaj?jst=a,b``; ``area_id``
    the area shown, ``years`` (od, do), ``pool`` candidates offered for a swap."""
    params = {"jst": ",".join(codes)}
    if area_id:
        params["obszar"] = area_id
    if years:
        params["od"], params["do"] = str(years[0]), str(years[1])
    pool = list(pool)
    if pool:
        params["pula"] = ",".join(pool)
    return COMPARE + query_string(params)


def report(code: str, query: str = "", pdf: bool = False) -> str:
    """A unit's report: ``/raport/<teryt>`` (print-ready page) or ``/raport/<teryt>.pdf``;
    ``query`` is a ready ``?…`` string (or "")."""
    return f"/raport/{code}{'.pdf' if pdf else ''}{query}"


def service_report(code: str, service_id: str, query: str = "", pdf: bool = False) -> str:
    """A unit's report on one service: ``/raport/<teryt>/usluga/<service_id>[.pdf]``."""
    return f"/raport/{code}/usluga/{service_id}{'.pdf' if pdf else ''}{query}"


def service_report_form(service_id: str, params: Mapping[str, str] | None = None) -> str:
    """The service report's unit picker: ``/raport/usluga/<service_id>?…`` (percent-encoded
    like a form's submission)."""
    query = urlencode(params or {})
    return f"/raport/usluga/{service_id}" + (f"?{query}" if query else "")


def report_pack(code: str, year: int | str, query: str = "", archive: bool = False) -> str:
    """A gmina's report pack: ``/raport/<teryt>/stan-gminy-<year>`` (its page) or ``.zip``;
    ``query`` without its ``?`` (or "")."""
    path = f"/raport/{code}/stan-gminy-{year}{REPORT_PACK_ARCHIVE if archive else ''}"
    return f"{path}?{query}" if query else path


def dashboard(dashboard_id: int | str) -> str:
    """A dashboard: ``/pulpity/<id>``."""
    return f"/pulpity/{dashboard_id}"


def presentation(path: str, index: int) -> str:
    """A dashboard (``dashboard(id)`` or ``shared(token)``) as a presentation at slide
    ``index``: ``/pulpity/7?prezentacja=1&widok=2``."""
    return f"{path}?prezentacja=1&widok={index}"


def shared(token: str) -> str:
    """A read-only shared view or dashboard: ``/udostepnione/<token>``."""
    return f"/udostepnione/{token}"


def workshop(code: str) -> str:
    """A workshop's page for participants: ``/warsztat/<code>``."""
    return f"/warsztat/{code}"


def asset(name: str) -> str:
    """A file of ``assets/``: ``asset("scripts/map-fit.js")`` → ``/assets/scripts/map-fit.js``."""
    return ASSETS + name


def geometry(name: str, digest: str) -> str:
    """A geometry file with its content hash: ``/assets/geo/gminy.geojson?v=<digest>``."""
    return f"{GEOMETRY_PREFIX}{name}.geojson?v={digest}"


def with_fragment(path: str, fragment: str) -> str:
    """``path#fragment``."""
    return path + _fragment(fragment)


def with_query(path: str, params: Mapping[str, str]) -> str:
    """``path`` with the non-empty ``params`` as its query (commas kept readable)."""
    return path + query_string({k: v for k, v in params.items() if v})


# --- embedded views ----------------------------------------------------------------------------
# A view is named by a path under ``/osadz/`` and the query of the page it shows:
# ``/osadz/analiza?…`` (the map of ``/analiza``), ``/osadz/analiza/szereg?…`` (its time series),
# ``/osadz/jst/<teryt>/<indicator>`` (one indicator of a unit over the years) and
# ``/osadz/porownaj?jst=…&wskaznik=…`` (one indicator of ``/porownaj``). ``/dane.csv`` and
# ``/metadane.json`` after a view's path give its data and metadata.
EMBED_PREFIX = "/osadz/"
EMBED_FILE = "/osadz/<name>"  # a view without a sub-path, or the embeds' script and style
EMBED_VIEW = "/osadz/<path:view_path>"
OEMBED = "/oembed"
EMBED_DATA_SUFFIX = "/dane.csv"
EMBED_METADATA_SUFFIX = "/metadane.json"
EMBED_ANALYSIS_MAP = "analiza"
EMBED_ANALYSIS_SERIES = "analiza/szereg"
EMBED_COMPARE = "porownaj"
EMBED_UNIT_TREND = re.compile(r"^jst/([^/]+)/([^/]+)$")


def embed(view: str, params: Mapping[str, str], suffix: str = "") -> str:
    """The address of an embedded view (``suffix``: its data or metadata file)."""
    return with_query(EMBED_PREFIX + view + suffix, params)


def embed_file(name: str) -> str:
    """One of the embeds' own files: ``/osadz/osadz.js``."""
    return EMBED_PREFIX + name


def embed_unit_trend(code: str, indicator_id: str) -> str:
    """The embedded view of one indicator of a unit: ``jst/<teryt>/<indicator>``."""
    return f"jst/{code}/{indicator_id}"


def embed_compare_params(codes: list[str], indicator_id: str, years: tuple[int, int]) -> dict:
    """The query of the embedded comparison of ``codes`` on one indicator over ``years``."""
    return {
        "jst": ",".join(codes),
        "wskaznik": indicator_id,
        "od": str(years[0]),
        "do": str(years[1]),
    }


def split_embed_path(path: str) -> tuple[str, str]:
    """``/osadz/analiza/dane.csv`` → (``"analiza"``, ``"csv"``); the kind is ``html``,
    ``csv`` or ``json``."""
    view = path.removeprefix(EMBED_PREFIX).strip("/")
    for suffix, kind in ((EMBED_DATA_SUFFIX, "csv"), (EMBED_METADATA_SUFFIX, "json")):
        if view.endswith(suffix.lstrip("/")):
            return view.removesuffix(suffix.lstrip("/")).rstrip("/"), kind
    return view, "html"


def embed_for_page(url: str) -> tuple[str, dict[str, str]] | None:
    """The embedded view (view path, query) of a page's address (path and query, the host
    checked by the caller): ``/analiza?…``, ``/porownaj?jst=…&wskaznik=…``,
    ``/jst/<teryt>?wskaznik=…`` or an ``/osadz/…`` address itself; None for any other page."""
    parts = urlsplit(url)
    params = dict(parse_qsl(parts.query))
    path = parts.path.rstrip("/")
    if path.startswith(EMBED_PREFIX.rstrip("/")):
        view, kind = split_embed_path(path)
        return (view, params) if kind == "html" and view else None
    if path == ANALIZA:
        return EMBED_ANALYSIS_MAP, params
    if path == COMPARE and params.get("wskaznik"):
        return EMBED_COMPARE, params
    if (found := pattern(UNIT).match(path)) and params.get("wskaznik"):
        indicator_id = params.pop("wskaznik")
        return embed_unit_trend(found.group(1), indicator_id), params
    return None


def with_language(href: str, lang: str) -> str:
    """``href`` with ``lang=<lang>`` added before its fragment (nothing for Polish)."""
    if not lang or lang == "pl":
        return href
    path, hash_mark, fragment = href.partition("#")
    joiner = "&" if "?" in path else "?"
    return f"{path}{joiner}{LANG_PARAM}={lang}{hash_mark}{fragment}"


# --- matching paths ----------------------------------------------------------------------------
@cache
def pattern(template: str, trailing_slash: bool = True) -> re.Pattern[str]:
    """The regular expression of a route template: each ``<name>`` one path segment
    (``<int:name>`` digits only, as Flask's converter), captured in order; a trailing slash
    allowed unless ``trailing_slash`` is False."""
    parts = re.split(r"(<[^>]+>)", template)
    body = "".join(
        ("([0-9]+)" if p.startswith("<int:") else "([^/]+)") if p.startswith("<") else re.escape(p)
        for p in parts
    )
    return re.compile(f"^{body}{'/?' if trailing_slash else ''}$")


def match(template: str, path: str) -> str | None:
    """The first ``<name>`` of ``template`` in ``path`` (percent-decoded), or None when the
    path is not of that route: ``match(UNIT, "/jst/0201011")`` → ``"0201011"``."""
    found = pattern(template).match(path)
    return unquote(found.group(1)) if found else None


def is_page(path: str, page: str) -> bool:
    """Whether ``path`` is the static page ``page`` (a trailing slash allowed)."""
    return (path.rstrip("/") or "/") == page
