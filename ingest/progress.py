"""Progress of a long sync, shared by ``sync-smup`` and ``sync-bdl``: a bar with ETA on a
terminal, plain lines with ETA otherwise (logs, CI)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from i18n import format_duration, t

Echo = Callable[[str], None]


class LineProgress:
    """One line per finished item, with a rough ETA."""

    def __init__(self, echo: Echo, clock: Callable[[], float] = time.monotonic) -> None:
        self.echo, self.clock = echo, clock
        self.total = self.done = 0
        self.started = 0.0

    def start(self, total: int) -> None:
        self.total, self.done, self.started = total, 0, self.clock()

    def advance(self, item: str) -> None:
        self.done += 1
        per_item = (self.clock() - self.started) / self.done
        eta = format_duration(per_item * (self.total - self.done))
        self.echo(t("ingest.progress.line", done=self.done, total=self.total, item=item, eta=eta))

    def close(self) -> None:
        pass


class BarProgress:
    """A progress bar with ETA (tqdm, on stderr); ``short`` names the item on the bar."""

    def __init__(self) -> None:
        self.bar = None

    def start(self, total: int) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit=t("ingest.progress.unit"), file=sys.stderr)

    def advance(self, item: str) -> None:
        self.bar.set_postfix_str(item, refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def progress_for(echo: Echo) -> LineProgress | BarProgress:
    """A bar on a terminal, lines otherwise."""
    return BarProgress() if sys.stderr.isatty() else LineProgress(echo)
