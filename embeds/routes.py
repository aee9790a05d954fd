"""Flask routes of embeds: the chrome-less page of a view (``/osadz/…``), its data
(``…/dane.csv``) and metadata (``…/metadane.json``), and oEmbed 1.0 (``/oembed?url=…``).

Embed pages may be framed by any site (``security.security_headers`` relaxes
``frame-ancestors`` for ``/osadz/`` only) and are cached briefly: they show live data, and a
newsroom's page may be read by thousands at once.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from flask import Blueprint, Flask, Response, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from analysis import exports
from api.routes import indicator_detail
from core import urls
from data_access.catalogue_model import Quality
from data_access.repository import get_repository
from delivery import PLOTLY_PATH
from embeds import iframe
from embeds.views import EmbedNotFound, EmbedView, build_view, embed_title
from i18n import LANG_PARAM, current_language, t
from security.cell_safety import safe_frame

HERE = Path(__file__).resolve().parent
STATIC = {"osadz.js": ("embed.js", "text/javascript"), "osadz.css": ("embed.css", "text/css")}
CACHE_SECONDS = 300
MAX_OEMBED_URL = 2000


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def briefly_cached(response: Response) -> Response:
    response.cache_control.public = True
    response.cache_control.max_age = CACHE_SECONDS
    return response


def view_params() -> dict[str, str]:
    """The view's query: the language is the page's, not the view's."""
    return {k: v for k, v in request.args.items() if k != LANG_PARAM}


def absolute(href: str) -> str:
    return request.host_url.rstrip("/") + href


def render(template: str, **values) -> str:
    site = t("app.title")
    return (
        environment()
        .get_template(template)
        .render(
            t=t, lang=current_language(), site=site, css_href=urls.embed_file("osadz.css"), **values
        )
    )


def not_found(message: str) -> Response:
    page = render("message.html", message=message, home_url=absolute(urls.HOME))
    return Response(page, status=404, mimetype="text/html")


