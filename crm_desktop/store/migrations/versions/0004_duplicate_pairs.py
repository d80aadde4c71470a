"""pairs of records: "not a duplicate" decisions, and possible duplicates found at import

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 12:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def _pair_table(name: str, target: str, *extra: sa.Column[str]) -> None:
    op.create_table(
        name,
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        *extra,
        sa.CheckConstraint("first_id < second_id", name=op.f(f"ck_{name}_ordered")),
        sa.ForeignKeyConstraint(
            ["first_id"], [f"{target}.id"], name=op.f(f"fk_{name}_first_id_{target}"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["second_id"], [f"{target}.id"], name=op.f(f"fk_{name}_second_id_{target}"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("first_id", "second_id", name=op.f(f"pk_{name}")),
    )  # fmt: skip
    op.create_index(op.f(f"ix_{name}_second_id"), name, ["second_id"])


def upgrade() -> None:
    _pair_table(
        "not_duplicate_contacts", "contacts", sa.Column("decided_at", sa.String(32), nullable=False)
    )
    _pair_table(
        "not_duplicate_accounts", "accounts", sa.Column("decided_at", sa.String(32), nullable=False)
    )
    _pair_table(
        "possible_duplicates",
        "contacts",
        sa.Column("reasons", sa.String(), server_default="", nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for name in ("possible_duplicates", "not_duplicate_accounts", "not_duplicate_contacts"):
        op.drop_index(op.f(f"ix_{name}_second_id"), table_name=name)
        op.drop_table(name)
