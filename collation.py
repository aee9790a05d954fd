"""Polish alphabetical order for every list of names the app sorts.

ICU's collation for Polish (CLDR): ą after a, ł after l, ś after s, ż after ź after z …; case
and punctuation break ties only, as in a printed index ("Bielsko-Biała" beside "bielski").
Python's own ``sorted`` orders by code point and puts "Łódź" after "Żory" and "Płock" after
"Przemyśl".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

import icu
import polars as pl

T = TypeVar("T")

# ICU collators are safe to share between threads for comparisons and sort keys.
_POLISH = icu.Collator.createInstance(icu.Locale("pl_PL"))


def sort_key(text: str) -> bytes:
    """A byte string whose plain order is the Polish alphabetical order of ``text``."""
    return _POLISH.getSortKey(text or "")


def sorted_names(items: Iterable[T], name: Callable[[T], str] = str) -> list[T]:
    """``items`` in Polish alphabetical order of ``name(item)`` (stable for equal names)."""
    return sorted(items, key=lambda item: sort_key(name(item)))


def sort_frame(frame: pl.DataFrame, column: str = "name", *then: str) -> pl.DataFrame:
    """``frame`` sorted by ``column`` in Polish alphabetical order, ties by ``then``."""
    return frame.sort(collation_key(column), *then)


def collation_key(column: str = "name") -> pl.Expr:
    """The Polish sort key of a string column (for ``sort`` on several keys)."""
    return pl.col(column).map_elements(sort_key, return_dtype=pl.Binary)