def json_for_script(data: object) -> Markup:
    """JSON safe inside a ``<script type="application/json">`` block (no ``</script>``)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def embed_page(view_path: str, view: EmbedView) -> str:
    params, lang = view_params(), current_language()
    here = urls.with_language(urls.embed(view_path, params), lang)
    label_key = "embed.map_label" if view.kind == "map" else "embed.figure_label"
    return render(
        "embed.html",
        view=view,
        figure_json=json_for_script(view.figure),
        figure_label=t(label_key, title=view.title),
        page_url=absolute(urls.with_language(view.page_href, lang)),
        csv_href=urls.embed(view_path, params, urls.EMBED_DATA_SUFFIX),
        json_href=urls.embed(view_path, params, urls.EMBED_METADATA_SUFFIX),
        oembed_href=urls.with_query(urls.OEMBED, {"url": absolute(here), "format": "json"}),
        plotly_href=PLOTLY_PATH,
        map_fit_href=urls.asset("scripts/map-fit.js"),
        script_href=urls.embed_file("osadz.js"),
    )


def metadata(view_path: str, view: EmbedView) -> dict:
    """The view and its indicator's catalogue entry (the API's full metadata), with the
    quality flags of the values it shows."""
    params = view_params()
    repo = get_repository()
    return {
        "title": view.title,
        "kind": view.kind,
        "page_url": absolute(view.page_href),
        "embed_url": absolute(urls.embed(view_path, params)),
        "data_url": absolute(urls.embed(view_path, params, urls.EMBED_DATA_SUFFIX)),
        "source": view.source,
        "licence": t("analiza.image.licence"),
        "demo": view.demo,
        **view.facts,
        "quality": {
            flag: {
                "count": count,
                "label": t(f"quality.{flag}"),
                "meaning": t(f"quality.meaning.{flag}"),
            }
            for flag, count in view.quality.items()
            if flag in Quality._value2member_map_
        },
        "indicator": indicator_detail(repo, view.indicator),
    }


def data_file(view_path: str, view: EmbedView) -> Response:
    name = view_path.replace("/", "_") + ("_DEMO" if view.demo else "") + ".csv"
    response = Response(exports.to_csv(safe_frame(view.data)), mimetype="text/csv")
    response.headers["Content-Disposition"] = f"inline; filename={name}"
    return response


def oembed_discovery_link() -> str:
    """The ``<link>`` that announces the oEmbed of the page being served (``/analiza``, a
    profile or comparison with ``wskaznik=``), or "" for a page with no embeddable view."""
    page = request.full_path.rstrip("?")
    if urls.embed_for_page(page) is None:
        return ""
    href = urls.with_query(urls.OEMBED, {"url": absolute(page), "format": "json"})
    return f'<link rel="alternate" type="application/json+oembed" href="{escape(href)}">'


def oembed_size(name: str, default: int) -> int:
    """``maxwidth``/``maxheight``: the default, or less when the consumer asks for less."""
    raw = request.args.get(name, "")
    return min(default, int(raw)) if raw.isdigit() and int(raw) > 0 else default


def oembed_error(status: int, message: str) -> Response:
    return Response(message, status=status, mimetype="text/plain")


def same_site(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.netloc == request.host


bp = Blueprint("embeds", __name__)


@bp.get(urls.EMBED_PREFIX)
@bp.get(urls.EMBED_FILE)
@bp.get(urls.EMBED_VIEW)
def embed(view_path: str = "", name: str = "") -> Response:
    if name in STATIC:
        file, mimetype = STATIC[name]
        body = (HERE / "static" / file).read_text(encoding="utf-8")
        return briefly_cached(Response(body, mimetype=mimetype))
    view_path, kind = urls.split_embed_path(view_path or name)
    try:
        view = build_view(get_repository(), view_path, view_params())
    except EmbedNotFound as missing:
        return not_found(missing.message)
    if kind == "csv":
        response = data_file(view_path, view)
    elif kind == "json":
        response = Response(
            json.dumps(metadata(view_path, view), ensure_ascii=False),
            mimetype="application/json",
        )
    else:
        response = Response(embed_page(view_path, view), mimetype="text/html")
    if kind != "html":
        response.headers["Access-Control-Allow-Origin"] = "*"  # public data, for scripts
    return briefly_cached(response)


@bp.get(urls.OEMBED)
def oembed() -> Response:
    """oEmbed 1.0: a ``rich`` answer with the ``<iframe>`` of the view a page of this site
    shows; 404 for other sites' or unknown pages, 501 for a format other than JSON."""
    fmt = request.args.get("format", "json")
    if fmt != "json":
        return oembed_error(501, "Only format=json is implemented.")
    url = request.args.get("url", "")[:MAX_OEMBED_URL]
    target = urls.embed_for_page(url) if same_site(url) else None
    if target is None:
        return oembed_error(404, "No embeddable view of this site at this url.")
    view_path, params = target
    lang = params.pop(LANG_PARAM, "")
    try:
        view_title = embed_title(get_repository(), view_path, params)
    except EmbedNotFound:
        return oembed_error(404, "No embeddable view of this site at this url.")
    width = oembed_size("maxwidth", iframe.DEFAULT_WIDTH)
    height = oembed_size("maxheight", iframe.DEFAULT_HEIGHT)
    src = absolute(urls.with_language(urls.embed(view_path, params), lang))
    title = t("embed.iframe_title", title=view_title, site=t("app.title"))
    answer = {
        "version": "1.0",
        "type": "rich",
        "title": view_title,
        "provider_name": t("app.title"),
        "provider_url": absolute(urls.HOME),
        "cache_age": CACHE_SECONDS,
        "html": iframe.iframe_snippet(src, title, str(width), str(height)),
        "width": width,
        "height": height,
    }
    response = Response(json.dumps(answer, ensure_ascii=False), mimetype="application/json")
    response.headers["Access-Control-Allow-Origin"] = "*"
    return briefly_cached(response)


def register_embed_routes(server: Flask) -> None:
    server.register_blueprint(bp)
