"""Readers of the shipped raw files (GUS BDL exports, CKE exam results, the TERYT registers).

Each reader returns a tidy Polars frame with TERYT codes as zero-padded strings.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import polars as pl

GMINA_TYPES = ("1", "2", "3")

# Column dimension text of the BDL exports → component variable of the build.
REVENUE_BY_SOURCE = {
    "razem": "own_revenue",
    "dochody podatkowe - podatek od nieruchomości": "tax_property",
    "dochody podatkowe - podatek rolny": "tax_agricultural",
    "dochody podatkowe - podatek leśny": "tax_forest",
    "dochody podatkowe - podatek od środków transportowych": "tax_transport",
    "dochody podatkowe - podatek od działalności gospodarczej osób fizycznych, opłacany w "
    "formie karty podatkowej": "tax_card",
    "wpływy z usług": "revenue_services",
    "dochody z majątku": "revenue_property",
    "dochody z majątku - dochody z najmu i dzierżawy składników majątkowych JST oraz innych "
    "umów o podobnym charakterze": "revenue_rent",
}
AGE_GROUPS = {
    "w wieku przedprodukcyjnym;ogółem": "pop_pre",
    "w wieku produkcyjnym;ogółem": "pop_work",
    "w wieku poprodukcyjnym;ogółem": "pop_post",
}
_YEAR_UNIT = re.compile(r";(\d{4});\[[^\]]*\]$")

# GUS ratios with 6-digit gmina codes (2016 student export of BDL) → variable of the ratio.
TERYT6_RATIOS = {
    "culture_libraries/gminy_ludnosc_na_1_placowke_biblioteczna_2002-2014.csv": (
        "persons_per_library_outlet"
    ),
    "culture_libraries/gminy_czytelnicy_na_1000_ludnosci_2002-2014.csv": "library_readers_per_1000",
    "culture_libraries/gminy_wypozyczenia_na_1_czytelnika_wol_2002-2014.csv": (
        "library_loans_per_reader"
    ),
    "labour_market_context/gminy_bezrobotni_na_1000_w_wieku_produkcyjnym_2003-2014.csv": (
        "unemployed_per_1000_working_age"
    ),
}
TERYT6_SERIES_SCHEMA = {
    "teryt6": pl.String,
    "nazwa": pl.String,
    "rok": pl.Int32,
    "wartosc": pl.Float64,
}
EXAM8_DIR = "education_exam_8th_grade_mazowieckie_2025"
EXAM8_YEAR = 2025
EXAM8_SUBJECTS = ("polski", "matematyka", "angielski")
EXAM8_CODE_COLUMN = "Kod teryt gminy"


def _parse_decimal(column: str) -> pl.Expr:
    return (
        pl.col(column)
        .str.strip_chars()
        .str.replace_all(" ", "")
        .str.replace(",", ".")
        .replace("", None)
        .cast(pl.Float64)
    )


def read_bdl_ctab(path: Path) -> pl.DataFrame:
    """Read a raw BDL "CTAB" export into ``code, name, dimension, year, value``.

    Headers look like ``"<dim1>;<dim2>;<year>;[unit]"``; the text before the year is the
    dimension. Codes get their lost leading zero back; empty cells become nulls.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle, delimiter=";"))
    frame = pl.read_csv(
        path,
        separator=";",
        infer_schema=False,
        has_header=True,
        new_columns=None,
        truncate_ragged_lines=True,
    )
    value_columns = [c for c in frame.columns if _YEAR_UNIT.search(c)]
    if len(value_columns) != len([h for h in header if _YEAR_UNIT.search(h)]):
        raise ValueError(f"{path.name}: unexpected header")
    first, second = frame.columns[:2]
    long = frame.select(
        pl.col(first).str.strip_chars().str.zfill(7).alias("code"),
        pl.col(second).alias("name"),
        *value_columns,
    ).unpivot(index=["code", "name"], variable_name="column", value_name="raw")
    return long.select(
        "code",
        "name",
        pl.col("column").str.replace(_YEAR_UNIT.pattern, "").alias("dimension"),
        pl.col("column").str.extract(_YEAR_UNIT.pattern, 1).cast(pl.Int32).alias("year"),
        _parse_decimal("raw").alias("value"),
    )


def read_bdl_reshaped(path: Path) -> pl.DataFrame:
    """Read a reshaped BDL extract with columns ``Kod;Nazwa;rok_2010;…`` (area file)."""
    frame = pl.read_csv(path, separator=";", infer_schema=False)
    years = [c for c in frame.columns if c.startswith("rok_")]
    return (
        frame.select(
            pl.col("Kod").str.strip_chars().str.zfill(7).alias("code"),
            pl.col("Nazwa").alias("name"),
            *years,
        )
        .unpivot(index=["code", "name"], variable_name="column", value_name="raw")
        .select(
            "code",
            "name",
            pl.lit("").alias("dimension"),
            pl.col("column").str.slice(4).cast(pl.Int32).alias("year"),
            _parse_decimal("raw").alias("value"),
        )
    )


