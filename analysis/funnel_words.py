"""The funnel in words, for every place that shows one: a status ("istotnie powyżej
(korzystnie)"), the one-sentence summary, why an indicator has none, and the map's classes
by significance with their legend and the table twin's status column (``/analiza``)."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from analysis.charts import wrap_text
from analysis.funnel import Funnel, FunnelStatus, funnel_kind, no_funnel_reason
from analysis.funnel_data import SIGNIFICANCE_ORDER, significance_classes, view_funnel
from data_access.catalogue_model import Indicator, Polarity, Provenance
from i18n import format_value, t, t_count

STATUS_SYMBOL = {"above": "▲", "within": "●", "below": "▼"}
# The map's colours from the lowest class to the highest: below, within, above.
MAP_COLOURS = ("#5e3c99", "#f7f7f7", "#e66101")


def favourable(indicator: Indicator, status: str) -> bool | None:
    """Whether being ``status`` is good for the indicator (None: neutral, or within)."""
    if indicator.polarity == Polarity.NEUTRAL or status == FunnelStatus.WITHIN.value:
        return None
    return (status == FunnelStatus.ABOVE.value) == (indicator.polarity == Polarity.HIGHER_BETTER)


def status_text(
    indicator: Indicator, status: str, demo: bool = False, words: str = "funnel.status"
) -> str:
    """The status in words ("istotnie powyżej"), for an indicator with a direction with
    "(korzystnie)" or "(niekorzystnie)", never "better/worse" for a neutral one; marked when
    made up. ``words``: the keys' prefix (``funnel.vs_poland``: "… wartości dla Polski")."""
    text = t(f"{words}.{status}")
    good = favourable(indicator, status)
    if good is not None:
        text += f" ({t('funnel.favourable' if good else 'funnel.unfavourable')})"
    if demo:
        text += f" ({t('demo.badge')})"
    return text


def is_demo(funnel: Funnel, indicator: Indicator) -> bool:
    return indicator.provenance == Provenance.DEMO or (
        funnel.points.filter(pl.col("provenance") == Provenance.DEMO.value).height > 0
    )


def funnel_summary(funnel: Funnel, indicator: Indicator, level: str, year: int) -> str:
    """One sentence: how many units are significantly above, within and below."""
    counts = funnel.counts()
    return t(
        "funnel.summary",
        level=t(f"level.plural.{level}"),
        year=year,
        target=format_value(funnel.target, indicator.decimals, indicator.unit),
        above=t_count("count.units", counts["above"]),
        within=t_count("count.units", counts["within"]),
        below=t_count("count.units", counts["below"]),
    )


def no_funnel_text(indicator: Indicator) -> str:
    """Why the indicator has no funnel."""
    return t(f"funnel.none.{no_funnel_reason(indicator) or 'data'}")


@dataclass(frozen=True)
class MapSignificance:
    """The map's classes by significance: code → class (0 below, 1 within, 2 above), their
    colours and names, the colour bar's title and the note under the map; no ``classes``
    when the indicator has no funnel (the note says why and the map keeps quantiles)."""

    classes: dict[str, int]
    colours: list[str]
    names: list[str]
    legend: str
    note: str

    @property
    def fixed(self) -> tuple[dict[str, int], list[str]]:
        return self.classes, self.names


def state_funnel(
    repo, state, year: int, where: tuple[str, tuple[str, ...]]
) -> tuple[Indicator, Funnel | None]:
    """The indicator of the view ``state`` and its funnel around Poland's value (the group's
    for a comparison group ``where``), or None where no funnel applies."""
    territory, members = where
    indicator = repo.indicator(state.wskaznik)
    if not funnel_kind(indicator):
        return indicator, None
    return indicator, view_funnel(repo, indicator.id, state.poziom, year, territory, members)


def map_significance(repo, state, year: int, where: tuple[str, tuple[str, ...]]) -> MapSignificance:
    """``klasy=istotnosc``: the units of the view by the funnel's status around Poland's
    value (the group's when the view is a comparison group), in words that follow polarity."""
    indicator, funnel = state_funnel(repo, state, year, where)
    if funnel is None:
        note = t("funnel.map_unavailable", reason=no_funnel_text(indicator))
        return MapSignificance({}, [], [], "", note)
    counts = funnel.counts()
    # short: on a phone the colour bar shares the width with the status layers' legend; the
    # direction (which side is favourable) goes into the colour bar's title
    names = [
        f"{STATUS_SYMBOL[s]} {t(f'funnel.status.{s}')} ({counts[s]})" for s in SIGNIFICANCE_ORDER
    ]
    value = format_value(funnel.target, indicator.decimals, indicator.unit)
    legend = t("funnel.map_legend_group" if where[1] else "funnel.map_legend", value=value)
    direction = {
        Polarity.HIGHER_BETTER: t("funnel.map_direction.higher"),
        Polarity.LOWER_BETTER: t("funnel.map_direction.lower"),
    }.get(indicator.polarity)
    summary = funnel_summary(funnel, indicator, state.poziom, year)
    if is_demo(funnel, indicator):
        summary += f" {t('funnel.demo_note')}"
    return MapSignificance(
        significance_classes(funnel),
        list(MAP_COLOURS),
        names,
        wrap_text(legend, 22) + (f"<br><sub>{direction}</sub>" if direction else ""),
        t("funnel.map_note", summary=summary),
    )


def with_significance(
    repo, state, year: int, where: tuple[str, tuple[str, ...]], records: list, columns: list
) -> tuple[list, list]:
    """The map's table twin with the status column of ``klasy=istotnosc`` (after the
    value), in the same words as the map's legend; unchanged without a funnel."""
    indicator, funnel = state_funnel(repo, state, year, where)
    if funnel is None:
        return records, columns
    rows = funnel.points.select("code", "funnel", "provenance").iter_rows()
    words = {
        code: f"{STATUS_SYMBOL[status]} {status_text(indicator, status, provenance == 'demo')}"
        for code, status, provenance in rows
        if status is not None
    }
    column = {
        "field": "f",
        "headerName": t("funnel.col.significance"),
        "headerTooltip": t("funnel.profile_col_help"),
        "minWidth": 150,
        "filter": "agTextColumnFilter",
    }
    return (
        [{**r, "f": words.get(r["code"], "–")} for r in records],
        [*columns[:2], column, *columns[2:]],
    )
