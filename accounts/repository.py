"""Every query on the accounts database. Each function is one transaction; each one that
reads or changes a user's data filters by the owner in the query itself
(``WHERE user_id = :uid``), so another user's item is exactly as absent as a missing one.

Results are frozen records (no ORM objects leave this module). Bad input raises
``AccountError`` with a message code; database faults raise ``DatabaseUnavailable``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, Select, delete, func, not_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from accounts.db import transaction
from accounts.models import (
    CODES_MAX,
    NAME_MAX,
    NOTE_MAX,
    ComparisonGroup,
    Dashboard,
    DashboardItem,
    SavedView,
    User,
    UserSession,
    utcnow,
)
from accounts.security import (
    AccountError,
    check_new_password,
    clean_text,
    hash_password,
    needs_rehash,
    new_token,
    normalise_email,
    verify_password,
)
from accounts.viewstate import normalise_view_url
from collation import sorted_names
from config import settings
from core import teryt, urls

MAX_VIEWS = 500
MAX_DASHBOARDS = 100
MAX_ITEMS = 24
MAX_GROUPS = 100
MAX_GROUP_UNITS = 100
COPY_PREFIX = "Kopia: "
# A session's last request is written down at most once a minute, not on every request
# (a page makes several): the idle lifetime is measured to the minute.
SESSION_TOUCH = timedelta(minutes=1)
TOKEN_INPUT_MAX = 128


@dataclass(frozen=True)
class UserRecord:
    id: int
    email: str
    # When the visit before the current session began (None: none, or not a session's user).
    previous_visit: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ViewRecord:
    id: int
    name: str
    note: str
    url: str
    position: int
    share_token: str | None


@dataclass(frozen=True)
class ItemRecord:
    id: int
    position: int
    view: ViewRecord


@dataclass(frozen=True)
class DashboardRecord:
    id: int
    name: str
    note: str
    share_token: str | None
    items: tuple[ItemRecord, ...]


@dataclass(frozen=True)
class GroupRecord:
    id: int
    name: str
    codes: tuple[str, ...]

    @property
    def compare_url(self) -> str:
        """The comparison page for this group: ``/porownaj?jst=a,b,c``."""
        return urls.compare(self.codes)


def _user(row: User) -> UserRecord:
    return UserRecord(row.id, row.email)


def _view(row: SavedView) -> ViewRecord:
    return ViewRecord(row.id, row.name, row.note, row.url, row.position, row.share_token)


def _dashboard(row: Dashboard) -> DashboardRecord:
    items = tuple(ItemRecord(i.id, i.position, _view(i.view)) for i in row.items)
    return DashboardRecord(row.id, row.name, row.note, row.share_token, items)


def _group(row: ComparisonGroup) -> GroupRecord:
    return GroupRecord(row.id, row.name, tuple(c for c in row.codes.split(",") if c))


def _name(raw: object) -> str:
    return clean_text(raw, NAME_MAX, required=True, field="name")


def _note(raw: object) -> str:
    return clean_text(raw, NOTE_MAX, required=False, field="note")


# --- users -------------------------------------------------------------------------------


def register(email: object, password: object, repeated: object) -> UserRecord:
    """Create an account; ``AccountError`` for a bad or already registered e-mail or a
    password that is unacceptable (``check_new_password``). The password is hashed before
    the address is looked up, so a taken address answers as slowly as a new one."""
    address = normalise_email(email)
    password_hash = hash_password(check_new_password(password, repeated, address))
    with transaction() as session:
        if session.scalar(select(User.id).where(User.email == address)) is not None:
            raise AccountError("email_taken")
        user = User(email=address, password_hash=password_hash)
        session.add(user)
        try:
            session.flush()
        except IntegrityError as error:  # registered at the same moment by another request
            raise AccountError("email_taken") from error
        return _user(user)


def authenticate(email: object, password: object) -> UserRecord | None:
    """The user whose e-mail and password match, else ``None`` (same work either way)."""
    try:
        address = normalise_email(email)
    except AccountError:
        address = ""
    secret = password if isinstance(password, str) else ""
    with transaction() as session:
        user = session.scalar(select(User).where(User.email == address)) if address else None
        if not verify_password(user.password_hash if user else None, secret[:256]):
            return None
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(secret)
        return _user(user)


def _owned_user(session: Session, user_id: int, password: object) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise AccountError("not_found")
    if not verify_password(user.password_hash, password if isinstance(password, str) else ""):
        raise AccountError("password_wrong")
    return user


def change_password(
    user_id: int, current: object, password: object, repeated: object
) -> UserRecord:
    """Set a new password; every session of the user ends (the caller starts a new one
    for the browser that changed it)."""
    with transaction() as session:
        user = _owned_user(session, user_id, current)
        user.password_hash = hash_password(check_new_password(password, repeated, user.email))
        session.execute(delete(UserSession).where(UserSession.user_id == user.id))
        return _user(user)


def delete_user(user_id: int, password: object) -> None:
    """Delete the account and everything it owns (sessions, views, dashboards, groups)."""
    with transaction() as session:
        user = _owned_user(session, user_id, password)
        session.execute(delete(UserSession).where(UserSession.user_id == user.id))
        session.delete(user)


# --- sessions ----------------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _expired(now: datetime) -> ColumnElement[bool]:
    """Sessions idle for longer than the idle lifetime or older than the absolute one."""
    idle = timedelta(minutes=settings.session_idle_minutes)
    oldest = timedelta(hours=settings.session_max_hours)
    return or_(UserSession.last_seen_at < now - idle, UserSession.created_at < now - oldest)


def _aware(moment: datetime | None) -> datetime | None:
    """A stored time as UTC (SQLite gives it back without its zone)."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def start_session(user_id: int, continues: UserRecord | None = None) -> str:
    """A new session of the user (at login); its token goes into the browser's session
    cookie, the database keeps only its hash. Expired sessions of everybody are removed.

    A login begins a visit: the session keeps when the previous one began and the user's
    last visit becomes now (one write per login, none per request). A session that
    ``continues`` the visit of a signed-in record (a password change) keeps its previous
    visit instead."""
    token, now = new_token(), utcnow()
    with transaction() as session:
        session.execute(delete(UserSession).where(_expired(now)))
        if continues is None:
            user = session.get(User, user_id)
            previous = user.last_visit_at if user else None
            session.execute(update(User).where(User.id == user_id).values(last_visit_at=now))
        else:
            previous = continues.previous_visit
        session.add(
            UserSession(
                user_id=user_id,
                token_hash=_token_hash(token),
                created_at=now,
                last_seen_at=now,
                previous_visit_at=previous,
            )
        )
    return token


