"""A saved view is a page path plus its query string (the URL is the view state in this
app). This module checks such a URL when it is saved and when it is opened.

``normalise_view_url`` rejects what can never be a view (other hosts, unknown pages, account
pages, oversized or malformed input). ``check_view`` reads a stored view against the current
data and lists what no longer exists (a removed unit or indicator), with a cleaned URL that
leaves those out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from accounts.models import URL_MAX
from accounts.security import CONTROL_CHARS, AccountError
from core import teryt, urls
from i18n import t

MAX_PARAMS = 40
# Pages of the accounts feature itself are never saved as views.
PRIVATE_PREFIXES = urls.PRIVATE_PREFIXES
# Parameters of the frame, not of the view: embedding and the interface language (a saved view
# opens in the language its viewer chose).
FRAME_PARAMS = ("osadzony", "lang")
# Query parameters that reference units and indicators (comma-separated lists).
UNIT_PARAMS = ("jst", "jednostka")
INDICATOR_PARAMS = ("wskaznik", "wskazniki")
PATH_REFERENCES = ((urls.UNIT, "unit"), (urls.SERVICE, "service"), (urls.INDICATOR, "indicator"))


@dataclass(frozen=True)
class ViewCheck:
    """The outcome of reading a stored view against the current data."""

    url: str
    notes: list[str] = field(default_factory=list)
    cleaned_url: str | None = None  # the view without what no longer exists, if it still works

    @property
    def ok(self) -> bool:
        return not self.notes


def is_known_page(path: str) -> bool:
    """Whether ``path`` is served by a public page of the app (static or templated)."""
    if path.startswith(PRIVATE_PREFIXES):
        return False
    for page in urls.PAGES:
        if "<" in page and urls.pattern(page).match(path):
            return True
        if "<" not in page and (path == page or path.rstrip("/") == page):
            return True
    return False


def _split(url: str) -> tuple[str, list[tuple[str, str]]]:
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        raise AccountError("view_url_invalid")
    try:
        params = parse_qsl(parts.query, keep_blank_values=True, max_num_fields=MAX_PARAMS)
    except ValueError as error:
        raise AccountError("view_url_invalid") from error
    return parts.path, params


def _join(path: str, params: list[tuple[str, str]]) -> str:
    query = urlencode(params, safe=",:")
    return f"{path}?{query}" if query else path


def normalise_view_url(raw: object) -> str:
    """The view URL to store (path and query, frame parameters dropped); ``AccountError``
    when it is not a view of a public page."""
    url = raw.strip() if isinstance(raw, str) else ""
    if not url:
        raise AccountError("view_url_empty")
    if len(url) > URL_MAX:
        raise AccountError("view_url_too_long")
    if CONTROL_CHARS.search(url) or "\\" in url or url.startswith("//"):
        raise AccountError("view_url_invalid")
    path, params = _split(url)
    if CONTROL_CHARS.search(unquote(path)):
        raise AccountError("view_url_invalid")
    if not is_known_page(path):
        raise AccountError("view_url_unknown_page")
    params = [(k, v) for k, v in params if k not in FRAME_PARAMS]
    return _join(path, params)


def check_view(url: str) -> ViewCheck:
    """Read a stored view against the current data: notes (Polish) for every unit or
    indicator it references that no longer exists."""
    from data_access.repository import get_repository

    try:
        path, params = _split(url)
    except AccountError:
        return ViewCheck(url, [t("accounts.note.malformed")])
    if not is_known_page(path):
        return ViewCheck(url, [t("accounts.note.page_gone")])
    repo = get_repository()
    notes: list[str] = []
    path_broken = False
    for template, kind in PATH_REFERENCES:
        key = urls.match(template, path)
        if key is None:
            continue
        exists = {
            "unit": lambda k: repo.unit(k) is not None,
            "service": lambda k: repo.service(k) is not None,
            "indicator": lambda k: repo.indicator(k) is not None,
        }[kind](key)
        if not exists:
            notes.append(t(f"accounts.note.{kind}_gone", ref=key[:40]))
            path_broken = True
    cleaned: list[tuple[str, str]] = []
    for name, value in params:
        if name in UNIT_PARAMS or name in INDICATOR_PARAMS:
            is_unit = name in UNIT_PARAMS
            items, _ = teryt.split_parts(value)
            kept = [
                i
                for i in items
                if (
                    teryt.is_code(i) and repo.unit(i) is not None
                    if is_unit
                    else repo.indicator(i) is not None
                )
            ]
            for gone in (i for i in items if i not in kept):
                kind = "unit" if is_unit else "indicator"
                notes.append(t(f"accounts.note.{kind}_gone", ref=gone[:40]))
            if kept:
                cleaned.append((name, ",".join(kept)))
        else:
            cleaned.append((name, value))
    cleaned_url = None if path_broken or not notes else _join(path, cleaned)
    return ViewCheck(url, notes, cleaned_url)


def embedded_url(url: str) -> str:
    """The view's URL for an ``<iframe>``: the page without navigation and footer."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}osadzony=1"
