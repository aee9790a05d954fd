"""A small client of the GUS BDL API (``https://bdl.stat.gov.pl/api/v1``) for the importer.

- data by variable for a unit level and years, following ``links.next`` over all pages;
- metadata for finding variables: ``/subjects/search``, ``/variables/search``, a subject's
  variables, ``/subjects/{id}`` and ``/variables/{id}`` (``bdl-find``);
- the published rate limits (anonymous 5 requests/s, 100/15 min, 1,000/12 h, 10,000/7 days;
  with a key sent as ``X-ClientId``: 10/s, 500/15 min, 5,000/12 h, 50,000/7 days), through the
  limiter it shares with the SMUP client (:mod:`ingest.ratelimit`);
- retries with exponential backoff on 429 and 5xx (honouring ``Retry-After``);
- a local response cache (one JSON file per URL; the key is never part of the cache key);
- the mapping of BDL's 12-character unit ids to TERYT codes.

Only the standard library is used for HTTP. :func:`write_ctab` turns fetched data into the CSV
layout of the BDL website, so API data go through the same validation as CSV exports.
"""

from __future__ import annotations

import csv
import hashlib
import http.client
import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from babel.numbers import format_decimal

from ingest.ratelimit import ANONYMOUS_LIMITS, KEYED_LIMITS, RateLimiter

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_PAGE_SIZE = 100
MAX_PAGES = 1_000
LEVELS = {"kraj": 0, "wojewodztwo": 2, "powiat": 5, "gmina": 6}


class BdlApiError(RuntimeError):
    """The API did not answer usefully (after retries)."""


def bdl_id_to_teryt(unit_id: str) -> str | None:
    """TERYT code of a 12-character BDL unit id: ``"00"`` for Poland, 2 digits for a
    voivodeship, 4 for a powiat, 7 (``id[2:4] + id[7:12]``) for a gmina; None for units that
    have no TERYT code (macroregions, regions, subregions) or a malformed id."""
    if len(unit_id) != 12 or not unit_id.isdigit():
        return None
    if unit_id == "0" * 12:
        return "00"
    woj, powiat, gmina = unit_id[2:4], unit_id[7:9], unit_id[9:12]
    if woj == "00":
        return None  # macroregion
    if powiat == "00" and gmina == "000":
        return woj if unit_id[4:7] == "000" else None  # voivodeship, or region/subregion
    if gmina == "000":
        return woj + powiat
    return woj + unit_id[7:12]


