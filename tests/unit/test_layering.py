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
# Above the domain layer: the pages and routes, the app. (``security``'s web parts are listed
# by module: its other modules, untrusted input and safe cells, sit low and serve everyone.)
PAGES_AND_ROUTES = frozenset(
    {
        "pages",
        "reports",
        "embeds",
        "api",
        "web",
        "delivery",
        "app",
        "commands",
        "security.callback_guard",
        "security.security_headers",
    }
)
WEB = frozenset({"flask", "flask_login", "flask_wtf", "dash", "dash_bootstrap_components"})
# folder or file → modules it must never import (a dotted name also forbids its submodules)
FORBIDDEN: dict[str, frozenset[str]] = {
    "core": ABOVE_DATA | {"data_access"},
    "data_access": ABOVE_DATA,
    "static_files.py": ABOVE_DATA | PAGES_AND_ROUTES | {"data_access"},
    "analysis": PAGES_AND_ROUTES | {"components"},
    "geodata": PAGES_AND_ROUTES | {"components"},
    "components": PAGES_AND_ROUTES,
    "accounts/viewstate.py": PAGES_AND_ROUTES | {"components", "dash"},
    "security/untrusted.py": ABOVE_DATA | WEB,
    "security/cell_safety.py": ABOVE_DATA | WEB,
    "security/private_files.py": ABOVE_DATA | WEB,
    "security/logs.py": ABOVE_DATA | WEB,
    "security/security_headers.py": frozenset({"embeds", "pages", "components"}),
}


def forbids(forbidden: frozenset[str], name: str) -> bool:
    parts = name.split(".")
    return any(".".join(parts[:n]) in forbidden for n in range(1, len(parts) + 1))


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


def violations(where: Path, forbidden: frozenset[str]) -> list[str]:
    out = []
    for path in sorted(where.rglob("*.py")) if where.is_dir() else [where]:
        for line, name in imported_modules(path.read_text(encoding="utf-8")):
            if forbids(forbidden, name):
                out.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return out


def test_the_checker_sees_nested_and_dotted_imports():
    source = "import os\nfrom flask import g\n\ndef f():\n    import dash.html\n"
    names = [name for _, name in imported_modules(source)]
    assert names == ["os", "flask", "dash.html"]


def test_a_dotted_entry_forbids_that_module_only():
    forbidden = frozenset({"dash", "security.security_headers"})
    assert forbids(forbidden, "dash.html") and forbids(forbidden, "security.security_headers")
    assert not forbids(forbidden, "security.untrusted") and not forbids(forbidden, "dashboards")


@pytest.mark.parametrize("where", sorted(FORBIDDEN))
def test_no_upward_or_framework_imports(where: str):
    assert (ROOT / where).exists(), f"{where} is gone: update the layer table"
    assert violations(ROOT / where, FORBIDDEN[where]) == []


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
