"""the sales layer: deals, their contacts and stage history, stages, sources, leads

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 19:10:00

Deals (opportunities) on an account, with contacts in roles, an amount in minor units and its
ISO 4217 currency, a stage from the user's list (Prospecting 10, Qualification 20, Proposal
50, Negotiation 80 to start with), a status open/won/lost, and every stage change recorded.
Contacts and accounts may be leads (status, reason, source). Activities and notes may be
about a deal, through link tables: neither table is altered or copied (the activities keep
the triggers of 0003). Existing rows keep everything: the lead columns are added (ALTER TABLE
ADD COLUMN, no copy) with empty defaults. Self-contained: it reads nothing another branch's
migration may have changed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

_STAGES = (("Prospecting", 10), ("Qualification", 20), ("Proposal", 50), ("Negotiation", 80))
_SOURCES = ("referral", "web", "trade show", "campaign", "partner", "other")
_TIME = sa.String(32)


def _lead_columns(table: str) -> None:
    op.add_column(table, sa.Column("is_lead", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column(table, sa.Column("lead_status", sa.String(), nullable=True))
    op.add_column(table, sa.Column("lead_reason", sa.String(), nullable=False, server_default=""))
    op.add_column(table, sa.Column("lead_source", sa.String(), nullable=False, server_default=""))
    op.add_column(table, sa.Column("lead_converted_at", _TIME, nullable=True))
    op.create_index(f"ix_{table}_is_lead", table, ["is_lead"])


def upgrade() -> None:
    stages = op.create_table(
        "deal_stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "probability BETWEEN 0 AND 100", name=op.f("ck_deal_stages_probability")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_stages")),
        sa.UniqueConstraint("name", name=op.f("uq_deal_stages_name")),
    )
    sources = op.create_table(
        "deal_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_sources")),
        sa.UniqueConstraint("name", name=op.f("uq_deal_sources_name")),
    )
    op.create_table(
        "deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("probability_manual", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("close_date", sa.String(10), nullable=True),
        sa.Column("source", sa.String(), server_default="", nullable=False),
        sa.Column("next_step", sa.String(), server_default="", nullable=False),
        sa.Column("description", sa.String(), server_default="", nullable=False),
        sa.Column("status", sa.String(), server_default="open", nullable=False),
        sa.Column("closed_on", sa.String(10), nullable=True),
        sa.Column("close_reason", sa.String(), server_default="", nullable=False),
        sa.Column("competitor_id", sa.Integer(), nullable=True),
        sa.Column("origin_contact_id", sa.Integer(), nullable=True),
        sa.Column("stage_since", _TIME, nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.Column("deleted_at", _TIME, nullable=True),
        sa.CheckConstraint("status IN ('open', 'won', 'lost')", name=op.f("ck_deals_status")),
        sa.CheckConstraint("probability BETWEEN 0 AND 100", name=op.f("ck_deals_probability")),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_deals_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["deal_stages.id"], name=op.f("fk_deals_stage_id_deal_stages"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["competitor_id"], ["accounts.id"], name=op.f("fk_deals_competitor_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["origin_contact_id"], ["contacts.id"],
            name=op.f("fk_deals_origin_contact_id_contacts"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
    )  # fmt: skip
    op.create_index("ix_deals_status_close", "deals", ["status", "deleted_at", "close_date"])
    op.create_index("ix_deals_status_closed_on", "deals", ["status", "deleted_at", "closed_on"])
    op.create_index("ix_deals_stage_id", "deals", ["stage_id"])
    op.create_index("ix_deals_account_id", "deals", ["account_id"])
    op.create_index("ix_deals_competitor_id", "deals", ["competitor_id"])
    op.create_table(
        "deal_contacts",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(), server_default="", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_contacts_deal_id_deals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_deal_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("deal_id", "contact_id", name=op.f("pk_deal_contacts")),
    )  # fmt: skip
    op.create_index(op.f("ix_deal_contacts_contact_id"), "deal_contacts", ["contact_id"])
    op.create_table(
        "deal_stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", _TIME, nullable=False),
        sa.Column("from_stage", sa.String(), nullable=True),
        sa.Column("to_stage", sa.String(), nullable=False),
        sa.Column("status", sa.String(), server_default="open", nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_stage_changes_deal_id_deals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_stage_changes")),
    )  # fmt: skip
    op.create_index("ix_deal_stage_changes_deal", "deal_stage_changes", ["deal_id", "changed_at"])
    # The activities-by-week report counts done activities by kind reading this index alone
    # (no table row per activity): an index is added, the table is not altered.
    op.create_index(
        "ix_activities_done_kind", "activities", ["status", "kind", "completed_at", "deleted_at"]
    )
    _lead_columns("contacts")
    _lead_columns("accounts")
    # Activities and notes about a deal: link tables (one deal per activity or note), so that
    # neither table is altered or copied (the activities' triggers of 0003 stay as they are).
    for table, column, target in (
        ("deal_activities", "activity_id", "activities"),
        ("deal_notes", "note_id", "notes"),
    ):
        op.create_table(
            table,
            sa.Column(column, sa.Integer(), nullable=False),
            sa.Column("deal_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                ["deal_id"], ["deals.id"], name=op.f(f"fk_{table}_deal_id_deals"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint(column, name=op.f(f"pk_{table}")),
        )  # fmt: skip
        op.create_index(op.f(f"ix_{table}_deal_id"), table, ["deal_id"])
    op.bulk_insert(
        stages,
        [
            {"name": name, "probability": probability, "position": position}
            for position, (name, probability) in enumerate(_STAGES)
        ],
    )
    op.bulk_insert(
        sources, [{"name": name, "position": position} for position, name in enumerate(_SOURCES)]
    )


def downgrade() -> None:
    op.drop_index("ix_activities_done_kind", table_name="activities")
    for table in ("deal_notes", "deal_activities"):
        op.drop_index(op.f(f"ix_{table}_deal_id"), table_name=table)
        op.drop_table(table)
    for table in ("accounts", "contacts"):
        op.drop_index(f"ix_{table}_is_lead", table_name=table)
        for column in ("lead_converted_at", "lead_source", "lead_reason", "lead_status", "is_lead"):
            op.drop_column(table, column)
    op.drop_table("deal_stage_changes")
    op.drop_table("deal_contacts")
    op.drop_table("deals")
    op.drop_table("deal_sources")
    op.drop_table("deal_stages")
