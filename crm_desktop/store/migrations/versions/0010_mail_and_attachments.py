"""e-mails on the history (Message-ID, direction, addresses) and files kept on records

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-03 19:00:00

Issue 19. An e-mail activity keeps its ``message_id`` (the same message imported again is the
same activity), its ``direction`` ("in", "out", or "" when the user's own addresses are not
set) and its ``mail_headers`` (From, To and Cc as written, one a line: the people it was
with who are no contacts yet). Files kept on a contact, an account or an activity (an
e-mail's attachments) are stored inside the database, once per content
(``attachment_contents``, keyed by its SHA-256), and named per record (``attachments``):
inside the database they are in every backup and restore, private with the file itself,
and written or undone with the import's one transaction.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN: the table is not copied, its triggers (0003) stay.
    op.add_column("activities", sa.Column("message_id", sa.String(), nullable=True))
    op.add_column(
        "activities", sa.Column("direction", sa.String(), nullable=False, server_default="")
    )
    op.add_column(
        "activities", sa.Column("mail_headers", sa.String(), nullable=False, server_default="")
    )
    op.create_index("ix_activities_message_id", "activities", ["message_id"])
    op.create_table(
        "attachment_contents",
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_contents")),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False, server_default=""),
        sa.Column("media_type", sa.String(), nullable=False, server_default=""),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(contact_id IS NOT NULL) + (account_id IS NOT NULL) + (activity_id IS NOT NULL) = 1",
            name=op.f("ck_attachments_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment_contents.sha256"],
            name=op.f("fk_attachments_sha256_attachment_contents"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_attachments_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_attachments_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_attachments_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    for column in ("sha256", "contact_id", "account_id", "activity_id"):
        op.create_index(f"ix_attachments_{column}", "attachments", [column])


def downgrade() -> None:
    op.drop_table("attachments")
    op.drop_table("attachment_contents")
    op.drop_index("ix_activities_message_id", table_name="activities")
    op.drop_column("activities", "mail_headers")
    op.drop_column("activities", "direction")
    op.drop_column("activities", "message_id")
