"""activities keep the iCalendar properties the app has no field for

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 10:00:00

An imported event's recurrence rule (RRULE), its organizer, and its attendees who are none
of the contacts are kept on the activity as iCalendar content lines, one a line (issue 14),
and written back on export. Existing activities keep none (an empty text).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN: the table is not copied, its triggers (0003) stay.
    op.add_column(
        "activities", sa.Column("calendar_kept", sa.String(), nullable=False, server_default="")
    )


def downgrade() -> None:
    op.drop_column("activities", "calendar_kept")
