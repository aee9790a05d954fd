"""Reading and validating a BDL CSV export (as downloaded from the BDL website) against a
mapping: nothing is written here. Every problem is reported with its line, column and value.

Accepted layouts: the "CTAB" export (``Kod;Nazwa;"<dimensions>;<year>;[unit]";…``, an optional
trailing ``;``) and the reshaped ``Kod;Nazwa;rok_2010;…``. Values use a decimal comma; an empty
cell or ``.`` is "no data", ``-`` (GUS: the phenomenon did not occur) is zero, ``x`` is "not
applicable". Codes that lost their leading zero get it back; historical gmina codes are
translated to the current ones (and reported).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from data_access.catalogue_model import Provenance, Status
from i18n import format_number, t
from ingest.mapping import ColumnMapping, Mapping

MAX_FILE_BYTES = 200_000_000
FIRST_YEAR = 1995
VOIVODESHIPS = frozenset(f"{n:02d}" for n in range(2, 33, 2))
GMINA_TYPES = frozenset("123")
PART_TYPES = frozenset("45789")  # town/rural parts, districts, delegations: not separate JST
_CTAB = re.compile(r"^(?P<dim>.*);(?P<year>\d{4});\[(?P<unit>[^\]]*)\]$", re.S)
_RESHAPED = re.compile(r"^rok_(?P<year>\d{4})$")
NO_DATA = ("", ".")
ZERO = ("-", "–", "—")
NOT_APPLICABLE = ("x", "X")
ROW_SCHEMA = {
    "code": pl.String,
    "reported_code": pl.String,
    "variable": pl.String,
    "year": pl.Int32,
    "value": pl.Float64,
    "status": pl.String,
    "line": pl.Int64,
}


@dataclass(frozen=True)
class Problem:
    """One finding: ``error`` stops the import, ``warning`` and ``info`` are reported."""

    severity: str
    message: str
    line: int | None = None
    column: str | None = None
    value: str | None = None

    def text(self) -> str:
        """The finding in Polish, with where it is."""
        where = []
        if self.line is not None:
            where.append(t("ingest.where.line", line=self.line))
        if self.column is not None:
            where.append(t("ingest.where.column", column=_short(self.column)))
        if self.value is not None:
            where.append(t("ingest.where.value", value=_short(self.value)))
        prefix = t(f"ingest.severity.{self.severity}")
        return (
            f"{prefix}: {', '.join(where)}: {self.message}"
            if where
            else f"{prefix}: {self.message}"
        )


def _short(text: str, limit: int = 80) -> str:
    """Long text shortened in the middle, so the end of a header (year, unit) stays."""
    if len(text) <= limit:
        return text
    tail = limit // 2 + 10
    return text[: limit - tail - 1] + "…" + text[-tail:]


@dataclass(frozen=True)
class CodeBook:
    """What the registry knows about codes: current gminy, former codes, powiaty, names."""

    gminy: frozenset[str]
    former: dict[str, str]
    prefix6: dict[str, str]
    powiaty: frozenset[str]
    names: dict[str, str]

    @classmethod
    def from_units(cls, units: pl.DataFrame) -> CodeBook:
        gminy = units.filter(pl.col("level") == "gmina")
        former = {
            old: row["code"] for row in gminy.iter_rows(named=True) for old in row["former_codes"]
        }
        return cls(
            gminy=frozenset(gminy["code"]),
            former=former,
            prefix6={code[:6]: code for code in gminy["code"]},
            powiaty=frozenset(units.filter(pl.col("level") == "powiat")["code"]),
            names=dict(zip(units["code"], units["name"], strict=True)),
        )

    def current(self, code: str) -> str | None:
        """The current code of a gmina code of any year (itself, former, same 6 digits)."""
        if code in self.gminy:
            return code
        return self.former.get(code) or self.prefix6.get(code[:6])


@dataclass(frozen=True)
class ValueColumn:
    index: int
    header: str
    dimension: str
    year: int
    unit: str | None
    mapping: ColumnMapping


@dataclass
class ParsedExport:
    """The validated content of one export: gmina rows by current code, and the findings."""

    path: Path
    sha256: str
    rows: pl.DataFrame
    problems: list[Problem] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def years_of(self, variable: str) -> list[int]:
        frame = self.rows.filter(pl.col("variable") == variable)
        return sorted(frame["year"].unique().to_list())

    def components(self) -> pl.DataFrame:
        """Rows as build components: ``code, variable, year, value, status, provenance``."""
        return self.rows.select(
            "code",
            "variable",
            "year",
            "value",
            "status",
            pl.lit(Provenance.REAL.value).alias("provenance"),
        )


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, problems: list[Problem]) -> str | None:
    """UTF-8 (with or without BOM); Windows-1250 as a fallback, reported."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1250")
    except UnicodeDecodeError:
        problems.append(Problem("error", t("ingest.error.encoding")))
        return None
    problems.append(Problem("warning", t("ingest.warning.cp1250")))
    return text


