"""The profile's "Raport o stanie gminy za rok …" form: year, areas, comparison group and the
user's targets, with a preview of what the pack will hold and its links
(``/raport/<teryt>/stan-gminy-<rok>.zip?obszary=…&grupa=…&cele=…``).

The form's values go through the report routes' own parser (``reports.options``), as in the
report form (``reports.form``), so the preview shows exactly what the route does.
Gminy only: art. 28aa concerns gminy; other units get a note instead of the form."""

from __future__ import annotations

from enum import StrEnum

import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html

from accounts.auth import signed_in_user
from data_access import peers
from data_access.catalogue_model import Provenance
from data_access.repository import Repository, Unit, get_repository
from i18n import localized_name, t, t_count
from reports.content import data_years
from reports.form import (
    MAX_FIELD,
    Preview,
    areas_field,
    group_select,
    parse_qs_dict,
    preview_box,
    preview_children,
    report_areas,
    year_field,
)
from reports.options import parse_options
from reports.pack import PACK_LEVELS, goal_text, pack_query
from reports.pack_routes import NO_TARGETS, pack_targets, parse_target_ids, zip_path
from security import untrusted

TARGET_LABEL_CHARS = 120


class Ids(StrEnum):
    YEAR = "pack-form-year"
    AREAS = "pack-form-areas"
    GROUP = "pack-form-group"
    TARGETS = "pack-form-targets"
    CONTEXT = "pack-form-context"  # the unit's code and the profile's group query
    PREVIEW = "pack-form-preview"


