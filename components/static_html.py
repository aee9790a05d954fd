"""Static parts of a page sent as one component: a tree of Dash components without callbacks
(headings, tables, links, images) rendered to HTML on the server and shown in the browser by
a single ``StaticHtml`` element (``assets/scripts/static-html.js``).

Why: every Dash component is a React component with its own store subscriptions in the
browser. The unit profile's tables alone were ~5,000 of them (1 MB of layout JSON and over a
second of main-thread work to mount); as markup they are one. The HTML is the same the
components would make: the same elements, classes, ids, ``data-*`` and ``aria-*`` attributes.

Text and attribute values are escaped here, so the markup is exactly the tree's; a component
this module does not know raises instead of being dropped silently. A ``dcc.Link`` becomes an
``<a data-nav>`` that the browser-side element follows like ``dcc.Link`` does (history push,
no reload). Elements that need a callback (an id of a pattern) cannot be static: they raise.
"""

from __future__ import annotations

import re
from html import escape
from typing import ClassVar

from dash.development.base_component import Component

# Attribute names of Dash's html components that differ from HTML's.
ATTRIBUTES = {
    "className": "class",
    "htmlFor": "for",
    "colSpan": "colspan",
    "rowSpan": "rowspan",
    "tabIndex": "tabindex",
    "readOnly": "readonly",
    "accessKey": "accesskey",
    "contentEditable": "contenteditable",
    "spellCheck": "spellcheck",
    "srcSet": "srcset",
}
# Dash props that are not attributes of the element.
NOT_ATTRIBUTES = frozenset(
    {"children", "n_clicks", "n_clicks_timestamp", "disable_n_clicks", "key", "loading_state"}
)
VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "source", "track", "wbr"})
URL_ATTRIBUTES = frozenset({"href", "src"})
UNSAFE_URL = re.compile(r"^\s*(javascript|vbscript):", re.IGNORECASE)
HTML_NAMESPACE = "dash_html_components"
BREAKPOINTS = ("xs", "sm", "md", "lg", "xl", "xxl")


class StaticHtml(Component):
    """Markup made by :func:`to_html` (never markup from elsewhere), in a ``<div>``."""

    _children_props: ClassVar[list[str]] = []
    _base_nodes: ClassVar[list[str]] = ["children"]
    _namespace = "smup_components"
    _type = "StaticHtml"
    _prop_names: ClassVar[list[str]] = ["id", "className", "html", "defer"]
    _valid_wildcard_attributes: ClassVar[list[str]] = []
    available_properties: ClassVar[list[str]] = ["id", "className", "html", "defer"]
    available_wildcard_properties: ClassVar[list[str]] = []

    def __init__(
        self,
        html: str,
        id: str | None = None,
        className: str | None = None,
        defer: bool = False,
    ):
        # The props are set as ``Component.__init__`` sets them, without its check of each
        # keyword: for a namespace that is no Python package that check tries to import it
        # (a failed import per prop, ~0.1 ms each, hundreds per profile).
        super().__init__()
        self.html = html
        if defer:
            self.defer = True
        if id is not None:
            if not isinstance(id, (str, dict)):
                raise TypeError(f"`id` prop must be a string or dict, not {id!r}")
            self.id = id
        if className is not None:
            self.className = className


def static(
    *nodes, id: str | None = None, className: str | None = None, defer: bool = False
) -> StaticHtml:
    """The components ``nodes`` as one :class:`StaticHtml` element; ``defer``: shown after
    the first paint, one such element per task (for what lies below the fold)."""
    return StaticHtml(to_html(list(nodes)), id=id, className=className, defer=defer)


def css(style: dict) -> str:
    def name(key: str) -> str:
        return re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), key)

    return "; ".join(f"{name(k)}: {v}" for k, v in style.items())


def attributes(props: dict) -> str:
    parts = []
    for key, value in sorted(props.items()):  # one order: the same tree, the same markup
        if key in NOT_ATTRIBUTES or value is None or value is False:
            continue
        if key == "id" and not isinstance(value, str):
            raise ValueError(f"a component with a pattern id needs a callback: {value!r}")
        name = ATTRIBUTES.get(key, key)
        if value is True:
            parts.append(f" {name}")
            continue
        if key == "style":
            value = css(value)
        value = str(value)
        if name in URL_ATTRIBUTES and UNSAFE_URL.match(value):
            raise ValueError(f"unsafe URL in {name}: {value[:40]!r}")
        parts.append(f' {name}="{escape(value, quote=True)}"')
    return "".join(parts)


def element(tag: str, props: dict, children) -> str:
    if tag in VOID:
        return f"<{tag}{attributes(props)}>"
    return f"<{tag}{attributes(props)}>{to_html(children)}</{tag}>"


def classes(*names: str | None) -> str:
    return " ".join(n for n in names if n)


def props_of(node: Component) -> dict:
    """The props a component was given (what ``to_plotly_json`` lists, read without it: the
    component keeps them as attributes beside its class's property lists)."""
    return {
        k: v for k, v in vars(node).items() if not (k.startswith("_") or k.startswith("available_"))
    }


