"""The domain core imports only the standard library, polars and itself: no Flask, Dash,
i18n or plotly, so every layer may use it and its tests need neither an app nor a dataset."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"
ALLOWED = {"core", "polars", "__future__"}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_the_core_imports_only_the_standard_library_polars_and_itself():
    files = sorted(CORE.glob("*.py"))
    assert {f.stem for f in files} >= {"levels", "teryt", "urls", "classify"}
    foreign = {
        f.name: sorted(r for r in imported_roots(f) if r not in ALLOWED | sys.stdlib_module_names)
        for f in files
    }
    assert all(not roots for roots in foreign.values()), foreign
