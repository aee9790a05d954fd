"""Flask routes of the printed reports (plain server routes, not Dash pages):

- ``/raport/<teryt>`` and ``/raport/<teryt>.pdf``: the unit report;
- ``/raport/<teryt>/usluga/<service_id>`` and ``….pdf``: one service in depth.

Options travel in the query string (see ``reports.options``). Unknown units and services get
a Polish 404 page with a search box; invalid options give the default report with a note.

A PDF not yet in the cache goes to the report worker's queue (``reports.queue``): the answer
is a page saying the report is being prepared (202), which checks back by itself and then
opens the PDF; a failed render gets a page that says so (500). Without a running worker the
web worker renders the PDF itself, one at a time per host (others get a "busy" page, 503).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from urllib.parse import quote

import click
from flask import Blueprint, Flask, Response, jsonify, redirect, request

from config import settings
from core import urls
from data_access.repository import Repository, SearchHit, Unit, get_repository
from i18n import current_language, localized_kind, localized_name, t, unit_place
from reports import content, queue, render, results
from reports.options import (
    CONTEXT_AREA,
    ReportOptions,
    cache_token,
    options_query,
    parse_options,
)

log = logging.getLogger(__name__)

PDF_SUFFIX = ".pdf"
MAX_CODE = 40
MAX_QUERY = 120
MAX_CHOICES = 10
POLL_HEADER = "X-Report-Poll"  # the "preparing" page asks for the PDF's state only


def split_pdf(name: str) -> tuple[str, bool]:
    """``"0201011.pdf"`` → ``("0201011", True)``."""
    if name.lower().endswith(PDF_SUFFIX):
        return name[: -len(PDF_SUFFIX)], True
    return name, False


def request_options(repo: Repository) -> tuple[ReportOptions, list[str]]:
    known = [a.id for a in repo.areas if a.id != CONTEXT_AREA]
    query = {k: v for k, v in request.args.items()}
    return parse_options(query, known, content.data_years(repo))


def not_found(message: str) -> Response:
    return Response(render.render_notfound(message), status=404, mimetype="text/html")


def pdf_urls() -> tuple[str, str]:
    """The PDF's own address and its printable HTML twin's (the same without ``.pdf``)."""
    path = request.path
    html_path = path[: -len(PDF_SUFFIX)] if path.lower().endswith(PDF_SUFFIX) else path
    query = request.query_string.decode("utf-8", "replace")
    return request.full_path.rstrip("?"), html_path + (f"?{query}" if query else "")


def not_stored(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"
    return response


def waiting(busy: bool) -> Response:
    """The PDF is on its way: queued (202) or another render holds the slot (503). A page
    that checks back by itself (``Retry-After`` for other clients)."""
    page = render.render_waiting_page(busy, *pdf_urls())
    response = Response(page, status=503 if busy else 202, mimetype="text/html")
    response.headers["Retry-After"] = str(render.BUSY_RETRY_S if busy else render.PREPARING_RETRY_S)
    return not_stored(response)


def failed() -> Response:
    """The render failed: a clear page with the ways on (the log has the details)."""
    return failed_page_response(*pdf_urls())


def failed_page_response(retry_url: str, html_url: str) -> Response:
    return not_stored(
        Response(render.render_failed_page(retry_url, html_url), 500, mimetype="text/html")
    )


def poll_answer(key: str, suffix: str = queue.PDF) -> Response:
    """What the "preparing" page's script asks: the PDF's state, nothing rendered. Without a
    worker any more, a queued job answers ``absent``: the page asks again and is served."""
    state = queue.state(key, suffix=suffix)
    if state in (queue.State.QUEUED, queue.State.RUNNING) and not queue.enabled():
        state = queue.State.ABSENT
    return not_stored(jsonify(state=state.value))


def render_inline(key: str, html: bytes) -> bytes | Response:
    """Render in this web worker (no report worker runs): one render at a time per host."""
    with render.render_slot() as free:
        if not free:
            return waiting(busy=True)
        try:
            pdf = render.html_to_pdf(html.decode("utf-8"))
        except Exception:
            log.exception("PDF report %s failed", key[:12])
            return failed()
        results.store(key, ".pdf", pdf)
    queue.forget(key)  # a job queued while no worker ran
    return pdf


def pdf_now_or_later(key: str, html: Callable[[], bytes]) -> bytes | Response:
    """The PDF of a report not in the cache: queued for the report worker (a page saying it
    is being prepared), else rendered here; a failed render's page once after a failure.
    ``html()`` (the report page, from the cache or built) only when a render needs it."""
    if queue.take_failure(key):
        return failed()
    if queue.enabled() and (queue.pending(key) or queue.submit(key, html())):
        return waiting(busy=False)
    return render_inline(key, html())


def pdf_filename(*parts: str) -> str:
    return "raport-" + "-".join(p for p in parts if p) + ".pdf"


def report_key(key_parts: tuple[str, ...]) -> str:
    """The cache key of a report in this request's language and today's data and templates."""
    return render.cache_key(
        *key_parts,
        current_language(),
        render.data_version(get_repository().built_dir),
        render.template_fingerprint(),
        dt.date.today().isoformat(),
    )


def pdf_response(pdf: bytes, filename: str) -> Response:
    response = Response(pdf, mimetype="application/pdf")
    response.headers["Content-Disposition"] = (
        f"inline; filename=\"{filename}\"; filename*=UTF-8''{quote(filename)}"
    )
    return response


def respond(
    key_parts: tuple[str, ...],
    as_pdf: bool,
    build_html,
    filename: str,
) -> Response:
    """The report as HTML or PDF, through the shared cache."""
    start = time.perf_counter()
    key = report_key(key_parts)

    def html() -> bytes:
        return results.cached(key, ".html", lambda: build_html().encode("utf-8"))

    if not as_pdf:
        response = Response(html(), mimetype="text/html")
    elif request.headers.get(POLL_HEADER):
        return poll_answer(key)
    else:
        pdf = results.read(key, ".pdf")
        if pdf is None:
            pdf = pdf_now_or_later(key, html)
            if isinstance(pdf, Response):
                return pdf
        response = pdf_response(pdf, filename)
    response.headers["Cache-Control"] = "public, max-age=3600"
    log.info("report %s in %.0f ms", "/".join(key_parts), (time.perf_counter() - start) * 1000)
    return response


def unit_links(unit: Unit, query: str) -> dict[str, str]:
    return {
        "back_href": urls.unit(unit.code),
        "back_text": t("reports.back_profile", name=unit.name),
        "pdf_href": urls.report(unit.code, query, pdf=True),
    }


def unit_report_html(
    repo: Repository, unit: Unit, options: ReportOptions, notes: list[str] | None = None
) -> str:
    """The print-ready HTML of the unit report (the PDF is made from it)."""
    report = content.unit_report(repo, unit, options, notes or [])
    return render.render_html(
        "unit.html",
        report,
        description=t("reports.unit.description", name=unit.name, kind=localized_kind(unit.kind)),
        locator=render_locator(unit),
        locator_caption=t("reports.locator", name=unit.name),
        **unit_links(unit, report.query),
    )


bp = Blueprint("reports", __name__)


@bp.get(render.PREPARING_SCRIPT_URL)
def preparing_script() -> Response:
    """The "preparing" page's script, as a file: the Content-Security-Policy allows this
    site's scripts, not inline ones."""
    script = (render.TEMPLATES / "preparing.js").read_text(encoding="utf-8")
    return Response(script, mimetype="text/javascript", headers={"Cache-Control": "no-cache"})


