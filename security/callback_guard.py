"""A check in front of Dash's callback endpoint (``/_dash-update-component``).

Dash answers a request of a shape it does not expect (an output no server callback has, inputs
of another callback, a changed-property id that is not JSON) with an exception: HTTP 500 and a
logged traceback that repeats what was sent, however long. The renderer never sends such a
request, so it gets 400 and one short log line here. Requests of the right shape reach Dash,
and each callback checks the values it receives (``untrusted``).
"""

from __future__ import annotations

import json
import logging
from functools import wraps

import dash
from dash._utils import split_callback_id
from flask import request

from i18n import t

log = logging.getLogger(__name__)

UPDATE_ROUTE = "_dash-update-component"
MAX_OUTPUT_KEY = 4000
MAX_PATH = 4000
LOGGED_CHARS = 120
WILDCARDS = (["MATCH"], ["ALL"], ["ALLSMALLER"])
MULTI_WILDCARDS = (["ALL"], ["ALLSMALLER"])


def _path(value: object) -> bool:
    """A path of this site (Dash raises on one outside its prefix, ``/``)."""
    return isinstance(value, str) and value.startswith("/") and len(value) <= MAX_PATH


def _query(value: object) -> bool:
    return value is None or (isinstance(value, str) and len(value) <= MAX_PATH)


# The values Dash's own callback (the pages' router) uses without checking them; the app's
# callbacks check their own. (id, property) → a check of the value.
DASH_INPUT_CHECKS = {
    ("_pages_location", "pathname"): _path,
    ("_pages_location", "search"): _query,
}


def short(value: object) -> str:
    """``value`` for a log line: its repr, cut to ``LOGGED_CHARS`` characters."""
    text = repr(value)
    if len(text) <= LOGGED_CHARS:
        return text
    return f"{text[:LOGGED_CHARS]}… ({len(text)} characters)"


def declared_id(raw: object) -> str | dict:
    """A declared component id: the pattern of a pattern-matching id, else the string."""
    text = str(raw)
    return json.loads(text) if text.startswith("{") else text


def id_fits(given: object, declared: str | dict) -> bool:
    if isinstance(declared, str):
        return isinstance(given, str) and given == declared
    if not isinstance(given, dict) or set(given) != set(declared):
        return False
    return all(
        isinstance(given[key], str | int | float) if value in WILDCARDS else given[key] == value
        for key, value in declared.items()
    )


def item_fits(given: object, declared_id_: str | dict, prop: str) -> bool:
    return (
        isinstance(given, dict)
        and given.get("property") == prop
        and id_fits(given.get("id"), declared_id_)
    )


def entry_fits(given: object, dependency: dict) -> bool:
    """A body entry (one input, state or output) has the id and property declared, or is a
    list of such entries for an ``ALL``/``ALLSMALLER`` pattern."""
    pattern = declared_id(dependency["id"])
    prop = dependency["property"]
    if isinstance(pattern, dict) and any(v in MULTI_WILDCARDS for v in pattern.values()):
        return isinstance(given, list) and all(item_fits(g, pattern, prop) for g in given)
    return item_fits(given, pattern, prop)


def entries_fit(given: object, declared: list[dict]) -> bool:
    return (
        isinstance(given, list)
        and len(given) == len(declared)
        and all(entry_fits(g, d) for g, d in zip(given, declared, strict=True))
    )


def outputs_fit(given: object, output: str, spec: dict) -> bool:
    if spec.get("no_output"):
        return True
    declared = split_callback_id(output)
    if isinstance(declared, dict):
        return entry_fits(given, declared)
    return entries_fit(given, declared)


def flat(entries: list) -> list[dict]:
    return [item for entry in entries for item in (entry if isinstance(entry, list) else [entry])]


def changed_fit(changed: object, inputs: list) -> bool:
    """Each changed-property id names one of the request's inputs."""
    if not isinstance(changed, list):
        return False
    sent = [(item["id"], item["property"]) for item in flat(inputs)]
    for prop_id in changed:
        if not isinstance(prop_id, str) or len(prop_id) > MAX_OUTPUT_KEY:
            return False
        raw_id, _, prop = prop_id.rpartition(".")
        try:
            component = json.loads(raw_id) if raw_id.startswith("{") else raw_id
        except ValueError:
            return False
        if (component, prop) not in sent:
            return False
    return True


def values_fit(entries: list) -> bool:
    """The values of Dash's own callbacks are of the types they need."""
    for item in flat(entries):
        check = DASH_INPUT_CHECKS.get((str(item["id"]), item["property"]))
        if check and not check(item.get("value")):
            return False
    return True


def request_problem(body: object, callback_map: dict) -> str | None:
    """Why a callback request cannot be answered, or None when it has the callback's shape."""
    if not isinstance(body, dict):
        return "the body is not a JSON object"
    output = body.get("output")
    if not isinstance(output, str) or len(output) > MAX_OUTPUT_KEY:
        return f"output {short(output)} is not a callback output"
    spec = callback_map.get(output)
    if spec is None or "callback" not in spec:  # clientside callbacks have no function here
        return f"no server callback has the output {short(output)}"
    inputs, state = body.get("inputs"), body.get("state", [])
    if not entries_fit(inputs, spec["inputs"]) or not entries_fit(state, spec["state"]):
        return f"inputs or states do not fit {short(output)}"
    if not outputs_fit(body.get("outputs"), output, spec):
        return f"outputs do not fit {short(output)}"
    if not changed_fit(body.get("changedPropIds", []), inputs):
        return f"changed properties are not inputs of {short(output)}"
    if not values_fit(inputs + state):
        return f"values of the wrong type for {short(output)}"
    return None


def guard_callbacks(app: dash.Dash) -> None:
    """Put the check in front of the app's callback endpoint."""
    server = app.server
    endpoint = app.config.routes_pathname_prefix + UPDATE_ROUTE
    dispatch = server.view_functions[endpoint]

    @wraps(dispatch)
    def checked_dispatch(*args, **kwargs):
        problem = request_problem(request.get_json(silent=True), app.callback_map)
        if problem is not None:
            log.warning("callback request refused: %s", problem)
            return t("callback.refused"), 400, {"Content-Type": "text/plain; charset=utf-8"}
        return dispatch(*args, **kwargs)

    server.view_functions[endpoint] = checked_dispatch
