"""Flask CLI commands of the importers:

``flask --app app ingest-bdl-csv FILE --mapping MAPPING.toml [--dry-run]``
``flask --app app data-versions``
``flask --app app restore-data VERSION``
``flask --app app fetch-bdl-variable ID --years 2015-2024 --out FILE.csv``
``flask --app app bdl-find "czytelnicy bibliotek" [--level gmina] [--limit N] [--json]``
``flask --app app sync-smup [--areas A,B] [--indicators ID,ID] [--years 2015-2024] [--resume]``
"""

from __future__ import annotations

import datetime as dt
import errno
import json
from pathlib import Path

import click

from i18n import t
from ingest import versions
from ingest.bdl_api import LEVELS, BdlApiError, BdlClient, write_ctab
from ingest.bdl_csv import Problem
from ingest.mapping import MappingError

MAX_REPORTED = 60
_ORDER = {"error": 0, "warning": 1, "info": 2}


DATA_DIR_OPTION = click.option(
    "--data-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Data folder (default: SMUP_DATA_DIR).",
)


def _data_dir(option: Path | None) -> Path:
    from config import settings

    return option or settings.data_dir


def report_lines(problems: list[Problem], limit: int = MAX_REPORTED) -> list[str]:
    """Problems in Polish, errors first, at most ``limit`` lines (then a count of the rest)."""
    ordered = sorted(problems, key=lambda p: (_ORDER[p.severity], p.line or 0))
    lines = [p.text() for p in ordered[:limit]]
    if len(ordered) > limit:
        lines.append(t("ingest.report.more", count=len(ordered) - limit))
    return lines


@click.command("ingest-bdl-csv")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--mapping",
    "mapping_path",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="TOML or JSON file mapping columns of the export to component variables.",
)
@click.option("--dry-run", is_flag=True, help="Validate and report only; change nothing.")
@DATA_DIR_OPTION
def ingest_bdl_csv_command(
    source: Path, mapping_path: Path, dry_run: bool, data_dir: Path | None
) -> None:
    """Validate a BDL CSV export and load it as a new dataset version."""
    from ingest.apply import import_export, validate

    folder = _data_dir(data_dir)
    try:
        mapping, parsed = validate(folder, source, mapping_path)
    except MappingError as error:
        click.echo(t("ingest.report.bad_mapping", error=error), err=True)
        click.echo(t("ingest.report.unchanged"), err=True)
        raise SystemExit(2) from error
    click.echo(t("ingest.report.file", name=source.name, sha=parsed.sha256[:16]))
    for line in report_lines(parsed.problems):
        click.echo(f"  {line}")
    if not parsed.ok:
        click.echo(t("ingest.report.failed", count=len(parsed.errors)), err=True)
        click.echo(t("ingest.report.unchanged"), err=True)
        raise SystemExit(1)
    click.echo(
        t(
            "ingest.report.valid",
            values=parsed.stats.get("values", 0),
            gminy=parsed.stats.get("gminy", 0),
            variables=", ".join(mapping.variables),
        )
    )
    if dry_run:
        click.echo(t("ingest.report.dry_run"))
        return
    try:
        outcome = import_export(folder, parsed, mapping, mapping_path, dt.datetime.now())
    except versions.VersionError as error:
        click.echo(str(error), err=True)
        click.echo(t("ingest.report.unchanged"), err=True)
        raise SystemExit(1) from error
    click.echo(
        t(
            "ingest.report.done",
            version=outcome.version,
            previous=outcome.previous_version,
            indicators=", ".join(outcome.indicators) or "–",
        )
    )
    click.echo(t("ingest.report.restart"))


@click.command("data-versions")
@DATA_DIR_OPTION
def data_versions_command(data_dir: Path | None) -> None:
    """List dataset versions (the current one is marked with *)."""
    found = versions.list_versions(_data_dir(data_dir))
    if not found:
        click.echo(t("ingest.version.none"))
    for version in found:
        mark = "*" if version.current else " "
        click.echo(f"{mark} {version.id}  ({t('ingest.version.imports', count=version.imports)})")


@click.command("restore-data")
@click.argument("version")
@DATA_DIR_OPTION
def restore_data_command(version: str, data_dir: Path | None) -> None:
    """Make an earlier dataset version current again."""
    try:
        previous = versions.restore(_data_dir(data_dir), version, dt.datetime.now())
    except versions.VersionError as error:
        click.echo(str(error), err=True)
        raise SystemExit(1) from error
    click.echo(t("ingest.version.restored", id=version, previous=previous))
    click.echo(t("ingest.report.restart"))