@bp.get(urls.REPORT)
@bp.get(urls.REPORT + "/")
def unit_report(name: str) -> Response:
    code, as_pdf = split_pdf(name)
    repo = get_repository()
    unit = repo.unit(code)
    if unit is None:
        return not_found(t("notfound.unit", code=code[:MAX_CODE]))
    options, notes = request_options(repo)
    return respond(
        ("unit", unit.code, cache_token(options), "|".join(notes)),
        as_pdf,
        lambda: unit_report_html(repo, unit, options, notes),
        pdf_filename(unit.code),
    )


@bp.get(urls.SERVICE_REPORT)
def service_report(teryt: str, name: str) -> Response:
    service_id, as_pdf = split_pdf(name)
    repo = get_repository()
    unit = repo.unit(teryt)
    if unit is None:
        return not_found(t("notfound.unit", code=teryt[:MAX_CODE]))
    service = repo.service(service_id)
    if service is None:
        return not_found(t("notfound.service", id=service_id[:60]))
    options, notes = request_options(repo)

    def build() -> str:
        report = content.service_report(repo, unit, service, options, notes)
        return render.render_html(
            "service.html",
            report,
            description=t("reports.service.description", service=service.name, name=unit.name),
            back_href=urls.service(service.id),
            back_text=t("reports.back_service", service=service.name),
            pdf_href=urls.service_report(unit.code, service.id, report.query, pdf=True),
        )

    return respond(
        ("service", unit.code, service.id, cache_token(options), "|".join(notes)),
        as_pdf,
        build,
        pdf_filename(unit.code, service.id),
    )


