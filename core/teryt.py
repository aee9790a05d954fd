"""TERYT codes: the one parser and validator of them.

A code's level follows from its length: 2 digits a voivodeship (``00`` is Poland), 4 a powiat,
7 a gmina (6 digits and the kind of gmina). Lists of codes come from URLs, forms and stored
views; :func:`parse_codes` reads them all, and each caller turns the rejected parts into its
own message (this module says nothing in words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.levels import Level

COUNTRY = "00"
LEVEL_BY_LENGTH: dict[int, Level] = {2: Level.WOJEWODZTWO, 4: Level.POWIAT, 7: Level.GMINA}
# ASCII digits only: str.isdigit() also accepts "²" and other scripts' digits.
CODE_PATTERN = "^[0-9]{2}([0-9]{2}([0-9]{3})?)?$"
CODE = re.compile(CODE_PATTERN)
# A unit that contains others: Poland or a voivodeship (2 digits), a powiat (4).
PARENT_PATTERN = "^[0-9]{2}([0-9]{2})?$"
PARENT = re.compile(PARENT_PATTERN)
# What separates the codes of a list people type or paste: commas, semicolons, white space.
LENIENT_SEPARATORS = re.compile(r"[\s,;]+")


def is_code(text: object) -> bool:
    """Whether ``text`` has the shape of a TERYT code (Poland, voivodeship, powiat, gmina);
    whether such a unit exists is the data's question."""
    return isinstance(text, str) and CODE.fullmatch(text) is not None


def level_of(code: object) -> Level | None:
    """The level a code's shape names, or None for what is no TERYT code."""
    if not is_code(code):
        return None
    return Level.KRAJ if code == COUNTRY else LEVEL_BY_LENGTH[len(code)]


@dataclass(frozen=True)
class CodeList:
    """A list of codes as read: ``parts`` are the non-empty parts in order with repeats
    dropped, ``codes`` those of them that are TERYT codes, ``rejected`` the others (as given),
    ``count`` the parts before repeats were dropped and ``dropped`` the codes left out beyond
    the limit."""

    parts: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()
    count: int = 0
    dropped: int = 0

    @property
    def empty(self) -> bool:
        return self.count == 0


def split_parts(text: object, strict: bool = False) -> tuple[list[str], int]:
    """The parts of a list in order without repeats, and how many there were with repeats.

    Lenient (people's input): commas, semicolons or white space separate, empty parts are
    skipped. ``strict`` (the API): only commas separate, nothing is trimmed and an empty part
    is a part (which no code matches)."""
    raw = text if isinstance(text, str) else ""
    if strict:
        pieces = raw.split(",") if raw else []
    else:
        pieces = [p for p in LENIENT_SEPARATORS.split(raw) if p]
    return list(dict.fromkeys(pieces)), len(pieces)


def parse_codes(text: object, limit: int | None = None, strict: bool = False) -> CodeList:
    """A comma-separated (or, unless ``strict``, also semicolon- or space-separated) list of
    TERYT codes: the codes in order without repeats (at most ``limit``) and the parts that
    are no code. Never raises; anything but a string reads as an empty list."""
    parts, count = split_parts(text, strict)
    codes = [p for p in parts if is_code(p)]
    rejected = tuple(p for p in parts if not is_code(p))
    dropped = max(len(codes) - limit, 0) if limit is not None else 0
    kept = codes[:limit] if limit is not None else codes
    return CodeList(tuple(parts), tuple(kept), rejected, count, dropped)
