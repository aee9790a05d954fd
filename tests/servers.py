"""The database and rate-limit storage the tests run against.

By default: a SQLite file and in-memory counters. When ``SMUP_TEST_DATABASE_URL`` names a
PostgreSQL server (an SQLAlchemy URL of a role allowed to create databases) and
``SMUP_TEST_REDIS_URL`` a Redis server, as ``make test``'s second pass sets them through
``scripts/local-services``, every database the tests use is a new database on that server and
the login counters live in that Redis (whose database the tests empty first: give them a
throwaway server). Tests that need both servers are marked ``requires_servers`` and are skipped
without them.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

DATABASE_SERVER = os.environ.get("SMUP_TEST_DATABASE_URL", "")
REDIS_URL = os.environ.get("SMUP_TEST_REDIS_URL", "")

requires_servers = pytest.mark.skipif(
    not (DATABASE_SERVER and REDIS_URL),
    reason="needs SMUP_TEST_DATABASE_URL (PostgreSQL) and SMUP_TEST_REDIS_URL (Redis): "
    "`make test` starts both for its second pass (scripts/local-services)",
)


def _admin(statement: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(DATABASE_SERVER, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def new_database(folder: Path) -> str:
    """The URL of a new, empty accounts database: a SQLite file in ``folder``, or a new
    database on the PostgreSQL server of ``SMUP_TEST_DATABASE_URL``."""
    if not DATABASE_SERVER:
        return f"sqlite:///{folder}/accounts.sqlite"
    from sqlalchemy.engine import make_url

    name = f"smup_test_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}"')
    return make_url(DATABASE_SERVER).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    """Remove a database made by ``new_database`` (a SQLite file goes with its folder)."""
    if not DATABASE_SERVER:
        return
    from sqlalchemy.engine import make_url  # imported here: the unit tests never need it

    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        _admin(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)')


def empty_redis() -> None:
    """Forget every counter of the test Redis (a rerun within the hour starts from zero)."""
    if REDIS_URL:
        import redis

        with redis.Redis.from_url(REDIS_URL) as client:
            client.flushdb()
