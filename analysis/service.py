"""Glue between the repository and the pure view functions: what the callbacks of
``/analiza`` call. Each function takes the repository and a state and returns view data."""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache

import polars as pl
from dash import Patch, html

from analysis import exports, scatter
from analysis.charts import wrap_text
from analysis.figures import (
    TRACE_COUNT,
    base_map,
    geometry_url,
    layers_patch,
    series_figure,
    territory_view,
)
from analysis.funnel_words import map_significance, with_significance
from analysis.map_picture import DESIGN_WIDTH, applied, map_svg
from analysis.series_picture import series_svg
from analysis.state import (
    CHARTS,
    CLASS_METHODS,
    GROUPS,
    LOG_AXES,
    MAX_SELECTED,
    SIGNIFICANCE,
    Action,
    ActionKind,
    Catalogue,
    ViewState,
    state_from_store,
    territory_fits,
    to_params,
    toggle_unit,
)
from analysis.view import (
    palette,
    unit_series,
    view_median_series,
)
from analysis.view_model import (
    AnalizaView,
    ViewContext,
    analiza_view,
    cached_rows,
    catalogue_for_state,
    default_year,
    view_context,
    x_rows,
)
from collation import sort_frame
from core import urls
from core.classify import Classes
from core.levels import GEOMETRY_FILES, UNIT_LEVELS
from data_access.catalogue_model import Indicator, Polarity, Provenance, Quality
from data_access.repository import Repository, Unit, normalise_query
from data_access.units import fold
from i18n import (
    current_language,
    format_number,
    format_value,
    localized_kind,
    localized_name,
    localized_text,
    localized_unit,
    t,
    t_count,
)
from security import untrusted

LEVELS = UNIT_LEVELS
MAX_SUSPECT_NAMED = 10  # suspect units named in the view's summary
# The "whole of Poland" choice of the territory select (a native select shows no option for "").
WHOLE_COUNTRY = "PL"


def indicator_options(area_id: str | None) -> list[dict]:
    from data_access.repository import get_repository

    repo = get_repository()
    options = []
    for service in repo.services:
        if area_id and service.area_id != area_id:
            continue
        for indicator in repo.indicators_of(service.id):
            demo = f" ({t('demo.badge')})" if indicator.provenance == Provenance.DEMO else ""
            options.append(
                {
                    "label": f"{localized_name(service)}: {localized_name(indicator)}{demo}",
                    "value": indicator.id,
                }
            )
    return options


def first_indicator(area_id: str) -> str | None:
    """The indicator a view switches to when the user picks an area: its first one."""
    options = indicator_options(area_id)
    return options[0]["value"] if options else None


MAX_SEARCH_RESULTS = 12


def search_indicators(query: str, limit: int = MAX_SEARCH_RESULTS) -> list[dict]:
    """Indicators whose name, id or service name (Polish or English, diacritics optional)
    contain every word of ``query``, as ``{"value", "label"}`` options: those whose name
    starts with the query first, then a word of it, then the rest, in catalogue order."""
    from data_access.repository import get_repository

    words = normalise_query(query).split()
    if not words:
        return []
    repo = get_repository()
    ranked = []
    for order, option in enumerate(indicator_options(None)):
        indicator = repo.indicator(option["value"])
        service = repo.service(indicator.service_id)
        names = normalise_query(f"{indicator.name} {indicator.name_en}")
        haystack = " ".join(
            (
                names,
                normalise_query(indicator.id),
                normalise_query(f"{service.name} {service.name_en}"),
            )
        )
        if not all(word in haystack for word in words):
            continue
        phrase = " ".join(words)
        name = normalise_query(localized_name(indicator))
        rank = 0 if name.startswith(phrase) else 1 if f" {phrase}" in f" {names}" else 2
        ranked.append((rank, order, option))
    return [option for *_, option in sorted(ranked, key=lambda item: item[:2])[:limit]]


def territory_label(level: str, kind: str, name: str) -> str:
    """A voivodeship or powiat as a territory: "woj. dolnośląskie", "powiat bolesławiecki"; a
    city with county rights goes by its name."""
    if level == "wojewodztwo":
        return t("unit.woj_short", name=name)
    return t("unit.powiat_full", name=name) if kind == "powiat" else name


def territory_options(level: str) -> list[dict]:
    """The whole country, then the voivodeships in Polish alphabetical order, each followed
    (for gminy) by its powiaty, named with their voivodeship: "powiat bielski (śląskie)" and
    "powiat bielski (podlaskie)" are two. ``search`` holds the names without diacritics, so
    that "slaskie" finds "śląskie"."""
    from data_access.repository import get_repository

    return _territory_options(get_repository(), level, current_language())


POWIAT_CODE_LENGTH = 4


def territory_choices(level: str, chosen: str) -> list[dict]:
    """What the territory picker offers before anything is typed: the whole country, the
    voivodeships and the chosen territory (a powiat, after its voivodeship). The ~380 powiaty
    come as the reader types (:func:`territory_matches`): all of them in the page made a
    phone index ~400 options' words and render ~400 labels as it loaded."""
    return [
        o
        for o in territory_options(level)
        if len(o["value"]) != POWIAT_CODE_LENGTH or o["value"] == chosen
    ]


