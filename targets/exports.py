"""The list of targets as a download (CSV, XLSX with a metadata sheet): columns in Polish
(a data contract, like the other downloads), numbers rounded to the indicator's decimals,
demonstration values named in a column and, in the XLSX, in a warning on the metadata sheet."""

from __future__ import annotations

from datetime import date

import polars as pl

from analysis import exports
from data_access.repository import get_repository
from i18n import t_in
from targets.assess import FIT_YEARS, MIN_FIT_YEARS
from targets.core import Assessment

COLUMNS = {
    "kod_teryt": pl.String,
    "jednostka": pl.String,
    "wskaznik": pl.String,
    "nazwa_wskaznika": pl.String,
    "jednostka_miary": pl.String,
    "kierunek": pl.String,
    "wartosc_docelowa": pl.Float64,
    "rok_docelowy": pl.Int64,
    "rok_bazowy": pl.Int64,
    "wartosc_bazowa": pl.Float64,
    "rok_ostatni": pl.Int64,
    "wartosc_ostatnia": pl.Float64,
    "odleglosc_do_celu": pl.Float64,
    "postep_proc": pl.Float64,
    "prognoza": pl.Float64,
    "prognoza_dolna_95": pl.Float64,
    "prognoza_gorna_95": pl.Float64,
    "status": pl.String,
    "pochodzenie": pl.String,
    "notatka": pl.String,
    "dokument": pl.String,
    "link": pl.String,
}
DIRECTIONS = {"co-najmniej": "co najmniej", "co-najwyzej": "co najwyżej"}


def rounded(value: float | None, decimals: int) -> float | None:
    return None if value is None else round(value, decimals)


def row(assessment: Assessment) -> dict:
    repo = get_repository()
    target = assessment.target
    unit = repo.unit(target.unit_code)
    indicator = repo.indicator(target.indicator_id)
    places = indicator.decimals if indicator else 2
    return {
        "kod_teryt": target.unit_code,
        "jednostka": unit.name if unit else "",
        "wskaznik": target.indicator_id,
        "nazwa_wskaznika": indicator.name if indicator else "",
        "jednostka_miary": indicator.unit if indicator else "",
        "kierunek": DIRECTIONS[target.direction.value],
        "wartosc_docelowa": target.target_value,
        "rok_docelowy": target.target_year,
        "rok_bazowy": target.baseline_year,
        "wartosc_bazowa": rounded(assessment.baseline_value, places),
        "rok_ostatni": assessment.latest_year,
        "wartosc_ostatnia": rounded(assessment.latest_value, places),
        "odleglosc_do_celu": rounded(assessment.distance, places),
        "postep_proc": rounded(assessment.progress_pct, 1),
        "prognoza": rounded(assessment.projected_value, places),
        "prognoza_dolna_95": rounded(assessment.projected_low, places),
        "prognoza_gorna_95": rounded(assessment.projected_high, places),
        "status": t_in("pl", f"targets.status.{assessment.status.value}"),
        "pochodzenie": exports.PROVENANCE_LABELS["demo" if assessment.demonstration else "real"],
        "notatka": target.note,
        "dokument": target.source_title,
        "link": target.source_url,
    }


def export_frame(assessments: list[Assessment]) -> pl.DataFrame:
    return pl.DataFrame([row(a) for a in assessments], schema=COLUMNS)


def metadata_rows(frame: pl.DataFrame, exported: date) -> list[tuple[str, str]]:
    demo = frame.filter(pl.col("pochodzenie") == exports.PROVENANCE_LABELS["demo"]).height
    rows = [
        ("Zawartość", "cele użytkownika z oceną postępu na bieżących danych"),
        ("Data eksportu", exported.isoformat()),
        ("Liczba celów", str(frame.height)),
        ("Cele na danych demonstracyjnych", str(demo)),
        ("odleglosc_do_celu", "wartość docelowa minus ostatnia wartość (w jednostce miary)"),
        ("postep_proc", "część drogi od wartości bazowej do docelowej, w procentach"),
        (
            "prognoza",
            f"prosta najmniejszych kwadratów przez ostatnie (najwyżej {FIT_YEARS}) lata "
            f"z wartościami, w roku docelowym; z 95-procentowym przedziałem predykcji; "
            f"pusta przy mniej niż {MIN_FIT_YEARS} latach",
        ),
        ("status", t_in("pl", "targets.rules_short")),
        ("Wartości użyte", "tylko wartości (bez wątpliwych i brakujących)"),
    ]
    if demo:
        rows.insert(0, ("UWAGA", exports.DEMO_WARNING))
    return rows


def export(rows: list[tuple[Assessment, list]], fmt: str, today: date) -> bytes:
    """The bytes of the download in ``fmt`` (``csv`` or ``xlsx``)."""
    frame = export_frame([assessment for assessment, _ in rows])
    if fmt == "xlsx":
        return exports.to_xlsx(frame, metadata_rows(frame, today))
    return exports.to_csv(frame)
