"""activity time indexes; each contact's last contact and next activity kept by triggers

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

# A contact's last completed activity and the time of its next open one, recomputed from the
# activities by triggers on every change that can move them (whoever writes: services, the
# import, a raw bulk load). Reading them per contact was 4 s at 100,000 activities when the
# contacts list sorted by them; kept like this it is a column. CROSS JOIN fixes the order
# (the contact's links first, by their index): without statistics SQLite would otherwise walk
# every done activity by the status index for each contact.
_RECOMPUTE = """
    UPDATE contacts SET
        last_contact_at = (
            SELECT max(a.completed_at) FROM activity_contacts ac
            CROSS JOIN activities a ON a.id = ac.activity_id
            WHERE ac.contact_id = contacts.id AND a.status = 'done' AND a.deleted_at IS NULL),
        next_activity_at = (
            SELECT min(coalesce(a.start_at, a.due_at)) FROM activity_contacts ac
            CROSS JOIN activities a ON a.id = ac.activity_id
            WHERE ac.contact_id = contacts.id AND a.status = 'open' AND a.deleted_at IS NULL)
    WHERE {where};
"""
TRIGGERS = {
    "tr_activity_contacts_insert": "AFTER INSERT ON activity_contacts BEGIN"
    + _RECOMPUTE.format(where="id = NEW.contact_id")
    + "END",
    "tr_activity_contacts_delete": "AFTER DELETE ON activity_contacts BEGIN"
    + _RECOMPUTE.format(where="id = OLD.contact_id")
    + "END",
    "tr_activity_contacts_update": "AFTER UPDATE ON activity_contacts BEGIN"
    + _RECOMPUTE.format(where="id IN (OLD.contact_id, NEW.contact_id)")
    + "END",
    "tr_activities_update": "AFTER UPDATE OF status, completed_at, start_at, due_at, "
    "deleted_at ON activities BEGIN"
    + _RECOMPUTE.format(
        where="id IN (SELECT contact_id FROM activity_contacts WHERE activity_id = NEW.id)"
    )
    + "END",
}
RECOMPUTE_ALL = _RECOMPUTE.format(where="1")


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
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("last_contact_at", sa.String(32), nullable=True))
        batch_op.add_column(sa.Column("next_activity_at", sa.String(32), nullable=True))
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(RECOMPUTE_ALL)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_column("next_activity_at")
        batch_op.drop_column("last_contact_at")
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_index("ix_activities_reminder_at")
        batch_op.drop_index("ix_activities_completed_at")
        batch_op.drop_index("ix_activities_when")
