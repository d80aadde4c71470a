"""the activities done counted per kind and UTC hour, kept by triggers (Reports' weeks)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 22:40:00

Reports > Activities by kind and week counted each week's done activities in the index of
0007 (``ix_activities_done_kind``): every activity stepped over, 0.5 s at 1,000,000 over five
years. ``activity_done_hours`` holds how many activities of each kind were done (outside the
Trash) in each UTC hour, at most 24 rows a day per kind, so a week is a sum of at most 168
rows; a week that starts at a local midnight that is not on a UTC hour (Tehran, Kolkata) adds
the part hour at each end from the activities themselves. Triggers keep it whoever writes
(services, imports, a raw bulk load); the activities table is not altered or copied. Filled
here from the activities as they are. Self-contained: it reads only columns every version
since 0001 has (kind, status, completed_at, deleted_at).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | None = None
depends_on: str | None = None

_DONE = "{row}.status = 'done' AND {row}.deleted_at IS NULL AND {row}.completed_at IS NOT NULL"
_ADD = (
    "INSERT INTO activity_done_hours (kind, hour, count) "
    "SELECT NEW.kind, substr(NEW.completed_at, 1, 13), 1 WHERE " + _DONE.format(row="NEW") + " "
    "ON CONFLICT (kind, hour) DO UPDATE SET count = count + 1;"
)
_TAKE = (
    "UPDATE activity_done_hours SET count = count - 1 WHERE "
    + _DONE.format(row="OLD")
    + " AND kind = OLD.kind AND hour = substr(OLD.completed_at, 1, 13);"
)
TRIGGERS = {
    "tr_activity_done_hours_insert": f"AFTER INSERT ON activities BEGIN {_ADD} END",
    "tr_activity_done_hours_delete": f"AFTER DELETE ON activities BEGIN {_TAKE} END",
    "tr_activity_done_hours_update": "AFTER UPDATE OF kind, status, completed_at, deleted_at "
    f"ON activities BEGIN {_TAKE} {_ADD} END",
}
# Every count again from the activities (the migration; a bulk load that dropped the triggers).
RECOMPUTE_ALL = (
    "DELETE FROM activity_done_hours; "
    "INSERT INTO activity_done_hours (kind, hour, count) "
    "SELECT kind, substr(completed_at, 1, 13), count(*) FROM activities a WHERE "
    + _DONE.format(row="a")
    + " GROUP BY kind, substr(completed_at, 1, 13);"
)


def upgrade() -> None:
    op.create_table(
        "activity_done_hours",
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("hour", sa.String(13), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "hour", name=op.f("pk_activity_done_hours")),
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    for statement in RECOMPUTE_ALL.split("; "):
        op.execute(statement.rstrip(";"))


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("activity_done_hours")