def default_year(repo: Repository) -> int:
    """The latest year with values of at least half of the real indicators (the newest year
    often holds only the few indicators published first)."""
    known = repo.indicator_years()
    last_years = sorted(
        max(known[i.id])
        for i in repo.indicators
        if i.provenance != Provenance.DEMO and known.get(i.id)
    )
    return last_years[len(last_years) // 2] if last_years else data_years(repo)[1]


def user_targets(repo: Repository, user, code: str) -> list[tuple[int, str]]:
    """(id, label) of the user's targets for the unit, offered in the form, e.g.
    „Dochody własne na 1 mieszkańca: co najmniej 5 000 zł w 2030 r.”."""
    choices = []
    for assessment in pack_targets(user, code, None) if user else []:
        target, indicator = assessment.target, repo.indicator(assessment.target.indicator_id)
        if target.id is not None and indicator is not None:
            label = f"{localized_name(indicator)}: {goal_text(assessment, indicator)}"
            choices.append((target.id, label[:TARGET_LABEL_CHARS]))
    return choices


def targets_field(user, choices: list[tuple[int, str]]) -> html.Fieldset:
    legend = html.Legend(t("pack_form.targets"), className="small fw-semibold")
    if user is None or not choices:
        note = "pack_form.targets_anonymous" if user is None else "pack_form.targets_none"
        return html.Fieldset(
            [
                legend,
                html.P(t(note), className="small text-muted mb-1"),
                # the callback's input, empty and hidden
                dcc.Checklist(id=Ids.TARGETS, options=[], value=[], style={"display": "none"}),
            ],
            className="mb-2",
        )
    return html.Fieldset(
        [
            legend,
            dbc.Checklist(
                id=Ids.TARGETS,
                options=[{"label": label, "value": value} for value, label in choices],
                value=[value for value, _ in choices],
                className="small",
            ),
        ],
        className="mb-2",
    )


def pack_form(repo: Repository, unit: Unit, group_query: str) -> html.Details:
    """The form, folded under the report form; for units other than gminy, a note."""
    if unit.level not in PACK_LEVELS:
        return html.P(t("pack_form.gmina_only"), className="small text-muted d-print-none")
    low, high = data_years(repo)
    year = default_year(repo)
    areas = report_areas(repo)
    group = parse_qs_dict(group_query).get("grupa", peers.DEFAULT_GROUP)
    user = signed_in_user()
    choices = user_targets(repo, user, unit.code)
    chosen = [value for value, _ in choices]
    preview = pack_preview(repo, unit.code, group_query, year, areas, group, chosen, user)
    return html.Details(
        [
            html.Summary(t("pack_form.title")),
            html.Div(
                [
                    dcc.Store(id=Ids.CONTEXT, data={"code": unit.code, "group": group_query}),
                    html.P(t("pack_form.intro"), className="small"),
                    dbc.Row(
                        [
                            dbc.Col(
                                year_field(Ids.YEAR, "pack_form.year", range(low, high + 1), year),
                                xs=6,
                                md=3,
                            ),
                            group_select(Ids.GROUP, group),
                        ],
                        className="g-2 mb-2",
                    ),
                    areas_field(repo, Ids.AREAS, areas),
                    targets_field(user, choices),
                    preview_box(Ids.PREVIEW, preview, t("pack_form.html"), t("pack_form.download")),
                ],
                className="p-2",
            ),
        ],
        className="report-form pack-form border rounded mb-3 d-print-none",
        id="raport-o-stanie-gminy",
    )


def pack_preview(
    repo: Repository,
    code: str,
    group_query: str,
    year: object,
    areas: list[str],
    group: object,
    target_ids: list,
    user,
) -> Preview:
    """The pack's links and summary for the form's values."""
    if not areas:
        return Preview(None, None, [], [t("report_form.no_areas")])
    low, high = data_years(repo)
    chosen_year = untrusted.year(year if isinstance(year, int) else untrusted.clipped(year, 10))
    if chosen_year is None or not low <= chosen_year <= high:
        return Preview(
            None, None, [], [t("pack.bad_year", year=str(year)[:10], low=low, high=high)]
        )
    query = {
        **parse_qs_dict(group_query),
        "obszary": ",".join(areas) if set(areas) != set(report_areas(repo)) else "",
        "grupa": untrusted.clipped(group, 40),
    }
    options, notes = parse_options(query, report_areas(repo), (low, high))
    ids: list[int] | None = None
    if user:
        asked = ",".join(str(i) for i in target_ids) or NO_TARGETS
        ids = parse_target_ids(asked, notes)
    search = pack_query(options, ids)
    href = zip_path(code, chosen_year)
    lines = [
        t("pack_form.line.year", year=chosen_year, start=options.year_from or low),
        t("report_form.line.group", group=t(f"comparison.group.{options.group.group}")),
        t_count("pack_form.line.targets", len(ids)) if ids else t("pack_form.line.no_targets"),
        t("pack_form.line.contents"),
    ]
    return Preview(href.removesuffix(".zip") + search, href + search, lines, notes)


@callback(
    Output(Ids.PREVIEW, "children"),
    Input(Ids.YEAR, "value"),
    Input(Ids.AREAS, "value"),
    Input(Ids.GROUP, "value"),
    Input(Ids.TARGETS, "value"),
    State(Ids.CONTEXT, "data"),
    prevent_initial_call=True,
)
def update_pack_preview(year, areas, group, targets, context):
    """Glue: the form's values (strings from the browser) → the preview and the links."""
    repo = get_repository()
    context = context if isinstance(context, dict) else {}
    unit = repo.unit(untrusted.text(context.get("code"), 20))
    if unit is None or unit.level not in PACK_LEVELS:
        return [t("report_form.bad_request")]
    chosen = [a for a in areas if isinstance(a, str)] if isinstance(areas, list) else []
    ids = [i for i in targets if isinstance(i, int)] if isinstance(targets, list) else []
    preview = pack_preview(
        repo,
        unit.code,
        untrusted.text(context.get("group"), MAX_FIELD),
        year,
        chosen[:50],
        group,
        ids[:50],
        signed_in_user(),
    )
    return preview_children(preview, t("pack_form.html"), t("pack_form.download"))
