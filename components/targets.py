"""How targets and their assessments are shown: the status badge (symbol and words, never
colour alone), the list of targets with sparklines, the target form and the profile's
"Twoje cele" block. Words come from the catalogue; numbers from ``i18n``'s formatters."""

from __future__ import annotations

from urllib.parse import urlencode

import dash_bootstrap_components as dbc
from dash import dcc, html

from accounts.models import NOTE_MAX, URL_MAX
from components.account_ui import action_button, field, post_form, share_box, submit
from components.svg import data_uri, sparkline_svg
from components.unit_picker import unit_picker
from components.values import demo_badge
from core import urls
from data_access.catalogue_model import Indicator, Provenance
from data_access.repository import Repository
from i18n import format_number, format_value, localized_name, localized_unit, t
from targets.core import Assessment, Direction, Status
from targets.repository import SOURCE_TITLE_MAX

PAGE = urls.TARGETS
NEW_TARGET_ANCHOR = "nowy-cel"
# Sort keys of the list (``?sortuj=``) and the order of statuses, most urgent first.
SORT_KEYS = ("jednostka", "wskaznik", "status", "rok")
STATUS_ORDER = (Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.NO_DATA)
SYMBOLS = {
    Status.ON_TRACK: "✓",
    Status.AT_RISK: "!",
    Status.OFF_TRACK: "✗",
    Status.NO_DATA: "–",
}
UNIT_FIELD = "target-unit-code"  # the hidden field the form posts: the picked unit's code
PICKER_PREFIX = "target"


def add_href(unit_code: str | None = None, indicator_id: str | None = None) -> str:
    """``/cele`` with the form prefilled with a unit (and an indicator)."""
    query = {k: v for k, v in (("jst", unit_code), ("wskaznik", indicator_id)) if v}
    return urls.with_fragment(PAGE + (f"?{urlencode(query)}" if query else ""), NEW_TARGET_ANCHOR)


def status_words(status: Status) -> str:
    return t(f"targets.status.{status.value}")


def status_badge(status: Status) -> html.Span:
    """The status as a symbol and words on a colour-blind-safe background."""
    return html.Span(
        [html.Span(SYMBOLS[status], **{"aria-hidden": "true"}), " ", status_words(status)],
        className=f"badge target-status target-{status.value}",
    )


def goal_text(indicator: Indicator, assessment: Assessment) -> str:
    """ "co najmniej 3 000 zł w 2027 r. (bazowy 2019)"."""
    target = assessment.target
    return t(
        f"targets.goal.{'at_most' if target.direction == Direction.AT_MOST else 'at_least'}",
        value=format_value(target.target_value, indicator.decimals, indicator.unit),
        year=target.target_year,
        baseline=target.baseline_year,
    )


def signed(value: float, decimals: int) -> str:
    text = format_number(value, decimals)
    return f"+{text}" if value > 0 else text


def distance_text(indicator: Indicator, assessment: Assessment) -> str:
    if assessment.distance is None:
        return t("targets.none")
    return signed(assessment.distance, indicator.decimals)


def progress_text(assessment: Assessment) -> str:
    if assessment.progress_pct is None:
        return t("targets.none")
    return format_value(assessment.progress_pct, 0, "%")


def projection_text(indicator: Indicator, assessment: Assessment) -> str:
    if assessment.projected_value is None:
        return t("targets.projection_none")
    decimals = indicator.decimals
    return t(
        "targets.projection",
        value=format_number(assessment.projected_value, decimals),
        low=format_number(assessment.projected_low, decimals),
        high=format_number(assessment.projected_high, decimals),
    )


def latest_text(indicator: Indicator, assessment: Assessment) -> str:
    if assessment.latest_value is None:
        return t("targets.none")
    return t(
        "targets.latest",
        value=format_number(assessment.latest_value, indicator.decimals),
        year=assessment.latest_year,
    )


def sparkline(indicator: Indicator, series: list[tuple[int, float]]) -> html.Img | str:
    """A small line of the series the assessment rests on, described in its alt text."""
    if not series:
        return ""
    years = list(range(series[0][0], series[-1][0] + 1))
    by_year = dict(series)
    svg = sparkline_svg([by_year.get(y) for y in years])
    if svg is None:
        return ""
    alt = t(
        "targets.sparkline_alt",
        first_year=series[0][0],
        first=format_number(series[0][1], indicator.decimals),
        last_year=series[-1][0],
        last=format_number(series[-1][1], indicator.decimals),
    )
    return html.Img(src=data_uri(svg), alt=alt, title=alt, className="sparkline")