def component_html(node: Component) -> str:
    props = props_of(node)
    children = props.get("children")
    if node._namespace == HTML_NAMESPACE:
        return element(node._type.lower(), props, children)
    kind = (node._namespace, node._type)
    if kind == ("dash_core_components", "Link"):
        attrs = {k: v for k, v in props.items() if k not in {"refresh", "target", "pathname"}} | {
            "data-nav": True
        }
        if props.get("target"):
            attrs["target"] = props["target"]
            del attrs["data-nav"]
        return element("a", attrs, children)
    if kind == ("dash_bootstrap_components", "Table"):
        attrs = without(props, TABLE_PROPS) | {
            "className": classes(table_classes(props), props.get("className"))
        }
        table = element("table", attrs, children)
        if props.get("responsive"):
            return f'<div class="table-responsive">{table}</div>'
        return table
    if kind == ("dash_bootstrap_components", "Alert"):
        attrs = without(props, ALERT_PROPS)
        attrs["className"] = classes(alert_classes(props), props.get("className"))
        return element("div", {"role": "alert"} | attrs, children)
    if kind == ("dash_bootstrap_components", "Row"):
        attrs = without(props, ROW_PROPS)
        attrs["className"] = classes(row_classes(props), props.get("className"))
        return element("div", attrs, children)
    if kind == ("dash_bootstrap_components", "Col"):
        attrs = without(props, COL_PROPS)
        attrs["className"] = classes(col_classes(props), props.get("className"))
        return element("div", attrs, children)
    raise TypeError(f"no static HTML for {node._namespace}.{node._type}")


# dash-bootstrap-components' boxes: the classes their props stand for, and the props that are
# no attributes of the element (for this module's strict renderer and the first screen's).
TABLE_PROPS = frozenset({"size", "hover", "striped", "bordered", "responsive", "color", "dark"})
ALERT_PROPS = frozenset({"color", "is_open", "dismissable", "fade", "duration"})
ROW_PROPS = frozenset({"align", "justify"})
COL_PROPS = frozenset({"width", *BREAKPOINTS})


def without(props: dict, names: frozenset[str]) -> dict:
    return {k: v for k, v in props.items() if k not in names}


def table_classes(props: dict) -> str:
    return classes(
        "table",
        f"table-{props['size']}" if props.get("size") else None,
        "table-hover" if props.get("hover") else None,
        "table-striped" if props.get("striped") else None,
        "table-bordered" if props.get("bordered") else None,
    )


def alert_classes(props: dict) -> str:
    return classes("alert", f"alert-{props.get('color') or 'success'}")


def row_classes(props: dict) -> str:
    return classes(
        "row",
        f"align-items-{props['align']}" if props.get("align") else None,
        f"justify-content-{props['justify']}" if props.get("justify") else None,
    )


def col_classes(props: dict) -> str:
    """Bootstrap 5's column classes: ``width`` and ``xs`` unprefixed (``col-6``), the other
    breakpoints named (``col-lg-7``); ``col`` alone without any."""

    def size(value) -> bool:
        return isinstance(value, (int, str)) and not isinstance(value, bool)

    widths = [
        f"col-{b}-{props[b]}" if b != "xs" else f"col-{props[b]}"
        for b in BREAKPOINTS
        if size(props.get(b))
    ]
    if size(props.get("width")):
        widths.insert(0, f"col-{props['width']}")
    return classes(*(widths or ["col"]))


def to_html(node) -> str:
    """The HTML of a component tree (components, strings, numbers, lists, None)."""
    if node is None or node is False:
        return ""
    if isinstance(node, Rendered):
        return node
    if isinstance(node, str):
        return escape(node, quote=False)
    if isinstance(node, (list, tuple)):
        return "".join(to_html(child) for child in node)
    if isinstance(node, (int, float)):
        return escape(str(node))
    if isinstance(node, Element):
        return element(node.tag, node.props, node.props["children"])
    if isinstance(node, Component):
        return component_html(node)
    raise TypeError(f"no static HTML for {type(node).__name__}")


class Rendered(str):
    """Markup that :func:`to_html` made, put in a tree as it is (not escaped again): a piece
    made once and used many times. Only :func:`rendered` makes one."""

    __slots__ = ()


def rendered(node) -> Rendered:
    """The HTML of ``node`` (as :func:`to_html`), to be put into other trees as it is."""
    return Rendered(to_html(node))


class Element:
    """A light stand-in for a ``dash.html`` component inside static markup: the same
    arguments (children first, then the attributes), none of a component's machinery (a
    profile builds ~25,000 of them, ~20 µs each as components)."""

    __slots__ = ("props", "tag")

    def __init__(self, tag: str, children=None, **props):
        self.tag = tag
        self.props = props
        props["children"] = children


class Markup:
    """``markup.Td(...)`` as ``html.Td(...)``, for :class:`Element` s."""

    def __getattr__(self, name: str):
        tag = name.lower()

        def make(children=None, **props) -> Element:
            return Element(tag, children, **props)

        return make


markup = Markup()


def nav_link(children, href: str, **props) -> Element:
    """``dcc.Link`` inside static markup: followed without a reload."""
    return Element("a", children, href=href, **props, **{"data-nav": True})