@dataclass
class BdlClient:
    """Client of the BDL API; see the module docstring."""

    base_url: str = "https://bdl.stat.gov.pl/api/v1"
    client_id: str = ""
    cache_dir: Path | None = None
    max_retries: int = 5
    backoff: float = 1.0
    timeout: float = 30.0
    lang: str = "pl"
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    limiter: RateLimiter | None = None
    requests_sent: int = 0

    def __post_init__(self) -> None:
        if self.limiter is None:
            limits = KEYED_LIMITS if self.client_id else ANONYMOUS_LIMITS
            self.limiter = RateLimiter(limits, clock=self.clock, sleep=self.sleep)

    # --- HTTP ---------------------------------------------------------------------------
    def url(self, path: str, params: list[tuple[str, str]] | None = None) -> str:
        query = [("format", "json"), ("lang", self.lang), *(params or [])]
        return f"{self.base_url.rstrip('/')}/{path.lstrip('/')}?{urllib.parse.urlencode(query)}"

    def _cache_path(self, url: str) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / f"{hashlib.sha256(url.encode()).hexdigest()}.json"

    def get_json(self, url: str) -> dict:
        """GET ``url`` (cached), with rate limiting and retries on 429/5xx."""
        cached = self._cache_path(url)
        if cached is not None and cached.exists():
            return json.loads(cached.read_text(encoding="utf-8"))
        body = self._fetch(url)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(".tmp")
            partial.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
            partial.replace(cached)
        return body

    def _fetch(self, url: str) -> dict:
        headers = {"Accept": "application/json", "User-Agent": "smup-importer"}
        if self.client_id:
            headers["X-ClientId"] = self.client_id
        for attempt in range(self.max_retries + 1):
            self.limiter.wait()
            self.requests_sent += 1
            request = urllib.request.Request(url, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return json.loads(response.read().decode("utf-8"))
            except urllib.error.HTTPError as error:
                if error.code not in RETRY_STATUSES or attempt == self.max_retries:
                    raise BdlApiError(f"HTTP {error.code} for {url}") from error
                pause = self._retry_after(error.headers.get("Retry-After"), attempt)
                log.warning("BDL API HTTP %s, retry %s in %.1f s", error.code, attempt + 1, pause)
            except (OSError, http.client.HTTPException, ValueError) as error:
                # OSError: DNS, refused or reset connections, timeouts; HTTPException: a body
                # cut short (IncompleteRead); ValueError: a body that is not UTF-8 JSON.
                if attempt == self.max_retries:
                    raise BdlApiError(f"{error} for {url}") from error
                pause = self.backoff * 2**attempt
                log.warning("BDL API error %s, retry %s in %.1f s", error, attempt + 1, pause)
            self.sleep(pause)
        raise BdlApiError(url)  # pragma: no cover - the loop always returns or raises

    def _retry_after(self, header: str | None, attempt: int) -> float:
        backoff = self.backoff * 2**attempt
        try:
            return max(float(header), backoff) if header else backoff
        except ValueError:
            return backoff

    # --- resources ----------------------------------------------------------------------
    def pages(self, url: str) -> Iterator[dict]:
        """Every page of a paged resource, following ``links.next``."""
        for _ in range(MAX_PAGES):
            body = self.get_json(url)
            yield body
            following = (body.get("links") or {}).get("next")
            if not following or following == url:
                return
            url = following
        raise BdlApiError(f"more than {MAX_PAGES} pages: {url}")

    def data_by_variable(
        self,
        variable_id: int,
        level: int,
        years: list[int],
        parent_id: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
    ) -> Iterator[dict]:
        """Results (``{id, name, values: [{year, val, attrId}]}``) of one variable for all
        units of a BDL level (0 Poland, 2 voivodeships, 5 powiaty, 6 gminy)."""
        params = [("unit-level", str(level)), ("page-size", str(min(page_size, MAX_PAGE_SIZE)))]
        params += [("year", str(y)) for y in years]
        if parent_id:
            params.append(("unit-parent-id", parent_id))
        for page in self.pages(self.url(f"data/by-variable/{int(variable_id)}", params)):
            yield from page.get("results", [])

    # --- metadata -----------------------------------------------------------------------
    def _first_page(self, path: str, params: list[tuple[str, str]]) -> tuple[list[dict], int]:
        """Results of the first page (at most ``MAX_PAGE_SIZE``) of a list resource and its
        ``totalRecords``: searches are read one page at a time to keep requests few."""
        url = self.url(path, [*params, ("page-size", str(MAX_PAGE_SIZE))])
        body = self._object(self.get_json(url), url)
        results = body.get("results")
        if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
            raise BdlApiError(f"no list of results in the response to {url}")
        total = body.get("totalRecords")
        return results, total if isinstance(total, int) else len(results)

    def _object(self, body: object, url: str) -> dict:
        if not isinstance(body, dict):
            raise BdlApiError(f"the response to {url} is not a JSON object")
        return body

    def search_subjects(self, name: str) -> tuple[list[dict], int]:
        """Subjects whose name contains ``name`` (``/subjects/search``)."""
        return self._first_page("subjects/search", [("name", name)])

    def search_variables(self, name: str) -> tuple[list[dict], int]:
        """Variables with ``name`` in their dimensions n1…n5 (``/variables/search``)."""
        return self._first_page("variables/search", [("name", name)])

    def subject_variables(self, subject_id: str) -> tuple[list[dict], int]:
        """Variables of one subject (``/variables?subject-id=``)."""
        return self._first_page("variables", [("subject-id", subject_id)])

    def subject(self, subject_id: str) -> dict:
        """One subject with its ``years`` and ``availability`` (``/subjects/{id}``)."""
        url = self.url(f"subjects/{urllib.parse.quote(subject_id, safe='')}")
        return self._object(self.get_json(url), url)

    def variable(self, variable_id: int) -> dict:
        """One variable with its ``years`` (``/variables/{id}``)."""
        url = self.url(f"variables/{int(variable_id)}")
        return self._object(self.get_json(url), url)

    def variable_frame(self, variable_id: int, level: int, years: list[int]) -> pl.DataFrame:
        """``code, bdl_id, name, year, value, attr_id`` with TERYT codes (units without one,
        e.g. regions, are left out)."""
        rows = [
            (
                bdl_id_to_teryt(result["id"]),
                result["id"],
                result.get("name", ""),
                int(value["year"]),
                value.get("val"),
                value.get("attrId"),
            )
            for result in self.data_by_variable(variable_id, level, years)
            for value in result.get("values", [])
        ]
        frame = pl.DataFrame(
            rows,
            schema={
                "code": pl.String,
                "bdl_id": pl.String,
                "name": pl.String,
                "year": pl.Int32,
                "value": pl.Float64,
                "attr_id": pl.Int32,
            },
            orient="row",
        )
        return frame.filter(pl.col("code").is_not_null())


def ctab_number(value: float) -> str:
    """A value as BDL's CSV exports write it: Polish decimal comma (CLDR's, through Babel),
    every digit Python keeps of the float, no exponent, no grouping: ``1234.5`` → ``"1234,5"``."""
    return format_decimal(value, format="0.#", locale="pl_PL", decimal_quantization=False)


def write_ctab(frame: pl.DataFrame, path: Path, dimension: str, unit: str) -> Path:
    """Write ``code, name, year, value`` rows in the layout of a BDL website CSV export
    (``Kod;Nazwa;"<dimension>;<year>;[<unit>]";…``, decimal comma, empty = no data), so they can
    be loaded with ``flask --app app ingest-bdl-csv``. Codes are padded to 7 digits as in the
    exports (``0200000`` for a voivodeship, ``0201000`` for a powiat)."""
    years = sorted(frame["year"].unique().to_list())
    values = {(r["code"], r["year"]): r["value"] for r in frame.iter_rows(named=True)}
    names = dict(zip(frame["code"], frame["name"], strict=False))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(["Kod", "Nazwa", *[f"{dimension};{y};[{unit}]" for y in years]])
        for code in sorted(names):
            padded = "0000000" if code == "00" else code.ljust(7, "0")
            cells = [values.get((code, y)) for y in years]
            writer.writerow(
                [
                    padded,
                    names[code],
                    *["" if v is None else ctab_number(v) for v in cells],
                ]
            )
    return path
