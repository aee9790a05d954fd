"""Public API ``/api/v1``: responses validated against the OpenAPI document (contract tests),
filters, paging, CSV, errors, CORS, and the documentation page."""

from __future__ import annotations

import csv
import io
import re

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from api.openapi import BASE_PATH, openapi_document
from api.params import ApiError, parse_codes, parse_int, parse_years

pytestmark = pytest.mark.usefixtures("repository")
SPEC_URI = "urn:smup:openapi"


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def validate_response(response, path: str, status: int = 200) -> dict:
    """Validate a JSON response body against the schema the document declares for it."""
    document = openapi_document()
    operation = document["paths"][path]["get"]
    assert str(status) in operation["responses"], f"{path} does not declare status {status}"
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.content_type.startswith("application/json")
    pointer = _pointer("paths", path, "get", "responses", str(status), "content")
    registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    schema = {"$ref": f"{SPEC_URI}#/{pointer}/application~1json/schema"}
    body = response.get_json()
    errors = sorted(
        Draft202012Validator(schema, registry=registry).iter_errors(body), key=lambda e: e.path
    )
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    return body


# --- the document itself ------------------------------------------------------------------
def test_openapi_document_is_served_and_names_every_route(client, dash_app):
    response = client.get(f"{BASE_PATH}/openapi.json")
    body = validate_response(response, "/openapi.json")
    assert body["openapi"].startswith("3.1")
    served = {
        rule.rule.removeprefix(BASE_PATH).replace("<", "{").replace(">", "}")
        for rule in dash_app.server.url_map.iter_rules()
        if rule.endpoint.startswith("api_v1.") and rule.endpoint != "api_v1.unknown"
    }
    assert served == set(body["paths"])


