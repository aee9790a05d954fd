"""Plain-language findings in words: one sentence per indicator of a unit, from the facts of
:mod:`data_access.findings`, for the profile and the reports.

The sentence needs no grammatical agreement with the indicator's name, so it reads right for
every indicator in Polish: „Bolesławiec: 607,67 zł (2019) — o 9% więcej niż mediana 15
podobnych gmin (556,20 zł) i niemal tyle samo co w Polsce (607,27 zł).” Shares (unit ``%``)
differ by percentage points, not by a percentage of a percentage."""

from __future__ import annotations

from dash import html

from data_access.catalogue_model import Indicator
from data_access.findings import GROUP, Category, Comparison, Finding
from i18n import format_number, format_value, t

TIMES_FROM = 2.0  # from twice the comparator on, "2,5-krotnie więcej" reads better than "o 150%"
PERCENT_UNIT = "%"


def subject_name(name: str, level: str, is_city_county: bool = False) -> str:
    """The unit as the sentence's subject, in the nominative with its noun where the name is
    an adjective: „Bolesławiec”, „Powiat bolesławiecki”, „Województwo dolnośląskie”."""
    if level == "wojewodztwo":
        text = t("unit.woj_full", name=name)
    elif level == "powiat" and not is_city_county:
        text = t("unit.powiat_full", name=name)
    else:
        return name
    return text[:1].upper() + text[1:]


def target_text(comparison: Comparison, finding: Finding, level: str) -> str:
    """What the unit is compared with: „mediana 15 podobnych gmin”, „w Polsce”."""
    if comparison.comparator != GROUP:
        return t(f"finding.target.{comparison.comparator}")
    if finding.group_size == 1:
        return t("finding.target.group_single")
    return t(
        f"finding.target.group.{finding.group_kind}",
        count=format_number(finding.group_size),
        units=t(f"finding.units_gen.{level}"),
    )


def difference_text(comparison: Comparison, indicator: Indicator) -> str | None:
    """„9%” (relative) or „4,1 pkt proc.” (a share); None when no ratio can be taken."""
    if indicator.unit == PERCENT_UNIT:
        points = format_number(abs(comparison.difference), indicator.decimals)
        return t("finding.points", points=points)
    if comparison.relative is None:
        return None
    return t("finding.percent", pct=format_number(abs(comparison.relative) * 100, 0))


def times_text(value: float, comparison: Comparison) -> str:
    """The ratio with one decimal, without a trailing „,0”: „2,5”, „3”."""
    ratio = round(value / comparison.value, 1)
    return format_number(ratio, 0 if ratio == int(ratio) else 1)


def comparison_text(comparison: Comparison, finding: Finding, indicator: Indicator, level: str):
    """One comparison in words, with the comparator's value in brackets."""
    params = {
        "target": target_text(comparison, finding, level),
        "value": format_value(comparison.value, indicator.decimals, indicator.unit),
    }
    category = comparison.category
    if category == Category.ABOUT_EQUAL:
        return t("finding.cmp.about_equal", **params)
    direction = "higher" if category in (Category.HIGHER, Category.MUCH_HIGHER) else "lower"
    diff = difference_text(comparison, indicator)
    if diff is None:
        return t(f"finding.cmp.{direction}_plain", **params)
    if (
        category == Category.MUCH_HIGHER
        and indicator.unit != PERCENT_UNIT
        and finding.value >= TIMES_FROM * comparison.value
    ):
        return t("finding.cmp.times", ratio=times_text(finding.value, comparison), **params)
    much = "much_" if category in (Category.MUCH_HIGHER, Category.MUCH_LOWER) else ""
    return t(f"finding.cmp.{much}{direction}", diff=diff, **params)


def finding_sentence(finding: Finding, indicator: Indicator, name: str, level: str) -> str:
    """The finding as one sentence in the current language; ``name`` is its subject (see
    :func:`subject_name`: nominative, no invented locatives) and ``level`` the unit's level."""
    params = {
        "name": name,
        "value": format_value(finding.value, indicator.decimals, indicator.unit),
        "year": finding.year,
    }
    if finding.suspect:
        key = "finding.suspect" if finding.value is not None else "finding.suspect_no_value"
        return t(key, **params)
    comparisons = t("finding.and").join(
        comparison_text(c, finding, indicator, level) for c in finding.comparisons
    )
    key = "finding.sentence_demo" if finding.demo else "finding.sentence"
    return t(key, comparisons=comparisons, **params)


def finding_paragraph(finding: Finding, indicator: Indicator, name: str, level: str) -> html.P:
    """The sentence for a page (on demonstration values it says so in words, beside the
    indicator's own badge), with the categories as data (``group:higher kraj:about_equal``)
    for styles and tests."""
    categories = " ".join(f"{c.comparator}:{c.category}" for c in finding.comparisons)
    return html.P(
        finding_sentence(finding, indicator, name, level),
        className="finding small mb-0",
        **{
            "data-finding-for": indicator.id,
            "data-categories": categories or ("suspect" if finding.suspect else ""),
        },
    )
