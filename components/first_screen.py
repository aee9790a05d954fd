"""The page's first screen as HTML, sent in the page itself (issue #19): a picture of what
Dash will first render, shown at the first paint, and replaced by the live Dash tree as soon
as Dash has rendered the page content (``assets/scripts/first-screen.js``).

Without it a phone shows nothing but the header's colour until Dash's scripts, its layout
and dependency requests, the pages router callback and React's render have all run (~3 s
more on a mid-range phone).

A lenient sibling of :func:`components.static_html.to_html` (which stays strict): the
components of ``dash.html``, ``dcc.Link``, :class:`~components.static_html.StaticHtml` and the
Bootstrap components of the frame and the pages become the markup they make in the browser;
a component that cannot be static (a graph, a dropdown, a grid, an unknown one) becomes an
empty ``<div>`` with its class and style, so its place is kept; an invisible one (a store, a
location, a closed modal) is left out.

The picture is only a picture: it carries no ``id`` (``#id`` selectors and label
associations match the live tree only) nor the attributes that refer to ids, and the
wrapper is ``inert`` and ``aria-hidden`` (keyboard and screen readers get the live tree).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape

from dash.development.base_component import Component

from components.static_html import (
    ALERT_PROPS,
    COL_PROPS,
    HTML_NAMESPACE,
    NOT_ATTRIBUTES,
    ROW_PROPS,
    TABLE_PROPS,
    VOID,
    Element,
    Rendered,
    alert_classes,
    attributes,
    classes,
    col_classes,
    props_of,
    row_classes,
    table_classes,
)

WRAPPER_CLASS = "first-screen"
NARROW_MEDIA = "(max-width: 767.98px)"  # where a figure's narrow picture shows (lazy-components.js)
# Attributes that name an element by its id (or would act twice: two autofocus elements).
ID_ATTRIBUTES = frozenset(
    {
        "id",
        "for",
        "htmlFor",
        "headers",
        "list",
        "form",
        "aria-labelledby",
        "aria-describedby",
        "aria-controls",
        "aria-owns",
        "aria-activedescendant",
        "aria-details",
        "aria-errormessage",
        "aria-flowto",
        "autoFocus",
        "autofocus",
        "accessKey",
        "accesskey",
        "popovertarget",
    }
)
DASH_PROPS = NOT_ATTRIBUTES | {"setProps", "persistence", "persisted_props", "persistence_type"}
# The same attributes in markup made elsewhere (a StaticHtml's): a tag is ``<name …>`` (text
# and attribute values are escaped, so no ``<`` or ``>`` inside), a value is double-quoted
# with no ``"`` inside.
TAG = re.compile(r"<[a-zA-Z][^<>]*>")
ID_ATTRIBUTE = re.compile(
    r"\s(?:id|for|headers|list|form|autofocus|accesskey|popovertarget|aria-(?:labelledby|"
    r'describedby|controls|owns|activedescendant|details|errormessage|flowto))(?:="[^"]*")?'
    r"(?=[\s>/])",
    re.IGNORECASE,
)
# Components with nothing to see.
INVISIBLE = frozenset(
    {
        ("dash_core_components", "Store"),
        ("dash_core_components", "Location"),
        ("dash_core_components", "Interval"),
        ("dash_core_components", "Download"),
        ("dash_core_components", "ConfirmDialog"),
        ("dash_core_components", "ConfirmDialogProvider"),
        ("dash_bootstrap_components", "Modal"),
        ("dash_bootstrap_components", "Offcanvas"),
        ("dash_bootstrap_components", "Tooltip"),
        ("dash_bootstrap_components", "Popover"),
        ("dash_bootstrap_components", "Toast"),
    }
)
# Bootstrap containers: (tag, their own classes).
BOOTSTRAP_BOXES = {
    "Container": ("div", "container"),
    "NavItem": ("div", "nav-item"),
    "Card": ("div", "card"),
    "CardBody": ("div", "card-body"),
    "CardHeader": ("div", "card-header"),
    "CardFooter": ("div", "card-footer"),
    "ListGroup": ("ul", "list-group"),
    "ListGroupItem": ("li", "list-group-item"),
    "InputGroup": ("div", "input-group"),
    "InputGroupText": ("span", "input-group-text"),
    "FormText": ("div", "form-text"),
    "FormFloating": ("div", "form-floating"),
    "Stack": ("div", "vstack"),
}
# Dash 4's dropdown arrow.
DROPDOWN_ICON = (
    '<svg width="15" height="15" viewBox="0 0 15 15" fill="none" '
    'xmlns="http://www.w3.org/2000/svg" class="dash-dropdown-trigger-icon"><path d="M4.18179 '
    "6.18181C4.35753 6.00608 4.64245 6.00608 4.81819 6.18181L7.49999 8.86362L10.1818 6.18181C"
    "10.3575 6.00608 10.6424 6.00608 10.8182 6.18181C10.9939 6.35755 10.9939 6.64247 10.8182 "
    "6.81821L7.81819 9.81821C7.73379 9.9026 7.61934 9.95001 7.49999 9.95001C7.38064 9.95001 "
    "7.26618 9.9026 7.18179 9.81821L4.18179 6.81821C4.00605 6.64247 4.00605 6.35755 4.18179 "
    '6.18181Z" fill="currentColor" fill-rule="evenodd" clip-rule="evenodd"></path></svg>'
)


def strip_ids(markup: str) -> str:
    """``markup`` without the attributes of :data:`ID_ATTRIBUTES`."""
    return TAG.sub(lambda tag: ID_ATTRIBUTE.sub("", tag.group(0)), markup)


def own_props(props: Mapping, drop: set[str] | frozenset[str] = frozenset()) -> dict:
    """The props that are attributes of the picture's element (no ids, no Dash state)."""
    return {
        k: v
        for k, v in props.items()
        if k not in DASH_PROPS and k not in ID_ATTRIBUTES and k not in drop
    }