def sort_rows(rows: list[tuple], key: str, repo: Repository) -> list[tuple]:
    """The list's rows (assessment first) in the order of ``key`` (``SORT_KEYS``)."""
    from collation import sort_key

    def unit_name(a: Assessment) -> str:
        unit = repo.unit(a.target.unit_code)
        return unit.name if unit else a.target.unit_code

    def indicator_name(a: Assessment) -> str:
        indicator = repo.indicator(a.target.indicator_id)
        return localized_name(indicator) if indicator else a.target.indicator_id

    orders = {
        "jednostka": lambda row: (sort_key(unit_name(row[0])), sort_key(indicator_name(row[0]))),
        "wskaznik": lambda row: (sort_key(indicator_name(row[0])), sort_key(unit_name(row[0]))),
        "status": lambda row: (STATUS_ORDER.index(row[0].status), row[0].target.target_year),
        "rok": lambda row: (row[0].target.target_year, sort_key(unit_name(row[0]))),
    }
    return sorted(rows, key=orders.get(key, orders["jednostka"]))


def sort_header(label: str, key: str, current: str) -> html.Th:
    """A column header that sorts the list by ``key`` (a link: works without scripts)."""
    active = key == current
    extra = {"aria-sort": "ascending"} if active else {}
    return html.Th(
        dcc.Link(
            [label, html.Span(" ▲" if active else "", **{"aria-hidden": "true"})],
            href=PAGE + urls.query_string({"sortuj": key}),
            title=t("targets.sort_by", column=label),
        ),
        scope="col",
        **extra,
    )


def labelled(column: str, content, class_name: str | None = None) -> html.Td:
    """A cell that names its column (``data-label``: shown before it where the table is
    stacked on a phone)."""
    return html.Td(content, className=class_name, **{"data-label": t(f"targets.col.{column}")})


def target_row(
    repo: Repository, assessment: Assessment, series: list, editable: bool
) -> html.Tr | None:
    target = assessment.target
    indicator = repo.indicator(target.indicator_id)
    unit = repo.unit(target.unit_code)
    if indicator is None or unit is None:  # removed from the data since
        return None
    name = localized_name(indicator)
    source = None
    if target.source_title or target.source_url:
        title = target.source_title or target.source_url
        source = html.Div(
            [
                t("targets.source") + ": ",
                html.A(title, href=target.source_url, rel="noopener noreferrer")
                if target.source_url
                else title,
            ],
            className="small",
        )
    cells = [
        labelled("unit", dcc.Link(unit.name, href=urls.unit(unit.code))),
        html.Th(
            [
                dcc.Link(name, href=urls.unit_row(unit.code, indicator.id)),
                demo_badge() if assessment.demonstration else None,
                html.Div(localized_unit(indicator.unit), className="small text-muted fw-normal"),
            ],
            scope="row",
        ),
        labelled(
            "goal",
            [
                goal_text(indicator, assessment),
                html.Div(target.note, className="small text-muted target-note")
                if target.note
                else None,
                source,
            ],
        ),
        labelled("status", status_badge(assessment.status)),
        labelled("trend", sparkline(indicator, series)),
        labelled("latest", latest_text(indicator, assessment), "num"),
        labelled("distance", distance_text(indicator, assessment), "num"),
        labelled("progress", progress_text(assessment), "num"),
        labelled("projection", projection_text(indicator, assessment), "num"),
    ]
    if editable:
        label = t("targets.row_label", indicator=name, year=target.target_year)
        cells.append(
            html.Td(
                [
                    html.A(
                        t("targets.edit"),
                        href=urls.build(urls.TARGET_EDIT, target_id=target.id),
                        className="btn btn-sm btn-outline-secondary me-1 mb-1",
                        **{"aria-label": t("targets.edit_label", target=label)},
                    ),
                    action_button(
                        urls.build(urls.TARGET_DELETE, target_id=target.id),
                        t("targets.delete"),
                        aria_label=t("targets.delete_label", target=label),
                        style="outline-danger",
                    ),
                ],
                className="target-actions",
            )
        )
    return html.Tr(cells, **{"data-target": str(target.id), "data-status": assessment.status})


