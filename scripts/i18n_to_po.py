"""Writes the gettext catalogues ``translations/{pl,en}/LC_MESSAGES/messages.po`` from the
message dicts of ``i18n.py`` (``MESSAGES["pl"]``) and ``i18n_en.py`` (``MESSAGES_EN``): the
one-off move of the interface messages to Babel (issue #14), kept as a script so that it can be
run again on dicts that other branches are still adding keys to.

- msgid = the message key (``"analiza.territory"``), so call sites ``t("key", **params)`` stay as
  they are; msgstr = the text, ``{params}`` included.
- A counted noun written as three keys ``KEY.one`` / ``KEY.few`` / ``KEY.many`` becomes one
  plural entry (msgid and msgid_plural = ``KEY``) with the forms of the language's
  ``Plural-Forms`` (Polish 3: one, few, many; English 2: one, other = the ``.many`` text; the
  English ``.few`` twin must equal ``.many``).
- The output depends only on the dicts (fixed dates, the Polish order of keys), so running the
  script twice writes the same files.

    .venv/bin/python scripts/i18n_to_po.py            # write the .po files
    .venv/bin/python scripts/i18n_to_po.py --check    # exit 1 when they differ from the dicts
    .venv/bin/python scripts/i18n_to_po.py --remove-dicts
        # the last step of the move: delete the dicts (and their import) from i18n.py and
        # i18n_en.py, after which the .po files are the only source of the texts

The dicts are read from the source with ``ast`` (no import of the app)."""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n.py"
I18N_EN = ROOT / "i18n_en.py"
TRANSLATIONS = ROOT / "translations"
DOMAIN = "messages"
PLURAL_SUFFIXES = ("one", "few", "many")
# Fixed header dates: the files change only when the texts do.
STAMP = dt.datetime(2026, 12, 4, tzinfo=dt.UTC)
HEADER = """\
# Interface messages of Monitoring usług publicznych JST ({language_name}).
# msgid is the message key used in the code: t("key", **params); msgstr is the text, with
# {{params}} filled in by str.format. Counted nouns are plural entries (t_count("key", n)) with
# the forms of the Plural-Forms header. `make translations` compiles this file into
# messages.mo, which the app reads (i18n.py, babel.support.Translations).
#"""
LANGUAGE_NAMES = {"pl": "Polish", "en": "English"}


class CatalogueError(Exception):
    """The dicts cannot be written as catalogues (a message says why)."""


def _assignment(tree: ast.Module, name: str) -> ast.Assign | ast.AnnAssign:
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        if isinstance(node, ast.Assign | ast.AnnAssign) and any(
            isinstance(t, ast.Name) and t.id == name for t in targets
        ):
            return node
    raise CatalogueError(f"no top-level `{name} = {{...}}` found")


def read_dicts() -> tuple[dict[str, str], dict[str, str]]:
    """``MESSAGES["pl"]`` of i18n.py and ``MESSAGES_EN`` of i18n_en.py, read from the source."""
    polish = ast.literal_eval(_assignment(ast.parse(I18N.read_text("utf-8")), "MESSAGES").value)
    english = ast.literal_eval(
        _assignment(ast.parse(I18N_EN.read_text("utf-8")), "MESSAGES_EN").value
    )
    return polish["pl"], english


def plural_bases(polish: dict[str, str]) -> set[str]:
    """The keys ``KEY`` written as ``KEY.one``, ``KEY.few`` and ``KEY.many``."""
    found: dict[str, set[str]] = {}
    for key in polish:
        base, _, suffix = key.rpartition(".")
        if suffix in PLURAL_SUFFIXES:
            found.setdefault(base, set()).add(suffix)
    incomplete = {base: sorted(s) for base, s in found.items() if len(s) != len(PLURAL_SUFFIXES)}
    if incomplete:
        raise CatalogueError(f"counted nouns need .one, .few and .many: {incomplete}")
    clashing = sorted(base for base in found if base in polish)
    if clashing:
        raise CatalogueError(f"a key is both a text and a counted noun: {clashing}")
    return set(found)


