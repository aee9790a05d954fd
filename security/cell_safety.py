"""Text cells that a spreadsheet would run as a formula (CSV/formula injection).

Excel and LibreOffice treat a cell beginning with ``=``, ``+``, ``-`` or ``@`` (or a tab or a
carriage return before one) as a formula, e.g. ``=HYPERLINK(...)`` in a unit's name brought by
an import. Every CSV and XLSX the app writes passes its text through here: such a text gets a
leading apostrophe (OWASP's advice), which the spreadsheet shows as text. Numbers are never
touched: a negative value stays a number.
"""

from __future__ import annotations

import re

import polars as pl

FORMULA_START = r"^[=+\-@\t\r]"
_FORMULA_START = re.compile(FORMULA_START)
PREFIX = "'"


def safe_text(value: str) -> str:
    """``value`` with an apostrophe in front when a spreadsheet would read it as a formula."""
    return PREFIX + value if _FORMULA_START.match(value) else value


def is_text(dtype: pl.DataType) -> bool:
    return dtype == pl.String or isinstance(dtype, pl.Categorical | pl.Enum)


def safe_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with its text columns made safe (``safe_text``); other columns unchanged."""
    text_columns = [name for name, dtype in frame.schema.items() if is_text(dtype)]
    return frame.with_columns(
        pl.when(pl.col(name).cast(pl.String).str.contains(FORMULA_START))
        .then(pl.lit(PREFIX) + pl.col(name).cast(pl.String))
        .otherwise(pl.col(name).cast(pl.String))
        .alias(name)
        for name in text_columns
    )
