"""Sync: which contacts, accounts and activities changed since a sync last looked (triggers)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 03:00:00

Issue 21 (performance of an incremental sync). Finding what changed here by hashing every
record's card cost a whole export of the address book (and calendar) at each sync.
``sync_changes`` holds, per record (``kind`` "contacts", "accounts" or "activities",
``record_id``), the number of its last change (``seq``: newer than every number given
before; several records changed by one statement may share one). Triggers on every table a
card is made of write it, whatever wrote the change (an edit, an import, a bulk change, a
merge, an account or category renamed, a relationship; an activity, its people, their names
and e-mail addresses: its attendees). ``sync_accounts.contacts_seen`` / ``calendar_seen``:
the highest ``seq`` the account's last complete upload of its address book / calendar
considered (NULL: not known, every record is compared once). The triggers write only while
a sync account exists, so a database that never syncs pays nothing. Self-contained: a new
table, two new columns, new triggers; nothing existing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | None = None
depends_on: str | None = None

_ONLY_SYNCING = "WHEN EXISTS (SELECT 1 FROM sync_accounts)"


def _mark_select(kind: str, select: str) -> str:
    """Statements giving the records of ``kind`` that ``select`` lists (as ``r``) a number
    newer than every number given so far. No conflict clause: a trigger's gives way to the
    outer statement's (an INSERT OR IGNORE of a category link would keep the old number), so
    the existing marks are updated and the missing ones inserted."""
    records = f"SELECT DISTINCT r FROM ({select}) WHERE r IS NOT NULL"
    return (
        "UPDATE sync_changes SET seq = (SELECT max(seq) + 1 FROM sync_changes) "
        f"WHERE kind = '{kind}' AND record_id IN ({records}); "
        "INSERT INTO sync_changes (kind, record_id, seq) "
        f"SELECT '{kind}', r, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes) "
        f"FROM ({records}) WHERE NOT EXISTS (SELECT 1 FROM sync_changes "
        f"WHERE kind = '{kind}' AND record_id = r);"
    )


def _mark(kind: str, record_id: str) -> str:
    """``_mark_select`` for one record (``record_id`` an expression), without a subquery."""
    return (
        "UPDATE sync_changes SET seq = (SELECT max(seq) + 1 FROM sync_changes) "
        f"WHERE kind = '{kind}' AND record_id = {record_id}; "
        "INSERT INTO sync_changes (kind, record_id, seq) "
        f"SELECT '{kind}', {record_id}, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes) "
        f"WHERE {record_id} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_changes "
        f"WHERE kind = '{kind}' AND record_id = {record_id});"
    )


# The columns of a contact its card is made of (not the times of its last and next activity,
# which logging a call changes).
_CONTACT_COLUMNS = (
    "uid, prefix, given_name, additional_names, family_name, suffix, formatted_name, nickname, "
    "title, department, role, birthday, anniversary, gender, photo, photo_media_type, "
    "photo_uri, note, keep_in_touch_days, deleted_at, is_lead, lead_status, lead_reason, "
    "lead_source, lead_converted_at"
)
_RELATED_TO_CONTACT = (
    "SELECT contact_id AS r FROM relationships WHERE other_contact_id = {0} "
    "UNION SELECT other_contact_id FROM relationships WHERE contact_id = {0} "
    "AND other_contact_id IS NOT NULL"
)
_ATTENDED = "SELECT activity_id AS r FROM activity_contacts WHERE contact_id = {0}"
_OF_ACCOUNT = (
    "SELECT contact_id AS r FROM contact_accounts WHERE account_id = {0} "
    "UNION SELECT contact_id FROM relationships WHERE other_account_id = {0}"
)


def _triggers() -> dict[str, str]:
    triggers: dict[str, str] = {}

    def on(name: str, event: str, table: str, body: str, when: str = "") -> None:
        condition = f"{_ONLY_SYNCING} AND {when}" if when else _ONLY_SYNCING
        triggers[f"tr_sync_changes_{name}"] = (
            f"AFTER {event} ON {table} FOR EACH ROW {condition} BEGIN {body} END"
        )

    related = _mark_select("contacts", _RELATED_TO_CONTACT.format("NEW.id"))
    of_account = _mark_select("contacts", _OF_ACCOUNT.format("NEW.id"))
    on("contacts_insert", "INSERT", "contacts", _mark("contacts", "NEW.id"))
    attended = _mark_select("activities", _ATTENDED.format("NEW.id"))
    on("contacts_update", f"UPDATE OF {_CONTACT_COLUMNS}", "contacts",
       _mark("contacts", "NEW.id") + related + attended)  # fmt: skip
    on("accounts_insert", "INSERT", "accounts", _mark("accounts", "NEW.id"))
    on("accounts_update", "UPDATE", "accounts", _mark("accounts", "NEW.id") + of_account)
    # Values held by a contact or an account.
    for table in ("emails", "phones", "addresses", "urls", "impp", "custom_fields",
                  "extra_properties"):  # fmt: skip
        # One trigger per holder, each only where the row has that holder (an import writes
        # hundreds of thousands of these rows: no statement run for nothing).
        for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            body = _mark("contacts", f"{row}.contact_id")
            if table == "emails":  # an attendee's address
                body += _mark_select("activities", _ATTENDED.format(f"{row}.contact_id"))
            on(f"{table}_{event}", event.upper(), table, body, f"{row}.contact_id IS NOT NULL")
            on(f"{table}_{event}_account", event.upper(), table,
               _mark("accounts", f"{row}.account_id"), f"{row}.account_id IS NOT NULL")  # fmt: skip
        # Moved from one holder to another: the one it left.
        moved = "(OLD.contact_id IS NOT NEW.contact_id OR OLD.account_id IS NOT NEW.account_id)"
        left = _mark("contacts", "OLD.contact_id") + _mark("accounts", "OLD.account_id")
        on(f"{table}_moved", "UPDATE", table, left, moved)
    # Links: categories, accounts, relationships (both people's cards name the other).
    for table, marks in (
        ("contact_categories", (("contacts", "contact_id"),)),
        ("account_categories", (("accounts", "account_id"),)),
        ("contact_accounts", (("contacts", "contact_id"),)),
        ("relationships", (("contacts", "contact_id"), ("contacts", "other_contact_id"))),
    ):
        for event, rows in (("insert", ("NEW",)), ("update", ("NEW", "OLD")),
                            ("delete", ("OLD",))):  # fmt: skip
            body = "".join(_mark(kind, f"{row}.{column}") for row in rows for kind, column in marks)
            on(f"{table}_{event}", event.upper(), table, body)
    # Names shown on other cards: a category renamed, a relationship type renamed.
    on("categories_update", "UPDATE OF name", "categories",
       _mark_select("contacts", "SELECT contact_id AS r FROM contact_categories "
                                "WHERE category_id = NEW.id")
       + _mark_select("accounts", "SELECT account_id AS r FROM account_categories "
                                  "WHERE category_id = NEW.id"))  # fmt: skip
    of_type = (
        "SELECT contact_id AS r FROM relationships WHERE type_id = NEW.id "
        "UNION SELECT other_contact_id FROM relationships WHERE type_id = NEW.id"
    )
    on("relationship_types_update", "UPDATE", "relationship_types",
       _mark_select("contacts", of_type))  # fmt: skip
    # Activities (the calendar): the activity itself, and its people.
    on("activities_insert", "INSERT", "activities", _mark("activities", "NEW.id"))
    on("activities_update", "UPDATE", "activities", _mark("activities", "NEW.id"))
    for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        on(f"activity_contacts_{event}", event.upper(), "activity_contacts",
           _mark("activities", f"{row}.activity_id"))  # fmt: skip
    return triggers


TRIGGERS = _triggers()


def upgrade() -> None:
    op.create_table(
        "sync_changes",
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id", name=op.f("pk_sync_changes")),
    )
    op.create_index(op.f("ix_sync_changes_seq"), "sync_changes", ["seq"])
    with op.batch_alter_table("sync_accounts") as batch:
        batch.add_column(sa.Column("contacts_seen", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("calendar_seen", sa.Integer(), nullable=True))
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table("sync_accounts") as batch:
        batch.drop_column("calendar_seen")
        batch.drop_column("contacts_seen")
    op.drop_index(op.f("ix_sync_changes_seq"), table_name="sync_changes")
    op.drop_table("sync_changes")
