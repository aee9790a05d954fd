"""Every literal text key used in the code and the report templates exists in the catalogue
(a missing key would show as its raw name, e.g. "profile.in_woj", to the user)."""

from __future__ import annotations

import re
from pathlib import Path

from i18n import MESSAGES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = (
    "*.py",
    "accounts",
    "analysis",
    "api",
    "components",
    "data_access",
    "ingest",
    "pages",
    "reports",
)
# t("key" …), lazy_t("key"), t('key' …) in Python and in Jinja templates.
KEY_CALL = re.compile(r"""\b(?:t|lazy_t)\(\s*["']([a-z0-9_]+(?:\.[a-z0-9_-]+)+)["']""")


def source_files() -> list[Path]:
    files: list[Path] = []
    for entry in SOURCES:
        if entry.startswith("*"):
            files += ROOT.glob(entry)
        else:
            folder = ROOT / entry
            files += folder.rglob("*.py")
            files += folder.rglob("*.html")
    return sorted(files)


def used_keys() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in source_files():
        for key in KEY_CALL.findall(path.read_text(encoding="utf-8")):
            found.setdefault(key, []).append(str(path.relative_to(ROOT)))
    return found


def test_the_scan_finds_keys_in_code_and_templates():
    used = used_keys()
    places = {place for where in used.values() for place in where}
    assert len(used) > 200
    assert any(p.endswith(".html") for p in places) and any(p.endswith(".py") for p in places)


def test_every_literal_key_exists_in_polish():
    missing = {key: where for key, where in used_keys().items() if key not in MESSAGES["pl"]}
    assert missing == {}
