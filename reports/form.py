"""Report forms: on the profile (areas, years, comparison group, all or key indicators) and
on the service card (unit, years, group), each with a preview of what the report will hold
and the links it opens (``/raport/<teryt>?obszary=…&od=…&do=…&grupa=…&wskazniki=…`` and
``.pdf``).

The controls are turned into a query and read back by ``reports.options.parse_options``,
the parser of the report routes themselves, so a form builds exactly the links a user could
type, and bad values (a forged callback) get the same Polish notes and fall back to the
defaults."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl, unquote

import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html

from core import urls
from data_access import peers
from data_access.repository import Repository, Unit, get_repository
from i18n import localized_name, t
from reports.content import data_years
from reports.options import CONTEXT_AREA, SCOPES, ReportOptions, options_query, parse_options
from security import untrusted

MAX_FIELD = 500


class Ids(StrEnum):
    # the profile's form
    AREAS = "report-form-areas"
    FROM = "report-form-from"
    TO = "report-form-to"
    GROUP = "report-form-group"
    SCOPE = "report-form-scope"
    CONTEXT = "report-form-context"  # the unit's code and the profile's group query
    PREVIEW = "report-form-preview"
    # the service card's form
    SERVICE_UNIT = "service-report-unit"
    SERVICE_FROM = "service-report-from"
    SERVICE_TO = "service-report-to"
    SERVICE_GROUP = "service-report-group"
    SERVICE_CONTEXT = "service-report-context"  # the service's id
    SERVICE_PREVIEW = "service-report-preview"


@dataclass(frozen=True)
class Preview:
    """What a form's current values make: the two links (None: nothing to open yet), what the
    report will hold, and notes on what was ignored."""

    html_href: str | None
    pdf_href: str | None
    lines: list[str]
    notes: list[str]


def report_areas(repo: Repository) -> list[str]:
    """The areas a unit report can be limited to (context is always in it)."""
    return [a.id for a in repo.areas if a.id != CONTEXT_AREA]


def group_kinds(current: str) -> list[str]:
    """The groups offered: every kind but "wlasna", which needs the profile's own list."""
    return [k for k in peers.GROUP_KINDS if k != "wlasna" or current == "wlasna"]


def year_field(
    control_id: str, label_key: str, years: range, value: int, name: str | None = None
) -> list:
    """A labelled year select; ``name``: its field in a plain form submission."""
    return [
        dbc.Label(t(label_key), html_for=control_id, className="small mb-1"),
        dbc.Select(
            id=control_id,
            name=name,
            value=str(value),
            options=[{"label": str(y), "value": str(y)} for y in years],
            size="sm",
        ),
    ]


def year_select(
    control_id: str, label_key: str, years: range, value: int, name: str | None = None
) -> dbc.Col:
    """A year control in the report form's grid."""
    return dbc.Col(year_field(control_id, label_key, years, value, name), xs=6, md=3)


def areas_field(repo: Repository, control_id: str, areas: list[str]) -> html.Fieldset:
    """The report's areas as checkboxes, all ticked."""
    return html.Fieldset(
        [
            html.Legend(t("report_form.areas"), className="small fw-semibold"),
            dbc.Checklist(
                id=control_id,
                options=[{"label": localized_name(repo.area(a)), "value": a} for a in areas],
                value=areas,
                inline=True,
                className="small",
            ),
        ],
        className="mb-2",
    )


def group_select(control_id: str, current: str, name: str | None = None) -> dbc.Col:
    return dbc.Col(
        [
            dbc.Label(t("report_form.group"), html_for=control_id, className="small"),
            dbc.Select(
                id=control_id,
                name=name,
                value=current,
                options=[
                    {"label": t(f"comparison.group.{kind}"), "value": kind}
                    for kind in group_kinds(current)
                ],
                size="sm",
            ),
        ],
        md=6,
    )


def preview_box(preview_id: str, preview: Preview, *link_texts: str) -> html.Div:
    """The summary and the links; announced to screen readers when it changes."""
    return html.Div(
        [
            html.H3(t("report_form.preview"), className="h6"),
            html.Div(
                preview_children(preview, *link_texts),
                id=preview_id,
                role="status",
                **{"aria-live": "polite"},
            ),
        ],
        className="report-preview border-top pt-2 mt-2",
    )


def preview_children(
    preview: Preview, open_text: str | None = None, download_text: str | None = None
) -> list:
    """What the report will hold, notes on ignored values, its address and its links (only
    when there is something to open); the links' texts default to the report's."""
    children: list = [html.Ul([html.Li(line) for line in preview.lines], className="small mb-2")]
    if preview.notes:
        children.append(
            dbc.Alert(
                html.Ul([html.Li(note) for note in preview.notes], className="mb-0"),
                color="warning",
                className="small py-2",
            )
        )
    if preview.html_href:
        children += [
            html.P(html.Code(unquote(preview.html_href)), className="small text-break"),
            html.A(
                open_text or t("report_form.open"),
                href=preview.html_href,
                className="btn btn-primary btn-sm me-2 report-form-open",
            ),
        ]
    if preview.pdf_href:
        children.append(
            html.A(
                download_text or t("reports.download_pdf"),
                href=preview.pdf_href,
                className="btn btn-outline-primary btn-sm report-form-pdf",
            )
        )
    return children