def load_session(token: object) -> UserRecord | None:
    """The user of a live session (not ended, not idle too long, not too old), else
    ``None``; the session's last request time moves on (at most once a minute)."""
    if not isinstance(token, str) or not token or len(token) > TOKEN_INPUT_MAX:
        return None
    now = utcnow()
    with transaction() as session:
        row = session.execute(
            select(
                UserSession.id,
                User,
                UserSession.last_seen_at < now - SESSION_TOUCH,
                UserSession.previous_visit_at,
            )
            .join(User, User.id == UserSession.user_id)
            .where(UserSession.token_hash == _token_hash(token), not_(_expired(now)))
        ).first()
        if row is None:
            return None
        session_id, user, stale, previous_visit = row
        if stale:
            session.execute(
                update(UserSession).where(UserSession.id == session_id).values(last_seen_at=now)
            )
        return replace(_user(user), previous_visit=_aware(previous_visit))


def end_session(token: object) -> None:
    """End one session (logout); an unknown or ended one is no error."""
    if isinstance(token, str) and token and len(token) <= TOKEN_INPUT_MAX:
        with transaction() as session:
            session.execute(delete(UserSession).where(UserSession.token_hash == _token_hash(token)))


def check_available() -> None:
    """``DatabaseUnavailable`` unless the accounts database answers with its newest schema."""
    with transaction() as session:
        session.execute(select(UserSession.id).limit(1))