def targets_table(
    repo: Repository, rows: list[tuple], sort: str | None = None, editable: bool = True
) -> html.Div:
    """The targets with their assessments; sortable headers when ``sort`` is given."""
    labels = [
        ("jednostka", t("targets.col.unit")),
        ("wskaznik", t("targets.col.indicator")),
        ("rok", t("targets.col.goal")),
    ]
    head = [
        sort_header(label, key, sort) if sort else html.Th(label, scope="col")
        for key, label in labels
    ]
    head += [
        sort_header(t("targets.col.status"), "status", sort)
        if sort
        else html.Th(t("targets.col.status"), scope="col"),
        html.Th(t("targets.col.trend"), scope="col", className="unsortable"),
        html.Th(t("targets.col.latest"), scope="col", className="num unsortable"),
        html.Th(t("targets.col.distance"), scope="col", className="num unsortable"),
        html.Th(t("targets.col.progress"), scope="col", className="num unsortable"),
        html.Th(t("targets.col.projection"), scope="col", className="num unsortable"),
    ]
    if editable:
        head.append(html.Th(t("targets.col.actions"), scope="col", className="unsortable"))
    body = [r for a, s in rows if (r := target_row(repo, a, s, editable)) is not None]
    return html.Div(
        [
            dbc.Table(
                [
                    html.Caption(t("targets.caption"), className="visually-hidden"),
                    html.Thead(html.Tr(head)),
                    html.Tbody(body),
                ],
                size="sm",
                responsive=True,
                className="targets-table align-middle",
            ),
            html.P(t("targets.rules_short"), className="small text-muted"),
        ]
    )


def indicator_options(repo: Repository) -> list[dict]:
    """Every indicator of the catalogue, by area and service, demonstration ones labelled."""
    options = []
    for indicator in repo.indicators:
        label = f"{localized_name(indicator)} ({localized_unit(indicator.unit)})"
        if indicator.provenance == Provenance.DEMO:
            label += f" — {t('demo.badge')}"
        options.append({"label": label, "value": indicator.id})
    return options


def select_field(field_id: str, label: str, name: str, options: list, value: str) -> html.Div:
    return html.Div(
        [
            dbc.Label(label, html_for=field_id),
            dbc.Select(id=field_id, name=name, options=options, value=value, required=True),
        ],
        className="mb-3",
    )


def target_form(
    repo: Repository,
    action: str,
    values: dict,
    submit_label: str,
) -> html.Form:
    """The form of a new or changed target; ``values`` prefill it (strings, by field)."""
    unit_code = values.get("jst", "")
    directions = [
        {"label": t(f"targets.direction.{d.name.lower()}"), "value": d.value} for d in Direction
    ]
    return post_form(
        action,
        [
            unit_picker(PICKER_PREFIX, [unit_code] if unit_code else [], label=t("targets.f.unit")),
            dbc.Input(type="hidden", name="jst", id=UNIT_FIELD, value=unit_code),
            select_field(
                "target-indicator",
                t("targets.f.indicator"),
                "wskaznik",
                indicator_options(repo),
                values.get("wskaznik", ""),
            ),
            dbc.Row(
                [
                    dbc.Col(
                        select_field(
                            "target-direction",
                            t("targets.f.direction"),
                            "kierunek",
                            directions,
                            values.get("kierunek", Direction.AT_LEAST.value),
                        ),
                        sm=6,
                    ),
                    dbc.Col(
                        field(
                            "target-value",
                            t("targets.f.value"),
                            "wartosc",
                            value=values.get("wartosc", ""),
                            required=True,
                            max_length=20,
                            help_text=t("targets.f.value_help"),
                        ),
                        sm=6,
                    ),
                    dbc.Col(
                        field(
                            "target-baseline",
                            t("targets.f.baseline"),
                            "rok_bazowy",
                            kind="number",
                            value=values.get("rok_bazowy", ""),
                            required=True,
                        ),
                        sm=6,
                    ),
                    dbc.Col(
                        field(
                            "target-year",
                            t("targets.f.year"),
                            "rok_docelowy",
                            kind="number",
                            value=values.get("rok_docelowy", ""),
                            required=True,
                            help_text=t("targets.f.year_help"),
                        ),
                        sm=6,
                    ),
                ]
            ),
            field(
                "target-note",
                t("targets.f.note"),
                "notatka",
                value=values.get("notatka", ""),
                max_length=NOTE_MAX,
                multiline=True,
            ),
            field(
                "target-source-title",
                t("targets.f.source_title"),
                "dokument",
                value=values.get("dokument", ""),
                max_length=SOURCE_TITLE_MAX,
            ),
            field(
                "target-source-url",
                t("targets.f.source_url"),
                "link",
                kind="url",
                value=values.get("link", ""),
                max_length=URL_MAX,
                help_text=t("targets.f.source_url_help"),
            ),
            submit(submit_label),
        ],
        className="target-form",
    )


