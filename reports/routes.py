"""Flask routes of the printed reports (plain server routes, not Dash pages):

- ``/raport/<teryt>`` and ``/raport/<teryt>.pdf``: the unit report;
- ``/raport/<teryt>/usluga/<service_id>`` and ``….pdf``: one service in depth.

Options travel in the query string (see ``reports.options``). Unknown units and services get
a Polish 404 page with a search box; invalid options give the default report with a note.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from urllib.parse import quote

import click
from flask import Flask, Response, redirect, request

from data_access.repository import Repository, SearchHit, Unit, get_repository
from i18n import current_language, localized_kind, localized_name, t, unit_place
from reports import content, render
from reports.options import CONTEXT_AREA, ReportOptions, cache_token, parse_options

log = logging.getLogger(__name__)

PDF_SUFFIX = ".pdf"
MAX_CODE = 40
MAX_QUERY = 120
MAX_CHOICES = 10


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


def busy() -> Response:
    """Another PDF is being rendered: a page that retries by itself (the worker is freed)."""
    response = Response(
        render.render_busy_page(request.full_path.rstrip("?")), status=503, mimetype="text/html"
    )
    response.headers["Retry-After"] = str(render.BUSY_RETRY_S)
    response.headers["Cache-Control"] = "no-store"
    return response


def pdf_filename(*parts: str) -> str:
    return "raport-" + "-".join(p for p in parts if p) + ".pdf"


def respond(
    key_parts: tuple[str, ...],
    as_pdf: bool,
    build_html,
    filename: str,
) -> Response:
    """The report as HTML or PDF, through the shared cache."""
    start = time.perf_counter()
    repo = get_repository()
    key = render.cache_key(
        *key_parts,
        current_language(),
        render.data_version(repo.built_dir),
        render.template_fingerprint(),
        dt.date.today().isoformat(),
    )
    html = render.cached(key, ".html", lambda: build_html().encode("utf-8"))
    if not as_pdf:
        response = Response(html, mimetype="text/html")
    else:
        pdf = render.read_cached(key, ".pdf")
        if pdf is None:
            with render.render_slot() as free:
                if not free:
                    return busy()
                pdf = render.html_to_pdf(html.decode("utf-8"))
                render.store(key, ".pdf", pdf)
        response = Response(pdf, mimetype="application/pdf")
        response.headers["Content-Disposition"] = (
            f"inline; filename=\"{filename}\"; filename*=UTF-8''{quote(filename)}"
        )
    response.headers["Cache-Control"] = "public, max-age=3600"
    log.info("report %s in %.0f ms", "/".join(key_parts), (time.perf_counter() - start) * 1000)
    return response


def unit_links(unit: Unit, query: str) -> dict[str, str]:
    return {
        "back_href": f"/jst/{unit.code}",
        "back_text": t("reports.back_profile", name=unit.name),
        "pdf_href": f"/raport/{unit.code}.pdf{query}",
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


def register_report_routes(server: Flask) -> None:
    """Add the report routes to the Flask server and warm the PDF renderer."""

    @server.get("/raport/<name>")
    @server.get("/raport/<name>/")
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

    @server.get("/raport/<teryt>/usluga/<name>")
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
                back_href=f"/uslugi/{service.id}",
                back_text=t("reports.back_service", service=service.name),
                pdf_href=f"/raport/{unit.code}/usluga/{service.id}.pdf{report.query}",
            )

        return respond(
            ("service", unit.code, service.id, cache_token(options), "|".join(notes)),
            as_pdf,
            build,
            pdf_filename(unit.code, service.id),
        )

    @server.get("/raport/usluga/<service_id>")
    def service_report_for_unit(service_id: str) -> Response:
        """The service card's form: ``?jst=<teryt code or name>`` → the service report of that
        unit; a name shared by several units (Bolesławiec) gives the list to choose from."""
        repo = get_repository()
        service = repo.service(service_id)
        if service is None:
            return not_found(t("notfound.service", id=service_id[:60]))
        asked = (request.args.get("jst") or "").strip()[:MAX_QUERY]
        unit = repo.unit(asked)
        hits = repo.search(asked, MAX_CHOICES) if unit is None and asked else []
        if len(hits) == 1:
            unit = repo.unit(hits[0].code)
        if unit is not None:
            return redirect(f"/raport/{unit.code}/usluga/{service.id}", code=302)
        if not hits:
            return not_found(t("notfound.unit", code=asked[:MAX_CODE]))
        choices = [(f"/raport/{hit.code}/usluga/{service.id}", hit_label(hit)) for hit in hits]
        page = render.render_choice(
            t("reports.choose.title"),
            t("reports.choose.text", query=asked, service=localized_name(service)),
            choices,
        )
        return Response(page, mimetype="text/html")

    if click.get_current_context(silent=True) is None:  # serving, not a `flask` command
        render.warm_up_in_background()


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
