"""Downloads of the current view: CSV (UTF-8), CSV for Polish Excel, XLSX with a metadata
sheet, and Parquet. Every row carries its provenance, its source, the date of the import or
sync that brought it and its quality flag, so demonstration, imported and suspect values stay
flagged. Column names and labels are Polish whatever the page's language: they are a data
contract. Spreadsheet files (CSV, XLSX) never carry a text a spreadsheet would run as a
formula (``cell_safety``); Parquet keeps the texts as they are."""

from __future__ import annotations

import io
from datetime import date

import polars as pl

from core import urls
from data_access.catalogue_model import Indicator, Quality
from data_access.provenance import ValueSources
from i18n import format_years, t_in
from security.cell_safety import safe_frame, safe_text

PROVENANCE_LABELS = {"real": "dane rzeczywiste", "demo": "dane demonstracyjne (wygenerowane)"}
STATUS_LABELS = {
    "value": "wartość",
    "no_data": "brak danych",
    "not_applicable": "nie dotyczy",
    "confidential": "tajemnica statystyczna",
    "suspect": "wartość wątpliwa",
}
# The labels and meanings of the quality flags are the Polish interface's own words.
QUALITY_LABELS = {q.value: t_in("pl", f"quality.{q.value}") for q in Quality}
QUALITY_MEANINGS = {q.value: t_in("pl", f"quality.meaning.{q.value}") for q in Quality}
QUALITY_NOTE = (
    "Kolumna jakosc: oznaczenie jakości każdej wartości. Wartość wątpliwa ma liczbę, ale nie "
    "ma pozycji ani percentyla. Reguły wiarygodności i lista wartości wątpliwych: strona "
    f"„O danych” ({urls.ABOUT_DATA})."
)
SOURCE_NOTE = (
    "Kolumna zrodlo: źródło każdej wartości (import lub synchronizacja, które ją przyniosły, "
    "albo źródło z katalogu). Kolumna data_importu: data tego importu lub synchronizacji; "
    "pusta dla wartości z plików dołączonych do serwisu i dla danych demonstracyjnych."
)
NO_IMPORTS = "brak: wartości z plików dołączonych do serwisu (źródło jak wyżej)"
DEMO_WARNING = (
    "UWAGA: dane demonstracyjne – wartości wygenerowane deterministycznie, "
    "nie są danymi rzeczywistymi."
)


def export_frame(
    rows: pl.DataFrame, indicator: Indicator, year: int, sources: ValueSources
) -> pl.DataFrame:
    """The table of the view with Polish column names, as every export writes it; ``sources``
    says where the indicator's values of each year come from."""
    return sources.label(rows.with_columns(pl.lit(year, dtype=pl.Int16).alias("year"))).select(
        pl.col("code").alias("kod_teryt"),
        pl.col("name").alias("nazwa"),
        pl.col("kind").alias("rodzaj"),
        pl.lit(indicator.id).alias("wskaznik"),
        pl.lit(year).alias("rok"),
        pl.col("value").alias("wartosc"),
        pl.lit(indicator.unit).alias("jednostka"),
        pl.col("status").replace_strict(STATUS_LABELS, default=None).alias("status"),
        pl.col("quality").replace_strict(QUALITY_LABELS, default=None).alias("jakosc"),
        pl.col("provenance").replace_strict(PROVENANCE_LABELS, default=None).alias("pochodzenie"),
        pl.col("source").alias("zrodlo"),
        pl.col("imported_at").alias("data_importu"),
        pl.col("rank").alias("pozycja"),
        pl.col("percentile").alias("percentyl"),
        pl.col("change_previous").alias("zmiana_r_do_r"),
        pl.col("change_first").alias("zmiana_od_pierwszego_roku"),
    )


ROUNDED_COLUMNS = ("wartosc", "zmiana_r_do_r", "zmiana_od_pierwszego_roku")


def x_export_frame(
    rows: pl.DataFrame, x_indicator: Indicator, year: int, x_year: int
) -> pl.DataFrame:
    """The scatter's second indicator (its x axis) as columns ending in ``_x``, keyed by
    ``kod_teryt`` and the view's ``rok`` (``rok_x``: the x indicator's year paired with it)."""
    return rows.select(
        pl.col("code").alias("kod_teryt"),
        pl.lit(year).alias("rok"),
        pl.lit(x_indicator.id).alias("wskaznik_x"),
        pl.lit(x_year).alias("rok_x"),
        pl.col("value").alias("wartosc_x"),
        pl.lit(x_indicator.unit).alias("jednostka_x"),
        pl.col("status").replace_strict(STATUS_LABELS, default=None).alias("status_x"),
        pl.col("quality").replace_strict(QUALITY_LABELS, default=None).alias("jakosc_x"),
        pl.col("provenance").replace_strict(PROVENANCE_LABELS, default=None).alias("pochodzenie_x"),
    )


def x_metadata_rows(x_indicator: Indicator) -> list[tuple[str, str]]:
    """The metadata of the scatter's x indicator (the ``_x`` columns)."""
    rows = [
        ("Wskaźnik osi X (kolumny _x)", f"{x_indicator.name} ({x_indicator.id})"),
        ("Jednostka miary osi X", x_indicator.unit),
        ("Źródło osi X", x_indicator.source),
        ("Pochodzenie danych osi X", PROVENANCE_LABELS[x_indicator.provenance.value]),
        ("Rok osi X", X_YEAR_NOTE),
    ]
    if x_indicator.provenance.value == "demo":
        rows.insert(0, ("UWAGA (oś X)", DEMO_WARNING))
    return rows