def entries(polish: dict[str, str], english: dict[str, str]) -> dict[str, list]:
    """Per language, ``(msgid, text or tuple of plural forms)`` in the Polish order of keys."""
    missing_en = sorted(set(polish) - set(english))
    missing_pl = sorted(set(english) - set(polish))
    if missing_en or missing_pl:
        raise CatalogueError(f"missing in English: {missing_en}; missing in Polish: {missing_pl}")
    bases = plural_bases(polish)
    wrong_few = sorted(base for base in bases if english[f"{base}.few"] != english[f"{base}.many"])
    if wrong_few:
        raise CatalogueError(f"English .few must equal .many (English has 2 forms): {wrong_few}")
    out: dict[str, list] = {"pl": [], "en": []}
    for key in polish:
        base, _, suffix = key.rpartition(".")
        if base in bases:
            if suffix == "one":
                out["pl"].append((base, tuple(polish[f"{base}.{s}"] for s in PLURAL_SUFFIXES)))
                out["en"].append((base, (english[f"{base}.one"], english[f"{base}.many"])))
            continue
        out["pl"].append((key, polish[key]))
        out["en"].append((key, english[key]))
    return out


def po_text(language: str, items: list) -> str:
    catalog = Catalog(
        locale=language,
        domain=DOMAIN,
        header_comment=HEADER.format(language_name=LANGUAGE_NAMES[language]),
        project="Monitoring usług publicznych JST",
        version="1",
        msgid_bugs_address="the project's issue tracker",
        creation_date=STAMP,
        revision_date=STAMP,
        last_translator="the project's developers",
        language_team=LANGUAGE_NAMES[language],
        fuzzy=False,
    )
    for key, text in items:
        catalog.add((key, key) if isinstance(text, tuple) else key, text)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=False)
    return buffer.getvalue().decode("utf-8")


def po_path(language: str) -> Path:
    return TRANSLATIONS / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def rendered() -> dict[Path, str]:
    polish, english = read_dicts()
    return {po_path(lang): po_text(lang, items) for lang, items in entries(polish, english).items()}


def remove_dicts() -> None:
    """Delete ``MESSAGES`` (and ``MESSAGES["en"] = MESSAGES_EN``, the import of ``MESSAGES_EN``
    and the comment lines right above them) from i18n.py, and ``MESSAGES_EN`` from i18n_en.py."""
    for path, names in ((I18N, ("MESSAGES",)), (I18N_EN, ("MESSAGES_EN",))):
        source = path.read_text("utf-8")
        lines = source.splitlines(keepends=True)
        tree = ast.parse(source)
        spans = [_assignment(tree, name) for name in names]
        for node in tree.body:
            if isinstance(node, ast.Assign) and ast.unparse(node) == "MESSAGES['en'] = MESSAGES_EN":
                spans.append(node)
        drop: set[int] = set()
        for node in spans:
            first = node.lineno - 1
            while first > 0 and lines[first - 1].lstrip().startswith("#"):
                first -= 1
            drop.update(range(first, node.end_lineno))
        kept = "".join(line for i, line in enumerate(lines) if i not in drop)
        kept = re.sub(r"\bMESSAGES_EN, ", "", kept)  # from i18n_en import MESSAGES_EN, ...
        kept = re.sub(r"\n{4,}", "\n\n\n", kept)
        kept = re.sub(r"(from __future__ import annotations\n)\n+", r"\1\n", kept)
        path.write_text(kept, "utf-8")
        print(f"rewrote {path.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    parser.add_argument("--remove-dicts", action="store_true", help="delete the dicts")
    args = parser.parse_args(argv)
    if args.remove_dicts:
        remove_dicts()
        return 0
    try:
        files = rendered()
    except CatalogueError as error:
        print(f"i18n_to_po: {error}", file=sys.stderr)
        return 2
    stale = [p for p, text in files.items() if not p.is_file() or p.read_text("utf-8") != text]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