def _bdl_client() -> BdlClient:
    """A BDL API client configured by the settings (URL, optional key, file cache)."""
    from config import settings

    return BdlClient(
        base_url=settings.bdl_api_url,
        client_id=settings.bdl_client_id,
        cache_dir=settings.cache_dir / "bdl",
    )


def disk_failure(error: OSError) -> str:
    """A sync's message for a failed write: a full disk said as such."""
    key = "ingest.error.disk_full" if error.errno == errno.ENOSPC else "ingest.error.disk"
    return t(key, error=error)


def _year_range(text: str | None) -> tuple[int, int] | None:
    """``"2015-2024"`` → ``(2015, 2024)``, ``"2023"`` → ``(2023, 2023)``, nothing → None."""
    if not text:
        return None
    first, _, last = text.partition("-")
    try:
        years = int(first), int(last or first)
    except ValueError as error:
        raise click.BadParameter(t("ingest.api.bad_years"), param_hint="--years") from error
    if years[0] > years[1]:
        raise click.BadParameter(t("ingest.api.bad_years"), param_hint="--years")
    return years


@click.command("fetch-bdl-variable")
@click.argument("variable_id", type=int)
@click.option("--level", type=click.Choice(list(LEVELS)), default="gmina", show_default=True)
@click.option("--years", "years_text", required=True, help="e.g. 2015-2024 or 2023")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True)
@click.option("--dimension", default=None, help="Column text (default: the variable id).")
@click.option("--unit", default="", help="Unit of measure written in the header, e.g. osoba.")
def fetch_bdl_variable_command(
    variable_id: int, level: str, years_text: str, out: Path, dimension: str | None, unit: str
) -> None:
    """Fetch one BDL variable from the BDL API into a CSV in the layout of the BDL website
    exports; load it with ``ingest-bdl-csv`` (and a mapping) after checking it."""
    first, last = _year_range(years_text)
    years = list(range(first, last + 1))
    client = _bdl_client()
    try:
        frame = client.variable_frame(variable_id, LEVELS[level], years)
    except BdlApiError as error:
        click.echo(t("ingest.api.failed", error=error), err=True)
        raise SystemExit(1) from error
    write_ctab(frame, out, dimension or f"zmienna {variable_id}", unit)
    click.echo(t("ingest.api.saved", rows=frame.height, path=out, requests=client.requests_sent))