X_YEAR_NOTE = (
    "Kolumna rok_x: rok wartości osi X; gdy wskaźnik nie ma danych za rok widoku, "
    "najnowszy wcześniejszy rok."
)


def rounded_x(frame: pl.DataFrame, decimals: int) -> pl.DataFrame:
    """The x values rounded to their indicator's precision, as :func:`rounded` does."""
    column = pl.col("wartosc_x").round(decimals)
    return frame.with_columns(column.cast(pl.Int64) if decimals <= 0 else column)


def rounded(frame: pl.DataFrame, decimals: int) -> pl.DataFrame:
    """The values and changes rounded to the indicator's precision, as spreadsheets (CSV,
    XLSX) get them; Parquet keeps full precision for computing."""
    columns = pl.col([c for c in ROUNDED_COLUMNS if c in frame.columns]).round(decimals)
    # whole numbers without a trailing ".0"
    return frame.with_columns(columns.cast(pl.Int64) if decimals <= 0 else columns)


def to_csv(frame: pl.DataFrame) -> bytes:
    """Plain CSV: UTF-8, comma, decimal point."""
    return safe_frame(frame).write_csv().encode("utf-8")


def to_csv_excel_pl(frame: pl.DataFrame) -> bytes:
    """CSV as Polish Excel opens it: semicolon, decimal comma, UTF-8 with a BOM."""
    text = safe_frame(frame).write_csv(separator=";", decimal_comma=True)
    return "\ufeff".encode() + text.encode("utf-8")


def to_parquet(frame: pl.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.write_parquet(buffer)
    return buffer.getvalue()


def import_rows(sources: ValueSources) -> list[tuple[str, str]]:
    """One metadata row per import or sync behind the indicator's values (source, date, years),
    or one saying there is none."""
    found = [
        (
            "Import lub synchronizacja",
            f"{source}: {day.isoformat()}, {'rok' if len(years) == 1 else 'lata'} "
            f"{format_years(years)}",
        )
        for source, day, years in sources.imports()
    ]
    return found or [("Import lub synchronizacja", NO_IMPORTS)]


def metadata_rows(
    indicator: Indicator,
    sources: ValueSources,
    area: str,
    service: str,
    level: str,
    year: int | str,
    territory: str,
    exported: date,
) -> list[tuple[str, str]]:
    rows = [
        ("Wskaźnik", indicator.name),
        ("Identyfikator", indicator.id),
        ("Obszar", area),
        ("Usługa", service),
        ("Definicja", indicator.definition),
        ("Jednostka miary", indicator.unit),
        ("Formuła", indicator.formula),
        ("Kierunek (polaryzacja)", indicator.polarity.value),
        ("Źródło", indicator.source),
        ("Pochodzenie danych", PROVENANCE_LABELS[indicator.provenance.value]),
        *import_rows(sources),
        ("Źródło i data importu", SOURCE_NOTE),
        ("Zastrzeżenia", indicator.caveats or "–"),
        ("Szczebel", level),
        ("Rok" if isinstance(year, int) else "Lata", str(year)),
        ("Obszar widoku (TERYT)", territory or "cała Polska"),
        ("Data eksportu", exported.isoformat()),
        ("Jakość danych", QUALITY_NOTE),
        *((f"jakosc: {QUALITY_LABELS[q]}", QUALITY_MEANINGS[q]) for q in QUALITY_LABELS),
    ]
    if indicator.provenance.value == "demo":
        rows.insert(0, ("UWAGA", DEMO_WARNING))
    return rows


def to_xlsx(frame: pl.DataFrame, metadata: list[tuple[str, str]]) -> bytes:
    """XLSX with the data sheet and a metadata sheet (definition, source, provenance, date)."""
    import xlsxwriter

    buffer = io.BytesIO()
    # No text becomes a formula, even one that slipped past safe_text.
    options = {"in_memory": True, "strings_to_formulas": False}
    with xlsxwriter.Workbook(buffer, options) as workbook:
        safe_frame(frame).write_excel(workbook=workbook, worksheet="dane", autofit=True)
        sheet = workbook.add_worksheet("metadane")
        bold = workbook.add_format({"bold": True})
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        sheet.set_column(0, 0, 34)
        sheet.set_column(1, 1, 100)
        for row, (key, value) in enumerate(metadata):
            sheet.write_string(row, 0, safe_text(key), bold)
            sheet.write_string(row, 1, safe_text(value), wrap)
    return buffer.getvalue()


def file_name(
    indicator: Indicator,
    level: str,
    year: int | str,
    territory: str,
    ext: str,
    x_indicator: Indicator | None = None,
) -> str:
    """``<indicator>_<level>[_<territory>]_<year>[_wobec_<x indicator>][_DEMO].<ext>``."""
    shown = (indicator, x_indicator) if x_indicator else (indicator,)
    suffix = "_DEMO" if any(i.provenance.value == "demo" for i in shown) else ""
    place = f"_{territory}" if territory else ""
    against = f"_wobec_{x_indicator.id}" if x_indicator else ""
    return f"{indicator.id}_{level}{place}_{year}{against}{suffix}.{ext}"