# --- saved views -------------------------------------------------------------------------


def _views_of(user_id: int) -> Select:
    return select(SavedView).where(SavedView.user_id == user_id)


def _owned_view(session: Session, user_id: int, view_id: int) -> SavedView:
    view = session.scalar(_views_of(user_id).where(SavedView.id == view_id))
    if view is None:
        raise AccountError("not_found")
    return view


def list_views(user_id: int) -> list[ViewRecord]:
    """The user's saved views in their order."""
    with transaction() as session:
        rows = session.scalars(_views_of(user_id).order_by(SavedView.position, SavedView.id))
        return [_view(r) for r in rows]


def get_view(user_id: int, view_id: int) -> ViewRecord | None:
    """One of the user's views, or ``None`` (missing and not owned look the same)."""
    with transaction() as session:
        row = session.scalar(_views_of(user_id).where(SavedView.id == view_id))
        return _view(row) if row else None


def _top_position(session: Session, model, owner_column, owner_id: int) -> int:
    lowest = session.scalar(select(func.min(model.position)).where(owner_column == owner_id))
    return (lowest or 0) - 1


def _count(session: Session, model, owner_column, owner_id: int) -> int:
    return session.scalar(select(func.count()).select_from(model).where(owner_column == owner_id))


def save_view(user_id: int, url: object, name: object, note: object = "") -> ViewRecord:
    """Save a view (URL validated) at the top of the user's list."""
    clean_url = normalise_view_url(url)
    clean_name, clean_note = _name(name), _note(note)
    with transaction() as session:
        if _count(session, SavedView, SavedView.user_id, user_id) >= MAX_VIEWS:
            raise AccountError("too_many_views")
        view = SavedView(
            user_id=user_id,
            url=clean_url,
            name=clean_name,
            note=clean_note,
            position=_top_position(session, SavedView, SavedView.user_id, user_id),
        )
        session.add(view)
        session.flush()
        return _view(view)


def update_view(user_id: int, view_id: int, name: object, note: object) -> ViewRecord:
    """Rename a view and change its note."""
    clean_name, clean_note = _name(name), _note(note)
    with transaction() as session:
        view = _owned_view(session, user_id, view_id)
        view.name, view.note = clean_name, clean_note
        session.flush()
        return _view(view)


def duplicate_view(user_id: int, view_id: int) -> ViewRecord:
    """A copy of a view ("Kopia: …"), placed right after it."""
    with transaction() as session:
        if _count(session, SavedView, SavedView.user_id, user_id) >= MAX_VIEWS:
            raise AccountError("too_many_views")
        original = _owned_view(session, user_id, view_id)
        rows = list(session.scalars(_views_of(user_id).order_by(SavedView.position, SavedView.id)))
        copy = SavedView(
            user_id=user_id,
            url=original.url,
            name=(COPY_PREFIX + original.name)[:NAME_MAX],
            note=original.note,
        )
        index = rows.index(original)
        rows.insert(index + 1, copy)
        session.add(copy)
        for position, row in enumerate(rows):
            row.position = position
        session.flush()
        return _view(copy)


def _move(rows: list, target, direction: int) -> None:
    index = rows.index(target)
    other = index + (1 if direction > 0 else -1)
    if 0 <= other < len(rows):
        rows[index], rows[other] = rows[other], rows[index]
    for position, row in enumerate(rows):
        row.position = position


def move_view(user_id: int, view_id: int, direction: int) -> None:
    """Move a view one place up (``direction < 0``) or down in the list."""
    with transaction() as session:
        view = _owned_view(session, user_id, view_id)
        rows = list(session.scalars(_views_of(user_id).order_by(SavedView.position, SavedView.id)))
        _move(rows, view, direction)


def delete_view(user_id: int, view_id: int) -> None:
    """Delete a view (it also leaves every dashboard that showed it)."""
    with transaction() as session:
        session.delete(_owned_view(session, user_id, view_id))


