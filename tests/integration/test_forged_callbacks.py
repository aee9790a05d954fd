"""Forged Dash callback requests never answer 5xx: every server-side callback of every page,
fed wrong types (None, numbers, lists, dicts, a 100 kB string) and unknown values in each input
and state, answers with an update, no update or a 4xx; nothing is logged as an exception."""

from __future__ import annotations

import inspect
import logging

import pytest
from dash_forgery import PATH_SAMPLES, all_forgeries, router_body, server_callbacks

pytestmark = pytest.mark.usefixtures("repository")

UPDATE = "/_dash-update-component"


@pytest.fixture(scope="module")
def callbacks(dash_app, client) -> dict:
    client.get("/")  # Dash registers the pages' router callback at the first request
    return server_callbacks(dash_app)


def test_every_registered_callback_is_forged(callbacks):
    outputs = " ".join(callbacks)
    for expected in (
        "analiza-state.data",
        "analiza-map.figure",
        "analiza-download.data",
        "search-results",
        "indicator-distribution.children",
        "compare-url.href",
        "profile-url.search",
        "catalogue-listing.children",
        "accounts-menu.children",
        "_pages_content.children",
    ):
        assert expected in outputs


def test_forged_inputs_never_answer_5xx(dash_app, client, callbacks, caplog):
    failures, tried = [], set()
    with caplog.at_level(logging.ERROR):
        for forgery in all_forgeries(dash_app):
            tried.add(forgery.callback)
            response = client.post(UPDATE, json=forgery.body)
            if response.status_code >= 500:
                failures.append(f"{forgery.callback[:70]} | {forgery.label}")
    assert tried == set(callbacks)
    assert not failures, f"{len(failures)} forged requests answered 5xx:\n" + "\n".join(
        failures[:40]
    )
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def page_addresses() -> list[tuple[str, list[str]]]:
    """Each page's path (templates filled with a sample) and the names of its layout's
    parameters (plus one it does not have)."""
    import dash

    pages = []
    for page in dash.page_registry.values():
        path = page["path_template"] or page["path"]
        for name, sample in PATH_SAMPLES.items():
            path = path.replace(f"<{name}>", sample)
        parameters = inspect.signature(page["layout"]).parameters.values()
        names = [p.name for p in parameters if p.kind is not p.VAR_KEYWORD]
        pages.append((path, [*names, "nieznany"]))
    return pages


FORGED_QUERIES = ("{p}=a&{p}=b", "{p}=" + "x" * 3000, "{p}=%C2%B2", "{p}=" + "9" * 3000, "{p}=")


def test_forged_addresses_never_answer_5xx(client, callbacks, caplog):
    """Repeated parameters (a list for the layout), long values, "²" (a digit int() refuses)
    and forged path variables, on every page."""
    failures = []
    with caplog.at_level(logging.ERROR):
        for path, names in page_addresses():
            searches = [f"?{q.format(p=name)}" for name in names for q in FORGED_QUERIES]
            for search in searches:
                response = client.post(UPDATE, json=router_body(path, search))
                if response.status_code >= 500:
                    failures.append(f"{path}{search[:60]}")
        for variable in ("x" * 3000, "%C2%B2", "a%00b", "..", "9" * 3000):
            for page in ("jst", "wskazniki", "uslugi", "pulpity", "udostepnione"):
                response = client.post(UPDATE, json=router_body(f"/{page}/{variable}", ""))
                if response.status_code >= 500:
                    failures.append(f"/{page}/{variable[:20]}")
    assert not failures, "\n".join(failures[:40])
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


# --- requests of the wrong shape ------------------------------------------------------------
HUGE = "x" * 100_000
FILTER = {"id": "catalogue-filter", "property": "value"}


def catalogue_body(**changes) -> dict:
    """A well-formed request of the catalogue's filter, with ``changes``."""
    body = {
        "output": "catalogue-listing.children",
        "outputs": {"id": "catalogue-listing", "property": "children"},
        "inputs": [FILTER | {"value": "drogi"}],
        "changedPropIds": ["catalogue-filter.value"],
    }
    return body | changes


