"""A fake clock for the clients' pacing and retries, so that no test waits."""

from __future__ import annotations


class FakeTime:
    """A clock that moves only when something sleeps: pass ``clock`` and ``sleep`` to the code
    under test, then read ``sleeps`` and ``now`` (which starts at 1000.0)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
