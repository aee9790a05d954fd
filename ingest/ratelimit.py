"""The rate limits of the GUS APIs of one family (BDL, DBW, SMUP), shared by their clients.

Published limits (``(window seconds, requests)``): anonymous 5 requests/s, 100 per 15 min,
1,000 per 12 h, 10,000 per 7 days; with a key (``X-ClientId``) 10/s, 500 per 15 min, 5,000 per
12 h, 50,000 per 7 days. A public SMUP client measured that waiting 9.5 s between requests
without a key and 1.9 s with one stays under them (1 s still got HTTP 429), so the SMUP client
adds that pace as one more window of one request (:func:`paced`).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

Limits = tuple[tuple[float, int], ...]

ANONYMOUS_LIMITS: Limits = ((1.0, 5), (900.0, 100), (43_200.0, 1_000), (604_800.0, 10_000))
KEYED_LIMITS: Limits = ((1.0, 10), (900.0, 500), (43_200.0, 5_000), (604_800.0, 50_000))
# Seconds between requests that a public client measured to stay under the limits.
MEASURED_PACE = {"keyed": 1.9, "anonymous": 9.5}


def published(keyed: bool) -> Limits:
    """The published limits for keyed or anonymous use."""
    return KEYED_LIMITS if keyed else ANONYMOUS_LIMITS


def paced(keyed: bool) -> Limits:
    """The published limits plus the measured pace (one request per 1.9 s or 9.5 s)."""
    pace = MEASURED_PACE["keyed" if keyed else "anonymous"]
    return (*published(keyed), (pace, 1))


def scaled(limits: Limits, factor: float) -> Limits:
    """Every window multiplied by ``factor`` (0 = no waiting; tests only)."""
    return tuple((window * factor, count) for window, count in limits)


@dataclass
class RateLimiter:
    """Sliding-window limits ``(seconds, requests)``; :meth:`wait` sleeps as needed."""

    limits: Limits
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _sent: deque = field(default_factory=deque)

    def delay(self, now: float) -> float:
        """Seconds to wait before the next request may go out at ``now``."""
        wait = 0.0
        sent = list(self._sent)
        for window, count in self.limits:
            recent = [s for s in sent if s > now - window]
            if len(recent) >= count:
                wait = max(wait, recent[-count] + window - now)
        return wait

    def wait(self) -> None:
        pause = self.delay(self.clock())
        if pause > 0:
            self.sleep(pause)
        now = self.clock()
        self._sent.append(now)
        longest = max(w for w, _ in self.limits)
        while self._sent and self._sent[0] <= now - longest:
            self._sent.popleft()


def estimate_seconds(requests: int, limits: Limits) -> float:
    """Wall time until ``requests`` requests have gone out under ``limits``, as fast as they
    allow (response times left out: they are shorter than any pace used here)."""
    recent: list[deque] = [deque(maxlen=count) for _, count in limits]
    now = 0.0
    for _ in range(requests):
        for (window, count), sent in zip(limits, recent, strict=True):
            if len(sent) == count:
                now = max(now, sent[0] + window)
        for sent in recent:
            sent.append(now)
    return now
