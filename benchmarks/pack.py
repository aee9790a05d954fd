"""``report_pack_s``: the "Raport o stanie gminy" pack of Bolesławiec (0201011) for the latest
year with most real data, every area, as the route builds it without the file cache: content,
HTML, DOCX, PDF (warm WeasyPrint), XLSX and the SVG/PNG charts, zipped (target ≤ 10 s on an
idle machine). Also its parts, so a slow run shows where the time goes."""

from __future__ import annotations

import time
from collections.abc import Callable


def pack_metrics(app, emit: Callable[..., None]) -> None:
    from data_access.repository import get_repository
    from reports import pack_files, pack_routes, render
    from reports.pack_form import default_year

    render.warm_up()
    year = default_year(get_repository())
    spec = {
        "code": "0201011",
        "year": year,
        "query": "",
        "lang": "pl",
        "logged_in": False,
        "targets": [],
        "ids": None,
    }
    with app.server.test_request_context(f"/raport/0201011/stan-gminy-{year}.zip"):
        start, cpu = time.perf_counter(), time.process_time()
        content, html = pack_routes.pack_and_html(spec)
        content_s = time.perf_counter() - start
        data = pack_files.build_zip(content, html)
        total_s = time.perf_counter() - start
        cpu_s = time.process_time() - cpu
        parts = {
            "report_pack_pdf_s": lambda: render.html_to_pdf(html),
            "report_pack_charts_png_s": lambda: [
                pack_files.chart_png(c.svg) for c in content.charts
            ],
        }
        timings = {}
        for name, action in parts.items():
            began = time.perf_counter()
            action()
            timings[name] = time.perf_counter() - began
    emit("report_pack_s", total_s, "s", 10)
    # CPU time of this process: comparable between runs on a machine that is not idle.
    emit("report_pack_cpu_s", cpu_s, "s")
    emit("report_pack_content_s", content_s, "s")
    for name, seconds in timings.items():
        emit(name, seconds, "s")
    emit("report_pack_mb", len(data) / 1e6, "MB")
