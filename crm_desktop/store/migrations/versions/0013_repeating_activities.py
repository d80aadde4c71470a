"""repeating activities: a recurrence rule, its exceptions and extra dates, and the series
an occurrence was taken from

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 22:30:00

Issue 19. A task, call or meeting may repeat: ``recurrence`` holds its iCalendar RRULE value
("" for none), ``recurrence_start`` the first occurrence (the series' DTSTART, UTC) while
``start_at``/``due_at`` move on to the next open occurrence, ``recurrence_exdates`` the
occurrences taken out (completed, edited or deleted on their own) and ``recurrence_rdates``
the added ones (UTC ISO times, one a line). A done or detached occurrence is an activity of
its own whose ``series_id`` names the series (no foreign key: the series may be purged from
the Trash and the occurrence stays history). Existing activities repeat not.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN: the table is not copied, its triggers (0003) stay.
    op.add_column(
        "activities", sa.Column("recurrence", sa.String(), nullable=False, server_default="")
    )
    op.add_column("activities", sa.Column("recurrence_start", sa.String(32), nullable=True))
    op.add_column(
        "activities",
        sa.Column("recurrence_exdates", sa.String(), nullable=False, server_default=""),
    )
    op.add_column(
        "activities",
        sa.Column("recurrence_rdates", sa.String(), nullable=False, server_default=""),
    )
    op.add_column("activities", sa.Column("series_id", sa.Integer(), nullable=True))
    op.create_index("ix_activities_series_id", "activities", ["series_id"])


def downgrade() -> None:
    op.drop_index("ix_activities_series_id", "activities")
    for name in ("series_id", "recurrence_rdates", "recurrence_exdates", "recurrence_start"):
        op.drop_column("activities", name)
    op.drop_column("activities", "recurrence")
