"""Errors of a SMUP sync. Each carries a message key and its parameters; ``str()`` gives the
Polish text. None of them ever holds the API key (see :func:`redact`)."""

from __future__ import annotations

import json

from i18n import t

SAMPLE_CHARS = 160


class SmupError(RuntimeError):
    """A sync cannot go on; the current data stay untouched and the checkpoint is kept."""

    key = "ingest.smup.error.data"

    def __init__(self, key: str | None = None, **params: object) -> None:
        self.key = key or self.key
        self.params = params
        super().__init__(self.key)

    def __str__(self) -> str:
        return t(self.key, **self.params)


class SmupApiError(SmupError):
    """The API did not answer usefully (network, DNS, HTTP error after retries, a rejected
    key, a body that is not JSON)."""

    key = "ingest.smup.error.http"


class SmupShapeError(SmupError):
    """A response has another shape than :mod:`ingest.smup.fields` assumes."""

    key = "ingest.smup.error.shape"

    def __init__(self, path: str, field: str, problem: str, sample: object, **extra: object):
        """``problem`` is a message key (``ingest.smup.shape.*``) filled with ``extra``."""
        super().__init__(path=path, field=field, sample=short_sample(sample))
        self.problem, self.extra = problem, extra

    def __str__(self) -> str:
        return t(self.key, problem=t(self.problem, **self.extra), **self.params)


class SmupDataError(SmupError):
    """The data contradict themselves or our registry (unknown flag or unit, a value that is
    not a number, two different values for one unit)."""


def short_sample(value: object) -> str:
    """A short JSON excerpt of ``value`` for messages."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"


MIN_REDACTED = 4  # shorter "keys" would mask letters of ordinary words


def redact(text: str, secret: str) -> str:
    """``text`` with every occurrence of ``secret`` replaced (a belt to the braces of never
    putting the key anywhere but a request header). A key of a few characters is no real key
    (GUS's are long) and is left alone rather than masking letters of every message."""
    return text.replace(secret, "***") if len(secret) >= MIN_REDACTED else text