def share_view(user_id: int, view_id: int) -> str:
    """The view's read-only link token, made if it has none."""
    with transaction() as session:
        view = _owned_view(session, user_id, view_id)
        if not view.share_token:
            view.share_token = new_token()
        return view.share_token


def revoke_view_share(user_id: int, view_id: int) -> None:
    """End the view's read-only link; the old token stops working at once."""
    with transaction() as session:
        _owned_view(session, user_id, view_id).share_token = None


# --- dashboards --------------------------------------------------------------------------


def _dashboards_of(user_id: int) -> Select:
    return (
        select(Dashboard)
        .where(Dashboard.user_id == user_id)
        .options(selectinload(Dashboard.items).selectinload(DashboardItem.view))
    )


def _owned_dashboard(session: Session, user_id: int, dashboard_id: int) -> Dashboard:
    row = session.scalar(_dashboards_of(user_id).where(Dashboard.id == dashboard_id))
    if row is None:
        raise AccountError("not_found")
    return row


def list_dashboards(user_id: int) -> list[DashboardRecord]:
    """The user's dashboards in their order."""
    with transaction() as session:
        rows = session.scalars(_dashboards_of(user_id).order_by(Dashboard.position, Dashboard.id))
        return [_dashboard(r) for r in rows]


def get_dashboard(user_id: int, dashboard_id: int) -> DashboardRecord | None:
    """One of the user's dashboards, or ``None`` (missing and not owned look the same)."""
    with transaction() as session:
        row = session.scalar(_dashboards_of(user_id).where(Dashboard.id == dashboard_id))
        return _dashboard(row) if row else None


def create_dashboard(user_id: int, name: object, note: object = "") -> DashboardRecord:
    """A new, empty dashboard at the top of the list."""
    clean_name, clean_note = _name(name), _note(note)
    with transaction() as session:
        if _count(session, Dashboard, Dashboard.user_id, user_id) >= MAX_DASHBOARDS:
            raise AccountError("too_many_dashboards")
        row = Dashboard(
            user_id=user_id,
            name=clean_name,
            note=clean_note,
            position=_top_position(session, Dashboard, Dashboard.user_id, user_id),
        )
        session.add(row)
        session.flush()
        return DashboardRecord(row.id, row.name, row.note, None, ())


def update_dashboard(user_id: int, dashboard_id: int, name: object, note: object) -> None:
    """Rename a dashboard and change its description."""
    clean_name, clean_note = _name(name), _note(note)
    with transaction() as session:
        row = _owned_dashboard(session, user_id, dashboard_id)
        row.name, row.note = clean_name, clean_note


def delete_dashboard(user_id: int, dashboard_id: int) -> None:
    """Delete a dashboard (its views stay in "Moje widoki")."""
    with transaction() as session:
        session.delete(_owned_dashboard(session, user_id, dashboard_id))


def add_to_dashboard(user_id: int, dashboard_id: int, view_id: int) -> None:
    """Show one of the user's views at the end of one of the user's dashboards."""
    with transaction() as session:
        row = _owned_dashboard(session, user_id, dashboard_id)
        view = _owned_view(session, user_id, view_id)
        if any(i.view_id == view.id for i in row.items):
            raise AccountError("already_on_dashboard")
        if len(row.items) >= MAX_ITEMS:
            raise AccountError("too_many_items")
        last = max((i.position for i in row.items), default=-1)
        row.items.append(DashboardItem(view_id=view.id, position=last + 1))


def _owned_item(row: Dashboard, item_id: int) -> DashboardItem:
    item = next((i for i in row.items if i.id == item_id), None)
    if item is None:
        raise AccountError("not_found")
    return item


def move_item(user_id: int, dashboard_id: int, item_id: int, direction: int) -> None:
    """Move a view one place earlier (``direction < 0``) or later on the dashboard."""
    with transaction() as session:
        row = _owned_dashboard(session, user_id, dashboard_id)
        items = sorted(row.items, key=lambda i: (i.position, i.id))
        _move(items, _owned_item(row, item_id), direction)


