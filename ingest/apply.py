"""Applying a validated import to the dataset: new components, the affected indicators and
their aggregates recomputed, written as a new dataset version and swapped in atomically."""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from data_access.build import COMPONENT_SCHEMA, compute_values
from data_access.catalogue import Catalogue, all_indicators, catalogue_of
from data_access.catalogue_model import Indicator, Provenance
from data_access.changes import CHANGES_FILE, record_changes
from data_access.demo import demo_variables
from data_access.history import BUILD, IMPORT
from data_access.repository import IMPORTS_FILE
from data_access.store import ValueStore, write_values
from i18n import t
from ingest import versions
from ingest.bdl_csv import CodeBook, ParsedExport, parse_export
from ingest.mapping import Mapping, load_mapping

log = logging.getLogger(__name__)

SOURCES_DIR = "imports"
COMPONENTS_WITH_PROVENANCE = COMPONENT_SCHEMA | {"provenance": pl.String}
OWN_FILES = ("components.parquet", IMPORTS_FILE, CHANGES_FILE)  # written anew for each version
KEPT_PER_BATCH = 100  # indicators copied unchanged per batch into a new version's store


@dataclass(frozen=True)
class ImportOutcome:
    version: str
    previous_version: str
    indicators: tuple[str, ...]
    records: tuple[dict, ...]


def known_variables() -> frozenset[str]:
    """Component variables an import may feed: every numerator and denominator."""
    names = {i.numerator for i in all_indicators()} | {
        i.denominator for i in all_indicators() if i.denominator
    }
    return frozenset(names) | demo_variables()


def affected_indicators(catalogue: Catalogue, variables: set[str]) -> tuple[Indicator, ...]:
    """Indicators of ``catalogue`` whose numerator or denominator is one of ``variables``."""
    return tuple(
        i
        for i in catalogue.indicators
        if i.numerator in variables or (i.denominator or "") in variables
    )


def read_components(built_dir: Path) -> pl.DataFrame:
    """Components of a version, with provenance (older builds: ``demo_*`` means demo)."""
    frame = pl.read_parquet(built_dir / "components.parquet")
    if "provenance" not in frame.columns:
        frame = frame.with_columns(
            pl.when(pl.col("variable").is_in(list(demo_variables())))
            .then(pl.lit(Provenance.DEMO.value))
            .otherwise(pl.lit(Provenance.REAL.value))
            .alias("provenance")
        )
    return frame.select(list(COMPONENTS_WITH_PROVENANCE)).cast(COMPONENTS_WITH_PROVENANCE)


def replace_components(components: pl.DataFrame, incoming: pl.DataFrame) -> pl.DataFrame:
    """Put the imported rows in: for each imported variable, the rows of the imported years
    go, and so do all of its demonstration rows (a variable is never half demo, half real)."""
    incoming = incoming.select(list(COMPONENTS_WITH_PROVENANCE)).cast(COMPONENTS_WITH_PROVENANCE)
    variables = incoming["variable"].unique().to_list()
    years = incoming.group_by("variable").agg(pl.col("year").unique().alias("years"))
    kept = (
        components.join(years, on="variable", how="left")
        .filter(
            ~pl.col("variable").is_in(variables)
            | (
                (pl.col("provenance") != Provenance.DEMO.value)
                & ~pl.col("years").list.contains(pl.col("year"))
            )
        )
        .drop("years")
    )
    return pl.concat([kept, incoming]).sort("variable", "code", "year")


def recompute_values(
    values: ValueStore,
    components: pl.DataFrame,
    units: pl.DataFrame,
    indicators: tuple[Indicator, ...],
) -> Iterator[pl.DataFrame]:
    """Values with the given indicators (all their units, levels and years) recomputed, as
    batches for :func:`data_access.store.write_values`: the rows of the other indicators as
    they are, a few indicators at a time (never the whole dataset in memory), then the new
    ones."""
    ids = {i.id for i in indicators}
    kept = [i for i in values.indicator_ids() if i not in ids]
    for start in range(0, len(kept), KEPT_PER_BATCH):
        yield values.indicators(kept[start : start + KEPT_PER_BATCH])
    if indicators:
        yield compute_values(components, units, indicators)


def import_records(
    parsed: ParsedExport, mapping: Mapping, now: dt.datetime, version_id: str
) -> list[dict]:
    """One record per imported variable, stored with the version and in the log."""
    return [
        {
            "variable": variable,
            "source": mapping.source,
            "source_file": parsed.path.name,
            "sha256": parsed.sha256,
            "imported_at": now.isoformat(timespec="seconds"),
            "years": parsed.years_of(variable),
            "rows": parsed.rows.filter(pl.col("variable") == variable).height,
            "version": version_id,
            "note": t(
                "ingest.source_note",
                source=mapping.source,
                file=parsed.path.name,
                date=now.date().isoformat(),
            ),
        }
        for variable in mapping.variables
    ]


def keep_source(data_dir: Path, parsed: ParsedExport, mapping_path: Path) -> Path:
    """Copy the source file and its mapping to ``data/imports/<sha256>/`` (for replays)."""
    folder = data_dir / SOURCES_DIR / parsed.sha256[:20]
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(parsed.path, folder / parsed.path.name)
    shutil.copy2(mapping_path, folder / f"mapping{mapping_path.suffix.lower()}")
    return folder


def write_version(
    source_dir: Path,
    target_dir: Path,
    components: pl.DataFrame,
    values: Iterable[pl.DataFrame],
    imports: list[dict],
) -> None:
    """A complete dataset in ``target_dir``: new components, values (batches, see
    :func:`recompute_values`) and imports, the other files copied from ``source_dir``."""
    if source_dir.resolve() != target_dir.resolve():
        for path in source_dir.iterdir():
            if path.is_file() and path.name not in OWN_FILES:
                shutil.copy2(path, target_dir / path.name)
    components.write_parquet(target_dir / "components.parquet")
    write_values(values, target_dir)
    (target_dir / IMPORTS_FILE).write_text(
        json.dumps(imports, ensure_ascii=False, indent=1), encoding="utf-8"
    )


