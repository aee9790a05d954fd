"""Parsing and validation of the public API's query parameters: pure functions that turn raw
strings into typed values or raise :class:`ApiError` with a Polish message.

The bounds and patterns here are the ones the OpenAPI document (:mod:`api.openapi`) states, so
that the server refuses exactly what the document forbids and accepts what it allows."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from core import teryt
from data_access.catalogue_model import LEVELS
from i18n import t

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
MAX_OFFSET = 10**9
MAX_UNITS = 500
MAX_QUERY_LENGTH = 100
MAX_PARAM_LENGTH = 4000
MIN_YEAR, MAX_YEAR = 1990, 2100
FORMATS = ("json", "csv")
# ASCII digits: str.isdigit() also accepts "²", which int() refuses.
INTEGER = re.compile(r"-?[0-9]+")
# A year of MIN_YEAR–MAX_YEAR, and "2015" or "2015-2020" (tests check them against the bounds).
YEAR_PATTERN = "(199[0-9]|20[0-9]{2}|2100)"
YEARS_PATTERN = f"^{YEAR_PATTERN}(-{YEAR_PATTERN})?$"
YEARS_SHAPE = re.compile(r"([0-9]{4})(?:-([0-9]{4}))?")
# Poland (2 digits, 00), a voivodeship (2), a powiat (4) or a gmina (7): ``core.teryt``'s.
UNIT_CODE_PATTERN = teryt.CODE_PATTERN
UNIT_CODE = teryt.CODE
# A unit that contains others: Poland or a voivodeship (2 digits), a powiat (4).
PARENT_CODE_PATTERN = teryt.PARENT_PATTERN
PARENT_CODE = teryt.PARENT


class ApiError(Exception):
    """An error answered as ``{"error": {"code": ..., "message": ...}}`` with ``status``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def body(self) -> dict:
        return {"error": {"code": self.code, "message": self.message}}


def bad_parameter(message: str) -> ApiError:
    return ApiError(400, "bad_parameter", message)


def unknown_reference(message: str) -> ApiError:
    return ApiError(422, "unknown_reference", message)


def not_found(message: str) -> ApiError:
    return ApiError(404, "not_found", message)


def check_known(args: Mapping[str, str], allowed: tuple[str, ...]) -> None:
    """Reject parameters the endpoint does not know (typos would otherwise pass silently)."""
    unknown = sorted(set(args) - set(allowed))
    if unknown and not allowed:
        raise bad_parameter(t("api.error.no_params", names=", ".join(unknown)))
    if unknown:
        raise bad_parameter(
            t("api.error.unknown_param", names=", ".join(unknown), allowed=", ".join(allowed))
        )
    for name, value in args.items():
        if len(value) > MAX_PARAM_LENGTH:
            raise bad_parameter(t("api.error.too_long", name=name, max=MAX_PARAM_LENGTH))


def given(name: str, raw: str | None) -> str | None:
    """``raw`` if the parameter has a value, None if it is absent; an empty value (``?level=``)
    is refused: no schema of the document admits one (``q`` excepted, read as it is)."""
    if raw == "":
        raise bad_parameter(t("api.error.empty_value", name=name))
    return raw


def parse_int(name: str, raw: str | None, default: int, minimum: int, maximum: int) -> int:
    """An integer parameter within ``[minimum, maximum]``; ``default`` when absent."""
    if given(name, raw) is None:
        return default
    if not INTEGER.fullmatch(raw):
        raise bad_parameter(t("api.error.not_integer", name=name, value=raw[:40]))
    # More digits than the bounds have is out of range: no need to read thousands of them.
    too_long = len(raw.lstrip("-").lstrip("0")) > len(str(max(abs(minimum), abs(maximum))))
    if too_long or not minimum <= int(raw) <= maximum:
        raise bad_parameter(
            t("api.error.out_of_range", name=name, value=raw[:40], min=minimum, max=maximum)
        )
    return int(raw)


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def parse_page(args: Mapping[str, str]) -> Page:
    """``limit`` (1–1000, default 100) and ``offset`` (0–10⁹)."""
    return Page(
        limit=parse_int("limit", args.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT),
        offset=parse_int("offset", args.get("offset"), 0, 0, MAX_OFFSET),
    )


def parse_level(raw: str | None) -> str | None:
    """One of the levels (``kraj``, ``wojewodztwo``, ``powiat``, ``gmina``) or None."""
    if given("level", raw) is None:
        return None
    if raw not in LEVELS:
        raise bad_parameter(t("api.error.bad_level", value=raw[:40], allowed=", ".join(LEVELS)))
    return raw


def parse_format(raw: str | None) -> str:
    """``json`` (default) or ``csv``."""
    if given("format", raw) is None:
        return "json"
    if raw not in FORMATS:
        raise bad_parameter(t("api.error.bad_format", value=raw[:40]))
    return raw


def _year(name: str, text: str) -> int:
    return parse_int(name, text, MIN_YEAR, MIN_YEAR, MAX_YEAR)


def _year_range(raw: str) -> tuple[int, int]:
    """``2015`` or ``2015-2020`` (in either order) as an inclusive range."""
    shape = YEARS_SHAPE.fullmatch(raw)
    if shape is None:
        raise bad_parameter(t("api.error.bad_years", value=raw[:40]))
    first, last = shape.groups()
    years = (_year("years", first), _year("years", last or first))
    return min(years), max(years)


def parse_years(year: str | None, years: str | None) -> tuple[int, int] | None:
    """``year=2022`` and ``years=2015-2020`` (or one year) as an inclusive range, or None.
    Filters combine like all others: both together select the years they share (maybe none,
    then the range is empty, start after end)."""
    ranges = []
    if given("year", year) is not None:
        single = _year("year", year)
        ranges.append((single, single))
    if given("years", years) is not None:
        ranges.append(_year_range(years))
    if not ranges:
        return None
    return max(start for start, _ in ranges), min(end for _, end in ranges)


def parse_codes(raw: str | None) -> list[str] | None:
    """A comma-separated list of TERYT codes (at most 500; repeats dropped), or None."""
    if raw is None:
        return None
    if raw == "":
        raise bad_parameter(t("api.error.empty_units"))
    parsed = teryt.parse_codes(raw, strict=True)
    if parsed.count > MAX_UNITS:
        raise bad_parameter(t("api.error.too_many_units", max=MAX_UNITS))
    if parsed.rejected:
        raise bad_parameter(t("api.error.bad_code", value=", ".join(parsed.rejected[:5])[:80]))
    return list(parsed.codes)
