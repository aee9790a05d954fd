"""visits: when each user's latest visit began (users.last_visit_at) and, per session, the
visit before it (user_sessions.previous_visit_at), for "since your last visit"

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_visit_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("user_sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("previous_visit_at", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("user_sessions", schema=None) as batch_op:
        batch_op.drop_column("previous_visit_at")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("last_visit_at")
