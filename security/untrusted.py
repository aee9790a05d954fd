"""Typed values from what a browser sends.

Every input and state of a Dash callback can be forged: any JSON (null, a number, a list, an
object, a string of any length) may arrive where a control would send a string. Callbacks turn
their raw inputs into these types before using them; a value of the wrong type becomes
``None`` (or the empty value of its type), which the callback answers with no update.
"""

from __future__ import annotations

import math
import re

MAX_TEXT = 2000
# ASCII digits only: str.isdigit() also accepts "²" and other digits int() refuses.
YEAR = re.compile(r"[0-9]{4}")
INTEGER = re.compile(r"[0-9]{1,9}")
NUMBER = re.compile(r"-?[0-9]{1,9}([.,][0-9]{1,9})?")


def text(value: object, max_length: int = MAX_TEXT) -> str | None:
    """``value`` if it is a string of at most ``max_length`` characters, else None."""
    return value if isinstance(value, str) and len(value) <= max_length else None


def clipped(value: object, max_length: int = MAX_TEXT) -> str:
    """A string cut to ``max_length`` characters; ``""`` for anything but a string."""
    return value[:max_length] if isinstance(value, str) else ""


def count(value: object) -> int:
    """A click or tick count (``n_clicks``, ``n_intervals``): a non-negative integer, else 0."""
    if isinstance(value, int) and not isinstance(value, bool):
        return max(value, 0)
    return 0


def integer(value: object) -> int | None:
    """A non-negative integer given as a number or as ASCII digits (at most 9), else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value >= 0 else None
    if isinstance(value, str) and INTEGER.fullmatch(value.strip()):
        return int(value)
    return None


def year(value: object) -> int | None:
    """A year given as a number or as four ASCII digits, else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 1000 <= value <= 9999 else None
    return int(value) if isinstance(value, str) and YEAR.fullmatch(value) else None


def number(value: object) -> float | None:
    """A finite number given as a number or as a short decimal string, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str) and NUMBER.fullmatch(value.strip()):
        return float(value.strip().replace(",", "."))
    return None


def mapping(value: object) -> dict | None:
    """``value`` if it is a JSON object, else None."""
    return value if isinstance(value, dict) else None


def records(value: object) -> list[dict]:
    """The objects of a list (others dropped); ``[]`` for anything but a list."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
