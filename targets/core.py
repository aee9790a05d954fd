"""What a target is and what its assessment says, with no Flask, Dash or translation: the
presentation layers (the profile, the "Cele" page, exports and the report pack) put these
codes into words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Direction(StrEnum):
    """Which side of the target value counts as reaching it."""

    AT_LEAST = "co-najmniej"
    AT_MOST = "co-najwyzej"


class Status(StrEnum):
    ON_TRACK = "on-track"
    AT_RISK = "at-risk"
    OFF_TRACK = "off-track"
    NO_DATA = "no-data"


@dataclass(frozen=True)
class Target:
    unit_code: str
    indicator_id: str
    target_value: float
    target_year: int
    baseline_year: int
    direction: Direction
    note: str = ""
    source_title: str = ""
    source_url: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Assessment:
    target: Target
    baseline_value: float | None
    latest_year: int | None
    latest_value: float | None
    # target value minus the latest value (signed, in the indicator's unit)
    distance: float | None
    # share of the way from the baseline to the target covered by the latest value, in per cent
    # (negative when it moved away; None when baseline equals target or a value is missing)
    progress_pct: float | None
    # a linear fit over the last real years at the target year, with its 95 % prediction
    # interval; all None with fewer than three real years
    projected_value: float | None
    projected_low: float | None
    projected_high: float | None
    status: Status
    # the values behind it are demonstration values, not real data
    demonstration: bool
