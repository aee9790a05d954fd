"""The accounts database: one engine per process, created lazily (after gunicorn forks),
and the Alembic migrations that own its schema.

The URL comes from ``settings.database_url``; tests point it at a temporary SQLite file
through ``SMUP_DATABASE_URL`` before the app is imported (or call ``use_database``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from config import INSTANCE_DIR, settings
from security.private_files import create_private_file, private_dir

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_lock = threading.Lock()
_state: dict[str, object] = {}  # url -> engine/sessionmaker of this process


class DatabaseUnavailable(RuntimeError):
    """The accounts database cannot be reached or has no schema yet."""


def _enable_sqlite_foreign_keys(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL (``None`` for other databases and in-memory ones)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def prepare_sqlite_file(path: Path) -> None:
    """Create the SQLite file readable by this user only (0600; SQLite gives its -wal, -shm
    and -journal files the same mode), in a folder made 0700 if missing (the instance folder
    is made 0700 always). Failures are logged: connecting then fails and says so."""
    try:
        private_dir(path.parent, tighten=path.parent.resolve() == INSTANCE_DIR)
        create_private_file(path)
    except OSError as error:
        log.warning("cannot prepare the accounts database file %s: %s", path, error)


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys on and a private file."""
    kwargs: dict = {"pool_pre_ping": True}
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    path = sqlite_file(url)
    if path is not None:
        prepare_sqlite_file(path)
    if is_sqlite:
        kwargs["connect_args"] = {"timeout": 10}
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    return engine


def use_database(url: str) -> None:
    """Point this process at another database (tests, tools)."""
    with _lock:
        old = _state.get("engine")
        if isinstance(old, Engine):
            old.dispose()
        _state.clear()
        _state["url"] = url


def current_url() -> str:
    return str(_state.get("url") or settings.database_url)


def get_sessionmaker() -> sessionmaker[Session]:
    """The session factory of this process, created on first use."""
    with _lock:
        factory = _state.get("sessions")
        if factory is None:
            engine = make_engine(current_url())
            factory = sessionmaker(engine, expire_on_commit=False)
            _state["engine"] = engine
            _state["sessions"] = factory
        return factory  # type: ignore[return-value]


@contextmanager
def transaction() -> Iterator[Session]:
    """A session in one transaction: committed on success, rolled back on any error.
    Database faults surface as ``DatabaseUnavailable``."""
    try:
        with get_sessionmaker().begin() as session:
            yield session
    except SQLAlchemyError as error:
        log.warning("accounts database unavailable: %s", error)
        raise DatabaseUnavailable(str(error)) from error


@contextmanager
def reading() -> Iterator[Connection]:
    """A plain connection for one frequent read of a few columns (no ORM session: a fraction
    of the cost). Database faults surface as ``DatabaseUnavailable``."""
    get_sessionmaker()
    engine = _state["engine"]
    try:
        with engine.connect() as connection:  # type: ignore[union-attr]
            yield connection
    except SQLAlchemyError as error:
        log.warning("accounts database unavailable: %s", error)
        raise DatabaseUnavailable(str(error)) from error


def alembic_config(url: str | None = None):
    """The Alembic configuration for the accounts migrations (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["database_url"] = url or current_url()
    return config


def upgrade(url: str | None = None) -> None:
    """Apply every migration up to the newest (creates the SQLite file if needed)."""
    from alembic import command

    target = url or current_url()
    path = sqlite_file(target)
    if path is not None:
        prepare_sqlite_file(path)
    command.upgrade(alembic_config(target), "head")
    safe_url = make_url(target).render_as_string(hide_password=True)
    log.info("accounts database at head: %s", safe_url)