@bp.get(urls.SERVICE_REPORT_FORM)
def service_report_for_unit(service_id: str) -> Response:
    """The service card's form: ``?jst=<teryt code or name>`` (and the report options,
    e.g. ``od``, ``do``, ``grupa``) → the service report of that unit; a name shared by
    several units (Bolesławiec) gives the list to choose from."""
    repo = get_repository()
    service = repo.service(service_id)
    if service is None:
        return not_found(t("notfound.service", id=service_id[:60]))
    asked = (request.args.get("jst") or "").strip()[:MAX_QUERY]
    unit = repo.unit(asked)
    hits = repo.search(asked, MAX_CHOICES) if unit is None and asked else []
    if len(hits) == 1:
        unit = repo.unit(hits[0].code)
    # The form's years and group go on with the unit, validated (canonical query).
    query = options_query(request_options(repo)[0])
    if unit is not None:
        return redirect(urls.service_report(unit.code, service.id, query), code=302)
    if not hits:
        return not_found(t("notfound.unit", code=asked[:MAX_CODE]))
    choices = [(urls.service_report(hit.code, service.id, query), hit_label(hit)) for hit in hits]
    page = render.render_choice(
        t("reports.choose.title"),
        t("reports.choose.text", query=asked, service=localized_name(service)),
        choices,
    )
    return Response(page, mimetype="text/html")


def register_report_routes(server: Flask) -> None:
    """Add the report routes to the Flask server with the cache of rendered reports, and
    warm the report data (and the PDF renderer when PDFs are rendered in the web workers)."""
    server.register_blueprint(bp)
    results.init_results(server)
    if click.get_current_context(silent=True) is None:  # serving, not a `flask` command
        # WeasyPrint is warmed here only when this process renders PDFs as a rule.
        render.warm_up_in_background(renderer=settings.report_renderer == "inline")


def hit_label(hit: SearchHit) -> str:
    """``"Bolesławiec (gmina wiejska), pow. bolesławiecki, woj. dolnośląskie, 0201022"``."""
    place = unit_place(hit.powiat, hit.woj)
    return f"{hit.name} ({localized_kind(hit.kind)}){', ' + place if place else ''}, {hit.code}"


def render_locator(unit: Unit) -> str | None:
    """The unit on its voivodeship (the profile's locator map), with a title for readers."""
    from components.svg import locator_svg

    svg = locator_svg(unit.level, unit.code)
    if svg is None:
        return None
    label = t("reports.locator", name=unit.name)
    return svg.replace(
        "<svg ", f'<svg role="img" aria-label="{label}" class="locator-map" ', 1
    ).replace(">", f"><title>{label}</title>", 1)