def _clean(cell: str) -> str:
    return cell.strip().strip('"').strip()


def header_columns(
    header: list[str], mapping: Mapping, problems: list[Problem], this_year: int
) -> list[ValueColumn]:
    """Value columns of the header that the mapping asks for, checked."""
    while header and not header[-1].strip():
        header = header[:-1]
    if (
        len(header) < 3
        or _clean(header[0]).lower() != "kod"
        or _clean(header[1]).lower() != "nazwa"
    ):
        problems.append(
            Problem(
                "error",
                t("ingest.error.header_start"),
                1,
                t("ingest.col.n", n=1),
                ";".join(header[:2]),
            )
        )
        return []
    parsed: list[tuple[int, str, str, int, str | None]] = []
    for index, raw in enumerate(header[2:], start=2):
        text = _clean(raw)
        ctab, reshaped = _CTAB.match(text), _RESHAPED.match(text)
        if ctab:
            parsed.append((index, text, ctab["dim"].strip(), int(ctab["year"]), ctab["unit"]))
        elif reshaped:
            parsed.append((index, text, "", int(reshaped["year"]), None))
        else:
            problems.append(
                Problem(
                    "error",
                    t("ingest.error.header_column"),
                    1,
                    t("ingest.col.n", n=index + 1),
                    text,
                )
            )
    seen: dict[tuple[str, int], int] = {}
    for index, text, dimension, year, _ in parsed:
        if (dimension, year) in seen:
            problems.append(
                Problem(
                    "error",
                    t("ingest.error.header_duplicate", other=seen[(dimension, year)] + 1),
                    1,
                    text,
                )
            )
        seen[(dimension, year)] = index
        if not FIRST_YEAR <= year <= this_year:
            problems.append(
                Problem(
                    "error",
                    t("ingest.error.year", first=FIRST_YEAR, last=this_year),
                    1,
                    text,
                    str(year),
                )
            )
    dimensions = list(dict.fromkeys(p[2] for p in parsed))
    columns: list[ValueColumn] = []
    for column in mapping.columns:
        chosen = _match_dimension(column.match, dimensions)
        if chosen is None:
            problems.append(
                Problem(
                    "error",
                    t(
                        "ingest.error.no_column",
                        match=column.match,
                        variable=column.variable,
                        available=" | ".join(_short(d, 60) for d in dimensions[:6]),
                    ),
                    1,
                )
            )
            continue
        for index, text, dimension, year, unit in parsed:
            if dimension != chosen:
                continue
            if column.unit is not None and unit is not None and unit != column.unit:
                problems.append(
                    Problem("error", t("ingest.error.unit", expected=column.unit), 1, text, unit)
                )
            if mapping.years and not mapping.years[0] <= year <= mapping.years[1]:
                continue
            columns.append(ValueColumn(index, text, dimension, year, unit, column))
    return columns


def _match_dimension(match: str, dimensions: list[str]) -> str | None:
    """The dimension equal to ``match``, else the only one ending with ``;match``."""
    if match in dimensions:
        return match
    candidates = [d for d in dimensions if d.endswith(f";{match}")]
    return candidates[0] if len(candidates) == 1 else None


def parse_value(cell: str) -> tuple[float | None, str] | None:
    """``(value, status)`` of a cell, or None when the cell is not a number."""
    text = _clean(cell)
    if text in NO_DATA:
        return None, Status.NO_DATA.value
    if text in ZERO:
        return 0.0, Status.VALUE.value
    if text in NOT_APPLICABLE:
        return None, Status.NOT_APPLICABLE.value
    normal = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        number = float(normal)
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    return number, Status.VALUE.value