@click.command("bdl-find")
@click.argument("query")
@click.option(
    "--level",
    type=click.Choice(list(LEVELS)),
    default=None,
    help="Only variables with data down to this level.",
)
@click.option("--limit", type=click.IntRange(1, 500), default=20, show_default=True)
@click.option(
    "--exact-years",
    is_flag=True,
    help="The years of each variable (/variables/{id}, one request per candidate) instead of "
    "the years of its subject.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def bdl_find_command(
    query: str, level: str | None, limit: int, exact_years: bool, as_json: bool
) -> None:
    """Search BDL subjects and variables for QUERY and print candidate variable ids with their
    dimensions, unit, level, subject and years, for [indicators.real_source] in the catalogue."""
    from ingest.bdl_find import find, report_lines

    try:
        result = find(_bdl_client(), query, LEVELS[level] if level else None, limit, exact_years)
    except BdlApiError as error:
        click.echo(t("ingest.find.failed", error=error), err=True)
        raise SystemExit(1) from error
    if as_json:
        click.echo(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return
    for line in report_lines(result):
        click.echo(line)


@click.command("sync-smup")
@click.option(
    "--areas",
    default=None,
    help="Areas, comma-separated: our ids (kultura, finanse, …) or SMUP's (default: all).",
)
@click.option(
    "--indicators", default=None, help="SMUP indicator ids, comma-separated (default: all)."
)
@click.option(
    "--years", "years_text", default=None, help="e.g. 2015-2024 or 2023 (default: all SMUP has)."
)
@click.option(
    "--dry-run",
    is_flag=True,
    help="Fetch the dictionaries only; print the plan and how long it would take.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Finish an interrupted sync (its selection; what it fetched is not fetched again).",
)
@DATA_DIR_OPTION
@click.option("--base-url", default=None, help="SMUP API base URL (default: SMUP_API_URL).")
# Multiplies every wait (rate limits, backoff, Retry-After); the tests run with 0.
@click.option("--time-scale", type=float, default=1.0, hidden=True)
def sync_smup_command(
    areas: str | None,
    indicators: str | None,
    years_text: str | None,
    dry_run: bool,
    resume: bool,
    data_dir: Path | None,
    base_url: str | None,
    time_scale: float,
) -> None:
    """Mirror SMUP's catalogue and values from its API as a new dataset version (the key, if
    any, comes from the environment variable SMUP_API_KEY only)."""
    from config import settings
    from ingest.progress import progress_for
    from ingest.smup.client import SmupClient
    from ingest.smup.errors import SmupError, redact
    from ingest.smup.sync import (
        SYNC_DIR,
        Selection,
        SyncRequest,
        parse_ids,
        run_sync,
    )

    key = settings.smup_api_key

    def echo(text: str, err: bool = False) -> None:
        click.echo(redact(text, key), err=err)

    folder = _data_dir(data_dir)
    selection = Selection(parse_ids(areas), parse_ids(indicators), _year_range(years_text))
    client = SmupClient(
        base_url=base_url or settings.smup_api_url, key=key, time_scale=max(time_scale, 0.0)
    )
    progress = progress_for(echo)
    request = SyncRequest(folder, selection, dry_run=dry_run, resume=resume)
    kept = t("ingest.smup.kept", path=folder / SYNC_DIR)
    try:
        result = run_sync(request, client, echo, progress)
    except (SmupError, versions.VersionError) as error:
        echo(str(error), err=True)
        echo(kept, err=True)
        raise SystemExit(1) from None
    except OSError as error:
        echo(disk_failure(error), err=True)
        echo(kept, err=True)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        echo(t("ingest.sync.interrupted", path=folder / SYNC_DIR), err=True)
        raise SystemExit(130) from None
    if result.unchanged:
        echo(t("ingest.smup.unchanged", version=result.version))
    elif result.version:
        indicators_text = ", ".join(result.indicators) or "–"
        echo(
            t(
                "ingest.smup.done",
                version=result.version,
                previous=result.previous,
                indicators=indicators_text,
            )
        )


@click.command("sync-bdl")
@click.option(
    "--indicators", default=None, help="Our indicator ids, comma-separated (default: all)."
)
@click.option("--years", "years_text", default="2015-2024", show_default=True)
@click.option("--dry-run", is_flag=True, help="Print the plan and its duration; fetch nothing.")
@click.option("--resume", is_flag=True, help="Finish an interrupted sync.")
@DATA_DIR_OPTION
@click.option("--base-url", default=None, help="BDL API base URL (default: SMUP_BDL_API_URL).")
def sync_bdl_command(
    indicators: str | None,
    years_text: str,
    dry_run: bool,
    resume: bool,
    data_dir: Path | None,
    base_url: str | None,
) -> None:
    """Fetch the BDL variables the catalogue names (real_source bdl_numerator and
    bdl_denominator) from the BDL API at the gmina level as a new dataset version."""
    from config import settings
    from data_access.catalogue import catalogue_of
    from ingest.bdl_sync import PAGES, BdlSyncError, BdlSyncRequest, run_bdl_sync
    from ingest.progress import progress_for

    folder = _data_dir(data_dir)
    ids = tuple(i.strip() for i in (indicators or "").split(",") if i.strip())
    request = BdlSyncRequest(folder, ids, _year_range(years_text), dry_run, resume)
    client = BdlClient(
        base_url=base_url or settings.bdl_api_url,
        client_id=settings.bdl_client_id,
        cache_dir=request.folder / PAGES,
    )
    kept = t("ingest.bdl_sync.kept", path=request.folder)
    try:
        catalogue = catalogue_of(folder / versions.BUILT)
        outcome = run_bdl_sync(request, client, catalogue, click.echo, progress_for(click.echo))
    except (BdlApiError, BdlSyncError, versions.VersionError) as error:
        click.echo(t("ingest.bdl_sync.failed", error=error), err=True)
        click.echo(kept, err=True)
        raise SystemExit(1) from None
    except OSError as error:
        click.echo(disk_failure(error), err=True)
        click.echo(kept, err=True)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        click.echo(t("ingest.sync.interrupted", path=request.folder), err=True)
        raise SystemExit(130) from None
    if outcome is not None:
        indicators_text = ", ".join(outcome.indicators) or "–"
        click.echo(
            t(
                "ingest.bdl_sync.done",
                version=outcome.version,
                previous=outcome.previous_version,
                indicators=indicators_text,
            )
        )


COMMANDS = (
    ingest_bdl_csv_command,
    data_versions_command,
    restore_data_command,
    fetch_bdl_variable_command,
    bdl_find_command,
    sync_smup_command,
    sync_bdl_command,
)
