"""Service card ``/uslugi/<service_id>``: the service and its indicators with definitions."""

from __future__ import annotations

import dash
from dash import dcc, html

from components.notfound import not_found
from components.values import demo_badge
from core import urls
from data_access.catalogue_model import Provenance
from data_access.repository import get_repository
from i18n import lazy_t, localized_formula, localized_name, localized_text, localized_unit, t
from reports.form import service_form

dash.register_page(__name__, path_template=urls.SERVICE, title=lazy_t("service.page_title"))


def layout(service_id: str | None = None, **_) -> html.Div:
    repo = get_repository()
    service = repo.service(service_id) if isinstance(service_id, str) else None
    if service is None:
        return not_found(t("notfound.service", id=str(service_id or "")[:60]))
    area = repo.area(service.area_id)
    indicators = repo.indicators_of(service.id)
    return html.Div(
        [
            html.P(
                dcc.Link(
                    t("service.area", area=localized_name(area)),
                    href=urls.area(area.id),
                ),
                className="small",
            ),
            html.H1(localized_name(service), className="h2"),
            html.P(localized_text(service, "description"), className="lead"),
            service_form(repo, service.id),
            html.H2(t("service.indicators"), className="h4 mt-4"),
            html.Ul(
                [
                    html.Li(
                        [
                            html.H3(
                                [
                                    dcc.Link(localized_name(i), href=urls.indicator(i.id)),
                                    demo_badge() if i.provenance == Provenance.DEMO else None,
                                ],
                                className="h6 mb-1",
                            ),
                            html.P(
                                [
                                    f"{t(f'dimension.{i.dimension}')} · {localized_unit(i.unit)} · "
                                    f"{t(f'polarity.{i.polarity}')}"
                                ],
                                className="small text-muted mb-1",
                            ),
                            html.P(localized_text(i, "definition"), className="small mb-1"),
                            html.P(
                                f"{t('indicator.meta.formula')}: {localized_formula(i)}",
                                className="small mb-3",
                            ),
                        ]
                    )
                    for i in indicators
                ],
                className="list-unstyled",
            ),
        ]
    )