def gmina_rows(frame: pl.DataFrame) -> pl.DataFrame:
    """Keep rows of gminy as local-government units (type digit 1, 2 or 3)."""
    is_gmina = (
        (pl.col("code").str.len_chars() == 7)
        & pl.col("code").str.slice(6, 1).is_in(GMINA_TYPES)
        & ~pl.col("code").str.ends_with("000")
    )
    return frame.filter(is_gmina)


def _components(frame: pl.DataFrame, mapping: dict[str, str]) -> pl.DataFrame:
    return (
        gmina_rows(frame)
        .with_columns(
            pl.col("dimension").str.split(";").list.slice(-2).list.join(";").alias("d2"),
            pl.col("dimension").str.split(";").list.last().alias("d1"),
        )
        .with_columns(
            pl.coalesce(
                pl.col("d2").replace_strict(mapping, default=None),
                pl.col("d1").replace_strict(mapping, default=None),
            ).alias("variable")
        )
        .filter(pl.col("variable").is_not_null() & pl.col("value").is_not_null())
        .select("code", "variable", "year", "value")
    )


def load_gmina_components(raw_dir: Path) -> dict[str, pl.DataFrame]:
    """All real gmina-level component variables, by source, as ``code, variable, year, value``.

    Codes are as reported in the data year (historical codes included).
    """
    bdl = raw_dir / "bdl"
    revenue = read_bdl_ctab(bdl / "gminy_dochody_wlasne_wg_zrodel_2010-2019.bdl-ctab.csv")
    ages = read_bdl_ctab(bdl / "gminy_ludnosc_ekonomiczne_grupy_wieku_2010-2019.bdl-ctab.csv")
    area = read_bdl_reshaped(bdl / "gminy_powierzchnia_km2_2010-2019.csv")
    own = read_bdl_ctab(bdl / "gminy_powiaty_dochody_wlasne_2015-2024.bdl-ctab.csv")
    invest = read_bdl_ctab(
        bdl / "gminy_powiaty_wydatki_majatkowe_inwestycyjne_2015-2024.bdl-ctab.csv"
    )
    population = read_bdl_ctab(bdl / "ludnosc_2015-2024.bdl-ctab.csv")

    def single(frame: pl.DataFrame, variable: str) -> pl.DataFrame:
        return (
            gmina_rows(frame)
            .filter(pl.col("value").is_not_null())
            .select("code", pl.lit(variable).alias("variable"), "year", "value")
        )

    return {
        "revenue_by_source_2010_2019": _components(revenue, REVENUE_BY_SOURCE),
        "age_groups_2010_2019": _components(ages, AGE_GROUPS),
        "area_2010_2019": single(area, "area_km2"),
        "own_revenue_2015_2024": single(own, "own_revenue"),
        "investment_2015_2024": single(invest, "investment_expenditure"),
        "population_2015_2024": single(population, "pop_total"),
        "exam8_2025": exam8_components(
            read_exam8_schools(raw_dir / EXAM8_DIR / "wyniki_testow.csv"), EXAM8_YEAR
        ),
    }


def load_gus_aggregates(raw_dir: Path) -> pl.DataFrame:
    """GUS's own Poland / voivodeship / powiat rows of the 2015–2024 exports, for checks.

    Returns ``code, variable, year, value`` with codes shortened to 2 (voivodeship),
    4 (powiat) digits, and "00" for Poland.
    """
    bdl = raw_dir / "bdl"
    files = {
        "own_revenue": "gminy_powiaty_dochody_wlasne_2015-2024.bdl-ctab.csv",
        "investment_expenditure": (
            "gminy_powiaty_wydatki_majatkowe_inwestycyjne_2015-2024.bdl-ctab.csv"
        ),
        "pop_total": "ludnosc_2015-2024.bdl-ctab.csv",
    }
    frames = []
    for variable, name in files.items():
        frame = read_bdl_ctab(bdl / name).filter(pl.col("code").str.ends_with("000"))
        frames.append(
            frame.select(
                pl.when(pl.col("code") == "0000000")
                .then(pl.lit("00"))
                .when(pl.col("code").str.ends_with("00000"))
                .then(pl.col("code").str.slice(0, 2))
                .otherwise(pl.col("code").str.slice(0, 4))
                .alias("code"),
                pl.lit(variable).alias("variable"),
                "year",
                "value",
            )
        )
    return pl.concat(frames)