def test_schemas_of_the_document_are_valid_json_schema():
    for schema in openapi_document()["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)


def test_the_contract_check_catches_drift(client):
    """A body missing a required field must fail validation (so the contract tests can fail)."""
    response = client.get(f"{BASE_PATH}/units/0201011")
    body = response.get_json()
    del body["name"]
    document = openapi_document()
    registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    validator = Draft202012Validator(
        {"$ref": f"{SPEC_URI}#/components/schemas/Unit"}, registry=registry
    )
    assert not validator.is_valid(body)


# --- units --------------------------------------------------------------------------------
def test_units_filter_by_level_and_parent(client):
    body = validate_response(
        client.get(f"{BASE_PATH}/units?level=powiat&parent=02&limit=1000"), "/units"
    )
    assert body["meta"]["total"] == 30  # dolnośląskie: 26 powiaty + 4 cities with county rights
    assert all(u["code"].startswith("02") and u["level"] == "powiat" for u in body["data"])
    assert all(u["parent_code"] == "02" for u in body["data"])


def test_units_paging_links_walk_the_whole_list(client):
    seen, url = [], f"{BASE_PATH}/units?level=wojewodztwo&limit=5"
    while url:
        body = validate_response(client.get(url), "/units")
        seen += [u["code"] for u in body["data"]]
        url = body["links"]["next"]
    assert len(seen) == 16 == len(set(seen))
    assert seen[0] == "02" and seen[-1] == "32"


def test_units_search_without_diacritics(client):
    body = validate_response(client.get(f"{BASE_PATH}/units?q=lodz&level=gmina"), "/units")
    assert body["data"][0]["name"] == "Łódź"


def test_unit_by_former_code_answers_the_current_unit(client):
    body = validate_response(client.get(f"{BASE_PATH}/units/0218032"), "/units/{code}")
    assert body["code"] == "0218033"
    assert "0218032" in body["former_codes"]


def test_unknown_unit_is_404_json(client):
    body = validate_response(client.get(f"{BASE_PATH}/units/9999999"), "/units/{code}", 404)
    assert body["error"]["code"] == "not_found"
    assert "9999999" in body["error"]["message"]


def test_units_as_csv_keep_leading_zeros(client):
    response = client.get(f"{BASE_PATH}/units?level=gmina&parent=0201&format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0]["code"] == "0201011"
    assert response.headers["X-Total-Count"] == str(len(rows))


# --- catalogue ----------------------------------------------------------------------------
def test_areas_services_and_indicators(client, repository):
    areas = validate_response(client.get(f"{BASE_PATH}/areas"), "/areas")
    assert len(areas["data"]) == len(repository.areas)
    services = validate_response(client.get(f"{BASE_PATH}/services?area=kultura"), "/services")
    assert services["data"] and all(s["area_id"] == "kultura" for s in services["data"])
    indicators = validate_response(
        client.get(f"{BASE_PATH}/indicators?service=biblioteki-publiczne"), "/indicators"
    )
    assert {i["id"] for i in indicators["data"]} == {
        i.id for i in repository.indicators_of("biblioteki-publiczne")
    }


def test_indicator_detail_has_full_metadata(client, repository):
    body = validate_response(
        client.get(f"{BASE_PATH}/indicators/dochody-wlasne-na-mieszkanca"),
        "/indicators/{indicator_id}",
    )
    indicator = repository.indicator("dochody-wlasne-na-mieszkanca")
    assert body["formula"] == indicator.formula
    assert body["numerator"] == "own_revenue" and body["denominator"] == "pop_total"
    assert body["polarity"] == indicator.polarity.value
    assert body["provenance"] == "real"
    assert body["years"] == repository.years(indicator.id)
    assert body["latest_year"] == body["years"][-1]
    # English texts next to the Polish originals, whatever the request language.
    assert body["definition"] == indicator.definition
    assert body["en"]["definition"].startswith("The gmina's own revenue")
    assert body["en"]["formula"].startswith("(total own revenue")
    assert body["en"]["denominator_label"] == "population as of 31 December"
    # Where the real values come from: the BDL variables of the numerator and denominator.
    assert body["real_source"]["bdl_numerator"] == ["76070"]
    assert body["real_source"]["bdl_denominator"] == ["72305"]
    assert body["real_source"]["note"] == indicator.real_source.note
    assert body["real_source"]["note_en"] == indicator.real_source.note_en


@pytest.mark.parametrize(
    ("indicator_id", "numerator", "denominator", "has_url"),
    [
        ("domy-kultury-czlonkowie-zespolow", ["58507", "58510"], ["72305"], False),
        ("przedszkola-wydatki-na-dziecko", [], ["1617142"], True),
        ("odpady-koszt-tony", [], ["54841"], True),
    ],
)
def test_indicator_detail_names_the_real_source_of_demonstration_values(
    client, repository, indicator_id, numerator, denominator, has_url
):
    body = validate_response(
        client.get(f"{BASE_PATH}/indicators/{indicator_id}"), "/indicators/{indicator_id}"
    )
    source = repository.indicator(indicator_id).real_source
    assert body["provenance"] == "demo"
    assert set(body["real_source"]) == {
        "bdl_numerator",
        "bdl_denominator",
        "smup",
        "url",
        "note",
        "note_en",
    }
    assert body["real_source"]["bdl_numerator"] == numerator
    assert body["real_source"]["bdl_denominator"] == denominator
    assert body["real_source"]["smup"] == []
    assert body["real_source"]["url"] == (source.url if has_url else None)
    assert body["real_source"]["url"] is None or body["real_source"]["url"].startswith("https://")


def test_the_real_source_schema_refuses_an_id_that_is_not_a_number():
    registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(openapi_document(), default_specification=DRAFT202012)
    )
    validator = Draft202012Validator(
        {"$ref": f"{SPEC_URI}#/components/schemas/RealSource"}, registry=registry
    )
    body = {
        "bdl_numerator": ["76070"],
        "bdl_denominator": ["72305"],
        "smup": [],
        "url": None,
        "note": "",
        "note_en": "",
    }
    assert validator.is_valid(body)
    assert not validator.is_valid(body | {"bdl_numerator": ["P2622"]})
    assert not validator.is_valid({k: v for k, v in body.items() if k != "note_en"})


def test_areas_carry_english_descriptions(client):
    areas = validate_response(client.get(f"{BASE_PATH}/areas"), "/areas")["data"]
    education = next(a for a in areas if a["id"] == "edukacja")
    assert education["description"].startswith("Wychowanie przedszkolne")
    assert education["description_en"].startswith("Pre-school education")


def test_unknown_indicator_is_404(client):
    validate_response(
        client.get(f"{BASE_PATH}/indicators/nie-ma"), "/indicators/{indicator_id}", 404
    )


def test_unknown_area_filter_is_422(client):
    body = validate_response(client.get(f"{BASE_PATH}/services?area=xyz"), "/services", 422)
    assert body["error"]["code"] == "unknown_reference"


# --- data ---------------------------------------------------------------------------------
def test_data_for_a_level_and_year_matches_the_repository(client, repository):
    body = validate_response(
        client.get(f"{BASE_PATH}/data?indicator=ludnosc&level=wojewodztwo&year=2024"), "/data"
    )
    assert body["meta"]["total"] == 16
    expected = repository.distribution("ludnosc", "wojewodztwo", 2024)
    by_code = dict(zip(expected["code"], expected["value"], strict=True))
    for row in body["data"]:
        assert row["value"] == pytest.approx(by_code[row["code"]])
        assert row["provenance"] == "real" and row["status"] == "value"
    assert body["meta"]["notice"] is None


def test_data_flags_demonstration_values(client):
    body = validate_response(
        client.get(
            f"{BASE_PATH}/data?indicator=biblioteki-ksiegozbior-na-1000&units=0201011&years=2020-2022"
        ),
        "/data",
    )
    assert [r["year"] for r in body["data"]] == [2020, 2021, 2022]
    assert all(r["provenance"] == "demo" for r in body["data"])
    assert "demonstracyjne" in body["meta"]["notice"]


def test_data_units_accept_former_codes_and_parent_filters(client):
    body = validate_response(
        client.get(f"{BASE_PATH}/data?indicator=ludnosc&units=0218032&year=2023"), "/data"
    )
    assert [r["code"] for r in body["data"]] == ["0218033"]
    inside = validate_response(
        client.get(f"{BASE_PATH}/data?indicator=ludnosc&parent=0201&level=gmina&year=2023"),
        "/data",
    )
    assert inside["meta"]["total"] == 6
    assert all(r["code"].startswith("0201") for r in inside["data"])


def test_data_paging_and_limit(client):
    first = validate_response(
        client.get(f"{BASE_PATH}/data?indicator=ludnosc&level=gmina&year=2024&limit=1000"), "/data"
    )
    assert first["meta"]["count"] == 1000 and first["meta"]["total"] > 2400
    second = validate_response(client.get(first["links"]["next"]), "/data")
    assert second["meta"]["offset"] == 1000
    assert not {r["code"] for r in first["data"]} & {r["code"] for r in second["data"]}


def test_data_as_csv(client):
    response = client.get(f"{BASE_PATH}/data?indicator=ludnosc&level=kraj&format=csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert {"status", "provenance", "value", "code", "year"} <= set(rows[0])
    assert rows[0]["code"] == "00" and rows[0]["provenance"] == "real"


@pytest.mark.parametrize(
    ("query", "status", "code"),
    [
        ("", 400, "bad_parameter"),
        ("indicator=ludnosc&limit=1001", 400, "bad_parameter"),
        ("indicator=ludnosc&limit=abc", 400, "bad_parameter"),
        ("indicator=ludnosc&offset=-1", 400, "bad_parameter"),
        ("indicator=ludnosc&level=miasto", 400, "bad_parameter"),
        ("indicator=ludnosc&year=20x0", 400, "bad_parameter"),
        ("indicator=ludnosc&years=1989", 400, "bad_parameter"),
        ("indicator=ludnosc&years=2020-", 400, "bad_parameter"),
        ("indicator=ludnosc&format=xml", 400, "bad_parameter"),
        ("indicator=ludnosc&units=12a", 400, "bad_parameter"),
        ("indicator=ludnosc&units=02,,04", 400, "bad_parameter"),
        ("indicator=ludnosc&units=0201011,%2002", 400, "bad_parameter"),
        ("indicator=ludnosc&indicatr=x", 400, "bad_parameter"),
        ("indicator=ludnosc&parent=0201011", 400, "bad_parameter"),
        ("indicator=nie-ma", 422, "unknown_reference"),
        ("indicator=ludnosc&units=9999999", 404, "not_found"),
        ("indicator=ludnosc&parent=9999", 404, "not_found"),
    ],
)
def test_data_errors_are_json_with_polish_messages(client, query, status, code):
    body = validate_response(client.get(f"{BASE_PATH}/data?{query}"), "/data", status)
    assert body["error"]["code"] == code
    message = body["error"]["message"]
    assert not message.startswith("api.") and any(ch in message for ch in "ąęółśżźćń„")


def test_unknown_api_path_and_writes(client):
    response = client.get(f"{BASE_PATH}/nie-ma")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"
    response = client.post(f"{BASE_PATH}/units")
    assert response.status_code == 405
    assert response.get_json()["error"]["code"] == "method_not_allowed"
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_cors_header_on_get_and_errors(client):
    assert client.get(f"{BASE_PATH}/areas").headers["Access-Control-Allow-Origin"] == "*"
    assert client.get(f"{BASE_PATH}/units/0").headers["Access-Control-Allow-Origin"] == "*"


# --- parameter parsing (pure) -------------------------------------------------------------
def test_parse_years_and_codes():
    assert parse_years(None, "2015-2020") == (2015, 2020)
    assert parse_years("2019", None) == (2019, 2019)
    assert parse_years(None, None) is None
    assert parse_codes("0201011,02,0201011") == ["0201011", "02"]
    with pytest.raises(ApiError):
        parse_codes(",".join(["02"] * 501))
    with pytest.raises(ApiError):  # the document's items have no spaces
        parse_codes("0201011, 02")
    with pytest.raises(ApiError):
        parse_int("limit", "99999999999999999999", 1, 1, 1000)


# --- documentation page -------------------------------------------------------------------
def test_documentation_page_and_footer_link(client):
    from components.shell import page_shell
    from pages.api_docs import layout

    assert client.get("/api").status_code == 200
    text = str(layout())
    for path in openapi_document()["paths"]:
        assert f"{BASE_PATH}{path}" in text
    assert "'/api'" in str(page_shell(None))


@pytest.mark.browser
def test_documentation_page_in_the_browser(page, live_server):
    page.goto(f"{live_server}/")
    page.get_by_role("link", name="Otwarte API (dane do pobrania)").click()
    page.wait_for_url(f"{live_server}/api")
    page.get_by_role("heading", level=1, name="Otwarte API").wait_for()
    table = page.get_by_role("table", name="Parametry /api/v1/data")
    assert table.get_by_role("rowheader", name="indicator").is_visible()


@pytest.mark.parametrize("raw", ["²", "--5", "1²", "٣"])
def test_parse_int_refuses_digits_int_does_not_read(raw):
    """str.isdigit() accepts "²"; int() does not: a 400, not a 500."""
    with pytest.raises(ApiError):
        parse_int("limit", raw, 1, 1, 1000)


@pytest.mark.parametrize("query", ["limit=%C2%B2", "year=%C2%B2", "years=%C2%B2-2020"])
def test_odd_digits_in_parameters_answer_400(client, query):
    response = client.get(f"{BASE_PATH}/data?indicator=ludnosc&{query}")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_parameter"


# --- the document states what the server enforces, and the reverse (issue 19) -------------
def _parameter_schema(name: str) -> dict:
    """The schema of a query parameter, with a reference to a component schema followed."""
    document = openapi_document()
    schema = document["components"]["parameters"][name]["schema"]
    ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
    if ref:
        return schema | {"resolved": document["components"]["schemas"][ref.rsplit("/", 1)[-1]]}
    return schema


def test_the_offset_the_server_allows_is_the_documented_one(client):
    assert _parameter_schema("offset")["maximum"] == 10**9
    body = validate_response(client.get(f"{BASE_PATH}/units?offset=1000000000"), "/units")
    assert body["data"] == [] and body["meta"]["offset"] == 10**9
    for offset in ("1000000001", "1005546084713", "9" * 40):
        body = validate_response(client.get(f"{BASE_PATH}/units?offset={offset}"), "/units", 400)
        assert "poza zakresem 0–1000000000" in body["error"]["message"]


def test_the_catalogue_ids_the_server_knows_are_listed_in_the_document(repository):
    def listed(name: str) -> list[str]:
        return _parameter_schema(name)["resolved"]["enum"]

    assert listed("area") == [a.id for a in repository.areas]
    assert listed("service") == [s.id for s in repository.services]
    assert listed("indicator") == [i.id for i in repository.indicators]
    path = openapi_document()["paths"]["/indicators/{indicator_id}"]["get"]["parameters"][0]
    assert path["schema"] == {"$ref": "#/components/schemas/IndicatorId"}


def test_every_listed_catalogue_id_is_accepted(client, repository):
    for area in repository.areas:
        validate_response(client.get(f"{BASE_PATH}/services?area={area.id}"), "/services")
    for service in repository.services:
        validate_response(client.get(f"{BASE_PATH}/indicators?service={service.id}"), "/indicators")


def test_the_api_follows_the_dataset_it_serves(synced_data_dir, monkeypatch, client):
    """A sync adds an indicator: the served document lists it from then on (it is built per
    dataset), and the data of the new indicator are answered."""
    from config import settings
    from data_access import repository as repository_module

    assert "smup-101" not in _parameter_schema("indicator")["resolved"]["enum"]
    built = synced_data_dir / "built"
    monkeypatch.setattr(settings.__class__, "built_dir", property(lambda s: built))
    monkeypatch.setattr(repository_module, "_REPOSITORY", None)
    monkeypatch.setattr(repository_module, "_REPOSITORY_VERSION", None)
    served = client.get(f"{BASE_PATH}/openapi.json").get_json()
    assert "smup-101" in served["components"]["schemas"]["IndicatorId"]["enum"]
    body = validate_response(client.get(f"{BASE_PATH}/data?indicator=smup-101"), "/data")
    assert body["meta"]["total"] > 0


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/units", "parent="),
        ("/units", "level="),
        ("/units", "limit="),
        ("/units", "offset="),
        ("/units", "format="),
        ("/services", "area="),
        ("/indicators", "service="),
        ("/data", "indicator=ludnosc&year="),
        ("/data", "indicator=ludnosc&years="),
        ("/data", "indicator=ludnosc&units="),
    ],
)
def test_an_empty_value_no_schema_admits_is_refused(client, path, query):
    """``/units?parent=`` was answered as if no parent had been given, although the document's
    pattern admits no empty code."""
    body = validate_response(client.get(f"{BASE_PATH}{path}?{query}"), path, 400)
    assert body["error"]["code"] == "bad_parameter"
    assert "jest pusty" in body["error"]["message"]


