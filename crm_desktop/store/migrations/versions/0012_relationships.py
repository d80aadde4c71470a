"""relationships between contacts, and between contacts and accounts, of user-editable types

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 22:30:00

Issue 19. ``relationship_types`` is the user's list of kinds of link, each with its inverse
(Manager / Direct report); the built-in ones carry a ``key`` (what vCard, Apple and Outlook
call them, and what the referrals report looks for). A row of ``relationships`` starts from a
contact (``contact_id``) and ends at another contact, an account, or a name only
(``other_name``: a person no record stands for, kept as the file named them). It reads "the
other is the contact's <name>", or with ``reverse`` "the other is the contact's
<inverse_name>"; the other's card shows the other word. Both records' rows go with them
(``ON DELETE CASCADE``); while either is in the Trash the link is hidden by the readers.

Properties kept verbatim by earlier versions (``RELATED``, Apple's ``X-ABRELATEDNAMES`` with
its ``X-ABLabel``) become relationships of a name here, so that an export does not write them
twice (once kept, once as a relationship).
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None

# key, name, inverse name: the built-in types, in the order the list shows them.
BUILT_IN = (
    ("spouse", "Spouse", "Spouse"),
    ("partner", "Partner", "Partner"),
    ("manager", "Manager", "Direct report"),
    ("assistant", "Assistant", "Assistant to"),
    ("referred-by", "Referred by", "Referred"),
    ("colleague", "Colleague", "Colleague"),
    ("former-employee-of", "Former employee of", "Former employer of"),
    ("parent", "Parent", "Child"),
    ("sibling", "Sibling", "Sibling"),
    ("friend", "Friend", "Friend"),
)
_APPLE = re.compile(r"^_\$!<(.*)>!\$_$")


def upgrade() -> None:
    op.create_table(
        "relationship_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("inverse_name", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationship_types")),
        sa.UniqueConstraint("key", name=op.f("uq_relationship_types_key")),
    )
    op.create_table(
        "relationships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("reverse", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("other_contact_id", sa.Integer(), nullable=True),
        sa.Column("other_account_id", sa.Integer(), nullable=True),
        sa.Column("other_name", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "(other_contact_id IS NOT NULL) + (other_account_id IS NOT NULL) <= 1",
            name=op.f("ck_relationships_one_other"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_relationships_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["relationship_types.id"],
            name=op.f("fk_relationships_type_id_relationship_types"),
        ),
        sa.ForeignKeyConstraint(
            ["other_contact_id"],
            ["contacts.id"],
            name=op.f("fk_relationships_other_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_account_id"],
            ["accounts.id"],
            name=op.f("fk_relationships_other_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationships")),
    )
    for column in ("contact_id", "type_id", "other_contact_id", "other_account_id"):
        op.create_index(f"ix_relationships_{column}", "relationships", [column])
    bind = op.get_bind()
    for position, (key, name, inverse) in enumerate(BUILT_IN):
        bind.execute(
            sa.text(
                "INSERT INTO relationship_types (key, name, inverse_name, position) "
                "VALUES (:key, :name, :inverse, :position)"
            ),
            {"key": key, "name": name, "inverse": inverse, "position": position},
        )
    _kept_properties_to_relationships(bind)


def _type_id(bind: sa.Connection, label: str) -> tuple[int, bool]:
    """The type a kept property's label names (made if none does), and whether the label is
    its inverse name."""
    match = _APPLE.match(label)
    word = (match.group(1) if match else label).strip() or "Related"
    folded = word.casefold().replace("_", " ").replace("-", " ")
    for type_id, key, name, inverse in bind.execute(
        sa.text("SELECT id, key, name, inverse_name FROM relationship_types ORDER BY position")
    ):
        if folded in (name.casefold(), (key or "").replace("-", " ")):
            return int(type_id), False
        if folded == inverse.casefold():
            return int(type_id), True
    position = bind.execute(
        sa.text("SELECT coalesce(max(position), -1) + 1 FROM relationship_types")
    ).scalar_one()
    bind.execute(
        sa.text(
            "INSERT INTO relationship_types (name, inverse_name, position) "
            "VALUES (:name, :name, :position)"
        ),
        {"name": word, "position": position},
    )
    return int(bind.execute(sa.text("SELECT last_insert_rowid()")).scalar_one()), False


def _kept_properties_to_relationships(bind: sa.Connection) -> None:
    kept = bind.execute(
        sa.text(
            'SELECT id, contact_id, name, value, "group", params FROM extra_properties '
            "WHERE contact_id IS NOT NULL AND upper(name) IN ('RELATED', 'X-ABRELATEDNAMES')"
        )
    ).fetchall()
    now = bind.execute(sa.text("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")).scalar_one()
    now = now[:-1] + "000Z"  # microseconds, as every stored time
    for row_id, contact_id, name, value, group, params in kept:
        label = ""
        if name.upper() == "RELATED":
            found = re.search(r'"TYPE":\s*\[\s*"([^"]*)"', params or "", re.IGNORECASE)
            label = found.group(1) if found else ""
        elif group:
            found_label = bind.execute(
                sa.text(
                    "SELECT id, value FROM extra_properties WHERE contact_id = :c AND "
                    "upper(\"group\") = upper(:g) AND upper(name) = 'X-ABLABEL'"
                ),
                {"c": contact_id, "g": group},
            ).first()
            if found_label is not None:
                label = found_label[1]
                bind.execute(
                    sa.text("DELETE FROM extra_properties WHERE id = :id"), {"id": found_label[0]}
                )
        text = value.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
        text = text.replace("\\\\", "\\").strip()
        if not text:
            continue
        type_id, reverse = _type_id(bind, label)
        bind.execute(
            sa.text(
                "INSERT INTO relationships (contact_id, type_id, reverse, other_name, created_at)"
                " VALUES (:c, :t, :r, :n, :now)"
            ),
            {"c": contact_id, "t": type_id, "r": reverse, "n": text, "now": now},
        )
        bind.execute(sa.text("DELETE FROM extra_properties WHERE id = :id"), {"id": row_id})


def downgrade() -> None:
    op.drop_table("relationships")
    op.drop_table("relationship_types")
