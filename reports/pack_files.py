"""The files of the "Raport o stanie gminy" pack, zipped: the DOCX (``reports.pack_docx``),
the PDF (the report templates and WeasyPrint, as the other reports), an XLSX with every table,
the charts as SVG and PNG in ``wykresy/``, and ``manifest.json`` listing every other file
(path, kind, size, SHA-256, description).

PNGs are drawn from the reports' own SVG charts by CairoSVG (no browser). The zip is built
by the report worker when one runs (``reports.queue``), else in the web worker.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass

import polars as pl

from analysis.exports import safe_frame
from i18n import current_language, localized_name, localized_unit, t
from reports import render
from reports.pack import Pack
from reports.pack_docx import build_docx

CHART_DIR = "wykresy"
PNG_SCALE = 2.0  # twice the SVG's size: sharp in print and on screens
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class PackFile:
    path: str
    data: bytes
    kind: str
    description: str


def chart_png(svg: str) -> bytes:
    import cairosvg

    return cairosvg.svg2png(bytestring=svg.encode("utf-8"), scale=PNG_SCALE)


def yes_no(flag: bool) -> str:
    return t("pack.yes") if flag else t("pack.no")


def indicator_frame(pack: Pack) -> pl.DataFrame:
    """Every indicator row of the area chapters (the tables of the DOCX and PDF)."""
    rows = [
        {
            t("pack.col.area"): chapter.name,
            t("pack.col.service"): localized_name(service.service),
            t("profile.col.indicator"): localized_name(r.indicator),
            t("pack.col.unit"): localized_unit(r.indicator.unit),
            t("pack.col.year"): r.row.year,
            t("pack.col.value"): r.row.value_text,
            t("pack.col.change"): r.change_text,
            t("comparison.col.median"): r.group_median,
            t("profile.col.poland"): r.poland,
            t("pack.col.trend"): r.row.trend_text,
            t("pack.col.demo"): yes_no(r.row.demo),
        }
        for chapter in pack.chapters
        for service in chapter.services
        for r in service.rows
    ]
    return pl.DataFrame(rows, schema_overrides={t("pack.col.year"): pl.Int64})


def summary_frame(pack: Pack) -> pl.DataFrame:
    text = pack.summary
    sections = [
        (t("pack.summary.changes_title"), [text.changes]),
        (t("pack.summary.improved_title"), text.improved),
        (t("pack.summary.worsened_title"), text.worsened),
        (t("pack.summary.group_title"), [text.diagnosis]),
        (t("diagnosis.strength_heading"), text.strengths),
        (t("diagnosis.weakness_heading"), text.weaknesses),
        (t("reports.demo_label"), [text.demo_note] if text.demo_note else []),
    ]
    rows = [(heading, line) for heading, lines in sections for line in lines]
    return pl.DataFrame(rows, schema=["", pack.title], orient="row")


def targets_frame(pack: Pack) -> pl.DataFrame:
    from reports.pack_docx import TARGET_COLUMNS

    columns = [t(f"pack.targets.col.{key}") for key in TARGET_COLUMNS]
    rows = [[getattr(line, key) for key in TARGET_COLUMNS] for line in pack.targets.lines]
    frame = pl.DataFrame(rows, schema=columns, orient="row")
    return frame.with_columns(
        pl.Series(t("pack.col.demo"), [yes_no(line.demo) for line in pack.targets.lines])
    )


def methods_frame(pack: Pack) -> pl.DataFrame:
    from i18n import localized_text

    rows = [
        {
            t("pack.col.area"): line.entry.area,
            t("pack.col.service"): line.entry.service,
            t("pack.methods.col.indicator"): localized_name(line.entry.indicator),
            t("pack.methods.col.definition"): localized_text(line.entry.indicator, "definition"),
            t("indicator.meta.formula"): localized_text(line.entry.indicator, "formula"),
            t("pack.col.unit"): localized_unit(line.entry.indicator.unit),
            t("pack.methods.col.source"): localized_text(line.entry.indicator, "source"),
            t("pack.methods.col.year"): line.year,
            t("pack.methods.col.flags"): line.flags,
        }
        for line in pack.methods
    ]
    return pl.DataFrame(rows, schema_overrides={t("pack.methods.col.year"): pl.Int64})


def build_xlsx(pack: Pack) -> bytes:
    """Every table of the report, one sheet each (texts made safe from formulas)."""
    import xlsxwriter

    sheets = (
        ("pack.sheet.summary", summary_frame(pack)),
        ("pack.sheet.indicators", indicator_frame(pack)),
        ("pack.sheet.targets", targets_frame(pack)),
        ("pack.sheet.methods", methods_frame(pack)),
    )
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False}) as book:
        for key, frame in sheets:
            safe_frame(frame).write_excel(workbook=book, worksheet=t(key), autofit=True)
    return buffer.getvalue()


def build_pdf(html: str) -> bytes:
    return render.html_to_pdf(html)


def pack_files(pack: Pack, html: str) -> list[PackFile]:
    """Every file of the pack but the manifest, in the manifest's order."""
    stem = pack.file_stem
    pngs = {image.stem: chart_png(image.svg) for image in pack.charts}
    files = [
        PackFile(
            f"{stem}.docx",
            build_docx(pack, pngs, render.method_notes()),
            "docx",
            t("pack.file.docx"),
        ),
        PackFile(f"{stem}.pdf", build_pdf(html), "pdf", t("pack.file.pdf")),
        PackFile(f"{stem}.xlsx", build_xlsx(pack), "xlsx", t("pack.file.xlsx")),
    ]
    for image in pack.charts:
        files.append(
            PackFile(
                f"{CHART_DIR}/{image.stem}.svg",
                image.svg.encode("utf-8"),
                "svg",
                t("pack.file.svg", alt=image.alt),
            )
        )
        files.append(
            PackFile(
                f"{CHART_DIR}/{image.stem}.png",
                pngs[image.stem],
                "png",
                t("pack.file.png", alt=image.alt),
            )
        )
    return files


def manifest(pack: Pack, files: list[PackFile]) -> bytes:
    body = {
        "title": pack.title,
        "unit": {"teryt": pack.unit.code, "name": pack.unit.name},
        "year": pack.year,
        "generated": pack.generated.isoformat(),
        "language": current_language(),
        "demonstration_values": pack.has_demo,
        "files": [
            {
                "path": f.path,
                "type": f.kind,
                "bytes": len(f.data),
                "sha256": hashlib.sha256(f.data).hexdigest(),
                "description": f.description,
            }
            for f in files
        ],
    }
    return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")


def build_zip(pack: Pack, html: str) -> bytes:
    """The zip: the pack's files and their manifest (documents are compressed already)."""
    files = pack_files(pack, html)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for f in files:
            archive.writestr(f.path, f.data)
        archive.writestr(MANIFEST, manifest(pack, files))
    return buffer.getvalue()
