"""The ``<iframe>`` snippet a site pastes to show an embedded view, and the sizes offered
(the view's address is built by ``core.urls.embed``)."""

from __future__ import annotations

from html import escape

WIDTHS = ("100%", "800", "640", "480")
HEIGHTS = ("400", "500", "600", "700")
DEFAULT_SNIPPET_HEIGHT = "500"
DEFAULT_WIDTH, DEFAULT_HEIGHT = 640, 500  # px, what oEmbed offers without maxwidth/maxheight


def iframe_snippet(src: str, title: str, width: str, height: str) -> str:
    """The ``<iframe>`` a site pastes: a title for screen readers, no border, never wider than
    its column (``width`` is ``"100%"`` or pixels)."""
    return (
        f'<iframe src="{escape(src)}" title="{escape(title)}" width="{escape(width)}" '
        f'height="{escape(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>'
    )