# --- the profile's form -------------------------------------------------------------------------
def unit_form(repo: Repository, unit: Unit, group_query: str) -> html.Details:
    """The profile's report form, folded under the print links; ``group_query`` is the
    profile's comparison group (``?grupa=…``), the report's default. Units with no group
    (Poland) get no group choice."""
    code, with_group = unit.code, unit.level in peers.PEER_LEVELS
    areas = report_areas(repo)
    low, high = data_years(repo)
    years = range(low, high + 1)
    group = parse_qs_dict(group_query).get("grupa", peers.DEFAULT_GROUP)
    preview = unit_preview(repo, code, group_query, areas, low, high, group, SCOPES[0], with_group)
    return html.Details(
        [
            html.Summary(t("report_form.title")),
            html.Div(
                [
                    dcc.Store(id=Ids.CONTEXT, data={"code": code, "group": group_query}),
                    areas_field(repo, Ids.AREAS, areas),
                    dbc.Row(
                        [
                            year_select(Ids.FROM, "report_form.from", years, low),
                            year_select(Ids.TO, "report_form.to", years, high),
                            group_select(Ids.GROUP, group)
                            if with_group
                            else dcc.Input(id=Ids.GROUP, type="hidden", value=""),
                        ],
                        className="g-2 mb-2",
                    ),
                    html.Fieldset(
                        [
                            html.Legend(t("report_form.scope"), className="small fw-semibold"),
                            dbc.RadioItems(
                                id=Ids.SCOPE,
                                options=[
                                    {"label": t(f"report_form.scope.{s}"), "value": s}
                                    for s in SCOPES
                                ],
                                value=SCOPES[0],
                                inline=True,
                                className="small",
                            ),
                        ]
                    ),
                    preview_box(Ids.PREVIEW, preview),
                ],
                className="p-2",
            ),
        ],
        className="report-form border rounded mb-3 d-print-none",
        id="ustawienia-raportu",
    )


def parse_qs_dict(query: str) -> dict[str, str]:
    return dict(parse_qsl(untrusted.clipped(query, MAX_FIELD).lstrip("?")))


def unit_preview(
    repo: Repository,
    code: str,
    group_query: str,
    areas: list[str],
    year_from: object,
    year_to: object,
    group: object,
    scope: object,
    with_group: bool = True,
) -> Preview:
    """The links and summary of a unit report for the form's values."""
    query = {
        **parse_qs_dict(group_query),
        "obszary": ",".join(areas) if set(areas) != set(report_areas(repo)) else "",
        "od": untrusted.clipped(year_from, 10),
        "do": untrusted.clipped(year_to, 10),
        "grupa": untrusted.clipped(group, 40),
        "wskazniki": untrusted.clipped(scope, 40),
    }
    if not areas:  # nothing ticked: say so rather than print everything
        return Preview(None, None, [], [t("report_form.no_areas")])
    options, notes = parse_options(query, report_areas(repo), data_years(repo))
    search = options_query(options)
    lines = [
        areas_line(repo, options),
        years_line(repo, options),
        t("report_form.line.group", group=t(f"comparison.group.{options.group.group}"))
        if with_group
        else None,
        t(f"report_form.line.scope.{options.scope}"),
    ]
    lines = [line for line in lines if line]
    return Preview(urls.report(code, search), urls.report(code, search, pdf=True), lines, notes)


def areas_line(repo: Repository, options: ReportOptions) -> str:
    if not options.areas:
        return t("report_form.line.all_areas", count=len(report_areas(repo)))
    names = ", ".join(localized_name(repo.area(a)) for a in options.areas)
    return t("report_form.line.areas", areas=names)


def years_line(repo: Repository, options: ReportOptions) -> str:
    low, high = data_years(repo)
    return t(
        "report_form.line.years",
        start=options.year_from or low,
        end=options.year_to or high,
    )


@callback(
    Output(Ids.PREVIEW, "children"),
    Input(Ids.AREAS, "value"),
    Input(Ids.FROM, "value"),
    Input(Ids.TO, "value"),
    Input(Ids.GROUP, "value"),
    Input(Ids.SCOPE, "value"),
    State(Ids.CONTEXT, "data"),
    prevent_initial_call=True,
)
def update_unit_preview(areas, year_from, year_to, group, scope, context):
    """Glue: the form's values (strings from the browser) → the preview and the links."""
    repo = get_repository()
    context = context if isinstance(context, dict) else {}
    unit = repo.unit(untrusted.text(context.get("code"), 20))
    if unit is None:
        return [t("report_form.bad_request")]
    chosen = [a for a in areas if isinstance(a, str)] if isinstance(areas, list) else []
    preview = unit_preview(
        repo,
        unit.code,
        untrusted.text(context.get("group"), MAX_FIELD),
        chosen[:50],
        year_from,
        year_to,
        group,
        scope,
        unit.level in peers.PEER_LEVELS,
    )
    return preview_children(preview)


