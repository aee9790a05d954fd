"""Turning report content into HTML (Jinja2) and PDF (WeasyPrint), and the cache keys and shared
folder of what is rendered.

Rendering choices:
- The HTML is self-contained (inline CSS and SVG), so WeasyPrint never fetches a URL.
- WeasyPrint is imported lazily and kept warm per process (fonts configured once, a tiny
  document rendered at start-up), and renders run one at a time per process (a lock:
  WeasyPrint's font configuration is not meant to be shared by threads). PDFs are rendered
  by a report worker when one runs (``reports.queue``), else in the web worker.
- Demonstration values: the page footer carries a note on exactly the pages that show a demo
  value. A first layout finds those pages (each demo label has an ``id="demo-…"``, and
  WeasyPrint lists the ids laid out on each page); if they are not all the pages, a second
  layout adds ``@page :nth(n)`` rules for them.
- Tagged PDF/UA-1 (``PDF_VARIANT``): a structure tree from the HTML (headings, lists, tables
  with their ``<th>`` headers, ``<img alt>`` as a Figure's alternative text), the document
  language from ``<html lang>`` and the title from ``<title>``, shown as the window title.
- Results are cached (``reports.results``: Flask-Caching, by default in
  ``settings.cache_dir/reports/renders``) keyed by kind, unit, options, data version,
  template fingerprint and date (:func:`cache_key`), so every worker reuses every render.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from components.svg import data_uri
from config import PROJECT_ROOT, settings
from core import urls
from data_access.store import manifest_path
from i18n import current_language, localized_kind, localized_name, localized_text, localized_unit, t

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).resolve().parent / "templates"
CACHE_SUBDIR = "reports"
SLOT_WAIT_S = 0.5  # how long a PDF request waits for the render slot before "busy"
BUSY_RETRY_S = 4
PREPARING_SCRIPT_URL = urls.REPORT_PREPARING_SCRIPT
PREPARING_RETRY_S = 2  # how often the "preparing" page checks whether the PDF is ready
DEMO_ANCHOR = "demo-"
DEMO_FOOTER_MARK = "/* demo-footer */"
PDF_VARIANT = "pdf/ua-1"  # tagged: screen readers can read the reports
_RENDER_LOCK = threading.Lock()


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["t"] = t
    env.globals["lang"] = current_language
    env.globals["name_of"] = localized_name
    env.globals["unit_of"] = localized_unit
    env.globals["kind_of"] = localized_kind
    env.globals["text_of"] = localized_text
    env.globals["svg_img"] = svg_img
    return env


def svg_img(svg: str | None, alt: str, css_class: str) -> Markup:
    """An SVG chart as an ``<img>`` with a data URI: still vector in the PDF, one element
    for the layout engine instead of hundreds, and a plain ``alt`` text for screen readers."""
    if not svg:
        return Markup("")
    return Markup(
        f'<img src="{escape(data_uri(svg))}" alt="{escape(alt)}" class="{escape(css_class)}">'
    )


def css_string(text: str) -> str:
    """A CSS string literal (double quotes) for ``content:``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def demo_note() -> str:
    return t("reports.demo_footer")


def stylesheet(header: str, generated: str, demo_everywhere: bool) -> str:
    """The report CSS with the margin-box texts filled in."""
    return (
        environment()
        .get_template("report.css")
        .render(
            header=css_string(header)[1:-1],
            generated=css_string(generated)[1:-1],
            page_word=css_string(t("reports.page"))[1:-1],
            page_of=css_string(t("reports.page_of"))[1:-1],
            demo_content=f"{css_string(demo_note())} {DEMO_FOOTER_MARK}"
            if demo_everywhere
            else "none",
        )
    )


