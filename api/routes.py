"""The public read-only API ``/api/v1``: units, catalogue and indicator values as JSON or CSV.

Reads only through :mod:`data_access.repository`. Every error is JSON
``{"error": {"code", "message"}}`` with a Polish message; every response allows cross-origin GET.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from urllib.parse import urlencode

import orjson
import polars as pl
from flask import Blueprint, Flask, Response, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from api.openapi import BASE_PATH, openapi_document
from api.params import (
    MAX_QUERY_LENGTH,
    PARENT_CODE,
    UNIT_CODE,
    ApiError,
    Page,
    bad_parameter,
    check_known,
    given,
    not_found,
    parse_codes,
    parse_format,
    parse_level,
    parse_page,
    parse_years,
    unknown_reference,
)
from components.freshness import change_history
from core import urls
from data_access.catalogue_en import INDICATOR_FIELDS, english_formula, english_text
from data_access.catalogue_model import Indicator, Provenance
from data_access.provenance import record_kind
from data_access.repository import Repository, Unit, get_repository
from i18n import t
from security.cell_safety import safe_frame

log = logging.getLogger(__name__)

api = Blueprint("api_v1", __name__, url_prefix=BASE_PATH)
CACHE_SECONDS = 300
LIST_PARAMS = ("limit", "offset", "format")
CHANGE_FIELDS = ("area", "status", "values_added", "values_revised", "values_removed")


# --- helpers ------------------------------------------------------------------------------
def _json(payload: dict, status: int = 200) -> Response:
    """A UTF-8 JSON response (keys in the order given; NaN becomes null)."""
    return Response(orjson.dumps(payload), status=status, mimetype="application/json")


def _args() -> dict[str, str]:
    return {key: request.args.get(key, "") for key in request.args}


def _page_links(page: Page, total: int) -> dict:
    """``self``, ``next`` and ``prev`` URLs of a page, keeping the other query parameters."""

    def url(offset: int) -> str:
        args = {k: v for k, v in request.args.items() if k != "offset"}
        if offset:
            args["offset"] = str(offset)
        query = urlencode(args)
        return f"{request.path}?{query}" if query else request.path

    following = page.offset + page.limit
    return {
        "self": url(page.offset),
        "next": url(following) if following < total else None,
        "prev": url(max(page.offset - page.limit, 0)) if page.offset > 0 else None,
    }


def _csv_response(frame: pl.DataFrame, name: str, page: Page, total: int) -> Response:
    buffer = io.StringIO()
    safe_frame(frame).write_csv(buffer)  # no text a spreadsheet would run as a formula
    response = Response(buffer.getvalue(), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response.headers["X-Total-Count"] = str(total)
    links = _page_links(page, total)
    if links["next"]:
        response.headers["Link"] = f'<{links["next"]}>; rel="next"'
    return response


def _unit_record(row: dict) -> dict:
    parent = {
        "gmina": row["powiat_code"],
        "powiat": row["woj_code"],
        "wojewodztwo": "00",
    }.get(row["level"])
    return {
        "code": row["code"],
        "name": row["name"],
        "level": row["level"],
        "kind": row["kind"],
        "parent_code": parent,
        "powiat_code": row["powiat_code"],
        "woj_code": row["woj_code"],
        "is_city_county": bool(row["is_city_county"]),
        "former_codes": list(row["former_codes"] or []),
    }


def _parent(repo: Repository, raw: str | None) -> str | None:
    """A parent code that exists and can contain units (Poland, voivodeship or powiat)."""
    if given("parent", raw) is None:
        return None
    if not PARENT_CODE.fullmatch(raw):
        raise bad_parameter(t("api.error.bad_parent", value=raw[:40]))
    unit = repo.unit(raw)
    if unit is None:
        raise not_found(t("api.error.unknown_unit", code=raw))
    return unit.code


def _indicator_summary(repo: Repository, indicator: Indicator) -> dict:
    service = repo.service(indicator.service_id)
    return {
        "id": indicator.id,
        "name": indicator.name,
        "name_en": indicator.name_en,
        "area_id": service.area_id if service else "",
        "service_id": indicator.service_id,
        "dimension": str(indicator.dimension),
        "unit": indicator.unit,
        "polarity": str(indicator.polarity),
        "provenance": str(indicator.provenance),
        "levels": list(indicator.levels),
        "freshness": _freshness(repo, indicator.id),
    }


def _freshness(repo: Repository, indicator_id: str) -> dict:
    """The latest year with a value per level and when the values were last imported."""
    found = repo.freshness(indicator_id)
    return {"latest_year": found.latest_year, "last_import": _zoned(found.last_import)}


def _zoned(moment: dt.datetime | None) -> str | None:
    """A version time (the machine's wall clock) as RFC 3339, with its offset."""
    return moment.astimezone().isoformat(timespec="seconds") if moment else None


def english_metadata(indicator: Indicator) -> dict:
    """The texts of an indicator in English (the fields above are the Polish originals)."""
    return {field: english_text(indicator, field) for field in INDICATOR_FIELDS} | {
        "formula": english_formula(indicator)
    }


def _real_source(indicator: Indicator) -> dict:
    """Where the real values come from (or would come from): GUS BDL variable ids of the
    numerator and the denominator (ids in one list are added up), SMUP ids, a public url."""
    source = indicator.real_source
    return {
        "bdl_numerator": list(source.bdl_numerator),
        "bdl_denominator": list(source.bdl_denominator),
        "smup": list(source.smup),
        "url": source.url or None,
        "note": source.note,
        "note_en": source.note_en,
    }


def with_sources(repo: Repository, indicator: Indicator, rows: pl.DataFrame) -> pl.DataFrame:
    """Value rows with their ``source`` and the ``import_date`` of the import or sync that
    brought them (null for the values of the shipped files)."""
    return repo.value_sources(indicator.id).label(rows).rename({"imported_at": "import_date"})


def indicator_detail(repo: Repository, indicator: Indicator) -> dict:
    years = repo.years(indicator.id)
    variables = {indicator.numerator, indicator.denominator}
    return _indicator_summary(repo, indicator) | {
        "definition": indicator.definition,
        "formula": indicator.formula,
        "numerator": indicator.numerator,
        "numerator_label": indicator.numerator_label,
        "denominator": indicator.denominator,
        "denominator_label": indicator.denominator_label,
        "multiplier": indicator.multiplier,
        "decimals": indicator.decimals,
        "source": indicator.source,
        "caveats": indicator.caveats,
        "breaks": indicator.breaks,
        "en": english_metadata(indicator),
        "real_source": _real_source(indicator),
        "tags": list(indicator.tags),
        "years": years,
        "latest_year": years[-1] if years else None,
        "imports": [
            {
                "variable": record["variable"],
                "kind": record_kind(record),
                "source": record.get("source", ""),
                "source_file": record.get("source_file"),
                "sha256": record.get("sha256"),
                "imported_at": record["imported_at"],
                "years": list(record["years"]),
            }
            for record in repo.imports()
            if record["variable"] in variables
        ],
    }


# --- endpoints ----------------------------------------------------------------------------
@api.get(urls.API_UNITS)
def units() -> Response:
    """Units, filtered by level, parent and a name/code query, paged; JSON or CSV."""
    args = _args()
    check_known(args, ("level", "parent", "q", *LIST_PARAMS))
    page, fmt = parse_page(args), parse_format(args.get("format"))
    repo = get_repository()
    query = args.get("q", "")
    if len(query) > MAX_QUERY_LENGTH:
        raise bad_parameter(t("api.error.too_long", name="q", max=MAX_QUERY_LENGTH))
    found = repo.find_units(
        level=parse_level(args.get("level")), parent=_parent(repo, args.get("parent")), query=query
    )
    total = found.height
    rows = [_unit_record(r) for r in found.slice(page.offset, page.limit).iter_rows(named=True)]
    if fmt == "csv":
        frame = pl.DataFrame(rows, schema=_UNIT_CSV_SCHEMA).with_columns(
            pl.col("former_codes").list.join(" ")
        )
        return _csv_response(frame, "jednostki", page, total)
    return _json(
        {
            "meta": {
                "total": total,
                "count": len(rows),
                "limit": page.limit,
                "offset": page.offset,
            },
            "links": _page_links(page, total),
            "data": rows,
        }
    )


_UNIT_CSV_SCHEMA = {
    "code": pl.String,
    "name": pl.String,
    "level": pl.String,
    "kind": pl.String,
    "parent_code": pl.String,
    "powiat_code": pl.String,
    "woj_code": pl.String,
    "is_city_county": pl.Boolean,
    "former_codes": pl.List(pl.String),
}


@api.get(urls.API_UNIT)
def unit(code: str) -> Response:
    """One unit by its current or former TERYT code."""
    check_known(_args(), ())
    repo = get_repository()
    found: Unit | None = repo.unit(code) if UNIT_CODE.fullmatch(code) else None
    if found is None:
        raise not_found(t("api.error.unknown_unit", code=code[:40]))
    row = repo.find_units().filter(pl.col("code") == found.code).row(0, named=True)
    return _json(_unit_record(row))


@api.get(urls.API_AREAS)
def areas() -> Response:
    """The service areas with the ids of their services."""
    check_known(_args(), ())
    repo = get_repository()
    data = [
        {
            "id": a.id,
            "name": a.name,
            "name_en": a.name_en,
            "description": a.description,
            "description_en": english_text(a, "description"),
            "services": [s.id for s in repo.services_of(a.id)],
        }
        for a in repo.areas
    ]
    return _json({"meta": {"total": len(data)}, "data": data})


def _area_filter(repo: Repository, raw: str | None) -> str | None:
    if given("area", raw) is None:
        return None
    if repo.area(raw) is None:
        raise unknown_reference(t("api.error.unknown_area", id=raw[:60]))
    return raw


@api.get(urls.API_SERVICES)
def services() -> Response:
    """Services, optionally of one area, with the ids of their indicators."""
    args = _args()
    check_known(args, ("area",))
    repo = get_repository()
    area = _area_filter(repo, args.get("area"))
    data = [
        {
            "id": s.id,
            "area_id": s.area_id,
            "name": s.name,
            "name_en": s.name_en,
            "description": s.description,
            "description_en": english_text(s, "description"),
            "indicators": [i.id for i in repo.indicators_of(s.id)],
        }
        for s in repo.services
        if area is None or s.area_id == area
    ]
    return _json({"meta": {"total": len(data)}, "data": data})


@api.get(urls.API_INDICATORS)
def indicators() -> Response:
    """Indicators (short metadata), optionally of one area or service."""
    args = _args()
    check_known(args, ("area", "service"))
    repo = get_repository()
    area = _area_filter(repo, args.get("area"))
    service = given("service", args.get("service"))
    if service is not None and repo.service(service) is None:
        raise unknown_reference(t("api.error.unknown_service", id=service[:60]))
    in_area = {s.id for s in repo.services_of(area)} if area else None
    data = [
        _indicator_summary(repo, i)
        for i in repo.indicators
        if (service is None or i.service_id == service)
        and (in_area is None or i.service_id in in_area)
    ]
    return _json({"meta": {"total": len(data)}, "data": data})


@api.get(urls.API_CHANGES)
def changes() -> Response:
    """The dataset versions, newest first, with what each changed (per area and indicator)."""
    check_known(_args(), ())
    repo = get_repository()
    data = [
        {
            "version": version.id or None,
            "current": version.current,
            "made_at": _zoned(version.made_at),
            "action": version.action,
            "previous": version.record.get("previous"),
            "areas": version.record.get("areas", {}),
            "indicators": {
                indicator_id: {k: entry.get(k) for k in CHANGE_FIELDS}
                for indicator_id, entry in version.record.get("indicators", {}).items()
                if entry.get("status") != "same"
            },
        }
        for version in change_history(repo)
    ]
    return _json({"meta": {"total": len(data)}, "data": data})


@api.get(urls.API_INDICATOR)
def indicator(indicator_id: str) -> Response:
    """Full metadata of one indicator: formula, polarity, source, provenance, years, imports."""
    check_known(_args(), ())
    repo = get_repository()
    found = repo.indicator(indicator_id)
    if found is None:
        raise not_found(t("api.error.unknown_indicator", id=indicator_id[:60]))
    return _json(indicator_detail(repo, found))


@api.get(urls.API_DATA)
def data() -> Response:
    """Values of one indicator, filtered by level, years, units and parent, paged; JSON or CSV."""
    args = _args()
    check_known(args, ("indicator", "level", "year", "years", "units", "parent", *LIST_PARAMS))
    page, fmt = parse_page(args), parse_format(args.get("format"))
    level = parse_level(args.get("level"))
    years = parse_years(args.get("year"), args.get("years"))
    codes = parse_codes(args.get("units"))
    repo = get_repository()
    indicator_id = args.get("indicator", "")
    if not indicator_id:
        raise bad_parameter(t("api.error.missing_indicator"))
    found = repo.indicator(indicator_id)
    if found is None:
        raise unknown_reference(t("api.error.unknown_indicator", id=indicator_id[:60]))
    if codes is not None:
        resolved = {code: repo.resolve_code(code) for code in codes}
        unknown = [code for code, current in resolved.items() if current is None]
        if unknown:
            raise not_found(t("api.error.unknown_units", codes=", ".join(unknown[:10])))
        codes = list(dict.fromkeys(c for c in resolved.values() if c))
    rows = repo.find_values(
        found.id, level=level, years=years, codes=codes, parent=_parent(repo, args.get("parent"))
    )
    total = rows.height
    shown = with_sources(repo, found, rows.slice(page.offset, page.limit))
    if fmt == "csv":
        return _csv_response(shown, f"smup-{found.id}", page, total)
    has_demo = (shown["provenance"] == Provenance.DEMO.value).any()
    return _json(
        {
            "meta": {
                "total": total,
                "count": shown.height,
                "limit": page.limit,
                "offset": page.offset,
                "indicator": found.id,
                "unit_of_measure": found.unit,
                "notice": t("api.notice.demo") if has_demo else None,
            },
            "links": _page_links(page, total),
            "data": shown.with_columns(
                pl.col("status", "provenance", "quality").cast(pl.String),
                pl.when(pl.col("value").is_finite()).then(pl.col("value")).alias("value"),
            ).to_dicts(),
        }
    )


@api.get(urls.API_OPENAPI)
def openapi() -> Response:
    """The OpenAPI 3.1 description of this API."""
    return _json(openapi_document())


@api.get(urls.API_ROOT, defaults={"rest": ""})
@api.get(urls.API_ANY)
def unknown(rest: str) -> Response:
    """Anything else under the API prefix: JSON 404 (other methods: 405, see below)."""
    raise not_found(t("api.error.unknown_path", path=f"{BASE_PATH}/{rest}"[:120]))


# --- errors and headers -------------------------------------------------------------------
@api.errorhandler(ApiError)
def api_error(error: ApiError) -> tuple[Response, int]:
    return _json(error.body(), error.status)


@api.errorhandler(HTTPException)
def http_error(error: HTTPException) -> Response:
    """An HTTP error as JSON; a 405 keeps the ``Allow`` header (RFC 9110) of the error."""
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        response = _json(ApiError(405, "method_not_allowed", t("api.error.read_only")).body(), 405)
        response.headers["Allow"] = ", ".join(sorted(error.valid_methods or ("GET",)))
        return response
    code = "not_found" if status == 404 else "bad_parameter"
    return _json(ApiError(status, code, t("api.error.http", status=status)).body(), status)


def method_not_allowed(error: MethodNotAllowed) -> Response:
    """Any 405 of the app. A method no route takes fails in routing, before a blueprint is
    known, so the API's handlers never see it: here it becomes the API's JSON error (with CORS
    headers) under the API prefix, and Flask's own page elsewhere; both keep ``Allow``."""
    if request.path.startswith(f"{BASE_PATH}/"):
        return api_headers(http_error(error))
    return error.get_response()


@api.errorhandler(Exception)
def unexpected_error(error: Exception) -> tuple[Response, int]:
    log.exception("API error on %s", request.full_path)
    return _json(ApiError(500, "internal", t("error.generic")).body(), 500)


@api.after_request
def api_headers(response: Response) -> Response:
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "Content-Type"
    response.headers["Access-Control-Expose-Headers"] = "Link, X-Total-Count"
    if response.status_code == 200:
        response.headers["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response


def register_api(server: Flask) -> None:
    """Mount ``/api/v1`` on the Flask server."""
    server.register_blueprint(api)
    server.register_error_handler(MethodNotAllowed, method_not_allowed)
