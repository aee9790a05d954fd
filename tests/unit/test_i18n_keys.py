"""Every literal text key used in the code and the report templates exists in both gettext
catalogues (a missing key would show as its raw name, e.g. "profile.in_woj", to the user), as a
text for t() and as a counted noun (a plural entry) for t_count()."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.mofile import read_mo

from i18n import LANGUAGES, TRANSLATIONS_DIR, messages

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
# t("key" …), lazy_t("key"), t('key' …), t_in("pl", "key") in Python and in Jinja templates.
KEY = r"""["']([a-z0-9_]+(?:\.[a-z0-9_-]+)+)["']"""
KEY_CALL = re.compile(r"\b(?:t|lazy_t)\(\s*" + KEY + r"|\bt_in\(\s*[^,()]+,\s*" + KEY)
# t_count("key", n): a counted noun.
COUNT_CALL = re.compile(r"\bt_count\(\s*" + KEY)


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


def used_keys(pattern: re.Pattern = KEY_CALL) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in source_files():
        for match in pattern.findall(path.read_text(encoding="utf-8")):
            for key in (match,) if isinstance(match, str) else filter(None, match):
                found.setdefault(key, []).append(str(path.relative_to(ROOT)))
    return found


def test_the_scan_finds_keys_in_code_and_templates():
    used = used_keys()
    places = {place for where in used.values() for place in where}
    assert len(used) > 200
    assert any(p.endswith(".html") for p in places) and any(p.endswith(".py") for p in places)


def test_every_literal_key_exists_in_both_languages():
    for language in LANGUAGES:
        texts = messages(language)
        missing = {key: where for key, where in used_keys().items() if key not in texts}
        assert missing == {}, language


def counted_nouns(language: str) -> set[str]:
    """The plural entries of the compiled catalogue of ``language``."""
    with (TRANSLATIONS_DIR / language / "LC_MESSAGES" / "messages.mo").open("rb") as compiled:
        return {m.id[0] for m in read_mo(compiled) if m.pluralizable and all(m.string)}


def test_every_counted_noun_exists_in_both_languages():
    used = used_keys(COUNT_CALL)
    assert {"count.units", "count.indicators", "workshop.following"} <= set(used)
    for language in LANGUAGES:
        nouns = counted_nouns(language)
        missing = {key: where for key, where in used.items() if key not in nouns}
        assert missing == {}, language
