"""Forged ``/_dash-update-component`` requests for every server-side callback of an app.

A request is built as the renderer builds it: the callback's outputs, inputs and states with
concrete ids (pattern-matching ids take the ids the page layouts render) and the values the
layouts start with; then one input or state at a time is replaced by a forged value.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from dataclasses import dataclass

import dash
from dash._utils import split_callback_id, stringify_id, to_json

WILDCARDS = (["MATCH"], ["ALL"], ["ALLSMALLER"])
FORGED_INDEX = "forged"
# Samples for the path variables of the page templates (a unit, an indicator, a service).
PATH_SAMPLES = {
    "teryt": "0201011",
    "indicator_id": "dochody-wlasne-na-mieszkanca",
    "service_id": "podatek-rolny",
    "dashboard_id": "1",
    "token": "abc",
}
FORGED_VALUES = (
    None,
    7,
    -2.5,
    True,
    ["a", 1, None],
    {"a": {"b": 1}},
    "x" * 100_000,
    "",
    "nieznany",
    "9" * 5000,
    "²",
    {"wskaznik": "nieznany", "poziom": "kraj", "teren": "99", "jst": [1, {}], "rok": "x"},
)


@dataclass(frozen=True)
class Forgery:
    callback: str
    label: str
    body: dict


def parsed_id(raw) -> str | dict:
    """A declared id: a dict for a pattern-matching id (its JSON), else the string."""
    text = str(raw)
    return json.loads(text) if text.startswith("{") else text


def is_multi(pattern: dict) -> bool:
    return any(v in (["ALL"], ["ALLSMALLER"]) for v in pattern.values())


def fits(pattern: dict, concrete) -> bool:
    if not isinstance(concrete, dict) or set(concrete) != set(pattern):
        return False
    return all(v in WILDCARDS or concrete[k] == v for k, v in pattern.items())


def plain(value):
    """A layout value as the browser would send it (components as their JSON)."""
    try:
        return json.loads(to_json(value))
    except (TypeError, ValueError, AttributeError):  # e.g. a function, not sent
        return None


def page_trees(app: dash.Dash) -> Iterator:
    yield app.layout() if callable(app.layout) else app.layout
    for page in dash.page_registry.values():
        layout = page["layout"]
        if not callable(layout):
            yield layout
            continue
        names = inspect.signature(layout).parameters
        yield layout(**{k: v for k, v in PATH_SAMPLES.items() if k in names})


def layout_values(app: dash.Dash) -> dict[tuple[str, str], tuple]:
    """``(id, property)`` → ``(concrete id, value)`` of every component with an id in the
    frame and the pages (call inside a request context)."""
    values: dict[tuple[str, str], tuple] = {}
    for tree in page_trees(app):
        for component in [tree, *tree._traverse()]:
            component_id = getattr(component, "id", None)
            if component_id is None:
                continue
            for prop in component._prop_names:
                key = (stringify_id(component_id), prop)
                values.setdefault(key, (component_id, plain(getattr(component, prop, None))))
    return values


class RequestBuilder:
    """Requests for one callback, with concrete ids and start values from the layouts."""

    def __init__(self, key: str, spec: dict, values: dict):
        self.key = key
        self.spec = spec
        self.values = values

    def concrete(self, declared: str | dict, prop: str) -> list[tuple]:
        """``(id, value)`` for every rendered component fitting a declared id."""
        if isinstance(declared, str):
            return [(declared, self.values.get((declared, prop), (None, None))[1])]
        found = [
            (cid, value)
            for (_, p), (cid, value) in self.values.items()
            if p == prop and fits(declared, cid)
        ]
        if found:
            return found if is_multi(declared) else found[:1]
        forged = {k: FORGED_INDEX if v in WILDCARDS else v for k, v in declared.items()}
        return [(forged, None)]

    def entry(self, dependency: dict, with_value: bool = True):
        declared = parsed_id(dependency["id"])
        prop = dependency["property"]
        items = [
            {"id": cid, "property": prop} | ({"value": value} if with_value else {})
            for cid, value in self.concrete(declared, prop)
        ]
        return items if isinstance(declared, dict) and is_multi(declared) else items[0]

    def outputs(self):
        declared = split_callback_id(self.key)
        if isinstance(declared, dict):
            return self.entry(declared, with_value=False)
        return [self.entry(d, with_value=False) for d in declared]

    def body(self, inputs: list, state: list, trigger) -> dict:
        first = trigger[0] if isinstance(trigger, list) else trigger
        changed = [f"{stringify_id(first['id'])}.{first['property']}"] if first else []
        return {
            "output": self.key,
            "outputs": self.outputs(),
            "inputs": inputs,
            "state": state,
            "changedPropIds": changed,
        }

    def forgeries(self, forged_values=FORGED_VALUES) -> Iterator[Forgery]:
        inputs = [self.entry(d) for d in self.spec["inputs"]]
        state = [self.entry(d) for d in self.spec["state"]]
        yield Forgery(self.key, "start values", self.body(inputs, state, inputs[0]))
        for group, name in ((inputs, "input"), (state, "state")):
            for position, original in enumerate(group):
                for value in forged_values:
                    forged = forge(original, value)
                    copy = list(group)
                    copy[position] = forged
                    new_inputs, new_state = (copy, state) if name == "input" else (inputs, copy)
                    trigger = forged if name == "input" else inputs[0]
                    label = f"{name} {position} = {short(value)}"
                    yield Forgery(self.key, label, self.body(new_inputs, new_state, trigger))


def forge(entry, value):
    if isinstance(entry, list):
        return [item | {"value": value} for item in entry]
    return entry | {"value": value}


def short(value) -> str:
    text = repr(value)
    return text if len(text) < 40 else f"{text[:30]}…({len(text)} chars)"


def server_callbacks(app: dash.Dash) -> dict[str, dict]:
    """The callbacks answered on the server (clientside ones have no function)."""
    return {k: v for k, v in app.callback_map.items() if "callback" in v}


def all_forgeries(app: dash.Dash) -> Iterator[Forgery]:
    with app.server.test_request_context("/"):
        values = layout_values(app)
    for key, spec in server_callbacks(app).items():
        yield from RequestBuilder(key, spec, values).forgeries()


ROUTER = ".._pages_content.children..._pages_store.data.."


def router_body(pathname, search) -> dict:
    """The pages' router request for an address (as the renderer sends it)."""
    return {
        "output": ROUTER,
        "outputs": [
            {"id": "_pages_content", "property": "children"},
            {"id": "_pages_store", "property": "data"},
        ],
        "inputs": [
            {"id": "_pages_location", "property": "pathname", "value": pathname},
            {"id": "_pages_location", "property": "search", "value": search},
        ],
        "changedPropIds": ["_pages_location.pathname"],
        "state": [],
    }
