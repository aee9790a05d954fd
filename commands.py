"""Every ``flask --app app`` command, registered on the server by :func:`register_commands`.

``build-data`` (here: it reaches over the layers, from the raw files through ``geodata`` and
``data_access`` to ``ingest``'s dataset versions, so it lives above them), the imports and
dataset versions of ``ingest.cli``, ``report-worker`` (``reports.cli``) and ``db-upgrade``
(``accounts.setup``).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

import click
import flask

from config import PROJECT_ROOT, settings

log = logging.getLogger(__name__)


@click.command("build-data")
@click.option("--skip-geometry", is_flag=True, help="Keep the committed map geometry.")
def build_data_command(skip_geometry: bool) -> None:
    """Build Parquet data (and GeoJSON assets, neighbour lists) from the shipped raw files."""
    from data_access.build import build_dataset
    from geodata.build import build_geometry
    from ingest.versions import current_version

    def build_into(built_dir: Path) -> None:
        if not skip_geometry:
            sizes = build_geometry(settings.raw_dir, PROJECT_ROOT / "assets" / "geo", built_dir)
            click.echo(f"geometry: {json.dumps(sizes, default=str)}")
        summary = build_dataset(settings.raw_dir, built_dir)
        click.echo(f"dataset: {json.dumps(summary, default=str)}")

    if current_version(settings.data_dir) is None:
        build_into(settings.built_dir)
        return
    # After an import, data/built is a link to a dataset version: build a new version aside,
    # re-apply the imports, and swap it in (see ingest/apply.py).
    from ingest.apply import rebuild_version

    version = rebuild_version(settings.data_dir, build_into, datetime.now())
    click.echo(f"version: {version}")


def all_commands() -> list[click.Command]:
    from accounts.setup import db_upgrade_command
    from ingest.cli import COMMANDS as INGEST_COMMANDS
    from reports.cli import report_worker_command

    return [build_data_command, *INGEST_COMMANDS, report_worker_command, db_upgrade_command]


def register_commands(server: flask.Flask) -> None:
    for command in all_commands():
        server.cli.add_command(command)
