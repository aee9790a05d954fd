"""Plain-language findings, the facts behind them: a unit's value of one indicator read
against its comparators, as codes and numbers (the words are in ``components/findings.py``).

**Comparators.** The median of the comparison group when a group is in view, else the nearest
parent that is not Poland (a gmina's powiat, a powiat's voivodeship); and Poland. A total (an
indicator without a denominator, e.g. population) is compared with the group only: Poland's
total dwarfs any unit's. A comparator without a value, or with a suspect one, is left out.

**Relative difference** ``(value − comparator) / comparator``, computed only when both are
positive (a ratio of a negative or zero value means nothing); otherwise the category follows
the sign of the difference alone.

**Categories** (by the relative difference ``d``):

- ``about_equal``: ``|d| ≤ ABOUT_EQUAL`` (2 %), or the two values are equal as shown (rounded
  to the indicator's decimals: a sentence never calls "0,07" higher than "0,07");
- ``higher`` / ``lower``: ``ABOUT_EQUAL < |d| ≤ MUCH`` (25 %);
- ``much_higher`` / ``much_lower``: ``|d| > MUCH``.

They say *higher* and *lower*, never *better* or *worse*: the polarity of the indicator is
not part of a finding.

**Never a comparison from a suspect value** (``suspect``: the finding carries no comparison),
and a finding on demonstration values says so (``demo``), so that the sentence can too.
No value, or no comparator with a value, gives no finding at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

ABOUT_EQUAL = 0.02  # within ±2 % the values are "about equal"
MUCH = 0.25  # beyond ±25 % the value is "much" higher or lower

GROUP = "group"
# The parent used when no group is in view, nearest first (Poland is always compared apart).
NEAREST_PARENTS = ("powiat", "wojewodztwo")
POLAND = "kraj"

VALUE = "value"
SUSPECT = "suspect"


class Category(StrEnum):
    MUCH_HIGHER = "much_higher"
    HIGHER = "higher"
    ABOUT_EQUAL = "about_equal"
    LOWER = "lower"
    MUCH_LOWER = "much_lower"


@dataclass(frozen=True)
class Comparison:
    comparator: str  # "group", "powiat", "wojewodztwo" or "kraj"
    value: float
    difference: float  # the unit's value minus the comparator's, in the indicator's unit
    relative: float | None  # difference / comparator; None unless both values are positive
    category: Category


@dataclass(frozen=True)
class Finding:
    indicator_id: str
    year: int
    value: float | None  # None only for a suspect status without a number
    demo: bool  # demonstration values (made up): the sentence must say so
    suspect: bool  # the unit's value failed the plausibility checks: nothing is compared
    comparisons: tuple[Comparison, ...]
    group_kind: str | None = None  # peers.GROUP_KINDS, when the group is a comparator
    group_size: int = 0  # members with a value behind the group's median


def relative_difference(value: float, comparator: float) -> float | None:
    """``(value − comparator) / comparator`` when both are positive, else None."""
    if value <= 0 or comparator <= 0:
        return None
    return (value - comparator) / comparator


def category(value: float, comparator: float, decimals: int | None = None) -> Category:
    """The category of ``value`` against ``comparator`` (thresholds in the module docstring);
    ``decimals``: the digits the values are shown with."""
    relative = relative_difference(value, comparator)
    shown_equal = decimals is not None and round(value, decimals) == round(comparator, decimals)
    if (
        shown_equal
        or value == comparator
        or (relative is not None and abs(relative) <= ABOUT_EQUAL)
    ):
        return Category.ABOUT_EQUAL
    if relative is not None and abs(relative) > MUCH:
        return Category.MUCH_HIGHER if relative > 0 else Category.MUCH_LOWER
    return Category.HIGHER if value > comparator else Category.LOWER


def compare(
    value: float, comparator: str, comparator_value: float, decimals: int | None = None
) -> Comparison:
    return Comparison(
        comparator,
        comparator_value,
        value - comparator_value,
        relative_difference(value, comparator_value),
        category(value, comparator_value, decimals),
    )


def comparators(
    group_median: float | None,
    parents: Mapping[str, tuple[float | None, str | None]],
    group_in_view: bool,
    is_total: bool,
) -> list[tuple[str, float]]:
    """The (comparator, value) pairs a finding reads the unit against, in the order the
    sentence names them. ``parents``: level → (value, status) of the unit's parents."""
    chosen: list[tuple[str, float]] = []
    if group_in_view:
        if group_median is not None:
            chosen.append((GROUP, group_median))
    elif not is_total:
        nearest = next((p for p in NEAREST_PARENTS if p in parents), None)
        if nearest and usable(*parents[nearest]):
            chosen.append((nearest, parents[nearest][0]))
    if not is_total and POLAND in parents and usable(*parents[POLAND]):
        chosen.append((POLAND, parents[POLAND][0]))
    return chosen


def usable(value: float | None, status: str | None) -> bool:
    """A comparator value that may be compared with: present and not suspect (a parent's
    status may be unknown: None counts as a value)."""
    return value is not None and status in (None, VALUE)


def finding(
    indicator_id: str,
    year: int | None,
    value: float | None,
    status: str | None,
    *,
    demo: bool,
    decimals: int | None = None,
    is_total: bool = False,
    parents: Mapping[str, tuple[float | None, str | None]] | None = None,
    group_in_view: bool = False,
    group_kind: str | None = None,
    group_median: float | None = None,
    group_size: int = 0,
) -> Finding | None:
    """The finding for one indicator of a unit, or None when there is nothing to say (no
    value, or no comparator with a value). A suspect value, with or without its number,
    gives a finding without comparisons (it is shown, never compared)."""
    if year is None or status not in (VALUE, SUSPECT):
        return None
    if status == SUSPECT:
        return Finding(indicator_id, int(year), value, demo, True, ())
    if value is None:
        return None
    pairs = comparators(group_median, parents or {}, group_in_view, is_total)
    if not pairs:
        return None
    with_group = any(c == GROUP for c, _ in pairs)
    return Finding(
        indicator_id,
        int(year),
        value,
        demo,
        False,
        tuple(compare(value, c, v, decimals) for c, v in pairs),
        group_kind if with_group else None,
        group_size if with_group else 0,
    )
