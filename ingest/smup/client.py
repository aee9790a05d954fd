"""A client of SMUP's own API (paths and names: :mod:`ingest.smup.fields`).

- the published rate limits plus the measured pace, through the limiter shared with the BDL
  client (:mod:`ingest.ratelimit`);
- HTTP 429: waits ``Retry-After`` (or backs off) and retries; 5xx, network errors and a body
  that is not JSON: a few retries with exponential backoff, then :class:`SmupApiError`;
- 401/403: the key (or its absence) is rejected, no retry;
- 404 on ``indicator-date-data``: no data for that year, a result (``None``), not an error;
- list answers checked and paged (``page-size=5000``, following ``page`` to a short page).

The key goes into the ``X-ClientId`` header of each request and nowhere else: not into URLs,
messages, logs or the checkpoint (every message passes :func:`errors.redact` as well).
"""

from __future__ import annotations

import http.client
import json
import logging
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.ratelimit import RateLimiter, paced, scaled
from ingest.smup import fields as f
from ingest.smup.errors import SmupApiError, SmupError, SmupShapeError, redact
from ingest.smup.parse import date_id, records

log = logging.getLogger(__name__)

NOT_FOUND = object()  # a 404 where it means "nothing there"


@dataclass
class SmupClient:
    """Client of SMUP's API; see the module docstring. ``time_scale`` multiplies every wait
    (limits, backoff, ``Retry-After``): 1 in use, 0 in tests."""

    base_url: str = f.DEFAULT_BASE_URL
    key: str = field(default="", repr=False)
    timeout: float = 60.0
    max_retries: int = 4
    backoff: float = 2.0
    time_scale: float = 1.0
    page_size: int = f.PAGE_SIZE
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    limiter: RateLimiter | None = None
    requests_sent: int = 0

    def __post_init__(self) -> None:
        self.key = self.key.strip()  # a stray newline would make an invalid header
        if self.limiter is None:
            limits = scaled(paced(self.keyed), self.time_scale)
            self.limiter = RateLimiter(limits, clock=self.clock, sleep=self.sleep)

    @property
    def keyed(self) -> bool:
        return bool(self.key)

    # --- HTTP ---------------------------------------------------------------------------
    def url(self, path: str, params: list[tuple[str, object]]) -> str:
        query = urllib.parse.urlencode([(k, str(v)) for k, v in params])
        return f"{self.base_url.rstrip('/')}/{path}?{query}"

    def get(self, path: str, params: list[tuple[str, object]], missing_ok: bool = False):
        """The JSON body of one GET (rate-limited, retried); :data:`NOT_FOUND` for a 404 when
        ``missing_ok``."""
        url = self.url(path, params)
        try:
            return self._get(url, missing_ok)
        except SmupError:
            raise
        except Exception as error:  # an unexpected failure: its text may not name the key
            raise SmupApiError(
                "ingest.smup.error.network", url=url, reason=self._clean(error)
            ) from None

    def _get(self, url: str, missing_ok: bool):
        headers = {"Accept": "application/json", "User-Agent": "smup-sync"}
        if self.key:
            headers[f.KEY_HEADER] = self.key
        for attempt in range(self.max_retries + 1):
            self.limiter.wait()
            self.requests_sent += 1
            try:
                request = urllib.request.Request(url, headers=headers)
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    raw = response.read()
                return json.loads(raw.decode("utf-8"))
            except urllib.error.HTTPError as error:
                if error.code == f.NO_DATA_STATUS and missing_ok:
                    return NOT_FOUND
                failure = self._http_failure(error.code, url)
                pause = self._retry_after(error.headers.get("Retry-After"), attempt)
            except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
                failure = self._network_failure(error, url)
                pause = self._backoff(attempt)
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                reason = self._clean(error)
                failure = SmupApiError("ingest.smup.error.truncated", url=url, reason=reason)
                pause = self._backoff(attempt)
            if attempt == self.max_retries:
                raise failure
            log.warning("SMUP API: %s; retry %s in %.1f s", failure, attempt + 1, pause)
            self.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    def _http_failure(self, status: int, url: str) -> SmupError:
        if status in f.REJECTED_STATUSES:
            key = "ingest.smup.error.rejected_key" if self.key else "ingest.smup.error.needs_key"
            raise SmupApiError(key, status=status)
        if status not in f.RETRY_STATUSES:
            raise SmupApiError("ingest.smup.error.http", status=status, url=url)
        return SmupApiError(
            "ingest.smup.error.server", status=status, retries=self.max_retries, url=url
        )

    def _network_failure(self, error: Exception, url: str) -> SmupError:
        reason = getattr(error, "reason", error)
        if isinstance(reason, socket.gaierror):
            host = urllib.parse.urlsplit(url).hostname
            return SmupApiError("ingest.smup.error.dns", host=host)
        if isinstance(error, http.client.IncompleteRead):
            return SmupApiError("ingest.smup.error.truncated", url=url, reason=self._clean(error))
        return SmupApiError("ingest.smup.error.network", url=url, reason=self._clean(reason))

    def _clean(self, error: object) -> str:
        return redact(str(error) or type(error).__name__, self.key)

    def _backoff(self, attempt: int) -> float:
        return self.backoff * 2**attempt * self.time_scale

    def _retry_after(self, header: str | None, attempt: int) -> float:
        try:
            wait = max(float(header), 0.0) * self.time_scale if header else None
        except ValueError:
            wait = None
        return self._backoff(attempt) if wait is None else wait

    # --- resources ----------------------------------------------------------------------
    def records(
        self, path: str, params: list[tuple[str, object]] = (), missing_ok: bool = False
    ) -> list[dict] | None:
        """Every record of a list answer over all its pages; None for a 404 when
        ``missing_ok``."""
        found: list[dict] = []
        previous_first = None
        for page in range(f.FIRST_PAGE, f.FIRST_PAGE + f.MAX_PAGES):
            query = [*params, (f.PAGE_SIZE_PARAM, self.page_size), (f.PAGE_PARAM, page)]
            where = f"{path}?{urllib.parse.urlencode(query)}"
            body = self.get(path, query, missing_ok)
            if body is NOT_FOUND:
                return None if page == f.FIRST_PAGE else found
            rows = records(body, where)
            if rows and previous_first is not None and rows[0] == previous_first:
                raise SmupShapeError(where, f.PAGE_PARAM, "ingest.smup.shape.page_ignored", rows[0])
            found += rows
            if len(rows) < self.page_size:
                return found
            previous_first = rows[0]
        raise SmupShapeError(path, f.PAGE_PARAM, "ingest.smup.shape.too_many_pages", f.MAX_PAGES)

    def listing(self, path: str, lang: str = "pl") -> list[dict]:
        return self.records(path, [(f.LANG, lang)])

    def indicators(self, lang: str = "pl") -> list[dict]:
        """``indicator-list``, or its other spelling when the first answers 404."""
        for path in f.INDICATORS_PATHS:
            found = self.records(path, [(f.LANG, lang)], missing_ok=True)
            if found is not None:
                return found
        raise SmupApiError("ingest.smup.error.http", status=404, url=self.url(path, []))

    def indicator_year(self, indicator: str, year: int) -> list[dict] | None:
        """The rows of one indicator for one year; None when SMUP has none (HTTP 404)."""
        params = [(f.ID_PARAM, indicator), (f.DATE_PARAM, date_id(year))]
        return self.records(f.DATA_PATH, params, missing_ok=True)
