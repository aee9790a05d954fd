"""BDL CSV importer: the real exports in data/raw/bdl/ load where they say (lost leading zeros
repaired, historical codes reported), broken copies change nothing, imports are versioned,
logged and restorable. Every test works on a copy of the built data, never on data/built."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from config import PROJECT_ROOT, settings
from data_access.repository import Repository
from data_access.store import ValueStore
from ingest import apply, versions
from ingest.bdl_csv import CodeBook, parse_export, parse_value
from ingest.cli import data_versions_command, ingest_bdl_csv_command, restore_data_command
from ingest.mapping import MappingError, load_mapping, parse_mapping

pytestmark = pytest.mark.usefixtures("repository")

BDL = settings.raw_dir / "bdl"
FINA_2633 = BDL / "gminy_powiaty_wydatki_majatkowe_inwestycyjne_2015-2024.bdl-ctab.csv"
REVENUE_2010 = BDL / "gminy_dochody_wlasne_wg_zrodel_2010-2019.bdl-ctab.csv"
AREA_2010 = BDL / "gminy_powierzchnia_km2_2010-2019.csv"
FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "ingest"
SPORT = FIXTURES / "sport_from_fina2633.toml"
TAX = FIXTURES / "property_tax_2010_2019.toml"
NOW = dt.datetime(2026, 3, 1, 12, 0, 0)


@pytest.fixture(scope="module")
def codes() -> CodeBook:
    return CodeBook.from_units(pl.read_parquet(settings.built_dir / "units.parquet"))


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (following the built link) with its checksum."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != ".ingest.lock":
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    found["built ->"] = str(Path(folder / "built").resolve())
    return found


def run(command, *args: str):
    return CliRunner().invoke(command, [str(a) for a in args], catch_exceptions=False)


def csv_cell(path: Path, code: str, column: int) -> float:
    """A value straight from the export: the row of ``code``, the ``column``-th field."""
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split(";")
        if fields[0].strip('"') == code:
            return float(fields[column].replace(",", "."))
    raise AssertionError(code)


# --- reading the real exports -------------------------------------------------------------
def test_lost_leading_zeros_are_repaired_and_historical_codes_reported(codes):
    parsed = parse_export(REVENUE_2010, load_mapping(TAX), codes)
    assert parsed.ok, [p.text() for p in parsed.errors]
    assert parsed.stats["repaired"] == 618  # woj. 02–08 rows have 6-digit codes in this export
    messages = [p.text() for p in parsed.problems]
    assert any("wiodące zero" in m and "201011 → 0201011" in m for m in messages)
    assert any("0218032 → 0218033" in m for m in messages)  # Miękinia, rural → urban-rural
    abolished = [p for p in parsed.problems if p.severity == "warning" and p.value == "0809102"]
    assert abolished and abolished[0].line == 595  # Zielona Góra (2), merged into the city
    rows = parsed.rows.filter(pl.col("code") == "0201011", pl.col("year") == 2015)
    # column 3 of the header block "podatek od nieruchomości" … the value for 2015 in the file
    assert rows["value"][0] == pytest.approx(
        csv_cell(REVENUE_2010, "201011", 2 + 10 * _block(REVENUE_2010) + 5)
    )


def _block(path: Path) -> int:
    """Index (0-based, in blocks of 10 years) of the property-tax columns in the header."""
    header = path.read_text(encoding="utf-8").splitlines()[0].split('";"')
    titles = [h for h in header if "2010;" in h]
    return next(i for i, h in enumerate(titles) if "podatek od nieruchomości;2010" in h)


def test_reshaped_export_with_lost_zeros_is_read(codes):
    mapping = parse_mapping({"columns": [{"match": "", "variable": "area_km2"}]})
    parsed = parse_export(AREA_2010, mapping, codes)
    assert parsed.ok
    assert parsed.stats["repaired"] > 600 and parsed.stats["parts"] > 1000
    value = parsed.rows.filter(pl.col("code") == "0201011", pl.col("year") == 2019)["value"][0]
    assert value == 24


def test_real_negative_values_are_reported_with_line_column_and_value(codes):
    column = {"match": "dochody podatkowe - podatek od nieruchomości", "variable": "tax_property"}
    mapping = parse_mapping({"columns": [column]})
    parsed = parse_export(REVENUE_2010, mapping, codes)
    assert not parsed.ok
    first = parsed.errors[0]
    assert first.line == 462 and first.value == "-70591,2"
    assert "podatek od nieruchomości" in first.column
    assert "wiersz 462" in first.text() and "„-70591,2”" in first.text()


def test_cell_values():
    assert parse_value("1 234,5") == (1234.5, "value")
    assert parse_value("") == (None, "no_data")
    assert parse_value("-") == (0.0, "value")
    assert parse_value("x") == (None, "not_applicable")
    assert parse_value("12a") is None
    assert parse_value("nan") is None


# --- importing ----------------------------------------------------------------------------
def test_import_turns_demo_values_real_where_the_export_says(data_dir):
    result = run(ingest_bdl_csv_command, FINA_2633, "--mapping", SPORT, "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    assert "Zaimportowano" in result.output and "sport-wydatki-na-mieszkanca" in result.output

    built = data_dir / "built"
    assert built.is_symlink() and (data_dir / "versions").is_dir()
    components = pl.read_parquet(built / "components.parquet")
    own = components.filter(pl.col("variable") == "demo_sport_spending")
    assert set(own["provenance"]) == {"real"}
    cell = own.filter(pl.col("code") == "0201011", pl.col("year") == 2015)["value"][0]
    assert cell == pytest.approx(22_294_164.58)  # Bolesławiec (1), 2015, as in the export
    # Bircza: 2015–2023 under its former code 1813012, 2024 under 1813013 → one current unit
    bircza = own.filter(pl.col("code") == "1813013").sort("year")
    assert bircza["year"].to_list() == list(range(2015, 2025))
    assert bircza["value"][0] == pytest.approx(798_426.10)
    assert bircza["value"][-1] == pytest.approx(13_014_580.46)

    repo = Repository(built)
    indicator = repo.indicator("sport-wydatki-na-mieszkanca")
    assert indicator.provenance == "real" and "FINA 2633" in indicator.source
    population = components.filter(
        pl.col("variable") == "pop_total", pl.col("code") == "0201011", pl.col("year") == 2015
    )["value"][0]
    row = repo.find_values(indicator.id, codes=["0201011"], years=(2015, 2015)).row(0, named=True)
    assert row["value"] == pytest.approx(22_294_164.58 / population)
    assert row["provenance"] == "real"
    powiat = repo.find_values(indicator.id, codes=["0201"], years=(2024, 2024)).row(0, named=True)
    gminy = components.filter(pl.col("code").str.starts_with("0201"), pl.col("year") == 2024)
    num = gminy.filter(pl.col("variable") == "demo_sport_spending")["value"].sum()
    den = gminy.filter(pl.col("variable") == "pop_total")["value"].sum()
    assert powiat["value"] == pytest.approx(num / den) and powiat["provenance"] == "real"
    # other indicators untouched, still demo where they were
    assert repo.indicator("biblioteki-ksiegozbior-na-1000").provenance == "demo"

    record = repo.imports()[0]
    assert record["sha256"] == hashlib.sha256(FINA_2633.read_bytes()).hexdigest()
    assert record["years"] == list(range(2015, 2025))
    log = [json.loads(line) for line in (data_dir / "imports.log").read_text().splitlines()]
    assert log[-1]["action"] == "import" and log[-1]["sha256"] == record["sha256"]
    assert (data_dir / "imports" / record["sha256"][:20] / FINA_2633.name).is_file()


def test_restore_brings_back_the_previous_version(data_dir):
    before = ValueStore(data_dir / "built").scan().collect()
    run(ingest_bdl_csv_command, FINA_2633, "--mapping", SPORT, "--data-dir", data_dir)
    listing = run(data_versions_command, "--data-dir", data_dir)
    ids = [line.split()[-3] for line in listing.output.splitlines()]
    assert len(ids) == 2 and listing.output.splitlines()[-1].startswith("*")
    result = run(restore_data_command, ids[0], "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    after = ValueStore(data_dir / "built").scan().collect()
    assert after.equals(before)
    assert versions.current_version(data_dir) == ids[0]
    bad = run(restore_data_command, "../../etc", "--data-dir", data_dir)
    assert bad.exit_code == 1 and "Nie ma wersji" in bad.output
    assert versions.current_version(data_dir) == ids[0]


def test_dry_run_changes_nothing(data_dir):
    before = snapshot(data_dir)
    result = run(
        ingest_bdl_csv_command, FINA_2633, "--mapping", SPORT, "--data-dir", data_dir, "--dry-run"
    )
    assert result.exit_code == 0 and "próbny" in result.output
    assert snapshot(data_dir) == before


def test_interrupted_import_leaves_current_data_untouched(data_dir, monkeypatch, codes):
    run(ingest_bdl_csv_command, FINA_2633, "--mapping", SPORT, "--data-dir", data_dir)
    before = snapshot(data_dir)

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # e.g. Ctrl-C while the new version is being written

    monkeypatch.setattr(apply, "write_version", crash)
    mapping, parsed = apply.validate(data_dir, REVENUE_2010, TAX)
    with pytest.raises(KeyboardInterrupt):
        apply.import_export(data_dir, parsed, mapping, TAX, NOW)
    assert snapshot(data_dir) == before
    assert not [p for p in (data_dir / "versions").iterdir() if p.name.startswith(".")]


# --- broken copies: nothing changes, the report says where --------------------------------
def _lines() -> list[str]:
    return FINA_2633.read_bytes().decode("utf-8").split("\r\n")


def _break(kind: str) -> str:
    lines = _lines()
    if kind == "not_a_number":
        lines[4] = lines[4].replace("22294164,58", "22294l64,58")
    elif kind == "duplicate_code":
        lines.insert(6, lines[4])
    elif kind == "bad_code":
        lines[4] = "02O1011" + lines[4][7:]
    elif kind == "unknown_code":
        lines[4] = "0299011" + lines[4][7:]
    elif kind == "ragged":
        lines[4] = ";".join(lines[4].split(";")[:6])
    elif kind == "truncated":  # an interrupted download
        text = "\r\n".join(lines)
        return text[: len(text) // 2]
    elif kind == "unit":
        lines[0] = lines[0].replace("[zł]", "[tys. zł]")
    elif kind == "header":
        lines[0] = lines[0].replace('"Kod"', '"TERYT"')
    elif kind == "year":
        lines[0] = lines[0].replace(";2015;", ";2099;")
    elif kind == "negative":
        lines[4] = lines[4].replace("22294164,58", "-5")
    elif kind == "double_value":  # the former code of Bircza also has a value for 2024
        lines = [
            line.replace("26652147,55;;", "26652147,55;1,00;")
            if line.startswith("1813012")
            else line
            for line in lines
        ]
    return "\r\n".join(lines)


@pytest.mark.parametrize(
    ("kind", "line", "needle"),
    [
        ("not_a_number", 5, "22294l64,58"),
        ("duplicate_code", 7, "powtórzony"),
        ("bad_code", 5, "02O1011"),
        ("unknown_code", 5, "Nieznany kod gminy"),
        ("ragged", 5, "pól"),
        ("truncated", None, "pól"),
        ("unit", 1, "tys. zł"),
        ("header", 1, "Kod"),
        ("year", 1, "2099"),
        ("negative", 5, "„-5”"),
        ("double_value", None, "Dwie wartości dla jednostki 1813013 w roku 2024"),
    ],
)
def test_broken_copies_change_nothing(data_dir, tmp_path, kind, line, needle):
    broken = tmp_path / f"broken-{kind}.csv"
    broken.write_bytes(_break(kind).encode("utf-8"))
    before = snapshot(data_dir)
    result = run(ingest_bdl_csv_command, broken, "--mapping", SPORT, "--data-dir", data_dir)
    assert result.exit_code == 1, result.output
    assert "Import przerwany" in result.output and "Dane nie zostały zmienione" in result.output
    assert needle in result.output
    if line is not None:
        assert f"wiersz {line}" in result.output
    assert "Traceback" not in result.output
    assert snapshot(data_dir) == before


def test_bad_mapping_changes_nothing(data_dir, tmp_path):
    mapping = tmp_path / "zle.toml"
    mapping.write_text('[[columns]]\nmatch = "razem"\nvariable = "nie_ma_takiej"\n', "utf-8")
    before = snapshot(data_dir)
    result = run(ingest_bdl_csv_command, FINA_2633, "--mapping", mapping, "--data-dir", data_dir)
    assert result.exit_code == 2 and "nie_ma_takiej" in result.output
    assert snapshot(data_dir) == before
    with pytest.raises(MappingError):
        parse_mapping({"columns": [{"match": "a", "variable": "pop_total", "max": -1}]})
    with pytest.raises(MappingError):
        parse_mapping({"columns": [{"match": "a", "variable": "pop_total", "kolor": 1}]})


def test_windows_1250_file_is_read_with_a_warning(tmp_path, codes):
    copy = tmp_path / "cp1250.csv"
    copy.write_bytes(FINA_2633.read_text(encoding="utf-8").encode("cp1250"))
    parsed = parse_export(copy, load_mapping(SPORT), codes)
    assert parsed.ok and any("Windows-1250" in p.message for p in parsed.problems)
