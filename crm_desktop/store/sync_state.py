"""The sync accounts and items (``sync_models``), read and written on the caller's
transaction (raw ``sqlite3``), so that a record and its sync state change together."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.records.sync import SyncAccountInfo, SyncConflict
from crm_desktop.store.base import utc_now
from crm_desktop.store.times import utc_text
from crm_desktop.store.transactions import RawConnection

_ACCOUNT_COLUMNS = (
    "id, name, url, username, address_book_url, calendar_url, vcard_version, last_sync_at, "
    "last_summary, last_error"
)


_ITEM_COLUMNS = (
    "id, href, etag, uid, contact_id, record_account_id, local_hash, base, conflict, "
    "conflict_etag, conflict_fields, activity_id, collection"
)


@dataclass(slots=True)
class ItemRow:
    id: int
    href: str
    etag: str
    uid: str
    contact_id: int | None
    record_account_id: int | None
    local_hash: str
    base: str
    conflict: str
    conflict_etag: str
    conflict_fields: str
    activity_id: int | None = None
    collection: str = "contacts"


def add_account(
    connection: RawConnection,
    name: str,
    url: str,
    username: str,
    address_book_url: str | None,
    calendar_url: str | None,
    vcard_version: str,
) -> int:
    cursor = connection.execute(
        "INSERT INTO sync_accounts (name, url, username, address_book_url, calendar_url, "
        "vcard_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            name,
            url,
            username,
            address_book_url,
            calendar_url,
            vcard_version,
            utc_text(utc_now()),
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def remove_account(connection: RawConnection, account_id: int) -> None:
    connection.execute("DELETE FROM sync_items WHERE account_id = ?", (account_id,))
    connection.execute("DELETE FROM sync_accounts WHERE id = ?", (account_id,))


def accounts(connection: RawConnection) -> list[SyncAccountInfo]:
    rows = connection.execute(f"SELECT {_ACCOUNT_COLUMNS} FROM sync_accounts ORDER BY name")
    return [SyncAccountInfo(*row) for row in rows]


def contacts_token(connection: RawConnection, account_id: int) -> str | None:
    row = connection.execute(
        "SELECT contacts_token FROM sync_accounts WHERE id = ?", (account_id,)
    ).fetchone()
    return None if row is None else row[0]


def set_contacts_token(connection: RawConnection, account_id: int, token: str | None) -> None:
    connection.execute(
        "UPDATE sync_accounts SET contacts_token = ? WHERE id = ?", (token, account_id)
    )


def record_outcome(connection: RawConnection, account_id: int, summary: str, error: str) -> None:
    if error:
        connection.execute(
            "UPDATE sync_accounts SET last_error = ? WHERE id = ?", (error, account_id)
        )
    else:
        connection.execute(
            "UPDATE sync_accounts SET last_sync_at = ?, last_summary = ?, last_error = '' "
            "WHERE id = ?",
            (utc_text(utc_now()), summary, account_id),
        )


def items(
    connection: RawConnection, account_id: int, collection: str = "contacts"
) -> dict[str, ItemRow]:
    """Every member of the account's address book (or calendar) agreed so far, by href."""
    rows = connection.execute(
        f"SELECT {_ITEM_COLUMNS} FROM sync_items WHERE account_id = ? AND collection = ?",
        (account_id, collection),
    )
    return {row[1]: ItemRow(*row) for row in rows}


def save_item(connection: RawConnection, account_id: int, item: ItemRow) -> int:
    """Insert or replace the item of ``item.href``; its id."""
    connection.execute(
        "INSERT INTO sync_items (account_id, href, etag, uid, contact_id, record_account_id, "
        "local_hash, base, conflict, conflict_etag, conflict_fields, activity_id, collection) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (account_id, href) DO UPDATE SET activity_id = excluded.activity_id, "
        "etag = excluded.etag, uid = excluded.uid, contact_id = excluded.contact_id, "
        "record_account_id = excluded.record_account_id, local_hash = excluded.local_hash, "
        "base = excluded.base, conflict = excluded.conflict, "
        "conflict_etag = excluded.conflict_etag, conflict_fields = excluded.conflict_fields",
        (account_id, item.href, item.etag, item.uid, item.contact_id, item.record_account_id,
         item.local_hash, item.base, item.conflict, item.conflict_etag, item.conflict_fields,
         item.activity_id, item.collection),
    )  # fmt: skip
    row = connection.execute(
        "SELECT id FROM sync_items WHERE account_id = ? AND href = ?", (account_id, item.href)
    ).fetchone()
    return int(row[0])


def drop_item(connection: RawConnection, item_id: int) -> None:
    connection.execute("DELETE FROM sync_items WHERE id = ?", (item_id,))


def live_contact_ids(connection: RawConnection) -> list[int]:
    return [row[0] for row in connection.execute(
        "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY id")]  # fmt: skip


def live_account_ids(connection: RawConnection) -> list[int]:
    return [row[0] for row in connection.execute(
        "SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY id")]  # fmt: skip


def trashed(connection: RawConnection, table: str, ids: list[int]) -> set[int]:
    """Which of ``ids`` (of ``contacts``, ``accounts`` or ``activities``) are in the Trash."""
    assert table in ("contacts", "accounts", "activities")
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            row[0]
            for row in connection.execute(
                f"SELECT id FROM {table} WHERE deleted_at IS NOT NULL AND id IN ({marks})", chunk
            )
        )
    return found


def set_uid(connection: RawConnection, table: str, record_id: int, uid: str) -> None:
    assert table in ("contacts", "accounts", "activities")
    connection.execute(f"UPDATE {table} SET uid = ? WHERE id = ?", (uid, record_id))


