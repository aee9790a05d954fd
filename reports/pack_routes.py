"""The route of the "Raport o stanie gminy" pack:

- ``/raport/<teryt>/stan-gminy-<rok>.zip``: the zip (DOCX, PDF, XLSX, charts, manifest);
- ``/raport/<teryt>/stan-gminy-<rok>``: the pack's print-ready page (the PDF's HTML).

Options in the query as for the other reports (``obszary``, ``grupa``, ``od``; the year is in
the path) and ``cele`` (the user's target ids). An unknown unit, a unit that is not a gmina or
a year outside the data get a Polish 404 page and nothing is rendered.

A zip not in the cache goes to the report worker's queue as a small JSON request (unit, year,
query, language and the user's assessed targets, so the worker needs no session); the answer
is the "preparing" page that checks back by itself. Without a worker the web worker builds it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict
from functools import cache
from urllib.parse import quote

from flask import Blueprint, Flask, Response, current_app, request

from accounts.auth import signed_in_user
from core import urls
from data_access.repository import Repository, Unit, get_repository
from i18n import current_language, localized_kind, t
from reports import pack, pack_files, queue, render, results
from reports.content import data_years
from reports.options import cache_token
from reports.routes import (
    MAX_CODE,
    POLL_HEADER,
    failed_page_response,
    not_found,
    not_stored,
    poll_answer,
    report_key,
    request_options,
)
from security import untrusted
from targets.core import Assessment, Direction, Status, Target
from targets.service import assessments_for

log = logging.getLogger(__name__)

ZIP = urls.REPORT_PACK_ARCHIVE
NO_TARGETS = "brak"  # ``cele=brak``: a pack without targets for a user who has some
KIND = "pack"
MAX_TARGET_IDS = pack.MAX_TARGETS


def pack_targets(user, unit_code: str, chosen_ids: list[int] | None) -> list[Assessment]:
    """The assessed targets of ``user`` for the unit: those of ``chosen_ids`` (None: all)."""
    found = assessments_for(user.id, unit_code)
    if chosen_ids is None:
        return found
    return [a for a in found if a.target.id in chosen_ids]


def parse_target_ids(raw: object, notes: list[str]) -> list[int] | None:
    """``cele=3,7`` → ``[3, 7]``; no ``cele`` → None (every target of the user for the unit);
    ``cele=brak`` → none. Anything else is noted and left out."""
    if raw in (None, ""):
        return None
    if raw == NO_TARGETS:
        return []
    parts = [p.strip() for p in untrusted.clipped(raw, 500).split(",") if p.strip()]
    good = [int(p) for p in parts if p.isdigit() and len(p) <= 12]
    bad = [p for p in parts if not (p.isdigit() and len(p) <= 12)]
    if bad:
        notes.append(t("pack.note.bad_targets", ids=", ".join(b[:20] for b in bad[:5])))
    return list(dict.fromkeys(good))[:MAX_TARGET_IDS]


def split_zip(name: str) -> tuple[str, bool]:
    if name.lower().endswith(ZIP):
        return name[: -len(ZIP)], True
    return name, False


def pack_year(repo: Repository, raw: str) -> int | None:
    low, high = data_years(repo)
    year = untrusted.year(raw)
    return year if year is not None and low <= year <= high else None


def refusal(repo: Repository, unit: Unit | None, code: str, raw_year: str) -> Response | None:
    """The 404 page for a unit that does not exist or is not a gmina, or a bad year."""
    if unit is None:
        return not_found(t("notfound.unit", code=code[:MAX_CODE]))
    if unit.level not in pack.PACK_LEVELS:
        return not_found(t("pack.not_gmina", name=unit.name, kind=localized_kind(unit.kind)))
    if pack_year(repo, raw_year) is None:
        low, high = data_years(repo)
        return not_found(t("pack.bad_year", year=raw_year[:10], low=low, high=high))
    return None


# --- the job a worker takes -------------------------------------------------------------------
def assessment_data(assessments: list[Assessment]) -> list[dict]:
    return [asdict(a) for a in assessments]


def assessments_from(data: list[dict]) -> list[Assessment]:
    out = []
    for item in data:
        target = dict(item["target"])
        target["direction"] = Direction(target["direction"])
        fields = {**item, "target": Target(**target), "status": Status(item["status"])}
        out.append(Assessment(**fields))
    return out


def job_request(
    unit: Unit, year: int, assessments: list[Assessment], logged_in: bool, ids: list[int] | None
) -> dict:
    return {
        "code": unit.code,
        "year": year,
        "query": request.query_string.decode("utf-8", "replace"),
        "lang": current_language(),
        "logged_in": logged_in,
        "targets": assessment_data(assessments),
        "ids": ids,
    }


def pack_and_html(spec: dict) -> tuple[pack.Pack, str]:
    """The pack's content and its print-ready HTML, in the current request's language."""
    repo = get_repository()
    unit = repo.unit(spec["code"])
    options, notes = request_options(repo)
    parse_target_ids(request.args.get("cele"), notes)
    built = pack.build_pack(
        repo,
        unit,
        spec["year"],
        options,
        assessments_from(spec["targets"]),
        spec["logged_in"],
        spec["ids"],
        notes,
    )
    html = render.render_html(
        "pack.html",
        built,
        description=t("pack.description", name=unit.name, year=spec["year"]),
        back_href=urls.unit(unit.code),
        back_text=t("reports.back_profile", name=unit.name),
        pdf_href=f"{zip_path(unit.code, spec['year'])}{built.query}",
    )
    return built, html


def zip_of_job(payload: bytes) -> bytes:
    """The zip of a queued request, built by a report worker (no session: the targets
    travel in the request; the language and options through a request context)."""
    spec = json.loads(payload)
    query = "&".join(part for part in (spec["query"], f"lang={spec['lang']}") if part)
    with current_app.test_request_context(zip_path(spec["code"], spec["year"]), query_string=query):
        return pack_files.build_zip(*pack_and_html(spec))


queue.register_product(KIND, ZIP, zip_of_job)


def zip_path(code: str, year: int) -> str:
    return urls.report_pack(code, year, archive=True)


def pack_key(spec: dict, options_token: str) -> str:
    """The cache key: unit, year, options, language, data and templates, and the targets'
    content (so one user's targets never answer another's request)."""
    targets = hashlib.sha256(json.dumps(spec["targets"], sort_keys=True).encode()).hexdigest()
    return report_key(
        (
            KIND,
            spec["code"],
            str(spec["year"]),
            options_token,
            "all" if spec["ids"] is None else ",".join(map(str, spec["ids"])),
            "in" if spec["logged_in"] else "anonymous",
            targets,
            pack_fingerprint(),
        )
    )


# --- answers ----------------------------------------------------------------------------------
def waiting(busy: bool, html_url: str) -> Response:
    page = render.render_waiting_page(
        busy, request.full_path.rstrip("?"), html_url, preparing=t("pack.preparing")
    )
    response = Response(page, status=503 if busy else 202, mimetype="text/html")
    response.headers["Retry-After"] = str(render.BUSY_RETRY_S if busy else render.PREPARING_RETRY_S)
    return not_stored(response)


def zip_response(data: bytes, filename: str, private: bool) -> Response:
    response = Response(data, mimetype="application/zip")
    response.headers["Content-Disposition"] = (
        f"attachment; filename=\"{filename}\"; filename*=UTF-8''{quote(filename)}"
    )
    response.headers["Cache-Control"] = "private, no-store" if private else "public, max-age=3600"
    return response


def zip_now_or_later(key: str, spec: dict, html_url: str) -> bytes | Response:
    """A zip not in the cache: queued for the report worker, else built here."""
    if queue.take_failure(key, suffix=ZIP):
        return failed_page_response(request.full_path.rstrip("?"), html_url)
    if queue.enabled() and (
        queue.pending(key, ZIP)
        or queue.submit(key, queue.job_text(KIND, json.dumps(spec).encode("utf-8")))
    ):
        return waiting(False, html_url)
    with render.render_slot() as free:
        if not free:
            return waiting(True, html_url)
        try:
            data = pack_files.build_zip(*pack_and_html(spec))
        except Exception:
            log.exception("report pack %s failed", key[:12])
            return failed_page_response(request.full_path.rstrip("?"), html_url)
        results.store(key, ZIP, data)
    queue.forget(key)
    return data


bp = Blueprint("report_packs", __name__)


@bp.get(urls.REPORT_PACK)
def state_pack(teryt: str, name: str) -> Response:
    raw_year, as_zip = split_zip(name)
    repo = get_repository()
    unit = repo.unit(teryt)
    refused = refusal(repo, unit, teryt, raw_year)
    if refused is not None:
        return refused
    year = pack_year(repo, raw_year)
    options, notes = request_options(repo)
    ids = parse_target_ids(request.args.get("cele"), notes)
    user = signed_in_user()
    assessments = pack_targets(user, unit.code, ids) if user else []
    spec = job_request(unit, year, assessments, user is not None, ids)
    key = pack_key(spec, cache_token(options) + "|" + "|".join(notes))
    query = request.query_string.decode("utf-8", "replace")
    html_url = urls.report_pack(unit.code, year, query)
    if not as_zip:
        html = results.cached(key, ".html", lambda: pack_and_html(spec)[1].encode("utf-8"))
        response = Response(html, mimetype="text/html")
        response.headers["Cache-Control"] = "private, no-store" if user else "public"
        return response
    if request.headers.get(POLL_HEADER):
        return poll_answer(key, ZIP)
    data = results.read(key, ZIP)
    if data is None:
        data = zip_now_or_later(key, spec, html_url)
        if isinstance(data, Response):
            return data
    return zip_response(data, f"stan-gminy-{unit.code}-{year}{ZIP}", user is not None)


def register_pack_routes(server: Flask) -> None:
    server.register_blueprint(bp)


@cache
def pack_fingerprint() -> str:
    """Changes with the pack's own code (the templates and texts are in ``report_key``)."""
    folder = render.TEMPLATES.parent
    names = ("pack.py", "pack_docx.py", "pack_files.py", "pack_routes.py")
    return render.cache_key(*((folder / name).read_text("utf-8") for name in names))
