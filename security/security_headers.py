"""Security headers on every response.

A Content-Security-Policy without inline scripts: Dash's own inline scripts (the renderer's
start and the clientside callbacks) are allowed by their hashes, everything else must come
from this site. Styles may be inline (Plotly, AG Grid and React set them); the map library
starts its workers from ``blob:`` addresses; views may be framed by this site's dashboards
only, except the embeds (``/osadz/…``), which any site may frame. Also no MIME sniffing and
no Referer to other sites (share links stay private).
"""

from __future__ import annotations

import base64
import hashlib

import dash
from flask import Response, request

from core import urls

# Inline event handlers of the HTML reports (``reports/templates/base.html``: the print
# button), allowed on report pages by their hashes ('unsafe-hashes' allows only handlers whose
# code has one of these hashes).
REPORT_PREFIX = urls.REPORT_PREFIX
REPORT_HANDLERS = ("window.print()",)

POLICY: dict[str, tuple[str, ...]] = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "style-src": ("'self'", "'unsafe-inline'"),
    "img-src": ("'self'", "data:", "blob:"),
    "font-src": ("'self'", "data:"),
    "connect-src": ("'self'",),
    "worker-src": ("'self'", "blob:"),
    "frame-src": ("'self'",),
    "frame-ancestors": ("'self'",),
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
}
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def script_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(
    script_hashes: list[str], handler_hashes: list[str] | tuple[()] = (), framed: bool = False
) -> str:
    """The policy's header value: ``POLICY`` with the hashes of the allowed inline scripts
    (and, with ``handler_hashes``, of inline event handlers); ``framed``: any page may frame
    this one (no ``frame-ancestors``: ``*`` would still refuse a page opened from a file or
    written by a script, ``about:blank``)."""
    directives = dict(POLICY)
    if framed:
        del directives["frame-ancestors"]
    directives["script-src"] += tuple(script_hashes)
    if handler_hashes:
        directives["script-src"] += ("'unsafe-hashes'", *handler_hashes)
    return "; ".join(" ".join((name, *sources)) for name, sources in directives.items())


def register_security_headers(app: dash.Dash) -> None:
    """Add the headers to every response of the app's server (a route may set its own)."""
    handler_hashes = [script_hash(code) for code in REPORT_HANDLERS]

    @app.server.after_request
    def security_headers(response: Response) -> Response:
        # Hashed per response: Dash adds the pages' router script at the first request.
        handlers = handler_hashes if request.path.startswith(REPORT_PREFIX) else []
        framed = request.path.startswith(urls.EMBED_PREFIX)
        policy = content_security_policy(app.csp_hashes(), handlers, framed)
        response.headers.setdefault("Content-Security-Policy", policy)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response