def contact_by_uid(connection: RawConnection, uid: str) -> int | None:
    row = connection.execute(
        "SELECT id FROM contacts WHERE uid = ? AND deleted_at IS NULL ORDER BY id LIMIT 1", (uid,)
    ).fetchone()
    return None if row is None else int(row[0])


def account_by_uid(connection: RawConnection, uid: str) -> int | None:
    row = connection.execute(
        "SELECT id FROM accounts WHERE uid = ? AND deleted_at IS NULL ORDER BY id LIMIT 1", (uid,)
    ).fetchone()
    return None if row is None else int(row[0])


def move_to_trash(connection: RawConnection, table: str, record_id: int) -> None:
    assert table in ("contacts", "accounts", "activities")
    connection.execute(
        f"UPDATE {table} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
        (utc_text(utc_now()), record_id),
    )


def bring_back(connection: RawConnection, table: str, record_id: int) -> None:
    assert table in ("contacts", "accounts", "activities")
    connection.execute(f"UPDATE {table} SET deleted_at = NULL WHERE id = ?", (record_id,))


def contacts_of_account(connection: RawConnection, account_id: int) -> list[int]:
    return [row[0] for row in connection.execute(
        "SELECT contact_id FROM contact_accounts WHERE account_id = ?", (account_id,))]  # fmt: skip


def item_by_id(connection: RawConnection, item_id: int) -> ItemRow | None:
    row = connection.execute(
        f"SELECT {_ITEM_COLUMNS} FROM sync_items WHERE id = ?", (item_id,)
    ).fetchone()
    return None if row is None else ItemRow(*row)


def item_account(connection: RawConnection, item_id: int) -> int:
    row = connection.execute("SELECT account_id FROM sync_items WHERE id = ?", (item_id,))
    return int(row.fetchone()[0])


def conflicts(connection: RawConnection) -> list[SyncConflict]:
    rows = connection.execute(
        "SELECT i.id, a.name, i.contact_id, i.record_account_id, "
        "coalesce(c.formatted_name, o.name, t.subject, ''), i.conflict_fields, i.conflict "
        "FROM sync_items i JOIN sync_accounts a ON a.id = i.account_id "
        "LEFT JOIN contacts c ON c.id = i.contact_id "
        "LEFT JOIN accounts o ON o.id = i.record_account_id "
        "LEFT JOIN activities t ON t.id = i.activity_id "
        "WHERE i.conflict != '' ORDER BY i.id"
    )
    return [
        SyncConflict(row[0], row[1], row[2], row[3], row[4], tuple(row[5].split(",")), row[6])
        for row in rows
    ]


def calendar_token(connection: RawConnection, account_id: int) -> str | None:
    row = connection.execute(
        "SELECT calendar_token FROM sync_accounts WHERE id = ?", (account_id,)
    ).fetchone()
    return None if row is None else row[0]


def set_calendar_token(connection: RawConnection, account_id: int, token: str | None) -> None:
    connection.execute(
        "UPDATE sync_accounts SET calendar_token = ? WHERE id = ?", (token, account_id)
    )


def contact_emails(connection: RawConnection) -> dict[str, int]:
    """Folded e-mail address -> the first contact (outside the Trash) holding it."""
    found: dict[str, int] = {}
    for value, contact_id in connection.execute(
        "SELECT e.value_fold, e.contact_id FROM emails e JOIN contacts c ON c.id = e.contact_id "
        "WHERE c.deleted_at IS NULL ORDER BY e.contact_id, e.position"
    ):
        found.setdefault(value, contact_id)
    return found


def activity_by_uid(connection: RawConnection, uid: str) -> int | None:
    row = connection.execute(
        "SELECT id FROM activities WHERE uid = ? AND deleted_at IS NULL ORDER BY id LIMIT 1",
        (uid,),
    ).fetchone()
    return None if row is None else int(row[0])


def calendar_candidates(connection: RawConnection, since: str) -> list[int]:
    """Meetings, calls and tasks outside the Trash that are open, or planned since ``since``."""
    sql = (
        "SELECT id FROM activities WHERE deleted_at IS NULL "
        "AND kind IN ('meeting', 'call', 'task') "
        "AND (status = 'open' OR coalesce(start_at, due_at) >= ?) ORDER BY id"
    )
    return [row[0] for row in connection.execute(sql, (since,))]


def contacts_seen(connection: RawConnection, account_id: int, column: str = "contacts_seen"
                  ) -> int | None:  # fmt: skip
    """The last change (``sync_changes.seq``) the account's last complete upload of its
    address book (``calendar_seen``: calendar) considered; None when not known (then every
    record is compared)."""
    assert column in ("contacts_seen", "calendar_seen")
    row = connection.execute(
        f"SELECT {column} FROM sync_accounts WHERE id = ?", (account_id,)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def set_contacts_seen(connection: RawConnection, account_id: int, seen: int,
                      column: str = "contacts_seen") -> None:  # fmt: skip
    assert column in ("contacts_seen", "calendar_seen")
    connection.execute(f"UPDATE sync_accounts SET {column} = ? WHERE id = ?", (seen, account_id))


def last_change(connection: RawConnection) -> int:
    """The newest change's number (0: none)."""
    row = connection.execute("SELECT max(seq) FROM sync_changes").fetchone()
    return int(row[0] or 0)


def changed_since(connection: RawConnection, seen: int) -> set[tuple[str, int]]:
    """The contacts, accounts and activities, as (table, id), changed after change number
    ``seen``."""
    rows = connection.execute(
        "SELECT kind, record_id FROM sync_changes WHERE seq > ?", (seen,)
    ).fetchall()
    return {(str(kind), int(record_id)) for kind, record_id in rows}