def _code(raw: str) -> tuple[str | None, bool]:
    """The 7-digit code and whether a lost leading zero was restored; None if malformed."""
    code = _clean(raw)
    if not code.isdigit():
        return None, False
    if set(code) == {"0"}:
        return "0000000", len(code) != 7
    if len(code) == 6:
        return "0" + code, True
    return (code, False) if len(code) == 7 else (None, False)


def parse_export(
    path: Path, mapping: Mapping, codes: CodeBook, today: dt.date | None = None
) -> ParsedExport:
    """Read and validate one export. Nothing is written; see :class:`ParsedExport`."""
    today = today or dt.date.today()
    problems: list[Problem] = []
    empty = pl.DataFrame(schema=ROW_SCHEMA)
    if not path.is_file():
        problems.append(Problem("error", t("ingest.error.missing_file", path=path)))
        return ParsedExport(path, "", empty, problems)
    if path.stat().st_size > MAX_FILE_BYTES:
        problems.append(
            Problem("error", t("ingest.error.too_big", max=MAX_FILE_BYTES // 1_000_000))
        )
        return ParsedExport(path, "", empty, problems)
    data = path.read_bytes()
    sha = file_sha256(data)
    text = decode(data, problems)
    if text is None:
        return ParsedExport(path, sha, empty, problems)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    header = next(reader, None)
    if not header:
        problems.append(Problem("error", t("ingest.error.empty")))
        return ParsedExport(path, sha, empty, problems)
    while header and not header[-1].strip():
        header = header[:-1]
    columns = header_columns(header, mapping, problems, today.year)
    if any(p.severity == "error" for p in problems):
        return ParsedExport(path, sha, empty, problems)
    width = len(header)
    records: list[tuple] = []
    aggregates: list[tuple[str, str, int, float]] = []
    stats: dict[str, int] = defaultdict(int)
    first_line: dict[str, int] = {}
    repaired_examples: list[str] = []
    historical: dict[str, str] = {}
    for line, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > width and not any(cell.strip() for cell in row[width:]):
            row = row[:width]  # the trailing ";" of BDL exports
        if len(row) != width:
            problems.append(
                Problem("error", t("ingest.error.ragged", found=len(row), expected=width), line)
            )
            continue
        code, repaired = _code(row[0])
        if code is None or code[:2] not in VOIVODESHIPS | {"00"}:
            problems.append(Problem("error", t("ingest.error.bad_code"), line, "Kod", row[0]))
            continue
        if repaired:
            stats["repaired"] += 1
            if len(repaired_examples) < 3:
                repaired_examples.append(f"{_clean(row[0])} → {code}")
        if code in first_line:
            problems.append(
                Problem(
                    "error",
                    t("ingest.error.duplicate_code", other=first_line[code]),
                    line,
                    "Kod",
                    code,
                )
            )
            continue
        first_line[code] = line
        kind = _kind(code)
        if kind == "part":
            stats["parts"] += 1
            continue
        current = code
        if kind == "gmina":
            resolved = codes.current(code)
            if resolved is None:
                if code[:4] not in codes.powiaty:
                    problems.append(
                        Problem("error", t("ingest.error.unknown_code"), line, "Kod", code)
                    )
                    continue
                problems.append(
                    Problem(
                        "warning",
                        t("ingest.warning.abolished", name=_clean(row[1])),
                        line,
                        "Kod",
                        code,
                    )
                )
            elif resolved != code:
                historical[code] = resolved
                current = resolved
        for column in columns:
            cell = row[column.index] if column.index < len(row) else ""
            parsed = parse_value(cell)
            if parsed is None:
                problems.append(
                    Problem("error", t("ingest.error.not_number"), line, column.header, cell)
                )
                continue
            value, status = parsed
            if status == Status.NO_DATA.value:
                continue
            rule = column.mapping
            if value is not None and (
                value < rule.minimum or (rule.maximum is not None and value > rule.maximum)
            ):
                problems.append(
                    Problem(
                        "error",
                        t(
                            "ingest.error.range",
                            min=format_number(rule.minimum, 2),
                            max=format_number(rule.maximum, 2) if rule.maximum is not None else "∞",
                        ),
                        line,
                        column.header,
                        _clean(cell),
                    )
                )
                continue
            if kind == "gmina":
                records.append((current, code, rule.variable, column.year, value, status, line))
            elif value is not None:
                aggregates.append((code, rule.variable, column.year, value))
    rows = pl.DataFrame(records, schema=ROW_SCHEMA, orient="row")
    rows = _merge_historical(rows, problems)
    _report_codes(problems, stats, repaired_examples, historical, codes)
    if rows.is_empty() and not any(p.severity == "error" for p in problems):
        problems.append(Problem("error", t("ingest.error.no_values")))
    _check_aggregates(rows, aggregates, problems)
    stats["values"] = rows.filter(pl.col("status") == Status.VALUE.value).height
    stats["gminy"] = rows["code"].n_unique()
    return ParsedExport(path, sha, rows, problems, dict(stats))


def _kind(code: str) -> str:
    if code == "0000000" or code.endswith("00000") or code.endswith("000"):
        return "aggregate"
    return "gmina" if code[6] in GMINA_TYPES else "part"


def _merge_historical(rows: pl.DataFrame, problems: list[Problem]) -> pl.DataFrame:
    """One row per current code, variable and year: a former and a current code may share a
    unit (complementary years); two values for the same unit-year are an error."""
    clash = (
        rows.group_by("code", "variable", "year")
        .agg(pl.len().alias("n"), pl.col("line").sort().alias("lines"), pl.col("reported_code"))
        .filter(pl.col("n") > 1)
        .sort("code", "year")
    )
    for row in clash.head(50).iter_rows(named=True):
        problems.append(
            Problem(
                "error",
                t(
                    "ingest.error.double_value",
                    code=row["code"],
                    year=row["year"],
                    lines=", ".join(str(n) for n in row["lines"]),
                    codes=", ".join(sorted(set(row["reported_code"]))),
                ),
                row["lines"][-1],
                "Kod",
                row["reported_code"][-1],
            )
        )
    return rows.unique(["code", "variable", "year"], keep="first", maintain_order=True)


def _report_codes(
    problems: list[Problem],
    stats: dict[str, int],
    repaired_examples: list[str],
    historical: dict[str, str],
    codes: CodeBook,
) -> None:
    if stats.get("repaired"):
        problems.append(
            Problem(
                "info",
                t(
                    "ingest.info.repaired",
                    count=stats["repaired"],
                    examples=", ".join(repaired_examples),
                ),
            )
        )
    if historical:
        stats["historical"] = len(historical)
        examples = ", ".join(
            f"{old} → {new} ({codes.names.get(new, '')})"
            for old, new in sorted(historical.items())[:5]
        )
        problems.append(
            Problem("info", t("ingest.info.historical", count=len(historical), examples=examples))
        )
    if stats.get("parts"):
        problems.append(Problem("info", t("ingest.info.parts", count=stats["parts"])))


def _check_aggregates(
    rows: pl.DataFrame, aggregates: list[tuple[str, str, int, float]], problems: list[Problem]
) -> None:
    """Compare GUS's own Poland / voivodeship / powiat rows with the sums of the gminy."""
    if not aggregates or rows.is_empty():
        return
    values = rows.filter(pl.col("status") == Status.VALUE.value)
    sums = pl.concat(
        [
            values.group_by(
                pl.col("reported_code").str.slice(0, n).alias("prefix"), "variable", "year"
            ).agg(pl.col("value").sum().alias("ours"))
            for n in (0, 2, 4)
        ]
    )
    reported = pl.DataFrame(
        aggregates, schema=["code", "variable", "year", "reported"], orient="row"
    ).with_columns(
        pl.when(pl.col("code") == "0000000")
        .then(pl.lit(""))
        .when(pl.col("code").str.ends_with("00000"))
        .then(pl.col("code").str.slice(0, 2))
        .otherwise(pl.col("code").str.slice(0, 4))
        .alias("prefix"),
        pl.col("year").cast(pl.Int32),
    )
    compared = reported.join(sums, on=["prefix", "variable", "year"], how="left").with_columns(
        pl.col("ours").fill_null(0.0)
    )
    off = compared.filter(
        (pl.col("ours") - pl.col("reported")).abs()
        > pl.max_horizontal(pl.lit(1.0), pl.col("reported").abs() * 0.001)
    ).sort("code", "year")
    for row in off.head(20).iter_rows(named=True):
        problems.append(
            Problem(
                "warning",
                t(
                    "ingest.warning.aggregate",
                    year=row["year"],
                    ours=format_number(row["ours"], 2),
                    reported=format_number(row["reported"], 2),
                ),
                None,
                "Kod",
                row["code"],
            )
        )
    if off.height > 20:
        problems.append(Problem("warning", t("ingest.warning.more", count=off.height - 20)))