def read_teryt6_series(path: Path, variable: str) -> pl.DataFrame:
    """Read a gmina series with 6-digit codes (``teryt6,nazwa,rok,wartosc``) into
    ``teryt6, variable, year, value``.

    ``teryt6`` is the gmina code without its type digit (WWPPGG); its lost leading zero is
    restored. An empty value is no data and its row is dropped. A gmina whose type digit changed
    appears twice per year with complementary empty years; after dropping the empty rows each
    (``teryt6``, year) must be unique, else the file is rejected.
    """
    frame = pl.read_csv(path, schema=TERYT6_SERIES_SCHEMA)
    series = frame.filter(pl.col("wartosc").is_not_null()).select(
        pl.col("teryt6").str.strip_chars().str.zfill(6),
        pl.lit(variable).alias("variable"),
        pl.col("rok").alias("year"),
        pl.col("wartosc").alias("value"),
    )
    duplicated = series.filter(pl.len().over("teryt6", "year") > 1)
    if duplicated.height:
        first = duplicated.row(0, named=True)
        raise ValueError(f"{path.name}: two values for {first['teryt6']} in {first['year']}")
    return series


def load_teryt6_ratios(raw_dir: Path) -> pl.DataFrame:
    """The shipped GUS ratios per gmina with 6-digit codes (libraries, registered unemployment),
    as ``teryt6, variable, year, value``."""
    return pl.concat(
        read_teryt6_series(raw_dir / name, variable) for name, variable in TERYT6_RATIOS.items()
    )


def read_exam8_schools(path: Path) -> pl.DataFrame:
    """Read the CKE 8th-grade exam results per school into ``code, subject, takers, mean``.

    ``code`` is the 7-digit gmina code as in the file (town and rural parts of urban-rural
    gminy end in 4 and 5). Means use a decimal comma; a suppressed (blank) statistic is null.
    One header field contains a newline, so the file is read by a real CSV parser.
    """
    frame = pl.read_csv(path, infer_schema=False)
    missing = {EXAM8_CODE_COLUMN} | {
        f"{stat}_{subject}" for stat in ("liczba_zdających", "mean") for subject in EXAM8_SUBJECTS
    }
    missing -= set(frame.columns)
    if missing:
        raise ValueError(f"{path.name}: missing columns {sorted(missing)}")
    return pl.concat(
        frame.select(
            pl.col(EXAM8_CODE_COLUMN).str.strip_chars().str.zfill(7).alias("code"),
            pl.lit(subject).alias("subject"),
            _parse_decimal(f"liczba_zdających_{subject}").alias("takers"),
            _parse_decimal(f"mean_{subject}").alias("mean"),
        )
        for subject in EXAM8_SUBJECTS
    )


def exam8_components(schools: pl.DataFrame, year: int) -> pl.DataFrame:
    """Gmina components of the exam: ``exam8_<subject>_takers`` (candidates of the schools with
    a mean) and ``exam8_<subject>_score_sum`` (Σ candidates × mean), as
    ``code, variable, year, value``.

    Town (…4) and rural (…5) parts count towards their urban-rural gmina (…3).
    """
    scored = schools.filter(pl.col("mean").is_not_null() & pl.col("takers").is_not_null())
    gmina_code = pl.col("code").str.slice(0, 6) + pl.col("code").str.slice(6, 1).replace(
        {"4": "3", "5": "3"}
    )
    sums = scored.group_by(gmina_code.alias("code"), "subject").agg(
        pl.col("takers").sum().alias("takers"),
        (pl.col("takers") * pl.col("mean")).sum().alias("score_sum"),
    )
    return (
        sums.unpivot(index=["code", "subject"], variable_name="part", value_name="value")
        .select(
            "code",
            pl.format("exam8_{}_{}", "subject", "part").alias("variable"),
            pl.lit(year, dtype=pl.Int32).alias("year"),
            "value",
        )
        .sort("code", "variable")
    )


def read_crosswalk(raw_dir: Path) -> pl.DataFrame:
    """The gmina code crosswalk: one row per 6-digit prefix, codes per register year."""
    return pl.read_csv(raw_dir / "teryt" / "gmina_code_crosswalk.csv", infer_schema=False)


def read_terc(path: Path) -> pl.DataFrame:
    """A TERC register file (``WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA``) as strings."""
    frame = pl.read_csv(path, separator=";", infer_schema=False, encoding="utf8-lossy")
    frame = frame.rename({c: c.lstrip("\ufeff") for c in frame.columns})
    return frame.with_columns(pl.col(c).fill_null("") for c in ("WOJ", "POW", "GMI", "RODZ"))
