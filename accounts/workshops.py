"""Live workshops: a trainer shows a dashboard's slides and participants, without an account,
follow them by a short code (``/warsztat/<code>``).

One row per workshop in the accounts database, which every worker and server shares: the
trainer's slide (``position``) and a ``version`` that grows with every change, so a follower's
poll is one indexed read by code and answers 304 while nothing moved. Only the owner moves
or ends a workshop (``WHERE user_id = :uid``); another user's workshop is as absent as a
missing one. Followers' heartbeats are not written here (``accounts.presence``).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.orm import Session

from accounts.db import reading, transaction
from accounts.models import WORKSHOP_CODE_LENGTH, Dashboard, DashboardItem, Workshop, utcnow
from accounts.repository import DashboardRecord, _dashboard, _owned_dashboard
from accounts.security import AccountError
from config import settings
from core import urls

# No 0/O, 1/I: a code read aloud or from a projector is typed right. 32 ** 6 ≈ 1.07e9 codes.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_PATTERN = re.compile(rf"^[{CODE_ALPHABET}]{{{WORKSHOP_CODE_LENGTH}}}$")
# A full link pasted in the code field: the code is what follows /warsztat/.
LINK_PATTERN = re.compile(re.escape(urls.WORKSHOP_JOIN) + r"/([A-Za-z0-9]+)")
CODE_INPUT_MAX = 2000
NEW_CODE_ATTEMPTS = 8
# Every participant asks for the state every second: columns on a plain connection, the
# statement built once (an ORM session and a new statement cost ~10 times as much).
STATE_QUERY = select(
    Workshop.id,
    Workshop.code,
    Workshop.dashboard_id,
    Workshop.position,
    Workshop.version,
    Workshop.expires_at,
    Workshop.ended_at,
).where(Workshop.code == bindparam("code"))


@dataclass(frozen=True)
class WorkshopRecord:
    id: int
    code: str
    dashboard_id: int
    position: int
    version: int
    expires_at: datetime
    ended: bool


@dataclass(frozen=True)
class FollowedWorkshop:
    """What a participant sees: the workshop and the dashboard it presents."""

    workshop: WorkshopRecord
    dashboard: DashboardRecord


def new_code() -> str:
    """A random code of ``WORKSHOP_CODE_LENGTH`` characters from ``CODE_ALPHABET``."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(WORKSHOP_CODE_LENGTH))


def parse_code(raw: object) -> str | None:
    """The code typed by a participant (any case, spaces or dashes between groups) or taken
    from a pasted link; ``None`` when it cannot be a workshop code."""
    if not isinstance(raw, str) or len(raw) > CODE_INPUT_MAX:
        return None
    if match := LINK_PATTERN.search(raw):
        raw = match.group(1)
    code = re.sub(r"[\s-]", "", raw).upper()
    return code if CODE_PATTERN.match(code) else None


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes for timezone-aware columns: they are UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=utcnow().tzinfo)


def _is_live(row: Workshop, now: datetime) -> bool:
    return row.ended_at is None and _aware(row.expires_at) > now


def _record(row: Workshop, now: datetime) -> WorkshopRecord:
    return WorkshopRecord(
        row.id,
        row.code,
        row.dashboard_id,
        row.position,
        row.version,
        _aware(row.expires_at),
        not _is_live(row, now),
    )


def _live_for_dashboard(session: Session, user_id: int, dashboard_id: int) -> Workshop | None:
    now = utcnow()
    rows = session.scalars(
        select(Workshop)
        .where(
            Workshop.user_id == user_id,
            Workshop.dashboard_id == dashboard_id,
            Workshop.ended_at.is_(None),
        )
        .order_by(Workshop.id.desc())
    )
    return next((r for r in rows if _is_live(r, now)), None)


def _unused_code(session: Session) -> str:
    for _ in range(NEW_CODE_ATTEMPTS):
        code = new_code()
        if session.scalar(select(Workshop.id).where(Workshop.code == code)) is None:
            return code
    raise AccountError("workshop_code_busy")  # practically never: 1e9 codes, few in use