def test_an_empty_search_is_allowed_as_documented(client):
    assert "minLength" not in _parameter_schema("q")
    validate_response(client.get(f"{BASE_PATH}/units?q=&level=wojewodztwo"), "/units")


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/units", "parent=9999"),
        ("/units", "parent=03"),
        ("/data", "indicator=ludnosc&units=02,9999999"),
    ],
)
def test_a_well_formed_code_of_no_unit_is_a_documented_404(client, path, query):
    """A code that matches the document's pattern but names no unit answers 404, as
    ``/units/{code}`` does (422 meant "schema-valid request rejected")."""
    body = validate_response(client.get(f"{BASE_PATH}{path}?{query}"), path, 404)
    assert body["error"]["code"] == "not_found"


def test_unit_codes_have_the_documented_patterns(client):
    unit_code = _parameter_schema("units")["resolved"]["pattern"]
    parent_code = _parameter_schema("parent")["resolved"]["pattern"]
    assert [re.fullmatch(unit_code, c) is not None for c in ("00", "0201", "0201011", "020")] == [
        True,
        True,
        True,
        False,
    ]
    assert re.fullmatch(parent_code, "0201") and not re.fullmatch(parent_code, "0201011")
    assert _parameter_schema("units")["maxItems"] == 500
    body = validate_response(client.get(f"{BASE_PATH}/units?parent=0201011"), "/units", 400)
    assert body["error"]["code"] == "bad_parameter"