def share_controls(unit_code: str, unit_name: str, token: str | None) -> html.Div:
    """Share (or stop sharing) the user's targets of one unit read-only."""
    fields = {"jst": unit_code}
    if token:
        return html.Div(
            [
                share_box(
                    f"target-share-{unit_code}",
                    token,
                    path=urls.SHARED_TARGETS,
                    label_key="targets.share_link",
                ),
                action_button(
                    urls.TARGETS_REVOKE,
                    t("targets.revoke"),
                    aria_label=t("targets.revoke_label", unit=unit_name),
                    fields=fields,
                ),
            ],
            className="mb-3",
        )
    return action_button(
        urls.TARGETS_SHARE,
        t("targets.share"),
        aria_label=t("targets.share_label", unit=unit_name),
        fields=fields,
    )


def profile_block(repo: Repository, unit_code: str, rows: list[tuple]) -> html.Section:
    """The profile's compact "Twoje cele" block: each target's status, with links to add a
    target (for the unit, and for the indicator of each target) and to the full list."""
    items = []
    for assessment, _ in rows:
        indicator = repo.indicator(assessment.target.indicator_id)
        if indicator is None:
            continue
        name = localized_name(indicator)
        items.append(
            html.Li(
                [
                    status_badge(assessment.status),
                    " ",
                    html.A(name, href=f"#wiersz-{indicator.id}"),
                    demo_badge() if assessment.demonstration else None,
                    html.Span(
                        f": {goal_text(indicator, assessment)}; "
                        f"{t('targets.col.latest').lower()} {latest_text(indicator, assessment)}",
                        className="small",
                    ),
                    " ",
                    dcc.Link(
                        t("targets.add_for_indicator"),
                        href=add_href(unit_code, indicator.id),
                        className="small",
                        title=t("targets.add_for_indicator_label", indicator=name),
                    ),
                ],
                className="mb-1",
            )
        )
    return html.Section(
        [
            html.H2(t("targets.profile_title"), className="h5", id="twoje-cele"),
            html.Ul(items, className="list-unstyled mb-2")
            if items
            else html.P(t("targets.profile_empty"), className="small mb-2"),
            html.P(
                [
                    dcc.Link(
                        t("targets.add"),
                        href=add_href(unit_code),
                        className="btn btn-sm btn-primary me-2",
                    ),
                    dcc.Link(t("targets.all"), href=PAGE, className="small"),
                ],
                className="mb-0",
            ),
        ],
        className="profile-targets border rounded p-3 mb-3",
        **{"aria-labelledby": "twoje-cele"},
    )


def profile_section(repo: Repository, unit_code: str) -> html.Section | None:
    """ "Twoje cele" for the signed-in user on a unit's profile; nothing for a visitor or
    while the accounts database is unavailable (the profile itself still works)."""
    from accounts.auth import signed_in_user
    from accounts.db import DatabaseUnavailable
    from targets.repository import list_targets
    from targets.service import assessed_with_series

    user = signed_in_user()
    if user is None:
        return None
    try:
        records = list_targets(user.id, unit_code)
    except DatabaseUnavailable:
        return None
    return profile_block(repo, unit_code, assessed_with_series(r.target for r in records))


def add_link(unit_code: str, indicator: Indicator) -> list:
    """A row's " · Dodaj cel" link to ``/cele`` prefilled with the unit and indicator, for a
    signed-in user only (else nothing)."""
    from accounts.auth import signed_in_user

    if signed_in_user() is None:
        return []
    name = localized_name(indicator)
    return [
        " · ",
        html.A(
            t("targets.add"),
            href=add_href(unit_code, indicator.id),
            className="add-target-link",
            title=t("targets.add_for_indicator_label", indicator=name),
            **{"aria-label": t("targets.add_for_indicator_label", indicator=name)},
        ),
    ]
