"""``make bench``: measures the data layer and page rendering on the embedded data.

Each metric is one JSON line ``{"metric", "value", "unit", "target"}``. Timings are taken
in-process; a baseline measured in the same run (``files_open_ms``: opening the values store
and reading the units, with no processing) lets figures be read as ratios.
"""

from __future__ import annotations

import io
import json
import resource
import statistics
import time
from collections.abc import Callable

import polars as pl
from pypdf import PdfReader

from config import settings
from data_access.store import ValueStore


def emit(metric: str, value: float, unit: str, target: float | None = None) -> None:
    print(
        json.dumps({"metric": metric, "value": round(value, 2), "unit": unit, "target": target}),
        flush=True,
    )


def timed_ms(action: Callable[[], object], repeat: int = 20) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report_metrics(repo) -> None:
    """The printed unit report of a gmina, as the route makes it (locator map included):
    HTML (content + template) and PDF with a warm renderer, both without the file cache."""
    from reports import render
    from reports.options import ReportOptions
    from reports.routes import unit_report_html

    render.warm_up()
    unit = repo.unit("0201022")

    def html() -> str:
        return unit_report_html(repo, unit, ReportOptions())

    emit("report_html_ms", p95(timed_ms(html, repeat=5)), "ms", 1000)
    page = html()
    emit("report_pdf_ms", p95(timed_ms(lambda: render.html_to_pdf(page), repeat=3)), "ms", 3000)
    emit("report_pdf_pages", len(PdfReader(io.BytesIO(render.html_to_pdf(page))).pages), "pages")


def main() -> None:
    built = settings.built_dir
    base_rss = rss_mb()
    baseline = timed_ms(
        lambda: (ValueStore(built), pl.read_parquet(built / "units.parquet")), repeat=3
    )
    emit("files_open_ms", min(baseline), "ms")

    from data_access.repository import Repository

    start = time.perf_counter()
    repo = Repository(built)
    load_ms = (time.perf_counter() - start) * 1000
    emit("dataset_load_ms", load_ms, "ms", 2000)
    emit("dataset_load_ratio_to_files_open", load_ms / min(baseline), "x")
    emit("process_peak_rss_mb", rss_mb(), "MB", 500)
    emit("process_rss_growth_mb", rss_mb() - base_rss, "MB")

    queries = ["lodz", "Bolesławiec", "gmina", "0201", "warszawa"]
    emit(
        "search_ms_p95",
        p95(timed_ms(lambda: [repo.search(q) for q in queries])) / len(queries),
        "ms",
    )
    unit = repo.unit("0201011")
    repo.profile(unit)
    emit("profile_query_ms_p95", p95(timed_ms(lambda: repo.profile(unit))), "ms")

    from data_access import peers

    context = repo.peer_context("gmina")  # built once per process, like the app does
    emit(
        "peers_all_gminy_ms",
        p95(timed_ms(lambda: peers.peers_for_all(context, k=peers.DEFAULT_K), repeat=10)),
        "ms",
        1000,
    )

    import app  # registers the pages; its Dash app builds the report pack below
    from pages import profile as profile_page

    # What every gunicorn worker does when it starts (gunicorn.conf.py): one profile per level,
    # so the per-level work (the level's funnels, geometry, peer context) is done.
    profile_page.warm_up(app.server)
    profile_page.layout(teryt="1465011")
    emit(
        "profile_layout_ms_p95",
        p95(timed_ms(lambda: profile_page.layout(teryt="1465011"), repeat=10)),
        "ms",
        100,
    )
    # The same unit again is served by the profile's content model cache; a unit's first
    # view (after the warm-up) computes its model and tables: every 60th unit, each once.
    first_views = iter(repo.units.sort("code")["code"].to_list()[::60])
    emit(
        "profile_first_layout_ms_p95",
        p95(timed_ms(lambda: profile_page.layout(teryt=next(first_views)), repeat=30)),
        "ms",
    )

    report_metrics(repo)

    from benchmarks.pack import pack_metrics

    pack_metrics(app.app, emit)

    from benchmarks.analiza import callback_metrics, gunicorn_metrics

    callback_metrics(repo, emit, timed_ms, p95)
    gunicorn_metrics(repo, emit)


if __name__ == "__main__":
    main()
