"""The addresses of embedded views (the one builder of them) and the ``<iframe>`` snippet.

A view is named by a path under ``/osadz/`` and the query of the page it shows:
``/osadz/analiza?…`` (the map of ``/analiza``), ``/osadz/analiza/szereg?…`` (its time series),
``/osadz/jst/<teryt>/<indicator>`` (one indicator of a unit over the years) and
``/osadz/porownaj?jst=…&wskaznik=…`` (one indicator of ``/porownaj``). ``/dane.csv`` and
``/metadane.json`` after a view's path give its data and metadata.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import parse_qsl, urlencode, urlsplit

from core import urls as app_urls

EMBED_PREFIX = "/osadz/"
OEMBED_PATH = "/oembed"
DATA_SUFFIX = "/dane.csv"
METADATA_SUFFIX = "/metadane.json"
ANALYSIS_MAP = "analiza"
ANALYSIS_SERIES = "analiza/szereg"
COMPARE = "porownaj"
UNIT_TREND = re.compile(r"^jst/([^/]+)/([^/]+)$")
WIDTHS = ("100%", "800", "640", "480")
HEIGHTS = ("400", "500", "600", "700")
DEFAULT_SNIPPET_HEIGHT = "500"
DEFAULT_WIDTH, DEFAULT_HEIGHT = 640, 500  # px, what oEmbed offers without maxwidth/maxheight
LANG_PARAM = "lang"


def with_query(path: str, params: dict[str, str]) -> str:
    query = urlencode({k: v for k, v in params.items() if v}, safe=",")
    return f"{path}?{query}" if query else path


def embed_href(view: str, params: dict[str, str], suffix: str = "") -> str:
    """The address of an embedded view (``suffix``: its data or metadata file)."""
    return with_query(EMBED_PREFIX + view + suffix, params)


def unit_trend_view(code: str, indicator_id: str) -> str:
    return f"jst/{code}/{indicator_id}"


def compare_params(codes: list[str], indicator_id: str, years: tuple[int, int]) -> dict:
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
    for suffix, kind in ((DATA_SUFFIX, "csv"), (METADATA_SUFFIX, "json")):
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
    if path == app_urls.ANALIZA:
        return ANALYSIS_MAP, params
    if path == app_urls.COMPARE and params.get("wskaznik"):
        return COMPARE, params
    if (match := app_urls.pattern(app_urls.UNIT).match(path)) and params.get("wskaznik"):
        indicator = params.pop("wskaznik")
        return unit_trend_view(match.group(1), indicator), params
    return None


def iframe_snippet(src: str, title: str, width: str, height: str) -> str:
    """The ``<iframe>`` a site pastes: a title for screen readers, no border, never wider than
    its column (``width`` is ``"100%"`` or pixels)."""
    return (
        f'<iframe src="{escape(src)}" title="{escape(title)}" width="{escape(width)}" '
        f'height="{escape(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>'
    )


def with_language(href: str, lang: str) -> str:
    """``href`` with ``lang=<lang>`` added before its fragment (nothing for Polish)."""
    if not lang or lang == "pl":
        return href
    path, hash_mark, fragment = href.partition("#")
    joiner = "&" if "?" in path else "?"
    return f"{path}{joiner}{LANG_PARAM}={lang}{hash_mark}{fragment}"
