"""A plotly chart drawn when it comes into view (``assets/scripts/lazy-graph.js``): until then
its place, of the chart's height, so nothing moves when it is drawn.

Why: every ``dcc.Graph`` on a page is drawn when the page loads, seen or not. ``/porownaj``
has two charts per indicator of the area (28 for two units' finances): drawing them all kept
the browser busy for seconds before the page answered input. The chart is the same
``dcc.Graph`` (figure and config as given) once its place is near the screen.
"""

from __future__ import annotations

from typing import ClassVar

from dash.development.base_component import Component

# The height of a figure without one (plotly's default).
DEFAULT_HEIGHT = 450


class LazyGraph(Component):
    """``dcc.Graph(figure=…, config=…)`` drawn when its place comes into view."""

    _children_props: ClassVar[list[str]] = []
    _base_nodes: ClassVar[list[str]] = ["children"]
    _namespace = "smup_components"
    _type = "LazyGraph"
    _prop_names: ClassVar[list[str]] = ["id", "className", "figure", "config", "height"]
    _valid_wildcard_attributes: ClassVar[list[str]] = []
    available_properties: ClassVar[list[str]] = _prop_names
    available_wildcard_properties: ClassVar[list[str]] = []

    def __init__(
        self,
        figure: dict,
        config: dict | None = None,
        id: str | None = None,
        className: str | None = None,
    ):
        height = (figure.get("layout") or {}).get("height") or DEFAULT_HEIGHT
        kwargs: dict = {"figure": figure, "height": height}
        if config is not None:
            kwargs["config"] = config
        if id is not None:
            kwargs["id"] = id
        if className is not None:
            kwargs["className"] = className
        super().__init__(**kwargs)
