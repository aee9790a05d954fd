"""SQLAlchemy 2 models of the accounts database: users, their sessions, saved views,
dashboards, groups, targets, live workshops.

The schema is owned by the Alembic migrations in ``accounts/migrations``; a test checks that
the migrations and these models agree.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

EMAIL_MAX = 254
NAME_MAX = 120
NOTE_MAX = 1000
URL_MAX = 2000
TOKEN_MAX = 64
CODES_MAX = 1000
UNIT_CODE_MAX = 7
INDICATOR_ID_MAX = 100
DIRECTION_MAX = 16
WORKSHOP_CODE_LENGTH = 6


def utcnow() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # When the latest visit (login) began; written once per login, never per request.
    last_visit_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    sessions: Mapped[list[UserSession]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )

    views: Mapped[list[SavedView]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    dashboards: Mapped[list[Dashboard]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    groups: Mapped[list[ComparisonGroup]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    targets: Mapped[list[UnitTarget]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )


class UserSession(Base):
    """One login: the browser's session cookie carries a random token, the database only its
    SHA-256, so a copy of the database opens no session. Deleting the row (logout, password
    change, account deletion, expiry) ends the session on every app server at once."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(TOKEN_MAX), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )
    # The user's visit before this session's ("what changed since your last visit").
    previous_visit_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship(back_populates="sessions")


class SavedView(Base):
    """A page path plus its query string, the whole state of a view in this app."""

    __tablename__ = "saved_views"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    note: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(URL_MAX))
    position: Mapped[int] = mapped_column(Integer, default=0)
    share_token: Mapped[str | None] = mapped_column(String(TOKEN_MAX), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    user: Mapped[User] = relationship(back_populates="views")
    items: Mapped[list[DashboardItem]] = relationship(
        back_populates="view", cascade="all, delete-orphan", passive_deletes=True
    )


class Dashboard(Base):
    """A named page showing several saved views of its owner together."""

    __tablename__ = "dashboards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    share_token: Mapped[str | None] = mapped_column(String(TOKEN_MAX), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    user: Mapped[User] = relationship(back_populates="dashboards")
    items: Mapped[list[DashboardItem]] = relationship(
        back_populates="dashboard",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="DashboardItem.position",
    )


class DashboardItem(Base):
    __tablename__ = "dashboard_items"
    __table_args__ = (UniqueConstraint("dashboard_id", "view_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dashboard_id: Mapped[int] = mapped_column(
        ForeignKey("dashboards.id", ondelete="CASCADE"), index=True
    )
    view_id: Mapped[int] = mapped_column(ForeignKey("saved_views.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    dashboard: Mapped[Dashboard] = relationship(back_populates="items")
    view: Mapped[SavedView] = relationship(back_populates="items")


class ComparisonGroup(Base):
    """A user's own list of units (TERYT codes) to compare."""

    __tablename__ = "comparison_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    codes: Mapped[str] = mapped_column(String(CODES_MAX))  # comma-separated TERYT codes
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    user: Mapped[User] = relationship(back_populates="groups")


class UnitTarget(Base):
    """A target from a unit's strategy: an indicator's value to reach (at least or at most) by
    a year, measured from a baseline year (``targets.core.Target``). A user's targets of one
    unit are shared together: they carry the same ``share_token``."""

    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    unit_code: Mapped[str] = mapped_column(String(UNIT_CODE_MAX))
    indicator_id: Mapped[str] = mapped_column(String(INDICATOR_ID_MAX))
    target_value: Mapped[float] = mapped_column(Float)
    target_year: Mapped[int] = mapped_column(Integer)
    baseline_year: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(DIRECTION_MAX))
    note: Mapped[str] = mapped_column(Text, default="")
    source_title: Mapped[str] = mapped_column(String(NAME_MAX * 2), default="")
    source_url: Mapped[str] = mapped_column(String(URL_MAX), default="")
    share_token: Mapped[str | None] = mapped_column(String(TOKEN_MAX), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    user: Mapped[User] = relationship(back_populates="targets")


class Workshop(Base):
    """A live workshop on one of the trainer's dashboards: participants open it by its short
    code without an account and follow the slide the trainer shows (``position``);
    ``version`` grows with every change, so a follower's poll can answer 304 when nothing moved.
    """

    __tablename__ = "workshops"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(WORKSHOP_CODE_LENGTH), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    dashboard_id: Mapped[int] = mapped_column(
        ForeignKey("dashboards.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=1)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
