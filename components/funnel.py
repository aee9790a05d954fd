"""How a funnel is shown: the plot, the status badge and words, the table of the units outside
the limits, the method text, and the whole section of the indicator card."""

from __future__ import annotations

import polars as pl
from dash import dcc, html

from analysis.charts import FONT, chart_title, separators
from analysis.funnel import Funnel, FunnelKind, FunnelStatus, funnel_kind
from analysis.funnel_data import (
    unit_status,
    view_funnel,
)
from analysis.funnel_words import (
    STATUS_SYMBOL,
    funnel_summary,
    is_demo,
    no_funnel_text,
    status_text,
)
from components.loading import busy_region
from core import urls
from data_access.catalogue_model import Indicator, Provenance, Status
from i18n import (
    format_number,
    localized_kind,
    localized_name,
    localized_text,
    localized_unit,
    t,
    t_count,
)

# PuOr (ColorBrewer), colour-blind safe: orange above, purple below, light grey within; the
# plot's markers also differ in shape and the badges carry words, so colour is never alone.
STATUS_COLOURS = {
    FunnelStatus.ABOVE.value: "#e66101",
    FunnelStatus.WITHIN.value: "#bababa",
    FunnelStatus.BELOW.value: "#5e3c99",
}
STATUS_SYMBOLS = {
    FunnelStatus.ABOVE.value: "triangle-up",
    FunnelStatus.WITHIN.value: "circle",
    FunnelStatus.BELOW.value: "triangle-down",
}
LIMIT_COLOUR = "#333333"
MAX_TABLE_ROWS = 200
LEGEND_ROW_PX = 24


def status_badge(
    indicator: Indicator,
    status: str | None,
    provenance: str | None = None,
    words: str = "funnel.status",
):
    """The status as a badge with words (and its shape's symbol), or a dash."""
    if status is None:
        return html.Span("–", title=t("funnel.no_status"))
    demo = provenance == Provenance.DEMO.value
    return html.Span(
        f"{STATUS_SYMBOL[status]} {status_text(indicator, status, demo, words)}",
        className=f"badge funnel-badge funnel-{status}",
        title=t("funnel.profile_col_help"),
    )


def badge_vs_poland(repo, indicator: Indicator, code: str, level: str, year: int | None):
    """A unit's status against Poland among all units of its level (the profile's and the
    comparison's cell), or None where no funnel applies or the unit is not assessed."""
    if year is None or level == "kraj" or funnel_kind(indicator) is None:
        return None
    status, provenance = unit_status(repo, indicator.id, code, level, year)
    if status is None:
        return None
    return status_badge(indicator, status, provenance, "funnel.vs_poland")


def point_trace(part: pl.DataFrame, name: str, marker: dict, unit: str, decimals: int) -> dict:
    return {
        "type": "scatter",
        "mode": "markers",
        "name": name,
        "x": part["denominator"].to_list(),
        "y": part["value"].to_list(),
        "text": part["name"].to_list(),
        "hovertext": [
            f"{n} ({localized_kind(k)})" for n, k in part.select("name", "kind").iter_rows()
        ],
        "marker": marker,
        "hovertemplate": "%{hovertext}<br>%{y:,." + str(decimals) + "f} " + unit + "<br>"
        "n = %{x:,.0f}<extra>" + name + "</extra>",
    }