SEARCH_OUTPUT = '{"index":["MATCH"],"type":"search-results"}.children'
MALFORMED = {
    "a list": [1, 2],
    "a string": "output",
    "no output": {"inputs": []},
    "a number as output": catalogue_body(output=7),
    "a 100 kB output": catalogue_body(output=HUGE),
    "a clientside output": catalogue_body(output="shell-nav-collapse.is_open"),
    "inputs as an object": catalogue_body(inputs={"a": 1}),
    "an input missing": catalogue_body(inputs=[]),
    "an input too many": catalogue_body(inputs=[FILTER, FILTER]),
    "another component": catalogue_body(inputs=[{"id": "other", "property": "value"}]),
    "another property": catalogue_body(inputs=[{"id": "catalogue-filter", "property": "x"}]),
    "a dict id": catalogue_body(inputs=[{"id": {"a": 1}, "property": "value"}]),
    "a state too many": catalogue_body(state=[FILTER]),
    "two outputs for one": catalogue_body(outputs=[{"id": "catalogue-listing"}] * 2),
    "no outputs": catalogue_body(outputs=None),
    "changed not a list": catalogue_body(changedPropIds="catalogue-filter.value"),
    "changed not json": catalogue_body(changedPropIds=['{"bad.value']),
    "changed not an input": catalogue_body(changedPropIds=["other.value"]),
    "a pattern id of objects": {
        "output": SEARCH_OUTPUT,
        "outputs": {"id": {"type": "search-results", "index": {"a": 1}}, "property": "children"},
        "inputs": [{"id": {"type": "search-input", "index": {"a": 1}}, "property": "value"}],
        "changedPropIds": [],
    },
    "a pathname outside the site": router_body("jst/0201011", ""),
    "a search of a number": router_body("/", 7),
}


def test_the_well_formed_request_is_answered(client, callbacks):
    assert client.post(UPDATE, json=catalogue_body()).status_code == 200


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_requests_of_the_wrong_shape_answer_400(client, callbacks, body):
    response = client.post(UPDATE, json=body)
    assert response.status_code == 400
    assert response.get_data(as_text=True) == "Nieprawidłowe żądanie aktualizacji strony."


def test_a_body_that_is_not_json_answers_400(client, callbacks):
    response = client.post(UPDATE, data="{", content_type="application/json")
    assert response.status_code == 400


def test_an_unknown_output_logs_one_short_line(client, callbacks, caplog):
    """The issue's case: a forged 100 kB output key was logged whole, with a traceback."""
    with caplog.at_level(logging.INFO):
        response = client.post(UPDATE, json=catalogue_body(output=HUGE))
    assert response.status_code == 400
    lines = [r.getMessage() for r in caplog.records if r.name == "security.callback_guard"]
    assert len(lines) == 1 and len(lines[0]) < 300
    assert "100002 characters" in lines[0]
    assert all(len(r.getMessage()) < 2100 and not r.exc_info for r in caplog.records)


def test_log_records_are_capped_message_and_traceback():
    """Whatever quotes a long input (here an exception repeating it) logs it cut."""
    import io

    from security.logs import LOG_FORMAT, CappedRecords

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(CappedRecords())
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logger = logging.getLogger("test.capped")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        raise KeyError(HUGE)
    except KeyError:
        logger.exception("output %s", HUGE)
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert len(text) < 5000
    assert "Traceback (most recent call last)" in text and "KeyError: 'xxx" in text
    assert text.count("more characters]") == 2


def test_the_app_logs_through_capped_handlers(dash_app):
    from security.logs import CappedRecords, configure_logging

    configure_logging()
    handlers = logging.getLogger().handlers
    assert handlers
    assert all(any(isinstance(f, CappedRecords) for f in h.filters) for h in handlers)