def test_the_years_pattern_states_the_years_the_server_takes():
    pattern = _parameter_schema("years")["pattern"]
    for year in range(10_000):
        text = f"{year:04d}"
        documented = re.fullmatch(pattern, text) is not None
        try:
            parse_years(None, text)
            served = True
        except ApiError:
            served = False
        assert documented == served == (1990 <= year <= 2100), text
    assert re.fullmatch(pattern, "2015-2020") and not re.fullmatch(pattern, "2015-")


def test_year_and_years_together_select_the_years_they_share(client):
    """Both are schema-valid together: they combine like every other filter."""
    url = f"{BASE_PATH}/data?indicator=ludnosc&level=kraj"
    both = validate_response(client.get(f"{url}&year=2020&years=2015-2022"), "/data")
    assert [r["year"] for r in both["data"]] == [2020]
    apart = validate_response(client.get(f"{url}&year=2023&years=2015-2020"), "/data")
    assert apart["meta"]["total"] == 0 and apart["data"] == []


def test_a_reversed_year_range_reads_as_the_same_range(client):
    url = f"{BASE_PATH}/data?indicator=ludnosc&level=kraj"
    reversed_ = validate_response(client.get(f"{url}&years=2020-2015"), "/data")
    ordered = validate_response(client.get(f"{url}&years=2015-2020"), "/data")
    assert reversed_["data"] == ordered["data"] and len(ordered["data"]) == 6


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("PUT", f"{BASE_PATH}/units"),
        ("DELETE", f"{BASE_PATH}/data"),
        ("PATCH", f"{BASE_PATH}/indicators/ludnosc"),
        ("POST", f"{BASE_PATH}/nie-ma"),
        ("PUT", "/healthz"),
        ("DELETE", "/jst/0201011"),
        ("POST", "/"),
    ],
)
def test_405_answers_name_the_allowed_methods(client, method, path):
    """RFC 9110: a 405 carries ``Allow``, in the API (JSON) and on the app's other routes (where
    the CSRF check used to answer 400 first)."""
    response = client.open(path, method=method)
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    if path.startswith(BASE_PATH):
        assert response.get_json()["error"]["code"] == "method_not_allowed"