def date_text(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def render_html(template: str, report, **extra) -> str:
    """The print-ready HTML page of a report (``unit.html`` or ``service.html``)."""
    generated = t("reports.generated", date=date_text(report.generated))
    css = stylesheet(report.title, generated, report.has_demo)
    return (
        environment()
        .get_template(template)
        .render(
            report=report,
            css=css,
            date_text=date_text(report.generated),
            method_notes=method_notes(),
            keywords=", ".join(
                [report.unit.name, localized_kind(report.unit.kind), t("reports.keywords")]
            ),
            **extra,
        )
    )


def method_notes() -> list[str]:
    return [
        t("reports.methods.intro"),
        t("profile.aggregate_note"),
        t("comparison.method.intro"),
        t("comparison.method.stats"),
        t("comparison.method.diagnosis"),
        t("demo.explain"),
        t("reports.source"),
    ]


def render_notfound(message: str) -> str:
    return environment().get_template("notfound.html").render(message=message)


def render_choice(heading: str, message: str, choices: list[tuple[str, str]]) -> str:
    """A page of links to choose from (units that match a name)."""
    return (
        environment()
        .get_template("notfound.html")
        .render(heading=heading, message=message, choices=choices, status=200)
    )


# --- PDF ------------------------------------------------------------------------------------------
@cache
def _weasy():
    """The WeasyPrint module and one font configuration for this process."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    return weasyprint, FontConfiguration()


def demo_pages(document) -> list[int]:
    """1-based numbers of the pages that show a demonstration value."""
    return [
        number
        for number, page in enumerate(document.pages, start=1)
        if any(anchor.startswith(DEMO_ANCHOR) for anchor in page.anchors)
    ]


def demo_page_css(pages: list[int]) -> str:
    """Footer note only on ``pages`` (overrides the note set on every page)."""
    note = css_string(demo_note())
    rules = ["@page { @bottom-left { content: none; } }"]
    rules += [f"@page :nth({n}) {{ @bottom-left {{ content: {note}; }} }}" for n in pages]
    return "\n".join(rules)


def drop_margin_box(page, at_keyword: str) -> bool:
    """Remove one laid-out margin box from a page (WeasyPrint 70 internals: the page box
    keeps its margin boxes as children). False if the structure is not as expected."""
    box = getattr(page, "_page_box", None)
    children = getattr(box, "children", None)
    if not isinstance(children, (list, tuple)):
        return False
    kept = [c for c in children if getattr(c, "at_keyword", None) != at_keyword]
    box.children = type(children)(kept)
    return True


def html_to_pdf(html: str) -> bytes:
    """The tagged PDF of a report page (A4; title, author and language come from the HTML).

    The stylesheet puts the demonstration note in every page footer when the report has
    demo values; here it is taken off the pages that show none. That edits the laid-out
    pages (one layout); if WeasyPrint's internals differ, a second layout with
    ``@page :nth()`` rules does the same through CSS."""
    weasyprint, fonts = _weasy()
    with _RENDER_LOCK:
        document = weasyprint.HTML(string=html, base_url=str(TEMPLATES)).render(
            font_config=fonts, pdf_variant=PDF_VARIANT
        )
        if DEMO_FOOTER_MARK in html:
            pages = set(demo_pages(document))
            others = [p for n, p in enumerate(document.pages, start=1) if n not in pages]
            if not all(drop_margin_box(page, "@bottom-left") for page in others):
                extra = weasyprint.CSS(string=demo_page_css(sorted(pages)), font_config=fonts)
                document = weasyprint.HTML(string=html, base_url=str(TEMPLATES)).render(
                    stylesheets=[extra], font_config=fonts, pdf_variant=PDF_VARIANT
                )
        return document.write_pdf(pdf_variant=PDF_VARIANT)


def warm_renderer() -> None:
    """Import WeasyPrint, load the fonts and lay out a small page like the reports (Polish
    text, a table, an SVG chart with text), so that the first real report does not pay for it."""
    from reports import charts

    chart = charts.line_chart_svg(
        [charts.Series("unit", "Zażółć", [(2020, 1.5), (2021, 2.5)])], "Rozgrzewka"
    )
    css = stylesheet("Rozgrzewka", "Stan na 01.01.2026", demo_everywhere=True)
    html = (
        f'<html lang="pl"><head><title>Rozgrzewka</title><style>{css}</style></head><body>'
        f"<h1>Zażółć gęślą jaźń</h1><table><tr><th>1 234,5</th><td>"
        f'<span class="demo-label" id="{DEMO_ANCHOR}x">DEMO</span></td></tr></table>'
        f"{svg_img(chart, 'Rozgrzewka', 'chart')}</body></html>"
    )
    try:
        html_to_pdf(html)
    except Exception:  # a missing system library must not stop the app from serving pages
        log.exception("PDF renderer could not start")


def warm_report_data() -> None:
    """The per-process tables every report reads (none while `build-data` runs)."""
    if data_version(settings.built_dir) == "none":
        return
    try:
        from data_access.repository import get_repository
        from reports.content import data_years

        data_years(get_repository())
    except Exception:
        log.exception("report data could not be prepared")


def warm_up(renderer: bool = True) -> float:
    """Warm the report data and, if ``renderer``, WeasyPrint; returns the seconds taken."""
    start = time.perf_counter()
    if renderer:
        warm_renderer()
    warm_report_data()
    return time.perf_counter() - start


def warm_up_in_background(renderer: bool = True) -> None:
    threading.Thread(
        target=warm_up, kwargs={"renderer": renderer}, name="report-warm-up", daemon=True
    ).start()


# --- cache ----------------------------------------------------------------------------------------
@cache
def template_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(TEMPLATES.iterdir()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for module in ("content.py", "charts.py", "render.py"):
        digest.update((TEMPLATES.parent / module).read_bytes())
    # The texts: a changed wording or translation must not be served from an old render.
    for module in ("i18n.py", "i18n_en.py"):
        digest.update((PROJECT_ROOT / module).read_bytes())
    for path in sorted(settings.catalogue_dir.glob("*.toml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def data_version(built_dir: Path) -> str:
    """Changes whenever the dataset is rebuilt or another version is switched in."""
    path = manifest_path(built_dir)
    try:
        stat = path.stat()
    except OSError:
        return "none"
    return f"{path.resolve()}:{stat.st_mtime_ns}:{stat.st_size}"


def cache_key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def cache_dir() -> Path:
    return settings.cache_dir / CACHE_SUBDIR


@contextmanager
def render_slot(wait_s: float = SLOT_WAIT_S) -> Iterator[bool]:
    """One PDF render at a time across all workers of the host (a file lock in the cache
    folder): with gunicorn's 2 sync workers, one worker always stays free for everybody
    else. Yields False if the slot stayed busy for ``wait_s`` seconds."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / "render.lock", "a+b")  # noqa: SIM115 (closed below)
    except OSError:
        yield True  # no shared folder: the per-process lock still serialises renders
        return
    deadline = time.monotonic() + wait_s
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(0.1)
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        handle.close()


def render_waiting_page(
    busy: bool, retry_url: str, html_url: str, preparing: str | None = None
) -> str:
    """The page of a PDF on its way: queued (``busy`` False) or waiting for the render slot;
    ``preparing``: what is being prepared, if not a PDF report."""
    seconds = BUSY_RETRY_S if busy else PREPARING_RETRY_S
    message = (
        t("reports.busy.text", seconds=seconds)
        if busy
        else preparing or t("reports.preparing.text")
    )
    return (
        environment()
        .get_template("preparing.html")
        .render(
            heading=t("reports.busy.title" if busy else "reports.preparing.title"),
            message=message,
            retry_text=t("reports.busy.retry" if busy else "reports.preparing.retry"),
            retry_url=retry_url,
            html_url=html_url,
            seconds=seconds,
            script_url=PREPARING_SCRIPT_URL,
        )
    )


def render_failed_page(retry_url: str, html_url: str) -> str:
    return environment().get_template("failed.html").render(retry_url=retry_url, html_url=html_url)
