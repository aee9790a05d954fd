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
from urllib.parse import unquote, urlencode

# --- pages and files: route templates ---------------------------------------------------------
HOME = "/"
CATALOGUE = "/uslugi"
SERVICE = "/uslugi/<service_id>"
INDICATOR = "/wskazniki/<indicator_id>"
UNIT = "/jst/<teryt>"
UNIT_DATA = "/jst/<teryt>/dane.<any(csv, xlsx):fmt>"
UNIT_DATA_FORMATS = ("csv", "xlsx")
ANALIZA = "/analiza"
COMPARE = "/porownaj"
API_DOCS = "/api"
ABOUT_DATA = "/o-danych"
REPORT_PREFIX = "/raport/"
REPORT = "/raport/<name>"  # <teryt> or <teryt>.pdf
SERVICE_REPORT = "/raport/<teryt>/usluga/<name>"  # <service_id> or <service_id>.pdf
SERVICE_REPORT_FORM = "/raport/usluga/<service_id>"  # picks the unit, then redirects
REPORT_PACK = "/raport/<teryt>/stan-gminy-<name>"  # <year> or <year>.zip
REPORT_PACK_ARCHIVE = ".zip"
DASHBOARD = "/pulpity/<dashboard_id>"
SHARED = "/udostepnione/<token>"
WORKSHOP = "/warsztat/<code>"
SHARED_TARGETS = "/cele/udostepnione/<token>"
TARGET_EDIT = "/cele/<target_id>/edycja"
# Row anchors of the unit profile's table: ``/jst/<teryt>#wiersz-<indicator>``.
ROW_ANCHOR = "wiersz-"
AREA_ANCHOR = "obszar-"


def query_string(params: Mapping[str, str] | Iterable[tuple[str, str]]) -> str:
    """``?a=1&b=x,y`` (commas kept readable), or ``""`` without parameters."""
    query = urlencode(params, safe=",")
    return f"?{query}" if query else ""


def _fragment(fragment: str | None) -> str:
    return f"#{fragment}" if fragment else ""


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


def shared(token: str) -> str:
    """A read-only shared view or dashboard: ``/udostepnione/<token>``."""
    return f"/udostepnione/{token}"


def workshop(code: str) -> str:
    """A workshop's page for participants: ``/warsztat/<code>``."""
    return f"/warsztat/{code}"


# --- matching paths ----------------------------------------------------------------------------
@cache
def pattern(template: str) -> re.Pattern[str]:
    """The regular expression of a route template: each ``<name>`` one path segment (the
    first one captured first), a trailing slash allowed."""
    parts = re.split(r"(<[^>]+>)", template)
    body = "".join("([^/]+)" if p.startswith("<") else re.escape(p) for p in parts)
    return re.compile(f"^{body}/?$")


def match(template: str, path: str) -> str | None:
    """The first ``<name>`` of ``template`` in ``path`` (percent-decoded), or None when the
    path is not of that route: ``match(UNIT, "/jst/0201011")`` → ``"0201011"``."""
    found = pattern(template).match(path)
    return unquote(found.group(1)) if found else None


def is_page(path: str, page: str) -> bool:
    """Whether ``path`` is the static page ``page`` (a trailing slash allowed)."""
    return (path.rstrip("/") or "/") == page
