"""The "Lejek" view of ``/analiza``: the funnel plot of the view's units (its territory or
comparison group), with the selected units marked, and the sentence under it."""

from __future__ import annotations

from analysis.charts import FONT, chart_title
from analysis.funnel import funnel_kind
from analysis.funnel_data import view_funnel
from analysis.funnel_words import funnel_summary, is_demo, no_funnel_text
from analysis.service import (
    image_name,
    source_annotation,
    source_margin,
    territory_and_members,
    view_context,
    view_title,
)
from analysis.state import ViewState
from components.funnel import funnel_figure
from data_access.repository import Repository
from i18n import t


def funnel_update(repo: Repository, state: ViewState) -> tuple[dict, str, str]:
    """The funnel figure of the view, the sentence under it (counts per status, or why
    there is no funnel) and the file name of its image."""
    context = view_context(repo, state)
    indicator = context.indicator
    territory, members = territory_and_members(repo, state)
    funnel = (
        view_funnel(repo, indicator.id, state.poziom, context.year, territory, members)
        if funnel_kind(indicator)
        else None
    )
    title = view_title(repo, state, context)
    name = image_name(state, context.year, "_lejek")
    if funnel is None:
        reason = no_funnel_text(indicator) if not funnel_kind(indicator) else t("funnel.none.data")
        title_layout, top = chart_title(title, x=0.01)
        empty = {
            "data": [],
            "layout": {
                "title": title_layout,
                "font": FONT,
                "height": 300,
                "margin": {"t": top},
                "xaxis": {"visible": False},
                "yaxis": {"visible": False},
            },
        }
        return empty, reason, name
    figure = funnel_figure(funnel, indicator, title, state.jst, group=bool(members))
    layout = figure["layout"]
    bottom, axis_and_legend = source_margin(indicator), layout["margin"]["b"]
    layout["margin"]["b"] += bottom
    layout["height"] += bottom
    layout["legend"]["y"] = bottom / layout["height"]  # the source line below the legend
    layout["annotations"].append(
        source_annotation(indicator, axis_and_legend, layout["margin"]["l"])
    )
    text = funnel_summary(funnel, indicator, state.poziom, context.year)
    if is_demo(funnel, indicator):
        text += f" {t('funnel.demo_note')}"
    return figure, text, name