def territory_matches(level: str, query: str, chosen: str) -> list[dict]:
    """The options whose search text holds every word typed (diacritics ignored), with the
    chosen one (the picker drops a value that is not among its options); without a query,
    :func:`territory_choices`."""
    words = fold(query).split()
    if not words:
        return territory_choices(level, chosen)
    return [
        o
        for o in territory_options(level)
        if o["value"] == chosen or all(w in fold(o["search"]) for w in words)
    ]


@lru_cache(maxsize=8)
def _territory_options(repo: Repository, level: str, _language: str) -> list[dict]:
    """Cached per repository (a dataset version), level and language: sorting by ICU keys
    costs ~10 ms, and every change of the view's level asks for them again."""
    units = repo.units
    options = [_territory_option(t("analiza.territory.all"), WHOLE_COUNTRY, "country")]
    if level == "wojewodztwo":
        return options
    voivodeships = sort_frame(units.filter(pl.col("level") == "wojewodztwo"))
    powiaty = sort_frame(units.filter(pl.col("level") == "powiat")) if level == "gmina" else None
    for woj in voivodeships.iter_rows(named=True):
        options.append(
            _territory_option(territory_label(woj["level"], woj["kind"], woj["name"]), woj["code"])
        )
        if powiaty is None:
            continue
        for row in powiaty.filter(pl.col("woj_code") == woj["code"]).iter_rows(named=True):
            name = territory_label(row["level"], row["kind"], row["name"])
            label = t("analiza.territory.in_woj", name=name, woj=woj["name"])
            options.append(_territory_option(label, row["code"], "powiat"))
    return options


def _territory_option(label: str, code: str, kind: str = "woj") -> dict:
    """One option of the territory picker; the class indents powiaty under their voivodeship."""
    return {
        "label": html.Span(label, className=f"territory-option territory-{kind}"),
        "value": code,
        "search": search_text(label),
    }


def search_text(label: str) -> str:
    """The label and the words it has with diacritics, without them ("powiat bielski
    (śląskie) (slaskie)"), so that "slaskie" finds "śląskie". Each word once: the picker
    indexes every substring of every word when the page mounts (~400 options: a phone's
    main thread paid for the label's plain words twice)."""
    words = label.lower().split()
    plain = [w for w in fold(label).split() if w not in words]
    return " ".join([label, *plain])


def stored_state(repo: Repository, data: object) -> ViewState:
    """The view state held in the page's store, checked against the catalogue (the browser
    sends the store back and can send anything)."""
    return state_from_store(data, catalogue_for_state(repo))


def change_state(repo: Repository, old: ViewState, action: Action) -> ViewState:
    """The state after one user action (its ``value`` as the browser sent it: anything, so
    each change checks its type and the catalogue)."""
    change = STATE_CHANGES.get(action.kind) if isinstance(action, Action) else None
    return change(old, action.value, catalogue_for_state(repo)) if change else old


