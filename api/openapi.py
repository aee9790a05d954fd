"""The OpenAPI 3.1 description of ``/api/v1``: the single source for the served
``openapi.json``, the human documentation page (``/api``) and the contract tests.

Schemas are JSON Schema 2020-12 (as OpenAPI 3.1 requires), strict (``additionalProperties:
false``) so that any drift between the code and this document fails the contract tests.
Parameters state every bound the server enforces (:mod:`api.params`), and the identifiers and
codes a parameter may name are listed (enums of the current dataset), so that a request the
document allows is answered, and one it forbids is refused (checked by Schemathesis).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from api.params import (
    DEFAULT_LIMIT,
    FORMATS,
    MAX_LIMIT,
    MAX_OFFSET,
    MAX_QUERY_LENGTH,
    MAX_UNITS,
    MAX_YEAR,
    MIN_YEAR,
    PARENT_CODE_PATTERN,
    UNIT_CODE_PATTERN,
    YEARS_PATTERN,
)
from core import urls
from data_access.catalogue_en import INDICATOR_FIELDS
from data_access.catalogue_model import LEVELS, Dimension, Polarity, Provenance, Quality, Status
from data_access.history import BUILD, IMPORT, SYNC
from data_access.repository import Repository, get_repository
from i18n import current_language, t

API_VERSION = "1.0.0"
BASE_PATH = urls.API_BASE

_NULLABLE_STRING = {"type": ["string", "null"]}
_NULLABLE_INT = {"type": ["integer", "null"]}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _param_ref(name: str) -> dict:
    return {"$ref": f"#/components/parameters/{name}"}


def _object(properties: dict, required: list[str] | None = None) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": required if required is not None else list(properties),
        "additionalProperties": False,
    }


def _schemas() -> dict:
    link = {"type": ["string", "null"], "description": t("api.doc.schema.link")}
    bdl_ids = {"type": "array", "items": {"type": "string", "pattern": "^[0-9]+$"}}
    return {
        "Error": _object(
            {
                "error": _object(
                    {
                        "code": {
                            "type": "string",
                            "enum": [
                                "bad_parameter",
                                "not_found",
                                "unknown_reference",
                                "method_not_allowed",
                                "internal",
                            ],
                        },
                        "message": {"type": "string", "description": t("api.doc.schema.message")},
                    }
                )
            }
        ),
        "PageMeta": _object(_page_meta()),
        "Links": _object({"self": {"type": "string"}, "next": link, "prev": link}),
        "Unit": _object(
            {
                "code": {"type": "string", "pattern": UNIT_CODE_PATTERN},
                "name": {"type": "string"},
                "level": {"type": "string", "enum": list(LEVELS)},
                "kind": {"type": "string"},
                "parent_code": _NULLABLE_STRING,
                "powiat_code": _NULLABLE_STRING,
                "woj_code": _NULLABLE_STRING,
                "is_city_county": {"type": "boolean"},
                "former_codes": {"type": "array", "items": {"type": "string"}},
            }
        ),
        "UnitList": _object(
            {
                "meta": _ref("PageMeta"),
                "links": _ref("Links"),
                "data": {"type": "array", "items": _ref("Unit")},
            }
        ),
        "Area": _object(
            {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "name_en": {"type": "string"},
                "description": {"type": "string"},
                "description_en": {"type": "string"},
                "services": {"type": "array", "items": {"type": "string"}},
            }
        ),
        "Service": _object(
            {
                "id": {"type": "string"},
                "area_id": {"type": "string"},
                "name": {"type": "string"},
                "name_en": {"type": "string"},
                "description": {"type": "string"},
                "description_en": {"type": "string"},
                "indicators": {"type": "array", "items": {"type": "string"}},
            }
        ),
        "Indicator": _object(_indicator_summary()),
        "IndicatorDetail": _object(_indicator_summary() | _indicator_detail()),
        "RealSource": {
            **_object(
                {
                    "bdl_numerator": bdl_ids,
                    "bdl_denominator": bdl_ids,
                    "smup": {"type": "array", "items": {"type": "string"}},
                    "url": {"type": ["string", "null"], "format": "uri"},
                    "note": {"type": "string"},
                    "note_en": {"type": "string"},
                }
            ),
            "description": t("api.doc.schema.real_source"),
        },
        "Import": _object(
            {
                "variable": {"type": "string"},
                "kind": {
                    "type": "string",
                    "enum": [IMPORT, SYNC],
                    "description": t("api.doc.schema.import_kind"),
                },
                "source": {"type": "string"},
                "source_file": _NULLABLE_STRING,
                "sha256": _NULLABLE_STRING,
                "imported_at": {"type": "string", "format": "date-time"},
                "years": {"type": "array", "items": {"type": "integer"}},
            }
        ),
        "AreaList": _list_of("Area"),
        "ServiceList": _list_of("Service"),
        "IndicatorList": _list_of("Indicator"),
        "Freshness": _object(
            {
                "latest_year": {
                    "type": "object",
                    "additionalProperties": {"type": "integer"},
                    "propertyNames": {"enum": list(LEVELS)},
                    "description": t("api.doc.schema.latest_year"),
                },
                "last_import": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "description": t("api.doc.schema.last_import"),
                },
            }
        ),
        "AreaChanges": _object(
            {
                name: {"type": "integer", "minimum": 0}
                for name in (
                    "indicators",
                    "indicators_added",
                    "indicators_removed",
                    "indicators_changed",
                    "values_added",
                    "values_revised",
                    "values_removed",
                    "values",
                    "demo_values",
                )
            }
        ),
        "IndicatorChanges": _object(
            {
                "area": {"type": "string"},
                "status": {"type": "string", "enum": ["added", "removed", "changed"]},
                "values_added": {"type": "integer", "minimum": 0},
                "values_revised": {"type": "integer", "minimum": 0},
                "values_removed": {"type": "integer", "minimum": 0},
            }
        ),
        "VersionChanges": _object(
            {
                "version": {
                    "type": ["string", "null"],
                    "description": t("api.doc.schema.version"),
                },
                "current": {"type": "boolean"},
                "made_at": {"type": ["string", "null"], "format": "date-time"},
                "action": {"type": "string", "enum": [BUILD, IMPORT, SYNC]},
                "previous": {
                    "type": ["string", "null"],
                    "description": t("api.doc.schema.previous"),
                },
                "areas": {"type": "object", "additionalProperties": _ref("AreaChanges")},
                "indicators": {
                    "type": "object",
                    "additionalProperties": _ref("IndicatorChanges"),
                },
            }
        ),
        "ChangeList": _list_of("VersionChanges"),
        "DataRow": _object(
            {
                "indicator": {"type": "string"},
                "code": {"type": "string"},
                "name": _NULLABLE_STRING,
                "level": {"type": "string", "enum": list(LEVELS)},
                "year": {"type": "integer"},
                "value": {"type": ["number", "null"]},
                "status": {"type": "string", "enum": [s.value for s in Status]},
                "provenance": {"type": "string", "enum": [p.value for p in Provenance]},
                "quality": {
                    "type": "string",
                    "enum": [q.value for q in Quality],
                    "description": "Quality flag: real value, true zero (the phenomenon did "
                    "not occur), no data, confidential, not applicable, suspect (shown, never "
                    "ranked or summed) or demonstration (made up).",
                },
                "rank": _NULLABLE_INT,
                "rank_of": _NULLABLE_INT,
                "source": {"type": "string", "description": t("api.doc.schema.source")},
                "import_date": {
                    "type": ["string", "null"],
                    "format": "date",
                    "description": t("api.doc.schema.import_date"),
                },
            }
        ),
        "DataList": _object(
            {
                "meta": _object(
                    _page_meta()
                    | {
                        "indicator": {"type": "string"},
                        "unit_of_measure": {"type": "string"},
                        "notice": {
                            "type": ["string", "null"],
                            "description": t("api.doc.schema.notice"),
                        },
                    }
                ),
                "links": _ref("Links"),
                "data": {"type": "array", "items": _ref("DataRow")},
            }
        ),
    }


def _page_meta() -> dict:
    return {
        "total": {"type": "integer", "minimum": 0},
        "count": {"type": "integer", "minimum": 0},
        "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
        "offset": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
    }


def _reference_schemas(repo: Repository) -> dict:
    """What parameters may name. The catalogue's identifiers are listed (enums of the current
    dataset): one outside them answers 422 (404 in a path), as a request the document forbids.
    Unit codes (thousands, with the former ones) have their pattern: a well-formed code that
    names no unit answers 404, as ``/units/{code}`` does."""

    def described(key: str, schema: dict) -> dict:
        return {"type": "string"} | schema | {"description": t(f"api.doc.schema.{key}")}

    return {
        "AreaId": described("area_id", {"enum": [a.id for a in repo.areas]}),
        "ServiceId": described("service_id", {"enum": [s.id for s in repo.services]}),
        "IndicatorId": described("indicator_id", {"enum": [i.id for i in repo.indicators]}),
        "UnitCode": described("unit_code", {"pattern": UNIT_CODE_PATTERN}),
        "ParentCode": described("parent_code", {"pattern": PARENT_CODE_PATTERN}),
    }


def _list_of(name: str) -> dict:
    return _object(
        {
            "meta": _object({"total": {"type": "integer", "minimum": 0}}),
            "data": {"type": "array", "items": _ref(name)},
        }
    )


def _indicator_summary() -> dict:
    return {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "name_en": {"type": "string"},
        "area_id": {"type": "string"},
        "service_id": {"type": "string"},
        "dimension": {"type": "string", "enum": [d.value for d in Dimension]},
        "unit": {"type": "string"},
        "polarity": {"type": "string", "enum": [p.value for p in Polarity]},
        "provenance": {"type": "string", "enum": [p.value for p in Provenance]},
        "levels": {"type": "array", "items": {"type": "string", "enum": list(LEVELS)}},
        "freshness": _ref("Freshness"),
    }


def _indicator_detail() -> dict:
    return {
        "definition": {"type": "string"},
        "formula": {"type": "string"},
        "numerator": {"type": "string"},
        "numerator_label": {"type": "string"},
        "denominator": _NULLABLE_STRING,
        "denominator_label": _NULLABLE_STRING,
        "multiplier": {"type": "number"},
        "decimals": {"type": "integer"},
        "source": {"type": "string"},
        "caveats": {"type": "string"},
        "breaks": {"type": "string"},
        "en": _object(
            {field: {"type": "string"} for field in (*INDICATOR_FIELDS, "formula")},
        ),
        "real_source": _ref("RealSource"),
        "tags": {"type": "array", "items": {"type": "string"}},
        "years": {"type": "array", "items": {"type": "integer"}},
        "latest_year": _NULLABLE_INT,
        "imports": {"type": "array", "items": _ref("Import")},
    }


def _parameters() -> dict:
    def query(name: str, schema: dict, required: bool = False) -> dict:
        return {
            "name": name,
            "in": "query",
            "required": required,
            "description": t(f"api.doc.param.{name}"),
            "schema": schema,
        }

    return {
        "limit": query(
            "limit",
            {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
        ),
        "offset": query(
            "offset", {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0}
        ),
        "format": query("format", {"type": "string", "enum": list(FORMATS), "default": "json"}),
        "level": query("level", {"type": "string", "enum": list(LEVELS)}),
        "parent": query("parent", _ref("ParentCode")),
        "q": query("q", {"type": "string", "maxLength": MAX_QUERY_LENGTH}),
        "indicator": query("indicator", _ref("IndicatorId"), required=True),
        "year": query("year", {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR}),
        "years": query(
            "years",
            {
                "type": "string",
                "pattern": YEARS_PATTERN,
                "description": t("api.doc.schema.years"),
            },
        ),
        # Comma-separated: form style, not exploded.
        "units": query(
            "units",
            {"type": "array", "items": _ref("UnitCode"), "minItems": 1, "maxItems": MAX_UNITS},
        )
        | {"style": "form", "explode": False},
        "area": query("area", _ref("AreaId")),
        "service": query("service", _ref("ServiceId")),
    }


def _responses(ok_schema: str, csv: bool = False, errors: tuple[int, ...] = (400,)) -> dict:
    content = {"application/json": {"schema": _ref(ok_schema)}}
    if csv:
        content["text/csv"] = {"schema": {"type": "string"}}
    responses = {"200": {"description": t("api.doc.response.ok"), "content": content}}
    for status in errors:
        responses[str(status)] = {
            "description": t(f"api.doc.response.{status}"),
            "content": {"application/json": {"schema": _ref("Error")}},
        }
    return responses


def _operation(key: str, params: list[str], responses: dict, path_params: list | None = None):
    return {
        "get": {
            "operationId": key,
            "summary": t(f"api.doc.{key}.summary"),
            "description": t(f"api.doc.{key}.description"),
            "parameters": (path_params or []) + [_param_ref(p) for p in params],
            "responses": responses,
        }
    }


def _path_param(name: str, schema: str) -> dict:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": t(f"api.doc.param.{name}"),
        "schema": _ref(schema),
    }


# Documents built in this process, per dataset (their enums list its ids) and language;
# forgotten with the dataset when an import or sync has switched to another version.
_DOCUMENTS: WeakKeyDictionary[Repository, dict[str, dict]] = WeakKeyDictionary()


def openapi_document() -> dict:
    """The OpenAPI 3.1 document (paths are relative to the server URL ``/api/v1``) of the
    current dataset, in the language of the request (the ``/api`` page follows the UI;
    ``/api/v1`` is Polish)."""
    repo = get_repository()
    documents = _DOCUMENTS.setdefault(repo, {})
    language = current_language()
    if language not in documents:
        documents[language] = _openapi_document(repo)
    return documents[language]


def _openapi_document(repo: Repository) -> dict:
    """The document of ``repo``'s dataset in the current language."""
    paths = {
        urls.openapi_path(urls.API_UNITS): _operation(
            "units",
            ["level", "parent", "q", "limit", "offset", "format"],
            _responses("UnitList", csv=True, errors=(400, 404)),
        ),
        urls.openapi_path(urls.API_UNIT): _operation(
            "unit", [], _responses("Unit", errors=(404,)), [_path_param("code", "UnitCode")]
        ),
        urls.openapi_path(urls.API_AREAS): _operation("areas", [], _responses("AreaList")),
        urls.openapi_path(urls.API_SERVICES): _operation(
            "services", ["area"], _responses("ServiceList", errors=(400, 422))
        ),
        urls.openapi_path(urls.API_INDICATORS): _operation(
            "indicators", ["area", "service"], _responses("IndicatorList", errors=(400, 422))
        ),
        urls.openapi_path(urls.API_INDICATOR): _operation(
            "indicator",
            [],
            _responses("IndicatorDetail", errors=(404,)),
            [_path_param("indicator_id", "IndicatorId")],
        ),
        urls.openapi_path(urls.API_CHANGES): _operation("changes", [], _responses("ChangeList")),
        urls.openapi_path(urls.API_DATA): _operation(
            "data",
            ["indicator", "level", "year", "years", "units", "parent", "limit", "offset", "format"],
            _responses("DataList", csv=True, errors=(400, 404, 422)),
        ),
        urls.openapi_path(urls.API_OPENAPI): {
            "get": {
                "operationId": "openapi",
                "summary": t("api.doc.openapi.summary"),
                "description": t("api.doc.openapi.description"),
                "responses": {
                    "200": {
                        "description": t("api.doc.response.ok"),
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "info": {
            "title": t("api.doc.title"),
            "version": API_VERSION,
            "description": t("api.doc.description"),
        },
        "servers": [{"url": BASE_PATH}],
        "paths": paths,
        "components": {
            "schemas": _schemas() | _reference_schemas(repo),
            "parameters": _parameters(),
        },
    }