def test_options_advertises_only_the_methods_served(client):
    response = client.options(f"{BASE_PATH}/areas")
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_gunicorn_takes_the_longest_request_the_document_allows(repository):
    """gunicorn's default request line (4094 bytes) answered 414 to 500 unit codes whose commas
    a client percent-encodes; gunicorn.conf.py raises it."""
    import ast
    from pathlib import Path
    from urllib.parse import urlencode

    config = ast.parse((Path(__file__).parents[2] / "gunicorn.conf.py").read_text())
    settings = {
        target.id: node.value.value
        for node in config.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
    }
    gminy = repository.find_units(level="gmina")["code"].to_list()
    query = {
        "indicator": max((i.id for i in repository.indicators), key=len),
        "level": "wojewodztwo",
        "year": "2020",
        "years": "2015-2020",
        "units": ",".join(gminy[: _parameter_schema("units")["maxItems"]]),
        "parent": "0201",
        "limit": "1000",
        "offset": "1000000000",
        "format": "json",
    }
    line = f"GET {BASE_PATH}/data?{urlencode(query)} HTTP/1.1"
    assert len(line) > 4094
    assert len(line) <= settings["limit_request_line"] <= 8190


@pytest.mark.browser
def test_documentation_page_names_the_allowed_values_in_words(page, live_server):
    """The page is rendered from the document: its lists of ids are named by the endpoint that
    lists them (not 139 indicator ids in a cell), its ranges written the Polish way."""
    page.goto(f"{live_server}/api")
    table = page.get_by_role("table", name="Parametry /api/v1/data")
    indicator = table.get_by_role("row").filter(has=page.get_by_role("rowheader", name="indicator"))
    assert indicator.get_by_role("cell").last.inner_text() == (
        "Identyfikator z listy /api/v1/indicators."
    )
    offset = table.get_by_role("row").filter(has=page.get_by_role("rowheader", name="offset"))
    assert offset.get_by_role("cell").last.inner_text() == "0–1\u00a0000\u00a0000\u00a0000"
    units = page.get_by_role("table", name="Parametry /api/v1/units", exact=True)
    query = units.get_by_role("row").filter(has=page.get_by_role("rowheader", name="q"))
    assert query.get_by_role("cell").last.inner_text() == "Tekst, najwyżej 100 znaków."
