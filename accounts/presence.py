"""Who follows a live workshop: every poll of a participant is a heartbeat, and the trainer
sees how many polled lately, following or exploring on their own.

A heartbeat is no database write (50 participants poll every second). It goes to Redis when
the app has one (``SMUP_RATELIMIT_STORAGE_URI`` naming ``redis://`` or ``rediss://``, as
``make run`` sets it: one sorted set per workshop and mode, scored by time), else to the
shared cache folder (``SMUP_CACHE_DIR/workshops/<id>/``: one empty file per participant whose
modification time is the heartbeat), which every worker of one server sees. With Redis
unreachable, the cache folder takes over (logged).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
import time
from pathlib import Path

from config import settings

log = logging.getLogger(__name__)

MODES = ("follow", "explore")
# A participant counts while their last poll is this recent (they poll every 1 s, every 5 s
# while their tab is hidden).
FRESH_SECONDS = 15
# Participant ids are random, made by the participant's browser (assets/scripts/workshop.js).
PARTICIPANT_PATTERN = re.compile(r"^[0-9a-f]{16,32}$")
REDIS_PREFIX = "smup:workshop:"
REDIS_TTL_SECONDS = 13 * 3600  # longer than any workshop lives

_lock = threading.Lock()
_clients: dict[str, object] = {}  # this process's Redis client, made after gunicorn forks


def participant_id(raw: object) -> str | None:
    return raw if isinstance(raw, str) and PARTICIPANT_PATTERN.match(raw) else None


def _redis():
    uri = settings.ratelimit_storage_uri
    if not uri.startswith(("redis://", "rediss://")):
        return None
    with _lock:
        if uri not in _clients:
            import redis

            _clients[uri] = redis.Redis.from_url(
                uri, socket_timeout=0.5, socket_connect_timeout=0.5
            )
        return _clients[uri]


def _folder(workshop_id: int) -> Path:
    return settings.cache_dir / "workshops" / str(int(workshop_id))


def _file_beat(workshop_id: int, participant: str, mode: str, now: float) -> None:
    folder = _folder(workshop_id)
    folder.mkdir(parents=True, exist_ok=True)
    for other in MODES:
        if other != mode:
            (folder / f"{participant}.{other}").unlink(missing_ok=True)
    path = folder / f"{participant}.{mode}"
    path.touch()
    os.utime(path, (now, now))


def _file_counts(workshop_id: int, now: float) -> dict[str, int]:
    counts = dict.fromkeys(MODES, 0)
    try:
        entries = list(os.scandir(_folder(workshop_id)))
    except FileNotFoundError:
        return counts
    for entry in entries:
        mode = entry.name.rpartition(".")[2]
        try:
            age = now - entry.stat().st_mtime
        except FileNotFoundError:  # switched mode meanwhile
            continue
        if mode in counts and age <= FRESH_SECONDS:
            counts[mode] += 1
        elif age > 4 * FRESH_SECONDS:
            Path(entry.path).unlink(missing_ok=True)  # gone for good: keep the folder small
    return counts


def _key(workshop_id: int, mode: str) -> str:
    return f"{REDIS_PREFIX}{int(workshop_id)}:{mode}"


def beat(workshop_id: int, participant: str, mode: str) -> None:
    """Record that ``participant`` polled now, following or exploring (``mode``)."""
    if mode not in MODES:
        mode = MODES[0]
    now = time.time()
    client = _redis()
    if client is not None:
        try:
            pipe = client.pipeline(transaction=False)
            for other in MODES:
                if other != mode:
                    pipe.zrem(_key(workshop_id, other), participant)
            pipe.zadd(_key(workshop_id, mode), {participant: now})
            pipe.expire(_key(workshop_id, mode), REDIS_TTL_SECONDS)
            pipe.execute()
            return
        except Exception as error:  # redis.RedisError, OSError: count in the folder instead
            log.warning("workshop presence: Redis unavailable (%s); using the cache folder", error)
    _file_beat(workshop_id, participant, mode, now)


def counts(workshop_id: int) -> dict[str, int]:
    """How many participants polled in the last ``FRESH_SECONDS``, per mode."""
    now = time.time()
    client = _redis()
    if client is not None:
        try:
            pipe = client.pipeline(transaction=False)
            for mode in MODES:
                pipe.zremrangebyscore(_key(workshop_id, mode), "-inf", now - FRESH_SECONDS)
                pipe.zcard(_key(workshop_id, mode))
            answers = pipe.execute()
            return {mode: int(answers[2 * i + 1]) for i, mode in enumerate(MODES)}
        except Exception as error:
            log.warning("workshop presence: Redis unavailable (%s); using the cache folder", error)
    return _file_counts(workshop_id, now)


def forget(workshop_id: int) -> None:
    """Drop a finished workshop's heartbeats."""
    client = _redis()
    if client is not None:
        try:
            client.delete(*(_key(workshop_id, mode) for mode in MODES))
        except Exception as error:
            log.warning("workshop presence: Redis unavailable (%s)", error)
    shutil.rmtree(_folder(workshop_id), ignore_errors=True)