def _new_indicator(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    if untrusted.text(value) not in catalogue.indicators:
        return old
    years = catalogue.years.get(value, ())
    level = old.poziom if old.poziom in catalogue.levels[value] else "gmina"
    return replace(old, wskaznik=value, rok=old.rok if old.rok in years else None, poziom=level)


def _new_level(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    if value not in LEVELS or value == old.poziom:
        return old
    territory = old.teren if old.teren and territory_fits(old.teren, value, catalogue) else ""
    return replace(old, poziom=value, teren=territory, jst=())


def _new_territory(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    territory = untrusted.text(value, 20)
    fits = territory and territory_fits(territory, old.poziom, catalogue)
    return replace(old, teren=territory if fits else "")


def _new_group(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    return replace(old, grupa=value) if value in GROUPS else old


def _new_classes(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    return replace(old, klasy=value) if value in CLASS_METHODS else old


def _new_year(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    years = catalogue.years.get(old.wskaznik, ())
    year = untrusted.year(value)
    if year not in years:
        return old
    return replace(old, rok=None if year == default_year(years) else year)


def _next_year(old: ViewState, _value, catalogue: Catalogue) -> ViewState:
    """One step of the year play: the following year; the last year stays (the play stops)."""
    years = list(catalogue.years.get(old.wskaznik, ()))
    if not years:
        return old
    current = old.rok if old.rok in years else default_year(years)
    following = years[min(years.index(current) + 1, len(years) - 1)]
    return replace(old, rok=None if following == default_year(years) else following)


def play_start(repo: Repository, state: ViewState) -> ViewState:
    """The state a year play starts from: the view's year, or the first year when the view
    already shows the last one (a play runs forward to the last year and stops there)."""
    years = list(catalogue_for_state(repo).years.get(state.wskaznik, ()))
    if not years or view_context(repo, state).year != years[-1]:
        return state
    return replace(state, rok=None if years[0] == default_year(years) else years[0])


def at_last_year(repo: Repository, state: ViewState) -> bool:
    years = catalogue_for_state(repo).years.get(state.wskaznik, ())
    return not years or view_context(repo, state).year == years[-1]


def _toggle_clicked(old: ViewState, value, catalogue: Catalogue, key: str) -> ViewState:
    """A click on a unit of a figure (its code under ``key`` of the first point) selects it,
    or unselects it."""
    points = untrusted.records((untrusted.mapping(value) or {}).get("points"))
    code = untrusted.text(points[0].get(key), 20) if points else None
    return toggle_unit(old, code) if catalogue.unit_levels.get(code) == old.poziom else old


def _map_click(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    return _toggle_clicked(old, value, catalogue, "location")


def _grid_selection(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    if not isinstance(value, list):
        return old
    codes = [untrusted.text(row.get("code"), 20) for row in untrusted.records(value)]
    codes = [c for c in codes if catalogue.unit_levels.get(c) == old.poziom]
    ordered = [c for c in old.jst if c in codes] + [c for c in codes if c not in old.jst]
    return replace(old, jst=tuple(ordered[:MAX_SELECTED]))


def _cleared(old: ViewState, _value, catalogue: Catalogue) -> ViewState:
    return replace(old, jst=())


def _new_chart(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    return replace(old, wykres=value) if value in CHARTS else old


def _new_x(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    x = untrusted.text(value, 200)
    fits = x in catalogue.indicators and old.poziom in catalogue.levels.get(x, ())
    return replace(old, x=x) if fits else old


def _new_log(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    return replace(old, log=value) if value in LOG_AXES else old


def _scatter_click(old: ViewState, value, catalogue: Catalogue) -> ViewState:
    """A point of the scatter carries its unit's code: a click selects it as on the map."""
    return _toggle_clicked(old, value, catalogue, "customdata")


# Action → the change it makes.
STATE_CHANGES = {
    ActionKind.INDICATOR: _new_indicator,
    ActionKind.LEVEL: _new_level,
    ActionKind.TERRITORY: _new_territory,
    ActionKind.GROUP: _new_group,
    ActionKind.CLASSES: _new_classes,
    ActionKind.YEAR: _new_year,
    ActionKind.NEXT_YEAR: _next_year,
    ActionKind.MAP_CLICK: _map_click,
    ActionKind.SELECTION: _grid_selection,
    ActionKind.CLEAR: _cleared,
    ActionKind.CHART: _new_chart,
    ActionKind.X: _new_x,
    ActionKind.LOG: _new_log,
    ActionKind.SCATTER_CLICK: _scatter_click,
}


def rows_for(repo: Repository, state: ViewState) -> tuple[ViewContext, pl.DataFrame]:
    view = analiza_view(repo, state)
    return view.context, view.rows


def effective_territory(repo: Repository, state: ViewState) -> str:
    """A comparison group spans the country: it overrides the territory while it is shown."""
    return analiza_view(repo, state).territory


def legend_title(indicator: Indicator) -> str:
    direction = {
        Polarity.HIGHER_BETTER: t("analiza.legend.higher"),
        Polarity.LOWER_BETTER: t("analiza.legend.lower"),
    }.get(indicator.polarity, "")
    unit = localized_unit(indicator.unit)
    return f"{unit}<br><sub>{direction}</sub>" if direction else unit


def view_title(
    repo: Repository, state: ViewState, context: ViewContext, when: str | None = None
) -> str:
    """Indicator (unit), level, territory or group, year (or ``when``), and the
    demonstration label: what a figure and its exported image are titled."""
    demo = (
        f" — {t('demo.badge').upper()}" if context.indicator.provenance == Provenance.DEMO else ""
    )
    return (
        f"{localized_name(context.indicator)} ({localized_unit(context.indicator.unit)}), "
        f"{view_place(repo, state)}, {when or context.year}{demo}"
    )


def view_place(repo: Repository, state: ViewState) -> str:
    """The level and the territory or comparison group of a view: "gminy, powiat bolesławiecki"."""
    where = ""
    view = analiza_view(repo, state)
    territory = view.territory
    if view.members:
        reference = repo.unit(state.jst[0])
        where = ", " + t(f"analiza.group.title.{state.grupa}", name=reference.name)
    elif territory:
        unit = repo.unit(territory)
        where = f", {territory_label(unit.level, unit.kind, unit.name)}"
    return f"{t(f'level.plural.{state.poziom}')}{where}"


def map_update(
    repo: Repository, state: ViewState, frame: dict | None
) -> tuple[Patch, dict, str, str]:
    """A ``Patch`` with the values of the view (geometry only when the level changes), the
    new frame, what the classes leave unsaid (a skewed scale, clipped units) and the file name
    of the map's image."""
    view = analiza_view(repo, state)
    indicator, territory, classes = view.indicator, view.territory, view.classes
    new_frame = {"level": state.poziom, "territory": territory, "group": list(view.members)}
    colours = palette(indicator.polarity, max(len(classes.breaks) - 1, 1))
    significance = (
        map_significance(repo, state, view.year, (territory, view.members))
        if state.klasy == SIGNIFICANCE
        else None
    )
    if significance and significance.classes:
        colours = significance.colours
    title = view_title(repo, state, view.context)
    patch = layers_patch(
        view.map_layers,
        classes,
        colours,
        indicator.decimals,
        localized_unit(indicator.unit),
        title,
        list(state.jst),
        significance.legend if significance and significance.classes else legend_title(indicator),
        with_frame=frame != new_frame,
        fixed_classes=significance.fixed if significance and significance.classes else None,
    )
    moved = not frame or (frame.get("level"), frame.get("territory")) != (state.poziom, territory)
    if moved:
        for trace in range(TRACE_COUNT):
            patch["data"][trace]["geojson"] = geometry_url(state.poziom)
        place = territory_view(territory)
        patch["layout"]["map"]["center"] = place["center"]
        patch["layout"]["map"]["zoom"] = place["zoom"]
        patch["layout"]["meta"]["fitZoom"] = place["zoom"]
        patch["layout"]["meta"]["fitBounds"] = place["bounds"]
        patch["layout"]["uirevision"] = f"{state.poziom}-{territory}"
    patch["layout"]["annotations"] = [source_annotation(indicator)]
    patch["layout"]["margin"]["b"] = source_margin(indicator)
    for key, value in picture_meta(repo, state, "mapa", title).items():
        patch["layout"]["meta"][key] = value
    note = significance.note if significance else class_note(classes, state.klasy, indicator)
    return patch, new_frame, note, image_name(state, view.year)


def picture_meta(repo: Repository, state: ViewState, kind: str, title: str) -> dict[str, str]:
    """The ``layout.meta`` that names a figure's picture (``kind``: mapa, szereg) and its
    text: the page shows the picture until the reader points at the figure
    (``assets/scripts/lazy-components.js``). Its address holds the state, the language and
    the dataset, so a browser may keep it."""
    dataset = repo.built_dir.name if repo.built_dir else ""
    params = to_params(state) | {"lang": current_language(), "v": dataset}
    meta = {
        "picture": urls.analiza_picture(kind, params),
        "pictureAlt": t(f"analiza.picture.{kind}", title=" ".join(title.split("<br>"))),
    }
    if kind == "mapa":  # a phone's map has its legends below it (map-fit.js)
        meta["pictureNarrow"] = urls.analiza_picture(kind, params | {"szer": str(NARROW_MAP)})
    return meta


def first_map(repo: Repository, state: ViewState) -> dict:
    """The map as the page's layout has it: its frame without values (the map's callback
    patches them in) and the name of its picture."""
    figure = base_map(state.poziom, state.teren, "")
    title = view_title(repo, state, analiza_view(repo, state).context)
    figure["layout"]["meta"] |= picture_meta(repo, state, "mapa", title)
    return figure


def map_figure(repo: Repository, state: ViewState) -> dict:
    """The map's whole figure for a state: the empty map with the values the browser patches
    in (what the page draws once the map's callback has answered)."""
    patch = map_update(repo, state, None)[0]
    return applied(base_map(state.poziom, state.teren, ""), patch.to_plotly_json())


PICTURES = ("mapa", "szereg")
NARROW_MAP = 360  # the width of a phone's map picture (a 390 px screen's, about)


def picture(repo: Repository, state: ViewState, kind: str, width: int | None = None) -> str:
    """The SVG picture of a state's map or series (``kind``: one of :data:`PICTURES`); the
    map at its desktop width, or :data:`NARROW_MAP` wide when ``width`` asks for that."""
    if kind == "mapa":
        map_width = NARROW_MAP if width == NARROW_MAP else DESIGN_WIDTH
        return map_svg(map_figure(repo, state), state.poziom, map_width)
    return series_svg(series_update(repo, state)[0])


def territory_and_members(repo: Repository, state: ViewState) -> tuple[str, tuple[str, ...]]:
    """The view's territory and comparison group (what a funnel of the view is drawn for)."""
    view = analiza_view(repo, state)
    return view.territory, view.members


def class_note(classes: Classes, asked: str, indicator: Indicator) -> str:
    """What the map's classes hide: equal widths that paint almost every unit one colour,
    the units clipped into the end classes, or logarithmic classes that could not be drawn."""

    def fmt(value: float) -> str:
        return format_value(value, indicator.decimals, indicator.unit)

    if asked == "logarytmiczne" and classes.method != asked:
        return t("analiza.classes.log_impossible")
    if classes.skewed:
        # floored: "99,8 %" rather than a rounded "100 %" that hides the other classes
        share = format_number(math.floor(classes.largest_share * 1000) / 10, 1)
        return t("analiza.classes.skewed", share=f"{share}\u00a0%")
    if classes.clipped and len(classes.breaks) > 1:
        return t(
            "analiza.classes.clipped",
            low=fmt(classes.breaks[0]),
            high=fmt(classes.breaks[-1]),
            below=t_count("count.units", classes.below),
            above=t_count("count.units", classes.above),
        )
    return ""


def source_line(indicator: Indicator) -> str:
    """The source and licence line every figure and exported image carries."""
    source = t("analiza.image.source", source=localized_text(indicator, "source"))
    if indicator.provenance == Provenance.DEMO:
        return f"{source} {t('analiza.image.demo')}"
    return f"{source} {t('analiza.image.licence')}"


SOURCE_LINE_CHARS = 75  # about 400 px at 10 px: the series chart of a desktop window
SOURCE_NOTE = "source"
SOURCE_LINE_PX = 13


def source_annotation(
    indicator: Indicator,
    below_plot_px: int = 4,
    left_px: int = 0,
    line: str | None = None,
    chars: int = SOURCE_LINE_CHARS,
) -> dict:
    """The source line under a figure (``line``, else the indicator's, in lines of ``chars``),
    ``below_plot_px`` under its plot area (past the axis labels and legend) in the room
    :func:`source_margin` adds to the bottom margin, and from the figure's left edge
    (``left_px``: the left margin) so that it has the whole width."""
    return {
        # named, so that a narrow chart wraps it again to its width (assets/scripts/map-fit.js)
        "name": SOURCE_NOTE,
        "text": wrap_text(line or source_line(indicator), chars),
        "xref": "paper",
        "yref": "paper",
        "x": 0,
        "y": 0,
        "xanchor": "left",
        "yanchor": "top",
        "yshift": -below_plot_px,
        "xshift": 4 - left_px,
        "align": "left",
        "showarrow": False,
        "font": {"size": 10, "color": "#444"},
    }


def source_margin(
    indicator: Indicator, line: str | None = None, chars: int = SOURCE_LINE_CHARS
) -> int:
    """The bottom margin the source line (``line``, else the indicator's) needs."""
    lines = wrap_text(line or source_line(indicator), chars).count("<br>") + 1
    return 6 + SOURCE_LINE_PX * lines


def image_name(state: ViewState, years: int | str, suffix: str = "") -> str:
    """An image's file name (no extension): indicator, level, territory, year(s), e.g.
    ``podatek-nieruchomosci-na-mieszkanca_gminy_2023``."""
    place = f"_{state.teren}" if state.teren else ""
    return f"{state.wskaznik}_{GEOMETRY_FILES[state.poziom]}{place}_{years}{suffix}"


def column_defs(indicator: Indicator, first_year: int) -> list[dict]:
    """Grid columns; numbers are formatted in the browser (``plNumber`` in
    ``assets/scripts/grid-functions.js``) so rows travel as plain numbers. The value comes
    right after the name: on a phone both fit the screen, the other columns scroll."""
    d = indicator.decimals
    fmt = "enNumber" if current_language() == "en" else "plNumber"
    suspect, flag = json.dumps(t("status.suspect")), json.dumps(f" ({t('analiza.suspect_short')})")
    signed_format = f"params.value == null ? '–' : {fmt}(params.value, {d}, true)"
    number = {"type": "rightAligned", "filter": "agNumberColumnFilter"}
    return [
        {
            "field": "name",
            "headerName": t("analiza.col.name"),
            "minWidth": 135,
            "filter": "agTextColumnFilter",
            "comparator": {"function": "polishOrder(valueA, valueB)"},
        },
        {
            "field": "value",
            "headerName": f"{t('analiza.col.value')} [{localized_unit(indicator.unit)}]",
            # no value: the status in words; a suspect value: the number with a short flag
            "valueFormatter": {
                "function": f"params.value == null ? params.data.s : {fmt}(params.value, {d})"
                f" + (params.data.s === {suspect} ? {flag} : '')"
            },
            "minWidth": 120,
            **number,
        },
        {"field": "code", "headerName": t("analiza.col.code"), "minWidth": 100},
        {"field": "rank", "headerName": t("analiza.col.rank"), "minWidth": 80, **number},
        {
            "field": "pct",
            "headerName": t("analiza.col.percentile"),
            "headerTooltip": t("analiza.col.percentile_help"),
            "minWidth": 115,
            **number,
        },
        {
            "field": "dp",
            "headerName": t("analiza.col.change_previous"),
            "valueFormatter": {"function": signed_format},
            "minWidth": 115,
            **number,
        },
        {
            "field": "df",
            "headerName": t("analiza.col.change_first", year=first_year),
            "valueFormatter": {"function": signed_format},
            "minWidth": 115,
            **number,
        },
        {
            "field": "s",
            "headerName": t("analiza.col.status"),
            "headerTooltip": t("analiza.col.status_help"),
            "minWidth": 130,
            "filter": "agTextColumnFilter",
        },
        {
            "field": "p",
            "headerName": t("analiza.col.provenance"),
            "minWidth": 140,
            "maxWidth": 170,
        },
    ]


def status_texts() -> dict[str, str]:
    """The status column's words for each quality flag: every flag by its name, except that a
    real or demonstration value is just "wartość" (demonstration data are named in the
    provenance column)."""
    texts = {q.value: t(f"quality.{q.value}") for q in Quality}
    value = t("analiza.status.value")
    return texts | {Quality.REAL.value: value, Quality.DEMO.value: value}


def table_records(rows: pl.DataFrame, decimals: int) -> list[dict]:
    """Grid rows with short keys and rounded numbers: the table is sent on every change. A
    suspect value keeps its number (the grid adds its flag) but has no rank or percentile."""
    provenance_text = {"real": t("real.badge"), "demo": t("demo.badge")}
    frame = rows.select(
        "code",
        "name",
        pl.col("value").round(decimals),
        "rank",
        pl.col("percentile").alias("pct"),
        pl.col("change_previous").round(decimals).alias("dp"),
        pl.col("change_first").round(decimals).alias("df"),
        pl.col("quality").replace_strict(status_texts(), default=None).alias("s"),
        pl.col("provenance").replace_strict(provenance_text, default=None).alias("p"),
    )
    return frame.to_dicts()


def table_update(repo: Repository, state: ViewState) -> tuple[list, list, str]:
    """Rows and columns of the grid (the map's table twin) and a one-line summary."""
    view = analiza_view(repo, state)
    context, rows, indicator = view.context, view.rows, view.indicator
    first_year = rows["first_year"][0] if rows.height else context.year
    text = view_summary(repo, state)
    records, columns = table_records(rows, indicator.decimals), column_defs(indicator, first_year)
    if view.x is not None:  # the scatter's table twin: its x values next to the values
        records = with_x_values(records, view.x.rows, view.x.indicator.decimals)
        columns.insert(2, x_column_def(view.x.indicator, view.x.year, context.year))
    if state.klasy == SIGNIFICANCE:
        where = (view.territory, view.members)
        records, columns = with_significance(repo, state, context.year, where, records, columns)
    return records, columns, text


def view_summary(repo: Repository, state: ViewState) -> str:
    """The view's one-line summary (the page's layout paints it before its callbacks run)."""
    view = analiza_view(repo, state)
    text = summary(view.rows, view.indicator, state, view.context)
    if state.grupa and not state.jst:
        text = f"{t('analiza.group.needs_unit')} {text}"
    return text


def map_image_name(repo: Repository, state: ViewState) -> str:
    """The file name of the map's image for the state (the layout's graph config has it)."""
    return image_name(state, analiza_view(repo, state).year)


def summary(
    rows: pl.DataFrame, indicator: Indicator, state: ViewState, context: ViewContext
) -> str:
    """A sentence that describes the view, for everyone and for screen readers."""
    with_value = rows.filter(pl.col("status") == "value").sort("value")
    if not with_value.height:
        return t("analiza.summary.empty", year=context.year) + suspect_note(rows)
    top, bottom = with_value.row(-1, named=True), with_value.row(0, named=True)
    return t(
        "analiza.summary",
        count=with_value.height,
        total=rows.height,
        year=context.year,
        level=t(f"level.plural.{state.poziom}"),
        median=format_value(with_value["value"].median(), indicator.decimals, indicator.unit),
        top=top["name"],
        top_value=format_value(top["value"], indicator.decimals, indicator.unit),
        bottom=bottom["name"],
        bottom_value=format_value(bottom["value"], indicator.decimals, indicator.unit),
    ) + suspect_note(rows)


def suspect_note(rows: pl.DataFrame) -> str:
    """A sentence naming the view's suspect units (they are not in the counts above), or
    nothing."""
    names = sort_frame(rows.filter(pl.col("status") == "suspect"))["name"].to_list()
    if not names:
        return ""
    shown = names[:MAX_SUSPECT_NAMED] + (["…"] if len(names) > MAX_SUSPECT_NAMED else [])
    return " " + t("analiza.summary.suspect", names=", ".join(shown))


def distinct_names(units: list[Unit]) -> dict[str, str]:
    """Legend labels of the selected units: the name, with the kind where two selected units
    share it (the urban and the rural gmina Bolesławiec), and the code if that is not enough."""

    def with_kind(unit: Unit) -> str:
        return f"{unit.name} ({localized_kind(unit.kind)})"

    names = Counter(u.name for u in units)
    kinds = Counter(with_kind(u) for u in units)
    labels = {}
    for unit in units:
        label = unit.name if names[unit.name] == 1 else with_kind(unit)
        labels[unit.code] = f"{label}, {unit.code}" if kinds[with_kind(unit)] > 1 else label
    return labels


def series_update(repo: Repository, state: ViewState) -> tuple[dict, str]:
    """The chart of the selected units over the years, and the file name of its image."""
    context = analiza_view(repo, state).context
    indicator = context.indicator
    values = repo.indicator_values(indicator.id)
    series = unit_series(values, list(state.jst))
    names = distinct_names([u for u in map(repo.unit, state.jst) if u is not None])
    # A total (no denominator) of Poland dwarfs any unit: show it only for ratios.
    poland = (
        values.filter(pl.col("level") == "kraj", pl.col("status") == "value")
        .select("year", "value")
        .sort("year")
    )
    if indicator.is_total:
        poland = poland.clear()
    median = view_median_series(values, state.poziom, state.teren)
    span = f"{context.years[0]}–{context.years[-1]}"
    title = view_title(repo, state, context, span)
    figure = series_figure(
        series,
        names,
        poland,
        median,
        localized_unit(indicator.unit),
        title,
        t("analiza.median", level=t(f"level.plural.{state.poziom}")),
    )
    layout = figure["layout"]
    bottom, axis_and_legend = source_margin(indicator), layout["margin"]["b"]
    layout["margin"]["b"] += bottom
    layout["height"] += bottom
    layout["legend"]["y"] = bottom / layout["height"]  # the source line below the legend
    layout["annotations"] = [source_annotation(indicator, axis_and_legend, layout["margin"]["l"])]
    if not state.jst:
        # Between the title and the plot, in a line of its own: it never covers the lines.
        hint = wrap_text(t("analiza.series_hint"))
        figure["layout"]["margin"]["t"] += 18 * (hint.count("<br>") + 1)
        figure["layout"]["annotations"] += [
            {
                "text": hint,
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "xanchor": "left",
                "y": 1,
                "yanchor": "bottom",
                "yshift": 6,
                "showarrow": False,
                "font": {"size": 12, "color": "#444"},
            }
        ]
    layout["meta"] = picture_meta(repo, state, "szereg", title)
    return figure, image_name(state, f"{context.years[0]}-{context.years[-1]}")


EXPORT_YEARS = ("rok", "wszystkie")  # the view's year, or every year of the indicator


def export_view(
    repo: Repository, state: ViewState, fmt: str, today: date, years: str = "rok"
) -> tuple[bytes, str]:
    """The bytes and file name of an export of the current view: its year, or with ``years``
    ``"wszystkie"`` every year of the indicator (long format, one row per unit and year).
    Spreadsheets get values rounded to the indicator's precision, Parquet full precision."""
    view = analiza_view(repo, state)
    context, rows, indicator = view.context, view.rows, view.indicator
    sources = repo.value_sources(indicator.id)
    if years == "wszystkie":
        territory, members = view.territory, view.members
        frame = pl.concat(
            exports.export_frame(
                cached_rows(repo, indicator.id, state.poziom, year, territory, members),
                indicator,
                year,
                sources,
            )
            for year in context.years
        )
        span: int | str = f"{context.years[0]}-{context.years[-1]}"
    else:
        frame, span = exports.export_frame(rows, indicator, context.year, sources), context.year
    x_indicator = view.x.indicator if view.x is not None else None
    if x_indicator is not None:  # the scatter's two columns: its x values beside the values
        view_years = context.years if years == "wszystkie" else [context.year]
        frame = frame.join(x_export(repo, view, view_years), on=["kod_teryt", "rok"], how="left")
    if fmt == "parquet":
        content, ext = exports.to_parquet(frame), "parquet"
    elif fmt == "xlsx":
        service = repo.service(indicator.service_id)
        metadata = exports.metadata_rows(
            indicator,
            sources,
            repo.area(service.area_id).name,
            service.name,
            state.poziom,
            span if isinstance(span, int) else span.replace("-", "–"),
            state.teren,
            today,
        )
        if x_indicator is not None:
            metadata += exports.x_metadata_rows(x_indicator)
        content = exports.to_xlsx(rounded(frame, indicator, x_indicator), metadata)
        ext = "xlsx"
    else:
        spreadsheet = rounded(frame, indicator, x_indicator)
        content = (exports.to_csv_excel_pl if fmt == "csv-pl" else exports.to_csv)(spreadsheet)
        ext = "csv"
    name = exports.file_name(indicator, state.poziom, span, state.teren, ext, x_indicator)
    if fmt == "csv-pl":
        name = name.replace(".csv", "_excel.csv")
    return content, name


def rounded(frame: pl.DataFrame, indicator: Indicator, x_indicator: Indicator | None):
    """A spreadsheet's values rounded to the precision of their indicators."""
    frame = exports.rounded(frame, indicator.decimals)
    return exports.rounded_x(frame, x_indicator.decimals) if x_indicator else frame


def with_x_values(records: list[dict], x_frame: pl.DataFrame, decimals: int) -> list[dict]:
    """Grid rows with the x indicator's value (``x``) and its status in words (``xs``)."""
    texts = status_texts()
    found = {
        code: (None if value is None else round(value, decimals), texts.get(quality))
        for code, value, quality in x_frame.select("code", "value", "quality").iter_rows()
    }
    missing = (None, texts.get(Quality.NO_DATA.value))
    return [r | dict(zip(("x", "xs"), found.get(r["code"], missing), strict=True)) for r in records]


def x_column_def(x_indicator: Indicator, paired: int, year: int) -> dict:
    """The grid column of the scatter's x values (its year named when it is not the view's)."""
    d = x_indicator.decimals
    fmt = "enNumber" if current_language() == "en" else "plNumber"
    suspect, flag = json.dumps(t("status.suspect")), json.dumps(f" ({t('analiza.suspect_short')})")
    when = f", {paired}" if paired != year else ""
    return {
        "field": "x",
        "headerName": f"{localized_name(x_indicator)} [{localized_unit(x_indicator.unit)}]{when}",
        "valueFormatter": {
            "function": f"params.value == null ? params.data.xs : {fmt}(params.value, {d})"
            f" + (params.data.xs === {suspect} ? {flag} : '')"
        },
        "minWidth": 150,  # a long indicator name with its unit and year
        "type": "rightAligned",
        "filter": "agNumberColumnFilter",
    }


def x_export(repo: Repository, view: AnalizaView, years: list[int]) -> pl.DataFrame:
    """The x indicator's columns of an export, one row per unit and year of the view."""
    parts = []
    for year in years:
        x = x_rows(repo, view.state, view.territory, view.members, year)
        parts.append(exports.x_export_frame(x.rows, x.indicator, year, x.year))
    return pl.concat(parts)


def scatter_update(repo: Repository, state: ViewState) -> tuple[dict, str, str]:
    """The scatter of the view's indicator against the x indicator, the file name of its
    image, and its text summary (ρ, its strength in words, n, what was left out)."""
    view = analiza_view(repo, state)
    context, rows = view.context, view.rows
    x = view.x or x_rows(repo, state, view.territory, view.members, context.year)
    y_indicator, x_indicator, paired = context.indicator, x.indicator, x.year
    shown, off_log = scatter.plotted(scatter.scatter_frame(rows, x.rows), state.log)
    stats = scatter.scatter_stats(shown, state.log, off_log)
    demo_rows = shown.filter(
        (pl.col("provenance") == Provenance.DEMO.value)
        | (pl.col("x_provenance") == Provenance.DEMO.value)
    )
    demo = bool(demo_rows.height) or Provenance.DEMO in (
        y_indicator.provenance,
        x_indicator.provenance,
    )
    texts = scatter.ScatterTexts(
        title=t(
            "analiza.scatter.title",
            y=localized_name(y_indicator),
            x=localized_name(x_indicator),
            place=view_place(repo, state),
            year=context.year,
        )
        + (f" — {t('demo.badge').upper()}" if demo else ""),
        x=axis_text(x_indicator, paired if paired != context.year else None),
        y=axis_text(y_indicator),
        units=t(f"level.plural.{state.poziom}"),
        suspect=t("analiza.scatter.suspect"),
        selected=t("analiza.selected"),
        trend=t("analiza.scatter.trend"),
    )
    names = distinct_names([u for u in map(repo.unit, state.jst) if u is not None])
    figure = scatter.scatter_figure(shown, stats, list(state.jst), names, texts, state.log)
    layout = figure["layout"]
    line, chars = scatter_source_line(y_indicator, x_indicator, demo), SCATTER_SOURCE_CHARS
    bottom, axis = source_margin(y_indicator, line, chars), layout["margin"]["b"]
    layout["margin"]["b"] += bottom
    layout["height"] += bottom
    layout["annotations"] = [
        source_annotation(y_indicator, axis, layout["margin"]["l"], line, chars)
    ]
    name = image_name(state, context.year, f"_wobec_{state.x}")
    return figure, name, scatter_summary(stats, x_indicator, paired, context.year, state.log)


def axis_text(indicator: Indicator, year: int | None = None) -> scatter.AxisText:
    """An axis of the scatter: the indicator, its unit, its year when it is not the view's."""
    unit = localized_unit(indicator.unit)
    when = f", {year}" if year else ""
    demo = f" ({t('demo.badge')})" if indicator.provenance == Provenance.DEMO else ""
    return scatter.AxisText(
        f"{localized_name(indicator)} [{unit}]{when}{demo}", indicator.decimals, unit
    )


SCATTER_SOURCE_CHARS = 62  # two sources: lines that fit a phone (about 360 px at 10 px)


def scatter_source_line(y_indicator: Indicator, x_indicator: Indicator, demo: bool) -> str:
    """The source line of the scatter: both indicators' sources, and the demonstration
    label when either axis shows demonstration values."""
    sources = [localized_text(i, "source") for i in (y_indicator, x_indicator)]
    source = t("analiza.image.source", source="; ".join(dict.fromkeys(sources)))
    return f"{source} {t('analiza.image.demo' if demo else 'analiza.image.licence')}"


def scatter_summary(
    stats: scatter.ScatterStats, x_indicator: Indicator, paired: int, year: int, log: str
) -> str:
    """The scatter in words: "ρ = 0,42 (umiarkowana dodatnia zależność), n = 2 477." and the
    method, what was left out, and the x indicator's year when it is not the view's."""
    if stats.rho is None:
        parts = [t("analiza.scatter.summary.none", n=format_number(stats.n))]
    else:
        direction = t(f"analiza.scatter.{'positive' if stats.rho >= 0 else 'negative'}")
        parts = [
            t(
                "analiza.scatter.summary",
                rho=format_number(stats.rho, 2),
                strength=t(
                    "analiza.scatter.relation",
                    strength=t(f"analiza.scatter.strength.{scatter.strength(stats.rho)}"),
                    direction=direction,
                ),
                n=format_number(stats.n),
            ),
            t("analiza.scatter.method.log" if log else "analiza.scatter.method"),
        ]
    if stats.suspect:
        parts.append(t("analiza.scatter.suspect_note", count=format_number(stats.suspect)))
    if stats.off_log:
        parts.append(t("analiza.scatter.off_log", count=format_number(stats.off_log)))
    if paired != year:
        parts.append(
            t("analiza.scatter.x_year", x=localized_name(x_indicator), year=paired, view=year)
        )
    return " ".join(parts)