class FirstScreen:
    """Renders one tree; ``fill``: children given to the components of these ids (the pages
    router's ``_pages_content`` gets the page's layout, as the router's callback gives it)."""

    def __init__(self, fill: Mapping[str, object] | None = None):
        self.fill = dict(fill or {})

    def html(self, node) -> str:
        if node is None or node is False or node is True:
            return ""
        if isinstance(node, Rendered):
            return node
        if isinstance(node, str):
            return escape(node, quote=False)
        if isinstance(node, (list, tuple)):
            return "".join(self.html(child) for child in node)
        if isinstance(node, (int, float)):
            return escape(str(node))
        if isinstance(node, Element):
            return self.element(node.tag, node.props, node.props.get("children"))
        if isinstance(node, Component):
            return self.component(node)
        return ""  # nothing to picture (a dict of a figure, say)

    def element(self, tag: str, props: Mapping, children, drop=frozenset()) -> str:
        attrs = attributes(own_props(props, drop))
        if tag in VOID:
            return f"<{tag}{attrs}>"
        return f"<{tag}{attrs}>{self.html(children)}</{tag}>"

    def box(self, tag: str, props: Mapping, own: str | None, children, drop=frozenset()) -> str:
        merged = dict(props) | {"className": classes(props.get("className"), own)}
        return self.element(tag, merged, children, drop)

    def placeholder(self, props: Mapping, *own: str | None) -> str:
        keep = {"className": classes(*own, props.get("className")) or None}
        if props.get("style"):
            keep["style"] = props["style"]
        return f"<div{attributes(keep)}></div>"

    def component(self, node: Component) -> str:
        props = props_of(node)
        node_id = props.get("id")
        if isinstance(node_id, str) and node_id in self.fill:
            props["children"] = self.fill[node_id]
        kind = (node._namespace, node._type)
        if kind in INVISIBLE:
            return ""
        if node._namespace == HTML_NAMESPACE:
            return self.element(node._type.lower(), props, props.get("children"))
        if node._namespace == "dash_bootstrap_components":
            return self.bootstrap(node._type, props)
        if node._namespace == "dash_core_components":
            return self.core(node._type, props)
        if kind == ("smup_components", "StaticHtml"):
            inner = "" if props.get("defer") else props.get("html") or ""  # ids: see below
            return f"<div{attributes({'className': props.get('className')})}>{inner}</div>"
        if kind == ("smup_components", "LazyGraph"):
            style = {"height": f"{props.get('height')}px"} if props.get("height") else None
            return self.placeholder({"style": style}, "dash-graph", props.get("className"))
        return self.placeholder(props)

    def core(self, kind: str, props: dict) -> str:
        children = props.get("children")
        if kind == "Link":
            drop = {"refresh", "pathname", "target"}
            return self.element("a", props, children, drop)
        if kind == "Loading":  # dcc.Loading's own wrappers, as Dash 4 renders them
            inner = f'<div style="">{self.html(children)}</div>'
            return f'<div style="position: relative;">{inner}</div>'
        if kind == "Input":
            field = {k: props.get(k) for k in ("type", "placeholder", "value", "name", "maxLength")}
            field["className"] = "dash-input-element"
            field["maxlength"] = field.pop("maxLength")
            container = classes("dash-input-container dash-input", props.get("className"))
            style = attributes({"style": props.get("style")})
            return f'<div class="{container}"{style}>{self.element("input", field, None)}</div>'
        if kind == "Graph":
            return self.graph(props)
        if kind == "Dropdown":
            return self.dropdown(props)
        return self.placeholder(props)

    def graph(self, props: dict) -> str:
        """A graph's empty place, or the picture its figure names (``layout.meta.picture``:
        what assets/scripts/lazy-components.js shows in the live page too)."""
        layout = (props.get("figure") or {}).get("layout") or {}
        meta = layout.get("meta") or {}
        if not isinstance(meta.get("picture"), str):
            return self.placeholder(props, "dash-graph")
        height = {"height": f"{layout.get('height', 450)}px"}
        image = {"src": meta["picture"], "alt": meta.get("pictureAlt", ""), "style": height}
        image["className"] = "graph-picture"
        narrow = meta.get("pictureNarrow")
        source = {"media": NARROW_MEDIA, "srcSet": narrow} if isinstance(narrow, str) else None
        picture = self.element("source", source, None) if source else ""
        picture += self.element("img", image, None)
        keep = {"className": classes("dash-graph", props.get("className")), "style": height}
        return f"<div{attributes(keep)}><picture>{picture}</picture></div>"

    def dropdown(self, props: dict) -> str:
        """dcc.Dropdown closed (Dash 4's markup): its button with the chosen labels."""
        value = props.get("value")
        chosen = value if isinstance(value, list) else [] if value is None else [value]
        labels = {repr(o["value"]): o["label"] for o in options_of(props.get("options"))}
        items = "".join(
            f'<span class="dash-dropdown-value-item">{self.html(labels[repr(v)])}</span>'
            for v in chosen
            if repr(v) in labels
        )
        button = attributes(
            {"type": "button", "className": classes("dash-dropdown", props.get("className"))}
        )
        return (
            f'<div class="dash-dropdown-wrapper"{attributes({"style": props.get("style")})}>'
            f'<button{button}><span class="dash-dropdown-grid-container dash-dropdown-trigger">'
            f'<span class="dash-dropdown-value">{items}</span>{DROPDOWN_ICON}</span></button></div>'
        )

    def bootstrap(self, kind: str, props: dict) -> str:
        children = props.get("children")
        if kind in BOOTSTRAP_BOXES:
            tag, own = BOOTSTRAP_BOXES[kind]
            return self.box(tag, props, own, children)
        if kind == "Row":
            return self.box("div", props, row_classes(props), children, ROW_PROPS)
        if kind == "Col":
            return self.box("div", props, col_classes(props), children, COL_PROPS)
        if kind == "Navbar":
            own = classes(
                "navbar",
                f"navbar-expand-{props['expand']}"
                if isinstance(props.get("expand"), str)
                else ("navbar-expand" if props.get("expand") is True else None),
                "navbar-dark" if props.get("dark") else None,
                f"bg-{props['color']}" if props.get("color") else None,
            )
            return self.box("nav", props, own, children, {"expand", "dark", "color", "light"})
        if kind == "NavbarBrand":
            return self.box("a", props, "navbar-brand", children, {"external_link"})
        if kind == "NavbarToggler":
            attrs = props | {"type": "button", "aria-label": "Toggle navigation"}
            return self.box("button", attrs, "navbar-toggler collapsed", children)
        if kind == "Collapse":
            if not props.get("is_open") and not props.get("navbar"):
                return ""
            own = classes(
                "navbar-collapse" if props.get("navbar") else None,
                "collapse",
                "show" if props.get("is_open") else None,
            )
            return self.box("div", props, own, children, {"is_open", "navbar", "dimension"})
        if kind == "Nav":
            own = classes(
                "navbar-nav" if props.get("navbar") else "nav",
                "nav-pills" if props.get("pills") else None,
                "nav-tabs" if props.get("tabs") else None,
            )
            drop = {"navbar", "pills", "tabs", "vertical", "horizontal", "fill", "justified"}
            return self.box("div", props, own, children, drop)
        if kind == "NavLink":
            own = classes("nav-link", "active" if props.get("active") is True else None)
            return self.box("a", props, own, children, {"active", "external_link"})
        if kind == "Button":
            color = props.get("color") or "primary"
            own = classes(
                "btn",
                f"btn-outline-{color}" if props.get("outline") else f"btn-{color}",
                f"btn-{props['size']}" if props.get("size") else None,
            )
            drop = {"color", "outline", "size", "external_link", "active", "download"}
            tag = "a" if props.get("href") else "button"
            return self.box(tag, props, own, children, drop)
        if kind == "Badge":
            color = props.get("color") or "secondary"
            own = classes("badge", f"bg-{color}", "rounded-pill" if props.get("pill") else None)
            return self.box("span", props, own, children, {"color", "pill", "text_color"})
        if kind == "Alert":
            if props.get("is_open") is False:
                return ""
            return self.box(
                "div", {"role": "alert"} | props, alert_classes(props), children, ALERT_PROPS
            )
        if kind == "Table":
            table = self.box("table", props, table_classes(props), children, TABLE_PROPS)
            if props.get("responsive"):
                return f'<div class="table-responsive">{table}</div>'
            return table
        if kind == "Label":
            own = None if props.get("check") else "form-label"
            return self.box("label", props, own, children, {"check", "width", "size"})
        if kind == "Input":
            own = None if props.get("type") == "hidden" else "form-control"
            size = f"form-control-{props['size']}" if props.get("size") else None
            drop = {"size", "valid", "invalid", "plaintext", "debounce", "html_size"}
            return self.box("input", props, classes(own, size), None, drop)
        if kind == "Textarea":
            return self.box("textarea", props, "form-control", props.get("value"), {"value"})
        if kind == "Select":
            return self.select(props)
        if kind in {"RadioItems", "Checklist", "Switch", "Checkbox", "RadioButton"}:
            return self.choices(kind, props)
        return self.placeholder(props)

    def select(self, props: dict) -> str:
        value = props.get("value")
        options = ['<option value="" disabled hidden></option>']
        for option in options_of(props.get("options")):
            attrs = {"value": option["value"], "selected": option["value"] == value}
            attrs["disabled"] = bool(option.get("disabled"))
            options.append(f"<option{attributes(attrs)}>{self.html(option['label'])}</option>")
        own = classes("form-select", f"form-select-{props['size']}" if props.get("size") else None)
        attrs = own_props(props, {"options", "value", "size", "valid", "invalid", "html_size"})
        attrs["className"] = classes(own, props.get("className"))
        return f"<select{attributes(attrs)}>{''.join(options)}</select>"

    def choices(self, kind: str, props: dict) -> str:
        """RadioItems, Checklist (a group of ``form-check`` s) and the single Switch/Checkbox."""
        single = kind in {"Switch", "Checkbox", "RadioButton"}
        radio = kind in {"RadioItems", "RadioButton"}
        check = classes(
            "form-check",
            "form-switch" if kind == "Switch" or props.get("switch") else None,
            "form-check-inline" if props.get("inline") else None,
        )
        if single:
            items = [{"label": props.get("label"), "value": True}]
            chosen = [True] if props.get("value") else []
        else:
            items = options_of(props.get("options"))
            value = props.get("value")
            chosen = value if isinstance(value, list) else [value]
        rendered = []
        for item in items:
            box = {
                "className": classes("form-check-input", props.get("inputClassName")),
                "type": "radio" if radio else "checkbox",
                "checked": item["value"] in chosen,
                "disabled": bool(item.get("disabled")),
            }
            if not single:
                box["value"] = item["value"]
            label = classes(
                "form-check-label",
                "form-label" if kind == "Switch" else None,
                props.get("labelClassName"),
            )
            rendered.append(
                f'<div class="{classes(check, props.get("className") if single else None)}">'
                f"<input{attributes(box)}>"
                f'<label class="{escape(label)}">{self.html(item["label"])}</label></div>'
            )
        if single:
            return "".join(rendered)
        attrs = {"className": props.get("className"), "style": props.get("style")}
        return f"<div{attributes(attrs)}>{''.join(rendered)}</div>"


