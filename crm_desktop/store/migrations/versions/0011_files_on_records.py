"""files on deals too, and a file's own Trash

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 22:30:00

Issue 19, files on records. A kept file (``attachments``, migration 0010) may now be on a
deal (``deal_id``), and is moved to the Trash on its own (``deleted_at``) when the user removes
it from its record (a file on a trashed record goes and comes back with it, untouched). The
one-owner check grows to four owners: SQLite cannot change a CHECK constraint, so the table is
made again under its own name and its rows copied (nothing points at ``attachments``; no
trigger is on it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None

_TIME = sa.String(32)
_OWNERS = ("contact_id", "account_id", "activity_id", "deal_id")
_REFERRED = {
    "contact_id": "contacts",
    "account_id": "accounts",
    "activity_id": "activities",
    "deal_id": "deals",
}
_KEPT = "id, sha256, file_name, media_type, size, created_at, contact_id, account_id, activity_id"


def _make(table: str, owners: tuple[str, ...], *, trash: bool) -> None:
    columns: list[sa.schema.SchemaItem] = [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False, server_default=""),
        sa.Column("media_type", sa.String(), nullable=False, server_default=""),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        *(sa.Column(owner, sa.Integer(), nullable=True) for owner in owners),
    ]
    if trash:
        columns.append(sa.Column("deleted_at", _TIME, nullable=True))
    check = " + ".join(f"({owner} IS NOT NULL)" for owner in owners) + " = 1"
    columns += [
        sa.CheckConstraint(check, name=op.f("ck_attachments_one_owner")),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment_contents.sha256"],
            name=op.f("fk_attachments_sha256_attachment_contents"),
        ),
        *(
            sa.ForeignKeyConstraint(
                [owner],
                [f"{_REFERRED[owner]}.id"],
                name=op.f(f"fk_attachments_{owner}_{_REFERRED[owner]}"),
                ondelete="CASCADE",
            )
            for owner in owners
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    ]
    op.create_table(table, *columns)


def _swap(owners: tuple[str, ...], *, trash: bool) -> None:
    _make("attachments_0011", owners, trash=trash)
    op.execute(f"INSERT INTO attachments_0011 ({_KEPT}) SELECT {_KEPT} FROM attachments")
    op.drop_table("attachments")
    op.rename_table("attachments_0011", "attachments")
    for column in ("sha256", *owners):
        op.create_index(f"ix_attachments_{column}", "attachments", [column])


def upgrade() -> None:
    _swap(_OWNERS, trash=True)


def downgrade() -> None:
    # Files on deals have nowhere to go before 0011: they are dropped with the column.
    op.execute("DELETE FROM attachments WHERE deal_id IS NOT NULL")
    _swap(_OWNERS[:3], trash=False)
