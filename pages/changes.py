"""``/co-nowego`` ("Co nowego w danych"): the dataset versions, newest first, each with what it
changed against the one before (indicators added and removed; values added, revised and
removed; per area, expandable to the indicators), or for the first version what it holds. The
facts are stored with each version (``data_access/changes.py``); ``/api/v1/changes`` serves the
same."""

from __future__ import annotations

import dash
from dash import dcc, html

from components.freshness import (
    area_names,
    change_history,
    change_parts,
    in_catalogue_order,
    made_text,
    totals,
)
from core import urls
from data_access.changes import VersionChanges
from data_access.repository import Repository, get_repository
from i18n import format_date, format_number, lazy_t, localized_name, t, t_count
from pages.about_data import table

dash.register_page(__name__, path=urls.CHANGES, title=lazy_t("changes.title"), order=92)

AREA_CHANGES = (
    "indicators_added",
    "indicators_removed",
    "indicators_changed",
    "values_added",
    "values_revised",
    "values_removed",
)
INDICATOR_CHANGES = ("values_added", "values_revised", "values_removed")
API_PATH = urls.api(urls.API_CHANGES)


def version_heading(version: VersionChanges, anchor: str) -> html.H2:
    made = format_date(version.made_at) if version.made_at else "–"
    return html.H2(
        t("changes.heading", date=made, made=made_text(version)), className="h4 mt-4", id=anchor
    )


def version_note(version: VersionChanges) -> html.P:
    label = t("changes.version", id=version.id) if version.id else t("changes.embedded")
    parts: list = [label]
    if version.current:
        parts += [" · ", html.Strong(t("changes.current"))]
    return html.P(parts, className="small text-muted mb-2")


def first_version_body(repo: Repository, version: VersionChanges) -> list:
    """What a first version holds, per area: indicators, values, real and demonstration."""
    sums = totals(version)
    areas = in_catalogue_order(repo, version.record.get("areas", {}))
    names = area_names(repo, areas)
    rows = [
        [
            name,
            format_number(c.get("indicators", 0)),
            format_number(c.get("values", 0)),
            format_number(c.get("values", 0) - c.get("demo_values", 0)),
            format_number(c.get("demo_values", 0)),
        ]
        for name, c in zip(names, areas.values(), strict=True)
    ]
    columns = ("area", "indicators", "values", "real_values", "demo_values")
    head = [t(f"changes.col.{c}") for c in columns]
    return [
        html.P(
            t(
                "changes.first",
                indicators=t_count("count.indicators", sums.get("indicators", 0)),
                values=t_count("count.values", sums.get("values", 0)),
                demo=format_number(sums.get("demo_values", 0)),
            )
        ),
        table(t("changes.first_caption"), head, rows, numeric=(1, 2, 3, 4)),
    ]


def indicator_name(repo: Repository, indicator_id: str) -> html.Span | dcc.Link:
    indicator = repo.indicator(indicator_id)
    if indicator is None:  # removed since: its id is all that is left
        return html.Code(indicator_id)
    return dcc.Link(localized_name(indicator), href=urls.indicator(indicator_id))


def indicators_details(repo: Repository, version: VersionChanges) -> html.Details | None:
    changed = {
        i: c for i, c in version.record.get("indicators", {}).items() if c.get("status") != "same"
    }
    if not changed:
        return None
    areas = area_names(repo, [c.get("area") for c in changed.values()])
    names = dict(zip(changed, areas, strict=True))
    rows = [
        [
            indicator_name(repo, indicator_id),
            names[indicator_id],
            t(f"changes.status.{c.get('status')}"),
            *(format_number(c.get(k, 0)) for k in INDICATOR_CHANGES),
        ]
        for indicator_id, c in changed.items()
    ]
    head = [t(f"changes.col.{c}") for c in ("indicator", "area", "status", *INDICATOR_CHANGES)]
    return html.Details(
        [
            html.Summary(t("changes.indicators", count=format_number(len(changed)))),
            table(t("changes.indicators", count=len(changed)), head, rows, numeric=(3, 4, 5)),
        ],
        className="mt-2",
    )


def change_body(repo: Repository, version: VersionChanges) -> list:
    sums = totals(version)
    areas = {
        a: c
        for a, c in in_catalogue_order(repo, version.record.get("areas", {})).items()
        if any(c.get(k) for k in AREA_CHANGES)
    }
    if not areas:
        return [html.P(t("changes.nothing"))]
    said = change_parts(sums)
    summary = said[:1].upper() + said[1:] + "."
    rows = [
        [name, *(format_number(c.get(k, 0)) for k in AREA_CHANGES)]
        for name, c in zip(area_names(repo, areas), areas.values(), strict=True)
    ]
    head = [t(f"changes.col.{c}") for c in ("area", *AREA_CHANGES)]
    return [
        html.P(summary),
        table(t("changes.caption"), head, rows, numeric=tuple(range(1, 7))),
        indicators_details(repo, version),
    ]


def version_section(repo: Repository, version: VersionChanges, n: int) -> html.Section:
    anchor = f"wersja-{n}"
    body = first_version_body(repo, version) if version.first else change_body(repo, version)
    return html.Section(
        [version_heading(version, anchor), version_note(version), *body],
        **{"aria-labelledby": anchor, "data-version": version.id},
        className="version-changes",
    )


def layout(**_) -> html.Div:
    repo = get_repository()
    history = change_history(repo)
    sections = [version_section(repo, v, n) for n, v in enumerate(history, 1)]
    return html.Div(
        [
            html.H1(t("changes.title"), className="h2"),
            html.P(t("changes.intro"), className="lead"),
            html.P(t("changes.tolerance"), className="small text-muted"),
            html.P(
                [
                    t("changes.api"),
                    " ",
                    html.A(html.Code(API_PATH), href=API_PATH),
                    ". ",
                    dcc.Link(t("changes.about_link"), href=urls.ABOUT_DATA + "#wersje"),
                ],
                className="small",
            ),
            *(sections or [html.P(t("changes.none_recorded"))]),
        ],
        className="data-changes",
    )