def options_of(options) -> list[dict]:
    """Dash's option forms (strings, ``{value: label}``, ``[{label, value}]``) as dicts."""
    if isinstance(options, Mapping):
        return [{"label": label, "value": value} for value, label in options.items()]
    out = []
    for option in options or []:
        if isinstance(option, Mapping):
            out.append(dict(option))
        else:
            out.append({"label": str(option), "value": option})
    return out


def first_screen_html(tree, fill: Mapping[str, object] | None = None, styles: str = "") -> str:
    """The picture of ``tree`` (with ``fill``, see :class:`FirstScreen`) in its wrapper: no
    ids, inert, hidden from assistive technology, and in a closed shadow root (declarative:
    no script makes it) with the page's stylesheets ``styles`` (``<link>`` tags; the browser
    has them already): no selector of the page's scripts, or of tests, finds the picture's
    elements for the live ones."""
    # Ids go in one pass over the whole markup (a StaticHtml's own markup has them too).
    body = strip_ids(FirstScreen(fill).html(tree))
    return (
        f'<div class="{WRAPPER_CLASS}" inert aria-hidden="true">'
        f'<template shadowrootmode="closed">{styles}{body}</template></div>'
    )


__all__ = ["WRAPPER_CLASS", "FirstScreen", "first_screen_html", "strip_ids"]
