"""The language switch: "English / Polski" links in the navigation, the Flask route
``/jezyk/<code>`` that stores the choice in the ``lang`` cookie and returns to the page, and
``?lang=<code>`` on any page address, which does the same for shared links.

The language itself is read per request by ``i18n.current_language``; Polish is the default."""

from __future__ import annotations

import json
import logging
import re
from enum import StrEnum
from urllib.parse import parse_qsl, urlencode, urlsplit

from dash import Input, Output, clientside_callback, html
from flask import Blueprint, Flask, Response, g, redirect, request

from components.notfound import app_page
from core import urls
from i18n import (
    DEFAULT_LANGUAGE,
    LANG_COOKIE,
    LANG_PARAM,
    LANGUAGE_OVERRIDE,
    LANGUAGES,
    current_language,
    lazy_t,
    messages,
    t,
)

log = logging.getLogger(__name__)

COOKIE_MAX_AGE = 365 * 24 * 3600
NEXT_MAX = 2000
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
# The switch shows the other language first, each name in its own language.
SWITCH_ORDER: tuple[str, ...] = ("en", "pl")
# Addresses answered in Polish whatever the choice: the API (a data contract documented in
# Polish; one cached OpenAPI document). Reports follow the language (it is in their cache key).
POLISH_ONLY_PREFIXES: tuple[str, ...] = (urls.API_BASE + "/",)


class Ids(StrEnum):
    SWITCH = "language-switch"
    LINK_EN = "language-link-en"
    LINK_PL = "language-link-pl"


def safe_return_path(raw: object) -> str | None:
    """``raw`` if it is a path on this site (``/...``, no scheme, host, backslash or control
    characters), with any ``lang`` parameter removed; ``None`` otherwise."""
    if not isinstance(raw, str) or not raw or len(raw) > NEXT_MAX:
        return None
    if not raw.startswith("/") or raw.startswith("//") or "\\" in raw:
        return None
    if CONTROL_CHARS.search(raw):
        return None
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc:
        return None
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != LANG_PARAM]
    path = parts.path or "/"
    return f"{path}?{urlencode(query)}" if query else path


def return_path(next_param: object, referrer: str | None, host: str) -> str:
    """Where the switch goes back to: ``next`` if it is a local path, else the referring page
    of this site, else the home page."""
    target = safe_return_path(next_param)
    if target:
        return target
    if referrer:
        parts = urlsplit(referrer)
        if parts.netloc == host:
            local = parts.path + (f"?{parts.query}" if parts.query else "")
            return safe_return_path(local) or "/"
    return "/"


def switch_href(code: str, next_path: str = "") -> str:
    """The address of the switch to ``code`` returning to ``next_path``."""
    return urls.language_switch(code, next_path)


def remember_language(response: Response, code: str) -> None:
    """Store the language choice in the ``lang`` cookie (a year, SameSite=Lax)."""
    response.set_cookie(
        LANG_COOKIE,
        code,
        max_age=COOKIE_MAX_AGE,
        samesite="Lax",
        secure=request.is_secure,
        path="/",
    )


def language_switch() -> html.Div:
    """The "English / Polski" links; the current language is marked with ``aria-current``.
    The links' ``next`` is filled in the browser with the current address."""
    current = current_language()
    ids = {"en": Ids.LINK_EN, "pl": Ids.LINK_PL}
    children: list = []
    for code in SWITCH_ORDER:
        if children:
            children.append(
                html.Span("/", className="language-separator", **{"aria-hidden": "true"})
            )
        is_current = code == current
        children.append(
            html.A(
                t(f"lang.{code}"),
                id=ids[code],
                href=switch_href(code),
                lang=code,
                hrefLang=code,
                className="language-link" + (" active" if is_current else ""),
                **({"aria-current": "true"} if is_current else {}),
            )
        )
    return html.Div(
        children,
        id=Ids.SWITCH,
        role="group",
        className="language-switch",
        **{"aria-label": t("lang.switch")},
    )


# The links return to the page being shown (pages rewrite their address as you work).
SWITCH_TO = {
    code: json.dumps(f"{urls.language_switch(code)}?{urls.LANGUAGE_NEXT_PARAM}=")
    for code in ("en", "pl")
}
clientside_callback(
    """
    function (pathname, search) {
        var next = encodeURIComponent((pathname || "/") + (search || "")).replace(/%2F/g, "/");
        return [SWITCH_EN + next, SWITCH_PL + next];
    }
    """.replace("SWITCH_EN", SWITCH_TO["en"]).replace("SWITCH_PL", SWITCH_TO["pl"]),
    Output(Ids.LINK_EN, "href"),
    Output(Ids.LINK_PL, "href"),
    Input("shell-url", "pathname"),
    Input("shell-url", "search"),
)


def localize_page_titles(registry: dict) -> int:
    """Make static page titles follow the language: a title equal to a text of the Polish
    catalogue becomes a callable giving that text in the request's language (Dash calls it per
    request). Returns how many titles were changed."""
    keys: dict[str, str] = {}
    for key, text in messages(DEFAULT_LANGUAGE).items():
        if text not in keys or key.endswith(".title"):
            keys[text] = key
    changed = 0
    for page in registry.values():
        title = page.get("title")
        if isinstance(title, str) and title in keys:
            page["title"] = lazy_t(keys[title])
            changed += 1
    return changed


# ``/jezyk/<code>`` and the cookie for ``?lang=<code>`` on any address.
bp = Blueprint("language", __name__)


@bp.get(urls.LANGUAGE_SWITCH)
def switch_language(code: str):
    if code not in LANGUAGES:
        # Unknown language: the friendly not-found page, nothing changes.
        return app_page(), 404
    target = return_path(request.args.get("next"), request.referrer, request.host)
    response = redirect(target, code=303)
    remember_language(response, code)
    return response


@bp.before_app_request
def polish_only_addresses() -> None:
    if request.path.startswith(POLISH_ONLY_PREFIXES):
        setattr(g, LANGUAGE_OVERRIDE, DEFAULT_LANGUAGE)


@bp.after_app_request
def remember_language_from_query(response: Response) -> Response:
    asked = request.args.get(LANG_PARAM)
    if (
        request.method == "GET"
        # an embedded view's language is its publisher's choice, not the reader's; a
        # picture's is its page's
        and not request.path.startswith((urls.EMBED_PREFIX, urls.ANALIZA_PICTURES))
        and asked in LANGUAGES
        and request.cookies.get(LANG_COOKIE, DEFAULT_LANGUAGE) != asked
    ):
        remember_language(response, asked)
    return response


def register_language_routes(server: Flask) -> None:
    """``/jezyk/<code>`` and the cookie for ``?lang=<code>`` on any address."""
    server.register_blueprint(bp)