# --- the service card's form --------------------------------------------------------------------
def service_form(repo: Repository, service_id: str) -> html.Section:
    """The service card's report form: a unit (code or name), years and group. Without
    scripts it is a plain form (``/raport/usluga/<id>?jst=…&od=…``) that the report route
    resolves; with them the preview shows the report's own links."""
    low, high = data_years(repo)
    years = range(low, high + 1)
    preview = service_preview(repo, service_id, "", low, high, peers.DEFAULT_GROUP)
    return html.Section(
        [
            html.H2(t("report_form.service_title"), className="h5", id="raport-uslugi"),
            dcc.Store(id=Ids.SERVICE_CONTEXT, data=service_id),
            html.Form(
                [
                    dbc.Label(
                        t("reports.card.label"), html_for=Ids.SERVICE_UNIT, className="small"
                    ),
                    dbc.Input(
                        id=Ids.SERVICE_UNIT,
                        name="jst",
                        type="text",
                        required=True,
                        maxlength=120,
                        placeholder=t("reports.card.placeholder"),
                        size="sm",
                        autocomplete="off",
                        debounce=True,
                        style={"maxWidth": "28rem"},
                    ),
                    dbc.Row(
                        [
                            year_select(Ids.SERVICE_FROM, "report_form.from", years, low, "od"),
                            year_select(Ids.SERVICE_TO, "report_form.to", years, high, "do"),
                            group_select(Ids.SERVICE_GROUP, peers.DEFAULT_GROUP, "grupa"),
                        ],
                        className="g-2 my-2",
                    ),
                    html.Button(
                        t("report_form.submit"),
                        type="submit",
                        className="btn btn-outline-primary btn-sm",
                    ),
                ],
                action=urls.service_report_form(service_id),
                method="get",
            ),
            preview_box(Ids.SERVICE_PREVIEW, preview),
        ],
        className="report-form border rounded p-3 my-3 d-print-none",
        **{"aria-labelledby": "raport-uslugi"},
    )


def service_preview(
    repo: Repository,
    service_id: str,
    asked: object,
    year_from: object,
    year_to: object,
    group: object,
) -> Preview:
    """The links and summary of a service report for the form's values; a name shared by
    several units links to the route that lists them."""
    service = repo.service(service_id)
    query = {
        "od": untrusted.clipped(year_from, 10),
        "do": untrusted.clipped(year_to, 10),
        "grupa": untrusted.clipped(group, 40),
    }
    options, notes = parse_options(query, [], data_years(repo))
    search = options_query(options)
    lines = [
        t("report_form.line.service", service=localized_name(service)),
        years_line(repo, options),
        t("report_form.line.group", group=t(f"comparison.group.{options.group.group}")),
    ]
    text = untrusted.clipped(asked, 120).strip()
    if not text:
        return Preview(None, None, [t("report_form.line.no_unit"), *lines], notes)
    unit = repo.unit(text)
    hits = repo.search(text, 2) if unit is None else []
    if unit is None and len(hits) == 1:
        unit = repo.unit(hits[0].code)
    if unit is None and not hits:
        return Preview(None, None, lines, [*notes, t("notfound.unit", code=text[:40])])
    if unit is None:  # several units of that name: the route lists them
        params = {"jst": text, **dict(parse_qsl(search.lstrip("?")))}
        href = urls.service_report_form(service_id, params)
        return Preview(href, None, [t("report_form.line.choose", name=text), *lines], notes)
    lines.insert(0, t("report_form.line.unit", name=unit.name, code=unit.code))
    return Preview(
        urls.service_report(unit.code, service_id, search),
        urls.service_report(unit.code, service_id, search, pdf=True),
        lines,
        notes,
    )


@callback(
    Output(Ids.SERVICE_PREVIEW, "children"),
    Input(Ids.SERVICE_UNIT, "value"),
    Input(Ids.SERVICE_FROM, "value"),
    Input(Ids.SERVICE_TO, "value"),
    Input(Ids.SERVICE_GROUP, "value"),
    State(Ids.SERVICE_CONTEXT, "data"),
    prevent_initial_call=True,
)
def update_service_preview(asked, year_from, year_to, group, service_id):
    """Glue: the service form's values → the preview and the links."""
    repo = get_repository()
    service = repo.service(untrusted.text(service_id, 100))
    if service is None:
        return [t("report_form.bad_request")]
    preview = service_preview(repo, service.id, asked, year_from, year_to, group)
    return preview_children(preview)
