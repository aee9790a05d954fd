"""The pack as an editable DOCX (python-docx): the same content model as the PDF
(``reports.pack``), laid out so an office can restyle and renumber it:

- real ``Heading 1``/``Heading 2`` paragraphs, a table of contents field (``TOC``) whose
  cached text lists the chapters (an editor updates its page numbers), page numbers as a
  ``PAGE`` field in the footer;
- real tables, their first row marked as a header repeated on every page;
- charts as PNG pictures, each with its alternative text (``descr``);
- document language pl-PL (en-GB in English) and core properties (title, language, subject).
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from i18n import current_language, localized_kind, localized_name, localized_unit, t
from reports.pack import ChartImage, Pack, PackRow
from reports.render import date_text

LANGUAGE_TAGS = {"pl": "pl-PL", "en": "en-GB"}
CHART_WIDTH = Cm(15)
TOC_LEVELS = "1-2"
TABLE_FONT = Pt(8)
# Column widths (cm) of the tables, 17 cm in all (A4 with 2 cm margins).
INDICATOR_WIDTHS = (5.6, 2.4, 2.2, 3.2, 1.8, 1.8)
TARGET_WIDTHS = (3.4, 2.2, 1.9, 1.9, 1.9, 1.5, 2.2, 2.0)  # the source is under the name
METHOD_WIDTHS = (3.0, 6.8, 3.4, 1.3, 2.5)


def language_tag() -> str:
    return LANGUAGE_TAGS.get(current_language(), "pl-PL")


# --- low-level OOXML pieces python-docx has no API for ------------------------------------------
def open_field(paragraph: Paragraph, instruction: str) -> None:
    """The start of a complex field (``PAGE``, ``TOC``…): its result's runs follow."""
    for kind in ("begin", "instr", "separate"):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)


def close_field(paragraph: Paragraph) -> None:
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def add_field(paragraph: Paragraph, instruction: str, cached: str) -> None:
    """A field with its cached result, in one paragraph."""
    open_field(paragraph, instruction)
    paragraph.add_run(cached)
    close_field(paragraph)