def funnel_figure(
    funnel: Funnel,
    indicator: Indicator,
    title: str,
    selected: tuple[str, ...] = (),
    group: bool = False,
) -> dict:
    """Value against denominator (log axis), the target, the 95 % and 99.8 % limits, units by
    status (colour and shape) and suspect ones apart; ``selected`` units labelled."""
    unit = localized_unit(indicator.unit)
    title_layout, top = chart_title(title, x=0.01)
    grid = funnel.grid
    traces = []
    for column, name_key, dash in (
        ("998", "funnel.limit998", "solid"),
        ("95", "funnel.limit95", "dash"),
    ):
        for side, show in (("low", True), ("high", False)):
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "name": t(name_key),
                    "legendgroup": column,
                    "showlegend": show,
                    "x": grid["n"].to_list(),
                    "y": grid[f"{side}{column}"].to_list(),
                    "line": {"color": LIMIT_COLOUR, "dash": dash, "width": 1.5},
                    "hoverinfo": "skip",
                }
            )
    traces.append(
        {
            "type": "scatter",
            "mode": "lines",
            "name": t(
                "funnel.target_group" if group else "funnel.target",
                value=format_number(funnel.target, indicator.decimals),
            ),
            "x": [grid["n"][0], grid["n"][-1]],
            "y": [funnel.target, funnel.target],
            "line": {"color": "#000000", "width": 2},
            "hoverinfo": "skip",
        }
    )
    points = funnel.points.filter(pl.col("denominator") > 0, pl.col("value").is_not_null())
    for status in (FunnelStatus.WITHIN.value, FunnelStatus.ABOVE.value, FunnelStatus.BELOW.value):
        part = points.filter(pl.col("funnel") == status)
        if part.height:
            name = f"{t(f'funnel.status.{status}')} ({part.height})"  # short: the legend wraps
            marker = {
                "color": STATUS_COLOURS[status],
                "symbol": STATUS_SYMBOLS[status],
                "size": 6 if status == FunnelStatus.WITHIN.value else 8,
                "line": {"width": 0.5, "color": "#333333"},
                "opacity": 0.7 if status == FunnelStatus.WITHIN.value else 0.95,
            }
            traces.append(point_trace(part, name, marker, unit, indicator.decimals))
    suspect = points.filter(pl.col("status") == Status.SUSPECT.value)
    if suspect.height:
        marker = {"color": "#ffffff", "symbol": "square-open", "size": 9, "line": {"width": 2}}
        name = f"{t('funnel.suspect')} ({suspect.height})"
        traces.append(point_trace(suspect, name, marker, unit, indicator.decimals))
    chosen = points.filter(pl.col("code").is_in(selected))
    if chosen.height:
        trace = point_trace(
            chosen,
            t("analiza.selected"),
            {"color": "rgba(0,0,0,0)", "size": 14, "line": {"width": 2.5, "color": "#d7301f"}},
            unit,
            indicator.decimals,
        )
        traces.append({**trace, "mode": "markers+text", "textposition": "top left"})
    # The axis ends above the 99.5th percentile (or the limits): a few extreme units would
    # flatten the funnel; how many lie beyond is written on the plot (autoscale shows them).
    values = points["value"].drop_nulls()
    low_y = min(values.min(), grid["low998"].min()) if values.len() else 0
    high_y = max(values.quantile(0.995), grid["high998"].quantile(0.9)) if values.len() else 1
    top_y = high_y * 1.08
    beyond = (values > top_y).sum()
    annotations = (
        [
            {
                "text": t("funnel.beyond_axis", count=t_count("count.units", beyond)),
                "xref": "paper",
                "yref": "paper",
                "x": 1,
                "y": 1,
                "xanchor": "right",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 11, "color": "#444"},
            }
        ]
        if beyond
        else []
    )
    entries = sum(trace.get("showlegend", True) for trace in traces)
    return {
        "data": traces,
        "layout": {
            "title": title_layout,
            "font": FONT,
            "separators": separators(),
            "height": 400 + LEGEND_ROW_PX * entries + max(0, top - 50),
            # room below the axis title for the legend even when a narrow screen puts each
            # entry on a row of its own (Plotly does not make room for a horizontal legend)
            "margin": {"l": 70, "r": 20, "t": top + 14, "b": 60 + LEGEND_ROW_PX * entries},
            "xaxis": {
                "type": "log",
                "dtick": 1,
                "tickformat": ",~d",
                "title": {"text": localized_text(indicator, "denominator_label")},
                "automargin": True,
            },
            "yaxis": {
                "title": {"text": unit},
                "tickformat": ",~f",
                "range": [low_y - 0.05 * abs(high_y - low_y), top_y],
                "automargin": True,
            },
            "legend": {
                "orientation": "h",
                "yref": "container",
                "y": 0,
                "yanchor": "bottom",
                "font": {"size": 11},
            },
            "hovermode": "closest",
            "annotations": annotations,
        },
    }


