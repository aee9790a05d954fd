"""The layering, read from the import statements of every module (no module is imported).

The table is the one in the README ("Where things live"): the data layer (``data_access/``,
and ``core/``) speaks no language and knows no web framework, nor anything above
it; the reusable components (``components/``) know no page.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What the data layer must never import (at module level or inside a function): a language,
# a web framework, or any layer above it.
ABOVE_DATA = frozenset(
    {
        "i18n",
        "i18n_en",
        "flask",
        "flask_login",
        "flask_wtf",
        "wtforms",
        "flask_caching",
        "dash",
        "dash_bootstrap_components",
        "plotly",
        "components",
        "pages",
        "analysis",
        "reports",
        "accounts",
        "ingest",
        "geodata",
        "api",
        "embeds",
        "targets",
        "web",
        "app",
        "commands",
    }
)
# package → top-level modules it must never import
FORBIDDEN: dict[str, frozenset[str]] = {
    "core": ABOVE_DATA | {"data_access"},
    "data_access": ABOVE_DATA,
    "components": frozenset({"pages", "app", "web"}),
}
# The core imports nothing but the standard library, polars and itself.
CORE_ALLOWED = frozenset({"core", "polars", "__future__"}) | sys.stdlib_module_names


def imported_modules(source: str) -> list[tuple[int, str]]:
    """(line, dotted name) of every absolute import in ``source``, nested ones too."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def violations(package: Path, forbidden: frozenset[str]) -> list[str]:
    out = []
    for path in sorted(package.rglob("*.py")):
        for line, name in imported_modules(path.read_text(encoding="utf-8")):
            if name.split(".")[0] in forbidden:
                out.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return out


def test_the_checker_sees_nested_and_dotted_imports():
    source = "import os\nfrom flask import g\n\ndef f():\n    import dash.html\n"
    names = [name for _, name in imported_modules(source)]
    assert names == ["os", "flask", "dash.html"]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_upward_or_framework_imports(package: str):
    folder = ROOT / package
    if not folder.is_dir():
        pytest.skip(f"no {package}/ package in this checkout")
    assert violations(folder, FORBIDDEN[package]) == []


def test_the_core_imports_only_the_standard_library_polars_and_itself():
    files = sorted((ROOT / "core").glob("*.py"))
    assert {f.stem for f in files} >= {"levels", "teryt", "urls", "classify"}
    foreign = {
        f.name: sorted(
            name
            for _, name in imported_modules(f.read_text(encoding="utf-8"))
            if name.split(".")[0] not in CORE_ALLOWED
        )
        for f in files
    }
    assert all(not names for names in foreign.values()), foreign
