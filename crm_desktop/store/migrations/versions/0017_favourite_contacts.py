"""Favourite (pinned) contacts

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 02:50:00

Issue 20. ``favourite_contacts``: the contacts pinned at the top of the folder pane, in the
user's order; a row goes with its contact (ON DELETE CASCADE). The recently viewed contacts
are the window's settings, not the database's. A new table only: nothing existing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "favourite_contacts",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_favourite_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_favourite_contacts")),
    )


def downgrade() -> None:
    op.drop_table("favourite_contacts")
