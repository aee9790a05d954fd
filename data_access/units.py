"""The units registry: Poland, voivodeships, powiaty and gminy with their current codes."""

from __future__ import annotations

import unicodedata

import polars as pl

from core.levels import WITH_PARENTS

POLAND_CODE = "00"
GMINA_TYPE_NAMES = {
    "1": "gmina miejska",
    "2": "gmina wiejska",
    "3": "gmina miejsko-wiejska",
}
# A city with county rights is one local government acting as both gmina and powiat; the
# registry has it twice (7-digit gmina, 4-digit powiat) and these names tell the two apart.
CITY_COUNTY_AS_GMINA = "gmina miejska – miasto na prawach powiatu"
CITY_COUNTY_AS_POWIAT = "powiat – miasto na prawach powiatu"
_ASCII_FOLD = str.maketrans({"ł": "l", "Ł": "L"})


def fold(text: str) -> str:
    """Lower-case ASCII form of a name for search: "Łódź" → "lodz"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def build_units(terc: pl.DataFrame, crosswalk: pl.DataFrame) -> pl.DataFrame:
    """One row per unit: ``code, name, level, kind, gmina_type, powiat_code, woj_code,
    is_city_county, former_codes, search_key``.

    Voivodeships and powiaty come from the TERC register; gminy from the crosswalk with their
    current (latest) code and the codes they had in earlier registers.
    """
    woj = terc.filter(pl.col("POW") == "").select(
        pl.col("WOJ").alias("code"),
        pl.col("NAZWA").str.to_lowercase().alias("name"),
        pl.lit("wojewodztwo").alias("level"),
        pl.lit("województwo").alias("kind"),
    )
    powiat = terc.filter((pl.col("POW") != "") & (pl.col("GMI") == "")).select(
        (pl.col("WOJ") + pl.col("POW")).alias("code"),
        pl.col("NAZWA").alias("name"),
        pl.lit("powiat").alias("level"),
        pl.when(pl.col("POW").cast(pl.Int32) >= 61)
        .then(pl.lit(CITY_COUNTY_AS_POWIAT))
        .otherwise(pl.lit("powiat"))
        .alias("kind"),
    )
    code_columns = [c for c in crosswalk.columns if c.startswith("code_")]
    latest = pl.coalesce(pl.col("code_2026_gugik"), pl.col("code_2024_01_01"))
    gmina = (
        crosswalk.select(
            latest.alias("code"),
            pl.col("name_latest").alias("name"),
            pl.lit("gmina").alias("level"),
            pl.concat_list(code_columns)
            .list.drop_nulls()
            .list.unique()
            .list.sort()
            .alias("all_codes"),
        )
        .with_columns(
            pl.col("code").str.slice(6, 1).alias("gmina_type"),
        )
        .with_columns(
            pl.when(pl.col("code").str.slice(2, 2).cast(pl.Int32) >= 61)
            .then(pl.lit(CITY_COUNTY_AS_GMINA))
            .otherwise(pl.col("gmina_type").replace_strict(GMINA_TYPE_NAMES))
            .alias("kind"),
            pl.col("all_codes").list.set_difference(pl.concat_list("code")).alias("former_codes"),
        )
        .drop("all_codes")
    )
    poland = pl.DataFrame(
        {
            "code": [POLAND_CODE],
            "name": ["Polska"],
            "level": ["kraj"],
            "kind": ["kraj"],
        }
    )
    units = pl.concat([poland, woj, powiat, gmina], how="diagonal_relaxed")
    return units.with_columns(
        pl.when(pl.col("level").is_in([level.value for level in WITH_PARENTS]))
        .then(pl.col("code").str.slice(0, 4))
        .alias("powiat_code"),
        pl.when(pl.col("level") != "kraj").then(pl.col("code").str.slice(0, 2)).alias("woj_code"),
        pl.col("kind").is_in([CITY_COUNTY_AS_GMINA, CITY_COUNTY_AS_POWIAT]).alias("is_city_county"),
        pl.col("former_codes").fill_null(pl.lit([], dtype=pl.List(pl.String))),
        pl.col("name").map_elements(fold, return_dtype=pl.String).alias("search_key"),
    ).sort("code")


def code_map(units: pl.DataFrame) -> pl.DataFrame:
    """``teryt6 → code`` for gminy, to translate a code of any year to the current one."""
    return units.filter(pl.col("level") == "gmina").select(
        pl.col("code").str.slice(0, 6).alias("teryt6"), "code"
    )