def remove_item(user_id: int, dashboard_id: int, item_id: int) -> None:
    """Take a view off the dashboard (the view itself stays)."""
    with transaction() as session:
        row = _owned_dashboard(session, user_id, dashboard_id)
        item = _owned_item(row, item_id)
        session.execute(delete(DashboardItem).where(DashboardItem.id == item.id))


def share_dashboard(user_id: int, dashboard_id: int) -> str:
    """The dashboard's read-only link token, made if it has none."""
    with transaction() as session:
        row = _owned_dashboard(session, user_id, dashboard_id)
        if not row.share_token:
            row.share_token = new_token()
        return row.share_token


def revoke_dashboard_share(user_id: int, dashboard_id: int) -> None:
    """End the dashboard's read-only link."""
    with transaction() as session:
        _owned_dashboard(session, user_id, dashboard_id).share_token = None


def shared(token: object) -> ViewRecord | DashboardRecord | None:
    """What a read-only link shows, or ``None`` for an unknown or revoked token."""
    if not isinstance(token, str) or not token or len(token) > 64:
        return None
    with transaction() as session:
        view = session.scalar(select(SavedView).where(SavedView.share_token == token))
        if view is not None:
            return _view(view)
        row = session.scalar(
            select(Dashboard)
            .where(Dashboard.share_token == token)
            .options(selectinload(Dashboard.items).selectinload(DashboardItem.view))
        )
        return _dashboard(row) if row else None


# --- comparison groups -------------------------------------------------------------------


def parse_codes(raw: object) -> list[str]:
    """TERYT codes from free text (commas, semicolons, spaces or new lines), resolved to the
    current codes of existing units, without repeats; ``AccountError`` when a code is unknown,
    the list is empty or longer than allowed."""
    from data_access.repository import get_repository

    text = raw if isinstance(raw, str) else ""
    if len(text) > CODES_MAX * 2:
        raise AccountError("group_too_many")
    parsed = teryt.parse_codes(text)
    if parsed.empty:
        raise AccountError("group_empty")
    if parsed.count > MAX_GROUP_UNITS:
        raise AccountError("group_too_many")
    if parsed.rejected:
        raise AccountError("group_unknown_code")
    repo = get_repository()
    codes: list[str] = []
    for item in parsed.codes:
        unit = repo.unit(item)
        if unit is None:
            raise AccountError("group_unknown_code")
        if unit.code not in codes:
            codes.append(unit.code)
    return codes


def groups_of(user_id: int) -> list[GroupRecord]:
    """The user's comparison groups (for any feature where groups can be chosen); each has
    ``codes`` and ``compare_url``, in Polish alphabetical order of their names (the
    database's own order of "Łódź" and "Żory" depends on its collation)."""
    with transaction() as session:
        rows = session.scalars(
            select(ComparisonGroup)
            .where(ComparisonGroup.user_id == user_id)
            .order_by(ComparisonGroup.id)
        )
        return sorted_names([_group(r) for r in rows], lambda group: group.name)


def create_group(user_id: int, name: object, codes: object) -> GroupRecord:
    """Save a comparison group of existing units."""
    clean_name = _name(name)
    clean_codes = parse_codes(codes)
    with transaction() as session:
        if _count(session, ComparisonGroup, ComparisonGroup.user_id, user_id) >= MAX_GROUPS:
            raise AccountError("too_many_groups")
        row = ComparisonGroup(user_id=user_id, name=clean_name, codes=",".join(clean_codes))
        session.add(row)
        session.flush()
        return _group(row)


def delete_group(user_id: int, group_id: int) -> None:
    """Delete one of the user's groups."""
    with transaction() as session:
        row = session.scalar(
            select(ComparisonGroup).where(
                ComparisonGroup.user_id == user_id, ComparisonGroup.id == group_id
            )
        )
        if row is None:
            raise AccountError("not_found")
        session.delete(row)
