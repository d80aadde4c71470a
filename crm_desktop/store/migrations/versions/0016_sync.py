"""CardDAV/CalDAV sync: sync accounts and the server members agreed with local records

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 22:40:00

Issue 21. ``sync_accounts``: one per server and user (the password is in the keyring, never
here); the address book and calendar chosen, their sync tokens, the last sync's summary.
``sync_items``: each server member tied to one local contact or account, with its ETag, the
card as last agreed (the base of a three-way merge), the hash of the local card then, and a
conflict's server version until the user decides. New tables only: nothing existing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "sync_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("address_book_url", sa.String(), nullable=True),
        sa.Column("calendar_url", sa.String(), nullable=True),
        sa.Column("vcard_version", sa.String(), nullable=False, server_default="3.0"),
        sa.Column("contacts_token", sa.String(), nullable=True),
        sa.Column("calendar_token", sa.String(), nullable=True),
        sa.Column("last_sync_at", sa.String(32), nullable=True),
        sa.Column("last_summary", sa.String(), nullable=False, server_default=""),
        sa.Column("last_error", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_accounts")),
        sa.UniqueConstraint("name", name=op.f("uq_sync_accounts_name")),
    )
    op.create_table(
        "sync_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("collection", sa.String(), nullable=False, server_default="contacts"),
        sa.Column("href", sa.String(), nullable=False),
        sa.Column("etag", sa.String(), nullable=False, server_default=""),
        sa.Column("uid", sa.String(), nullable=False, server_default=""),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("record_account_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("local_hash", sa.String(), nullable=False, server_default=""),
        sa.Column("base", sa.String(), nullable=False, server_default=""),
        sa.Column("conflict", sa.String(), nullable=False, server_default=""),
        sa.Column("conflict_etag", sa.String(), nullable=False, server_default=""),
        sa.Column("conflict_fields", sa.String(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["sync_accounts.id"],
            name=op.f("fk_sync_items_account_id_sync_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_sync_items_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["record_account_id"],
            ["accounts.id"],
            name=op.f("fk_sync_items_record_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_sync_items_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_items")),
        sa.UniqueConstraint("account_id", "href", name=op.f("uq_sync_items_account_id")),
    )
    op.create_index(op.f("ix_sync_items_account_id"), "sync_items", ["account_id"])
    op.create_index(op.f("ix_sync_items_contact_id"), "sync_items", ["contact_id"])
    op.create_index(op.f("ix_sync_items_record_account_id"), "sync_items", ["record_account_id"])
    op.create_index(op.f("ix_sync_items_activity_id"), "sync_items", ["activity_id"])


def downgrade() -> None:
    op.drop_table("sync_items")
    op.drop_table("sync_accounts")