def start_workshop(user_id: int, dashboard_id: int) -> WorkshopRecord:
    """A live workshop on one of the user's dashboards, on its first slide; the one already
    running on that dashboard if there is one. Workshops past their expiry are deleted
    (their codes become free)."""
    now = utcnow()
    with transaction() as session:
        _owned_dashboard(session, user_id, dashboard_id)
        session.execute(delete(Workshop).where(Workshop.expires_at < now))
        row = _live_for_dashboard(session, user_id, dashboard_id)
        if row is None:
            row = Workshop(
                code=_unused_code(session),
                user_id=user_id,
                dashboard_id=dashboard_id,
                position=1,
                version=1,
                created_at=now,
                expires_at=now + timedelta(hours=settings.workshop_hours),
            )
            session.add(row)
            session.flush()
        return _record(row, now)


def live_workshop(user_id: int, dashboard_id: int) -> WorkshopRecord | None:
    """The workshop running on the user's dashboard, or ``None``."""
    with transaction() as session:
        row = _live_for_dashboard(session, user_id, dashboard_id)
        return _record(row, utcnow()) if row else None


def _owned_live(session: Session, user_id: int, code: object) -> Workshop:
    clean = parse_code(code) if isinstance(code, str) and len(code) <= 8 else None
    row = session.scalar(
        select(Workshop).where(Workshop.code == clean, Workshop.user_id == user_id)
    )
    if clean is None or row is None or not _is_live(row, utcnow()):
        raise AccountError("not_found")
    return row


def owned_workshop(user_id: int, code: object) -> WorkshopRecord | None:
    """The user's live workshop with this code, or ``None`` (another user's is absent)."""
    try:
        with transaction() as session:
            return _record(_owned_live(session, user_id, code), utcnow())
    except AccountError:
        return None


def move_workshop(user_id: int, code: object, position: object) -> WorkshopRecord:
    """Show slide ``position`` (1-based, clamped to the dashboard's views) to the followers;
    the version grows only when the slide changes."""
    if not isinstance(position, int) or isinstance(position, bool):
        raise AccountError("not_found")
    with transaction() as session:
        row = _owned_live(session, user_id, code)
        slides = session.scalar(
            select(func.count())
            .select_from(DashboardItem)
            .where(DashboardItem.dashboard_id == row.dashboard_id)
        )
        clamped = min(max(position, 1), max(slides or 0, 1))
        if clamped != row.position:
            row.position = clamped
            row.version += 1
        return _record(row, utcnow())


def end_workshop(user_id: int, code: object) -> WorkshopRecord:
    """End the workshop now: its followers see that it ended."""
    with transaction() as session:
        row = _owned_live(session, user_id, code)
        row.ended_at = utcnow()
        row.version += 1
        return _record(row, utcnow())


def workshop_state(code: object) -> WorkshopRecord | None:
    """The public state of a workshop by its code (ended or expired ones say so), or
    ``None`` for a code that names none. One indexed read: every follower polls it."""
    clean = parse_code(code) if isinstance(code, str) and len(code) <= 8 else None
    if clean is None:
        return None
    with reading() as connection:
        row = connection.execute(STATE_QUERY, {"code": clean}).first()
    if row is None:
        return None
    expires = _aware(row.expires_at)
    live = row.ended_at is None and expires > utcnow()
    return WorkshopRecord(*row[:5], expires, not live)


def followed(code: object, state: WorkshopRecord | None = None) -> FollowedWorkshop | None:
    """The workshop and its dashboard for a participant, or ``None`` for an unknown code
    (``state``: the workshop's state read already for this code)."""
    state = state if state is not None else workshop_state(code)
    if state is None:
        return None
    with transaction() as session:
        dashboard = session.get(Dashboard, state.dashboard_id)
        return FollowedWorkshop(state, _dashboard(dashboard)) if dashboard else None