def outside_table(funnel: Funnel, indicator: Indicator) -> html.Div:
    """The plot's table twin: the units outside the 99.8 % limits, with value, denominator
    and status (at most ``MAX_TABLE_ROWS``, the rest counted)."""
    outside = funnel.points.filter(pl.col("funnel").is_in(["above", "below"])).sort(
        "funnel", "value", descending=[False, True]
    )
    if not outside.height:
        return html.P(t("funnel.none_outside"), className="small")
    shown = outside.head(MAX_TABLE_ROWS)
    header = html.Thead(
        html.Tr(
            [
                html.Th(t("funnel.col.unit"), scope="col"),
                html.Th(
                    f"{t('funnel.col.value')} [{localized_unit(indicator.unit)}]",
                    scope="col",
                    className="num",
                ),
                html.Th(
                    localized_text(indicator, "denominator_label"), scope="col", className="num"
                ),
                html.Th(t("funnel.col.status"), scope="col"),
            ]
        )
    )
    body = html.Tbody(
        [
            html.Tr(
                [
                    html.Td(
                        html.A(
                            f"{r['name']} ({localized_kind(r['kind'])})", href=urls.unit(r["code"])
                        )
                    ),
                    html.Td(format_number(r["value"], indicator.decimals), className="num"),
                    html.Td(format_number(r["denominator"], 0), className="num"),
                    html.Td(status_badge(indicator, r["funnel"], r["provenance"])),
                ]
            )
            for r in shown.iter_rows(named=True)
        ]
    )
    rest = outside.height - shown.height
    return html.Div(
        [
            html.Div(
                html.Table([header, body], className="table table-sm funnel-table"),
                className="table-responsive funnel-table-wrap",
                tabIndex=0,
                role="region",
                **{"aria-label": t("funnel.table_title")},
            ),
            html.P(t("funnel.more_rows", count=rest), className="small") if rest > 0 else None,
        ]
    )


def method_text(funnel: Funnel | None, indicator: Indicator, group: bool = False) -> html.Div:
    """How the limits were drawn, in plain words (Spiegelhalter 2005)."""
    kind = funnel.kind if funnel else funnel_kind(indicator)
    parts = [
        html.P(t("funnel.method.intro_group" if group else "funnel.method.intro")),
        html.P(t(f"funnel.method.{kind}")),
    ]
    if funnel is not None and funnel.adjusted and funnel.kind != FunnelKind.NORMAL:
        phi = format_number(funnel.phi, 2 if funnel.phi < 100 else 0)
        parts.append(html.P(t("funnel.method.overdispersed", phi=phi)))
    parts.append(html.P(t("funnel.method.status")))
    return html.Div(parts, className="small funnel-method")


def funnel_title(indicator: Indicator, level: str, year: int, demo: bool, name: str) -> str:
    suffix = f" — {t('demo.badge').upper()}" if demo else ""
    return t("funnel.title", name=name, level=t(f"level.plural.{level}"), year=year) + suffix


def funnel_section(repo, indicator: Indicator, level: str, year: int) -> html.Section:
    """The indicator card's funnel: the plot, a summary, the units outside the limits and
    the method; or a sentence saying why no funnel applies."""
    heading = html.H2(t("funnel.heading"), className="h4 mt-4", id="lejek")
    funnel = view_funnel(repo, indicator.id, level, year) if funnel_kind(indicator) else None
    if funnel is None:
        return html.Section([heading, html.P(no_funnel_text(indicator))], className="funnel")
    demo = is_demo(funnel, indicator)
    title = funnel_title(indicator, level, year, demo, localized_name(indicator))
    return html.Section(
        [
            heading,
            html.Figure(
                [
                    dcc.Graph(
                        figure=funnel_figure(funnel, indicator, title),
                        config={"displaylogo": False, "responsive": True},
                        className="funnel-graph",
                    ),
                    html.Figcaption(
                        funnel_summary(funnel, indicator, level, year),
                        className="small text-muted",
                    ),
                ]
            ),
            html.H3(t("funnel.table_title"), className="h6"),
            outside_table(funnel, indicator),
            html.H3(t("funnel.method_heading"), className="h6"),
            method_text(funnel, indicator),
        ],
        className="funnel",
    )


def funnel_panel(graph_id: str, note_id: str, config: dict) -> html.Figure:
    """The "Lejek" view's figure: the plot (filled by its callback) and its caption, whose
    first line (counts per status, or why there is no funnel) is announced when it changes."""
    return html.Figure(
        [
            busy_region(dcc.Graph(id=graph_id, config=config, className="analiza-funnel")),
            html.Figcaption(
                [
                    html.P(id=note_id, role="status", className="mb-1 text-body"),
                    html.Span(t("funnel.analiza_caption")),
                ],
                className="small text-muted",
            ),
        ]
    )
