"""A user's targets in the accounts database, in the style of ``accounts.repository``: each
function is one transaction, filters by the owner in the query (another user's target is
as absent as a missing one: ``AccountError("not_found")``), and checks its input before
anything is stored (``AccountError`` with the code of a Polish message
``accounts.msg.<code>``).

A user's targets of one unit are shared together: one read-only token on all of them (a
target added later to a shared unit joins the shared set).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from accounts.db import transaction
from accounts.models import NAME_MAX, NOTE_MAX, TOKEN_MAX, URL_MAX, UnitTarget
from accounts.security import CONTROL_CHARS, AccountError, clean_text, new_token
from security import untrusted
from targets.core import Direction, Target

MAX_TARGETS = 500
MAX_HORIZON = 30  # a target year at most this many years after the baseline year
SOURCE_TITLE_MAX = NAME_MAX * 2
# Digits with spaces (also non-breaking ones) as thousands separators, as Polish forms show them.
SEPARATORS = re.compile(r"[ \u00a0\u202f]")


@dataclass(frozen=True)
class TargetRecord:
    target: Target
    share_token: str | None


def _record(row: UnitTarget) -> TargetRecord:
    target = Target(
        unit_code=row.unit_code,
        indicator_id=row.indicator_id,
        target_value=row.target_value,
        target_year=row.target_year,
        baseline_year=row.baseline_year,
        direction=Direction(row.direction),
        note=row.note,
        source_title=row.source_title,
        source_url=row.source_url,
        id=row.id,
    )
    return TargetRecord(target, row.share_token)


# --- input -------------------------------------------------------------------------------


def clean_url(raw: object) -> str:
    """An http(s) address of the strategy document, or "" when none was given."""
    text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        return ""
    parts = urlsplit(text) if len(text) <= URL_MAX else None
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not parts.netloc
        or CONTROL_CHARS.search(text)
        or " " in text
    ):
        raise AccountError("target_url_invalid")
    return text


def clean_value(raw: object) -> float:
    """The target value as typed ("1 250,5" or "1250.5")."""
    text = SEPARATORS.sub("", raw) if isinstance(raw, str) else raw
    value = untrusted.number(text)
    if value is None:
        raise AccountError("target_value_invalid")
    return value


def clean_target(
    unit_code: object,
    indicator_id: object,
    target_value: object,
    target_year: object,
    baseline_year: object,
    direction: object,
    note: object = "",
    source_title: object = "",
    source_url: object = "",
) -> dict:
    """The columns of a valid target; ``AccountError`` for an unknown unit, an indicator not
    published for the unit's level, a value that is not a number, a baseline year outside the
    indicator's data years, a target year before the baseline or more than 30 years after
    it, an unknown direction, or texts too long."""
    from data_access.repository import get_repository

    repo = get_repository()
    code = untrusted.text(unit_code, 7)
    unit = repo.unit(code) if code and code.isascii() and code.isdigit() else None
    if unit is None:
        raise AccountError("target_unit_unknown")
    indicator_key = untrusted.text(indicator_id, 100)
    indicator = repo.indicator(indicator_key) if indicator_key else None
    if indicator is None or unit.level not in indicator.levels:
        raise AccountError("target_indicator_unknown")
    value = clean_value(target_value)
    baseline, year = untrusted.year(baseline_year), untrusted.year(target_year)
    if baseline is None or year is None:
        raise AccountError("target_year_invalid")
    years = repo.years(indicator.id)
    if not years or not years[0] <= baseline <= years[-1]:
        raise AccountError("target_baseline_out_of_range")
    if not baseline <= year <= baseline + MAX_HORIZON:
        raise AccountError("target_year_out_of_range")
    if direction not in tuple(Direction):
        raise AccountError("target_direction_invalid")
    return {
        "unit_code": unit.code,
        "indicator_id": indicator.id,
        "target_value": value,
        "target_year": year,
        "baseline_year": baseline,
        "direction": Direction(direction).value,
        "note": clean_text(note, NOTE_MAX, required=False, field="note"),
        "source_title": clean_text(
            source_title, SOURCE_TITLE_MAX, required=False, field="source_title"
        ),
        "source_url": clean_url(source_url),
    }


# --- queries -----------------------------------------------------------------------------


def _targets_of(user_id: int) -> Select:
    return select(UnitTarget).where(UnitTarget.user_id == user_id)


def _owned(session: Session, user_id: int, target_id: int) -> UnitTarget:
    row = session.scalar(_targets_of(user_id).where(UnitTarget.id == target_id))
    if row is None:
        raise AccountError("not_found")
    return row


def _unit_token(session: Session, user_id: int, unit_code: str) -> str | None:
    return session.scalar(
        select(UnitTarget.share_token)
        .where(UnitTarget.user_id == user_id, UnitTarget.unit_code == unit_code)
        .where(UnitTarget.share_token.is_not(None))
        .limit(1)
    )


def list_targets(user_id: int, unit_code: str | None = None) -> list[TargetRecord]:
    """The user's targets (of one unit if ``unit_code``), oldest first."""
    query = _targets_of(user_id)
    if unit_code is not None:
        query = query.where(UnitTarget.unit_code == unit_code)
    with transaction() as session:
        return [_record(r) for r in session.scalars(query.order_by(UnitTarget.id))]


