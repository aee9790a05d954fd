"""Suspect values: found by the plausibility rules, kept and shown with their flag, and left out
of ranks, medians and sums."""

import polars as pl


def test_boguszow_gorce_2019_is_flagged_in_the_built_data(repository):
    """The example of the issue, in the shipped BDL files: 0 zł of own revenue and taxes."""
    from config import settings

    rows = repository.indicator_values("podatek-nieruchomosci-na-mieszkanca").filter(
        pl.col("code") == "0221011", pl.col("year").is_between(2017, 2019)
    )
    by_year = {r["year"]: r for r in rows.iter_rows(named=True)}
    assert by_year[2019]["status"] == "suspect" and by_year[2019]["value"] == 0.0
    assert by_year[2019]["rank"] is None
    assert by_year[2017]["status"] == by_year[2018]["status"] == "value"  # taxes end in 2019
    report = pl.read_csv(
        settings.built_dir / "suspect_values.csv", schema_overrides={"kod_teryt": pl.String}
    )
    boguszow = report.filter(pl.col("kod_teryt") == "0221011")
    assert set(boguszow["zmienna"]) >= {"own_revenue", "tax_property"}
    assert set(boguszow["rok"]) == {2019}


def test_the_printed_map_shows_a_suspect_unit_apart(repository):
    """The service report of Boguszów-Gorce's property tax: its 2019 value is suspect, so the
    printed map draws it white and outlined, names it in the legend, and gives no position."""
    from reports.content import service_report
    from reports.options import ReportOptions

    unit = repository.unit("0221011")
    report = service_report(
        repository, unit, repository.service("podatek-od-nieruchomosci"), ReportOptions()
    )
    assert report.map is not None and report.map.year == 2019
    assert report.map.suspect
    assert 'fill="#fff" stroke="#000" stroke-width="1"' in report.map.svg
