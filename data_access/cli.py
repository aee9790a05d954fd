"""``flask --app app build-data``: build the dataset and the map geometry from data/raw."""

from __future__ import annotations

import json
import logging

import click

from config import PROJECT_ROOT, settings

log = logging.getLogger(__name__)


@click.command("build-data")
@click.option("--skip-geometry", is_flag=True, help="Keep the committed map geometry.")
def build_data_command(skip_geometry: bool) -> None:
    """Build Parquet data (and GeoJSON assets, neighbour lists) from the shipped raw files."""
    from data_access.build import build_dataset
    from geodata.build import build_geometry

    if not skip_geometry:
        sizes = build_geometry(
            settings.raw_dir, PROJECT_ROOT / "assets" / "geo", settings.built_dir
        )
        click.echo(f"geometry: {json.dumps(sizes, default=str)}")
    summary = build_dataset(settings.raw_dir, settings.built_dir)
    click.echo(f"dataset: {json.dumps(summary, default=str)}")