def get_target(user_id: int, target_id: int) -> TargetRecord | None:
    """One of the user's targets, or ``None`` (missing and not owned look the same)."""
    with transaction() as session:
        row = session.scalar(_targets_of(user_id).where(UnitTarget.id == target_id))
        return _record(row) if row else None


def create_target(user_id: int, **fields: object) -> TargetRecord:
    """Store a new target (``clean_target``'s arguments by name)."""
    columns = clean_target(**fields)
    with transaction() as session:
        count = session.scalar(
            select(func.count()).select_from(UnitTarget).where(UnitTarget.user_id == user_id)
        )
        if count >= MAX_TARGETS:
            raise AccountError("too_many_targets")
        token = _unit_token(session, user_id, columns["unit_code"])
        row = UnitTarget(user_id=user_id, share_token=token, **columns)
        session.add(row)
        session.flush()
        return _record(row)


def update_target(user_id: int, target_id: int, **fields: object) -> TargetRecord:
    """Change one of the user's targets (all fields checked again)."""
    columns = clean_target(**fields)
    with transaction() as session:
        row = _owned(session, user_id, target_id)
        if columns["unit_code"] != row.unit_code:
            row.share_token = _unit_token(session, user_id, columns["unit_code"])
        for name, value in columns.items():
            setattr(row, name, value)
        session.flush()
        return _record(row)


def delete_target(user_id: int, target_id: int) -> None:
    with transaction() as session:
        session.delete(_owned(session, user_id, target_id))


def share_targets(user_id: int, unit_code: object) -> str:
    """The read-only link token of the user's targets of one unit, made if they have none."""
    code = untrusted.text(unit_code, 7) or ""
    with transaction() as session:
        if not session.scalar(_targets_of(user_id).where(UnitTarget.unit_code == code).limit(1)):
            raise AccountError("not_found")
        token = _unit_token(session, user_id, code) or new_token()
        session.execute(
            update(UnitTarget)
            .where(UnitTarget.user_id == user_id, UnitTarget.unit_code == code)
            .values(share_token=token)
        )
        return token


def revoke_targets_share(user_id: int, unit_code: object) -> None:
    """End the read-only link of the user's targets of one unit; the token stops at once."""
    code = untrusted.text(unit_code, 7) or ""
    with transaction() as session:
        if not session.scalar(_targets_of(user_id).where(UnitTarget.unit_code == code).limit(1)):
            raise AccountError("not_found")
        session.execute(
            update(UnitTarget)
            .where(UnitTarget.user_id == user_id, UnitTarget.unit_code == code)
            .values(share_token=None)
        )


def shared_targets(token: object) -> list[TargetRecord] | None:
    """The targets a read-only link shows (one user's targets of one unit), or ``None`` for
    an unknown or revoked token."""
    if not isinstance(token, str) or not token or len(token) > TOKEN_MAX:
        return None
    with transaction() as session:
        rows = session.scalars(
            select(UnitTarget).where(UnitTarget.share_token == token).order_by(UnitTarget.id)
        ).all()
        return [_record(r) for r in rows] or None