def apply_parsed(built_dir: Path, target_dir: Path, parsed: ParsedExport, records: list[dict]):
    """Write ``built_dir`` + the import as a complete dataset into ``target_dir`` (which may be
    ``built_dir`` itself: everything is read before anything is written); returns the
    recomputed indicators."""
    components = replace_components(read_components(built_dir), parsed.components())
    units = pl.read_parquet(built_dir / "units.parquet")
    # The version's own catalogue: synced entries may have changed a formula.
    indicators = affected_indicators(
        catalogue_of(built_dir), set(parsed.rows["variable"].unique().to_list())
    )
    values = recompute_values(ValueStore(built_dir), components, units, indicators)
    imports_file = built_dir / IMPORTS_FILE
    previous = json.loads(imports_file.read_text("utf-8")) if imports_file.exists() else []
    write_version(built_dir, target_dir, components, values, previous + records)
    return indicators


def validate(data_dir: Path, source: Path, mapping_path: Path) -> tuple[Mapping, ParsedExport]:
    """Read the mapping and validate the export against the current registry."""
    mapping = load_mapping(mapping_path, known_variables())
    units = pl.read_parquet(data_dir / versions.BUILT / "units.parquet")
    return mapping, parse_export(source, mapping, CodeBook.from_units(units))


def import_export(
    data_dir: Path, parsed: ParsedExport, mapping: Mapping, mapping_path: Path, now: dt.datetime
) -> ImportOutcome:
    """Apply a validated export: write a new version aside, swap it in, log the import."""
    if not parsed.ok:
        raise versions.VersionError("validation failed")
    with versions.exclusive(data_dir):
        versions.remove_stale_staging(data_dir)
        previous = versions.adopt_plain_build(data_dir, now)
        current_dir = data_dir / versions.VERSIONS / previous
        version_id = versions.new_version_id(data_dir, now, "import")
        records = import_records(parsed, mapping, now, version_id)
        with versions.staged_version(data_dir, version_id) as staging:
            indicators = apply_parsed(current_dir, staging, parsed, records)
            record_changes(current_dir, staging, now, IMPORT)
        keep_source(data_dir, parsed, mapping_path)
        versions.activate(data_dir, version_id)
        versions.append_log(
            data_dir,
            {
                "action": "import",
                "time": now.isoformat(timespec="seconds"),
                "source_file": str(parsed.path),
                "sha256": parsed.sha256,
                "mapping": str(mapping_path),
                "variables": list(mapping.variables),
                "rows": parsed.rows.height,
                "version": version_id,
                "previous_version": previous,
                "indicators": [i.id for i in indicators],
            },
        )
        log.info("Imported %s as version %s", parsed.path.name, version_id)
        return ImportOutcome(version_id, previous, tuple(i.id for i in indicators), tuple(records))


def replay_imports(data_dir: Path, target_dir: Path, records: list[dict]) -> list[str]:
    """Re-apply recorded imports (from the copies in ``data/imports/``) on top of a fresh
    build in ``target_dir``, so that rebuilding from the shipped files keeps imported data.
    Returns the names of the replayed files; raises if a copy is missing or now invalid."""
    replayed = []
    for sha in dict.fromkeys(r["sha256"] for r in records):
        own = [r for r in records if r["sha256"] == sha]
        folder = data_dir / SOURCES_DIR / sha[:20]
        mapping_path = next(iter(sorted(folder.glob("mapping.*"))), None)
        source = folder / own[0]["source_file"]
        if mapping_path is None or not source.is_file():
            raise versions.VersionError(f"missing copy of {own[0]['source_file']} in {folder}")
        mapping = load_mapping(mapping_path, known_variables())
        units = pl.read_parquet(target_dir / "units.parquet")
        parsed = parse_export(source, mapping, CodeBook.from_units(units))
        if not parsed.ok:
            raise versions.VersionError(parsed.errors[0].text())
        apply_parsed(target_dir, target_dir, parsed, own)
        replayed.append(source.name)
    return replayed


def rebuild_version(data_dir: Path, build_into: Callable[[Path], None], now: dt.datetime) -> str:
    """``build-data`` when the dataset is versioned: build a new version from the shipped
    files with ``build_into(folder)``, replay the imports of the current version on top, and
    swap it in. The current version is never modified in place."""
    from ingest.synced import replay_syncs  # it builds on this module

    with versions.exclusive(data_dir):
        versions.remove_stale_staging(data_dir)
        previous = versions.current_version(data_dir)
        current_dir = data_dir / versions.VERSIONS / str(previous)
        imports_file = current_dir / IMPORTS_FILE
        records = json.loads(imports_file.read_text("utf-8")) if imports_file.exists() else []
        version_id = versions.new_version_id(data_dir, now, "build")
        with versions.staged_version(data_dir, version_id) as staging:
            for name in ("neighbours.parquet",):
                if (current_dir / name).exists():
                    shutil.copy2(current_dir / name, staging / name)
            build_into(staging)
            files = [r for r in records if r.get("kind") != "sync"]
            replayed = replay_imports(data_dir, staging, files)
            replayed += replay_syncs(current_dir, staging, records)
            record_changes(current_dir, staging, now, BUILD)
        versions.activate(data_dir, version_id)
        versions.append_log(
            data_dir,
            {
                "action": "build",
                "time": now.isoformat(timespec="seconds"),
                "version": version_id,
                "previous_version": previous,
                "replayed": replayed,
            },
        )
        return version_id
