"""How fresh the data are, in words: an indicator's latest data year and import date, what a
version changed (``/co-nowego``) and, for a signed-in user, what changed since their last visit.
The facts come from :mod:`data_access.changes`."""

from __future__ import annotations

import datetime as dt

from dash import dcc, html

from accounts.auth import signed_in_user
from config import settings
from core import urls
from core.levels import Level
from data_access.changes import Freshness, VersionChanges, changed_since, versions_with_changes
from data_access.repository import Repository
from i18n import format_date, localized_name, t, t_count
from ingest.versions import list_versions

LEVEL_ORDER = tuple(Level)
CHANGE_COUNTS = (
    "indicators_added",
    "indicators_removed",
    "values_added",
    "values_revised",
    "values_removed",
)


def latest_years_text(freshness: Freshness) -> str:
    """``2024`` when every level has the same latest year, else per level: ``gminy 2024,
    powiaty 2023``."""
    years = freshness.latest_year
    if not years:
        return t("freshness.no_data")
    if len(set(years.values())) == 1:
        return str(freshness.latest)
    return ", ".join(
        t("freshness.level_year", level=level_name(level), year=years[level])
        for level in LEVEL_ORDER
        if level in years
    )


def level_name(level: str) -> str:
    return t(f"level.plural.{level}") if level != "kraj" else t("level.kraj")


def freshness_line(freshness: Freshness) -> str:
    """For the indicator card: ``Najnowsze dane: 2024 · wartości zaimportowano 4 grudnia
    2026``."""
    parts = [t("freshness.latest", years=latest_years_text(freshness))]
    if freshness.last_import:
        parts.append(t("freshness.imported", date=format_date(freshness.last_import.date())))
    return " · ".join(parts)


def freshness_short(freshness: Freshness, level: str) -> str | None:
    """For a profile row: ``dane do 2024, import 4 grudnia 2026`` (the latest year at the
    unit's level); None when nothing is known."""
    year = freshness.latest_year.get(level)
    if year is None or freshness.last_import is None:
        return None
    return t("freshness.short", year=year, date=format_date(freshness.last_import.date()))


def made_text(version: VersionChanges) -> str:
    if version.first and version.action == "build":
        return t("changes.made.first")
    action = version.action if version.action in ("build", "import", "sync") else "unknown"
    return t(f"changes.made.{action}")


def area_names(repo: Repository, area_ids) -> list[str]:
    names = []
    for area_id in area_ids:
        area = repo.area(area_id)
        names.append(localized_name(area) if area else t("changes.unknown_area"))
    return names


def in_catalogue_order(repo: Repository, by_area: dict) -> dict:
    """``by_area`` (area id → anything) in the catalogue's order of areas, as every page lists
    them; ids the catalogue no longer has come last."""
    order = {area.id: number for number, area in enumerate(repo.areas)}
    return dict(sorted(by_area.items(), key=lambda item: order.get(item[0], len(order))))


def totals(version: VersionChanges) -> dict[str, int]:
    """The version's counts summed over its areas."""
    summed: dict[str, int] = {}
    for counts in version.record.get("areas", {}).values():
        for key, value in counts.items():
            summed[key] = summed.get(key, 0) + int(value)
    return summed


def changed_areas(version: VersionChanges) -> list[str]:
    """Ids of the areas where the version added, revised or removed something (in the
    order the version stored them)."""
    return [
        area
        for area, counts in version.record.get("areas", {}).items()
        if any(counts.get(k) for k in CHANGE_COUNTS)
    ]


def change_history(repo: Repository) -> list[VersionChanges]:
    """The dataset versions with their stored changes, newest first (for a plain build, the
    build's own)."""
    return versions_with_changes(list_versions(settings.data_dir), repo.changes)


def change_parts(sums: dict[str, int]) -> str:
    """The non-zero counts of a version in words: ``dodano 2 wskaźniki, poprawiono 120
    wartości``."""
    parts = [
        t(
            f"changes.part.{key}",
            count=t_count(
                "count.indicators" if key.startswith("indicators") else "count.values", sums[key]
            ),
        )
        for key in CHANGE_COUNTS
        if sums.get(key)
    ]
    return ", ".join(parts)


def since_last_visit(repo: Repository) -> html.Div | None:
    """The notice of what changed since the signed-in user's previous visit (nothing for
    visitors, for a first visit, or when nothing changed)."""
    user = signed_in_user()
    since = user.record.previous_visit if user else None
    if since is None:
        return None
    return since_visit_notice(repo, since, changed_since(change_history(repo), since))


def since_visit_notice(
    repo: Repository, since: dt.datetime | None, versions: list[VersionChanges]
) -> html.Div | None:
    """ "Od Twojej ostatniej wizyty (data) zaktualizowano dane: …" with one line per version
    made since that changed values, or None when there is no earlier visit or nothing
    changed."""
    items = []
    for version in versions:
        what = change_parts(totals(version))
        if not what:  # a rebuild that changed no value is no news
            continue
        areas = area_names(repo, in_catalogue_order(repo, dict.fromkeys(changed_areas(version))))
        if areas:
            what += t("changes.since_areas", areas=", ".join(areas))
        made = format_date(version.made_at) if version.made_at else "–"
        items.append(
            html.Li(t("changes.since_item", date=made, made=made_text(version), what=what))
        )
    if since is None or not items:
        return None
    local = since.astimezone() if since.tzinfo else since
    return html.Div(
        [
            html.P(
                t("changes.since_visit", date=format_date(local.replace(tzinfo=None))),
                className="fw-semibold mb-1",
            ),
            html.Ul(items, className="mb-1"),
            dcc.Link(t("changes.since_link"), href=urls.CHANGES),
        ],
        className="alert alert-info small since-visit",
        role="status",
        id="od-ostatniej-wizyty",
    )
