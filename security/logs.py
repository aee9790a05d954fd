"""Logging of the app: one format, and records capped in length.

A log line may quote what a client sent (an exception message that repeats a forged 100 kB
callback key, say); capped records keep one request from filling the log.
"""

from __future__ import annotations

import logging
import traceback

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_MESSAGE = 2000  # characters of a record's message
MAX_TRACEBACK_LINE = 500  # characters of each line of a logged traceback
# Libraries that log every step at INFO (WeasyPrint a line per rendering step, fontTools per
# subset font where HarfBuzz cannot subset): their warnings and errors still show.
QUIET_LOGGERS = ("weasyprint", "fontTools")


def cap(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit} more characters]"


class CappedRecords(logging.Filter):
    """Cuts a record's message to ``MAX_MESSAGE`` characters and each line of its traceback
    to ``MAX_TRACEBACK_LINE`` (the frames stay; only long quoted values are cut)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if len(message) > MAX_MESSAGE:
            record.msg, record.args = cap(message, MAX_MESSAGE), None
        if record.exc_info and not record.exc_text:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = "\n".join(cap(line, MAX_TRACEBACK_LINE) for line in text.split("\n"))
        return True


def configure_logging() -> None:
    """The root handler, with capped records (the app's, Flask's and Werkzeug's loggers
    write through it)."""
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, CappedRecords) for f in handler.filters):
            handler.addFilter(CappedRecords())
    for chatty in QUIET_LOGGERS:
        logging.getLogger(chatty).setLevel(logging.WARNING)
