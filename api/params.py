"""Parsing and validation of the public API's query parameters: pure functions that turn raw
strings into typed values or raise :class:`ApiError` with a Polish message."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from data_access.catalogue_model import LEVELS
from i18n import t

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
MAX_UNITS = 500
MAX_PARAM_LENGTH = 4000
MIN_YEAR, MAX_YEAR = 1990, 2100
FORMATS = ("json", "csv")
# ASCII digits: str.isdigit() also accepts "²", which int() refuses.
INTEGER = re.compile(r"-?[0-9]{1,12}")


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


def parse_int(name: str, raw: str | None, default: int, minimum: int, maximum: int) -> int:
    """An integer parameter within ``[minimum, maximum]``; ``default`` when absent."""
    if raw is None or raw == "":
        return default
    text = raw.strip()
    if not INTEGER.fullmatch(text):
        raise bad_parameter(t("api.error.not_integer", name=name, value=raw[:40]))
    number = int(text)
    if not minimum <= number <= maximum:
        raise bad_parameter(
            t("api.error.out_of_range", name=name, value=number, min=minimum, max=maximum)
        )
    return number


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def parse_page(args: Mapping[str, str]) -> Page:
    """``limit`` (1–1000, default 100) and ``offset`` (≥ 0)."""
    return Page(
        limit=parse_int("limit", args.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT),
        offset=parse_int("offset", args.get("offset"), 0, 0, 10**9),
    )


def parse_level(raw: str | None) -> str | None:
    """One of the levels (``kraj``, ``wojewodztwo``, ``powiat``, ``gmina``) or None."""
    if raw is None or raw == "":
        return None
    if raw not in LEVELS:
        raise bad_parameter(t("api.error.bad_level", value=raw[:40], allowed=", ".join(LEVELS)))
    return raw


def parse_format(raw: str | None) -> str:
    """``json`` (default) or ``csv``."""
    if raw is None or raw == "":
        return "json"
    if raw not in FORMATS:
        raise bad_parameter(t("api.error.bad_format", value=raw[:40]))
    return raw


def _year(name: str, text: str) -> int:
    return parse_int(name, text, MIN_YEAR, MIN_YEAR, MAX_YEAR)


def parse_years(year: str | None, years: str | None) -> tuple[int, int] | None:
    """``year=2022`` or ``years=2015-2020`` (or one year) as an inclusive range, or None."""
    if year and years:
        raise bad_parameter(t("api.error.year_and_years"))
    if year:
        single = _year("year", year)
        return single, single
    if not years:
        return None
    first, sep, last = years.strip().partition("-")
    start = _year("years", first)
    end = _year("years", last) if sep else start
    if start > end:
        raise bad_parameter(t("api.error.years_order", value=years[:40]))
    return start, end


def parse_codes(raw: str | None) -> list[str] | None:
    """A comma-separated list of TERYT codes (digits only, at most 500), or None."""
    if raw is None:
        return None
    codes = [c.strip() for c in raw.split(",") if c.strip()]
    if not codes:
        raise bad_parameter(t("api.error.empty_units"))
    if len(codes) > MAX_UNITS:
        raise bad_parameter(t("api.error.too_many_units", max=MAX_UNITS))
    bad = [c for c in codes if not c.isdigit() or len(c) > 7]
    if bad:
        raise bad_parameter(t("api.error.bad_code", value=", ".join(bad[:5])[:80]))
    return list(dict.fromkeys(codes))