def set_language(document, tag: str) -> None:
    """The language of every run by default (spell-checking, hyphenation, screen readers)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), tag)


def repeat_header(table: Table) -> None:
    """Mark the first row as a header row repeated at the top of every page."""
    row_properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)


def describe_last_picture(document, alt: str, title: str) -> None:
    """Alternative text of the picture just added (``wp:docPr/@descr``)."""
    properties = document.inline_shapes[-1]._inline.docPr
    properties.set("descr", alt)
    properties.set("title", title)


# --- the document's parts ---------------------------------------------------------------------
def table(
    document, header: list[str], rows: list[list[str]], caption: str, widths: tuple[float, ...]
) -> Table:
    """A captioned table with a repeating, bold header row; ``widths`` in cm."""
    document.add_paragraph(caption, style="Caption")
    grid = document.add_table(rows=1, cols=len(header))
    grid.style = "Table Grid"
    grid.autofit = False
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = Cm(width)  # the table grid, which LibreOffice lays out by
    for cells in (header, *rows):
        row = grid.rows[0] if cells is header else grid.add_row()
        for cell, text, width in zip(row.cells, cells, widths, strict=True):
            cell.width = Cm(width)
            run = cell.paragraphs[0].add_run(text)
            run.font.size = TABLE_FONT
            run.bold = cells is header
    repeat_header(grid)
    return grid


def picture(document, image: ChartImage, png: bytes) -> None:
    document.add_picture(io.BytesIO(png), width=CHART_WIDTH)
    describe_last_picture(document, image.alt, image.stem)
    caption = t("pack.chart.caption", alt=image.alt)
    if image.demo:
        caption += f" [{t('reports.demo_label')}]"
    document.add_paragraph(caption, style="Caption")


def bullets(document, lines: list[str]) -> None:
    if not lines:
        document.add_paragraph(t("pack.summary.none"))
    for line in lines:
        document.add_paragraph(line, style="List Bullet")


def demo_marked(text: str, demo: bool) -> str:
    return f"{text} [{t('reports.demo_label')}]" if demo else text


def indicator_cells(row: PackRow) -> list[str]:
    value = demo_marked(row.row.value_text, row.row.demo and not row.row.missing)
    return [
        f"{localized_name(row.indicator)} ({localized_unit(row.indicator.unit)})",
        f"{value} ({row.row.year})" if row.row.year else value,
        row.change_text,
        row.trend_short,
        row.group_median,
        row.poland,
    ]


def cover(document, pack: Pack) -> None:
    base = pack.base
    document.add_paragraph(t("pack.kicker"), style="Subtitle")
    document.add_paragraph(pack.title, style="Title")
    kind = localized_kind(pack.unit.kind)
    place = f" · {t('unit.woj_full', name=base.woj.name)}" if base.woj else ""
    document.add_paragraph(kind + place)
    facts = [
        (t("reports.cover.teryt"), pack.unit.code),
        (t("pack.cover.year"), str(pack.year)),
        (t("pack.cover.trends"), f"{base.year_from}–{base.year_to}"),
        (t("reports.cover.group"), base.group.label if base.group else t("reports.no_group")),
        (t("reports.cover.date"), date_text(pack.generated)),
    ]
    for label, value in facts:
        line = document.add_paragraph()
        line.add_run(f"{label}: ").bold = True
        line.add_run(value)
    for note in pack.notes:
        document.add_paragraph(note, style="Intense Quote")
    if pack.has_demo:
        document.add_paragraph(
            f"[{t('reports.demo_label')}] {t('reports.demo_intro')} {t('demo.explain')}",
            style="Intense Quote",
        )
    document.add_paragraph(t("reports.source"))


def chapter_titles(pack: Pack) -> list[str]:
    return [
        t("pack.summary.title", year=pack.year),
        *(c.name for c in pack.chapters),
        t("pack.targets.title"),
        t("reports.methods.title"),
    ]


def contents(document, pack: Pack) -> None:
    """A TOC field whose cached result lists the chapters (no page numbers until updated)."""
    document.add_page_break()
    document.add_paragraph(t("pack.toc"), style="TOC Heading")
    titles = chapter_titles(pack)
    first = document.add_paragraph(style="Normal")
    open_field(first, f'TOC \\o "{TOC_LEVELS}" \\h \\z \\u')
    first.add_run(titles[0])
    last = first
    for title in titles[1:]:
        last = document.add_paragraph(title, style="Normal")
    close_field(last)
    document.add_paragraph(t("pack.toc.hint")).runs[0].italic = True


def summary(document, pack: Pack, pngs: dict[str, bytes]) -> None:
    text = pack.summary
    document.add_page_break()
    document.add_heading(t("pack.summary.title", year=pack.year), level=1)
    document.add_heading(t("pack.summary.changes_title"), level=2)
    document.add_paragraph(text.changes)
    document.add_heading(t("pack.summary.improved_title"), level=3)
    bullets(document, text.improved)
    document.add_heading(t("pack.summary.worsened_title"), level=3)
    bullets(document, text.worsened)
    document.add_heading(t("pack.summary.group_title"), level=2)
    document.add_paragraph(text.diagnosis)
    document.add_heading(t("diagnosis.strength_heading"), level=3)
    bullets(document, text.strengths)
    document.add_heading(t("diagnosis.weakness_heading"), level=3)
    bullets(document, text.weaknesses)
    if text.demo_note:
        document.add_paragraph(f"[{t('reports.demo_label')}] {text.demo_note}", "Intense Quote")
    if pack.population_chart:
        picture(document, pack.population_chart, pngs[pack.population_chart.stem])


INDICATOR_HEADER_KEYS = (
    "profile.col.indicator",
    "reports.col.value",
    "pack.col.change",
    "pack.col.trend",
    "comparison.col.median",
    "profile.col.poland",
)


def areas(document, pack: Pack, pngs: dict[str, bytes]) -> None:
    header = [t(key) for key in INDICATOR_HEADER_KEYS]
    for chapter in pack.chapters:
        document.add_page_break()
        document.add_heading(chapter.name, level=1)
        document.add_paragraph(chapter.description)
        if chapter.all_demo:
            document.add_paragraph(
                f"[{t('reports.demo_label')}] {t('demo.area_notice')}", "Intense Quote"
            )
        for service in chapter.services:
            name = localized_name(service.service)
            document.add_heading(name, level=2)
            caption = t("pack.table.caption", name=name, year=pack.year)
            table(
                document,
                header,
                [indicator_cells(r) for r in service.rows],
                caption,
                INDICATOR_WIDTHS,
            )
            if service.chart:
                picture(document, service.chart, pngs[service.chart.stem])


TARGET_COLUMNS = (
    "indicator",
    "goal",
    "baseline",
    "latest",
    "distance",
    "progress",
    "projection",
    "status",
    "source",
)


def targets(document, pack: Pack) -> None:
    document.add_page_break()
    document.add_heading(t("pack.targets.title"), level=1)
    document.add_paragraph(pack.targets.note)
    if not pack.targets.lines:
        return
    shown = TARGET_COLUMNS[:-1]
    rows = [
        [
            demo_marked(line.indicator, line.demo) + (f"\n{line.source}" if line.source else ""),
            *(getattr(line, key) for key in shown[1:]),
        ]
        for line in pack.targets.lines
    ]
    header = [t(f"pack.targets.col.{key}") for key in shown]
    table(document, header, rows, t("pack.targets.title"), TARGET_WIDTHS)


def methods(document, pack: Pack, notes: list[str]) -> None:
    from i18n import localized_text

    document.add_page_break()
    document.add_heading(t("reports.methods.title"), level=1)
    for paragraph in notes:
        document.add_paragraph(paragraph)
    document.add_heading(t("reports.methods.indicators"), level=2)
    header = [
        t(f"pack.methods.col.{key}") for key in ("indicator", "definition", "source", "year")
    ] + [t("pack.methods.col.flags")]
    rows = []
    for line in pack.methods:
        indicator = line.entry.indicator
        definition = (
            f"{localized_text(indicator, 'definition')} "
            f"{t('indicator.meta.formula')}: {localized_text(indicator, 'formula')} "
            f"[{localized_unit(indicator.unit)}]."
        )
        if line.entry.caveats:
            definition += f" {t('indicator.meta.caveats')}: {line.entry.caveats}"
        rows.append(
            [
                f"{localized_name(indicator)} ({line.entry.area}, {line.entry.service})",
                definition,
                localized_text(indicator, "source"),
                str(line.year or "–"),
                line.flags,
            ]
        )
    table(document, header, rows, t("reports.methods.indicators"), METHOD_WIDTHS)


def footer(document, pack: Pack) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.add_run(f"{pack.title} · {t('reports.page')} ")
    add_field(paragraph, "PAGE", "1")
    paragraph.add_run(f" {t('reports.page_of')} ")
    add_field(paragraph, "NUMPAGES", "1")
    for run in paragraph.runs:
        run.font.size = Pt(8)


def build_docx(pack: Pack, pngs: dict[str, bytes], method_notes: list[str]) -> bytes:
    """The DOCX of ``pack``; ``pngs``: each chart's PNG by its stem."""
    document = Document()
    tag = language_tag()
    set_language(document, tag)
    properties = document.core_properties
    properties.title = pack.title
    properties.language = tag
    properties.subject = t("pack.kicker")
    properties.author = t("app.title")
    properties.keywords = t("reports.keywords")
    properties.comments = t("pack.description", name=pack.unit.name, year=pack.year)
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2)
    cover(document, pack)
    contents(document, pack)
    summary(document, pack, pngs)
    areas(document, pack, pngs)
    targets(document, pack)
    methods(document, pack, method_notes)
    footer(document, pack)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
