"""A private cache for the report renders of a test module (unit and integration alike)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reports import render, results


def private_report_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Renders (and the render lock) go to a temporary folder, never to the developer's
    ``instance/cache``; from a fixture: ``yield from private_report_cache(tmp_path_factory)``."""
    folder = tmp_path_factory.mktemp("report-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render, "cache_dir", lambda: folder)
        results.refresh()  # the rendered reports follow (reports.results)
        yield folder
    results.refresh()
