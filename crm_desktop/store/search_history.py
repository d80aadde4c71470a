"""The search index of the history: activities and notes, each its own document (stdlib only).

``activity_fts`` (rowid = activity id) and ``note_fts`` (rowid = note id) hold the folded
text of each activity and note outside the Trash, FTS5 trigram as ``contact_fts``. Whoever
writes an activity or a note (a service, an import, a raw bulk load), triggers put its id in
``search_pending`` (an ordinary table: the app's connections run with ``trusted_schema =
OFF``, under which a trigger may not touch a virtual table nor call our ``crm_fold``), and
``index_pending`` indexes those, in Python, just before every write transaction commits
(``store.engine`` and ``store.raw_writer`` call it). So logging a call indexes that one
activity; moving an activity to another contact (a merge) rewrites nothing, as the owner is
read at search time through ``activity_contacts`` and ``notes``; a contact's own document
never holds its history.

Deals keep the same shape when they come: a ``deal_fts`` keyed to the deal, its document in
``_DOCUMENTS``, its triggers in ``TRIGGERS``, and one more ``UNION`` in
``history_contacts_sql``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from crm_desktop.store.folding import fold

ACTIVITY_TABLE = "activity_fts"
NOTE_TABLE = "note_fts"
HISTORY_TABLES = (ACTIVITY_TABLE, NOTE_TABLE)
PENDING_TABLE = "search_pending"

# THE history documents: (index table, source table, the texts search finds it by).
_DOCUMENTS = {
    "activity": (ACTIVITY_TABLE, "activities", ("subject", "details", "outcome")),
    "note": (NOTE_TABLE, "notes", ("body",)),
}
_CHUNK = 500


def _triggers(kind: str) -> dict[str, str]:
    _, source, columns = _DOCUMENTS[kind]
    queue = f"INSERT OR IGNORE INTO {PENDING_TABLE}(kind, record_id) VALUES ('{kind}', "
    return {
        f"tr_{source}_search_insert": f"AFTER INSERT ON {source} BEGIN {queue}NEW.id); END",
        f"tr_{source}_search_update": f"AFTER UPDATE OF {', '.join(columns)}, deleted_at "
        f"ON {source} BEGIN {queue}NEW.id); END",
        f"tr_{source}_search_delete": f"AFTER DELETE ON {source} BEGIN {queue}OLD.id); END",
    }


TRIGGERS = {**_triggers("activity"), **_triggers("note")}


def create_history_index(connection: sqlite3.Connection) -> None:
    """Create both tables and the triggers, and index what is stored (the migration)."""
    for table in HISTORY_TABLES:
        connection.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(doc, tokenize='trigram')")
    for name, body in TRIGGERS.items():
        connection.execute(f"CREATE TRIGGER {name} {body}")
    for kind, (_, source, _) in _DOCUMENTS.items():
        ids = [row[0] for row in connection.execute(f"SELECT id FROM {source}")]
        _index(connection, kind, ids)


def drop_history_index(connection: sqlite3.Connection) -> None:
    for name in TRIGGERS:
        connection.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in HISTORY_TABLES:
        connection.execute(f"DROP TABLE IF EXISTS {table}")


def _index(connection: sqlite3.Connection, kind: str, ids: Sequence[int]) -> None:
    """(Re)write the documents of these activities or notes from their rows."""
    table, source, columns = _DOCUMENTS[kind]
    for start in range(0, len(ids), _CHUNK):
        part = list(ids[start : start + _CHUNK])
        marks = ", ".join("?" for _ in part)
        connection.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(i,) for i in part])
        rows = connection.execute(
            f"SELECT id, {', '.join(columns)} FROM {source} "
            f"WHERE id IN ({marks}) AND deleted_at IS NULL",
            part,
        ).fetchall()
        connection.executemany(
            f"INSERT INTO {table}(rowid, doc) VALUES (?, ?)",
            [(row[0], history_document(row[1:])) for row in rows],
        )


def history_document(texts: Sequence[str]) -> str:
    """An activity's or a note's search document: its texts, folded, one space apart."""
    return " ".join(text.lower() if text.isascii() else fold(text) for text in texts if text)


def index_pending(connection: sqlite3.Connection) -> None:
    """Index the activities and notes written in the open transaction (``search_pending``),
    and empty the queue; nothing to do costs one read of an empty table."""
    try:
        pending = connection.execute(f"SELECT kind, record_id FROM {PENDING_TABLE}").fetchall()
    except sqlite3.OperationalError as exc:  # a file not migrated yet (0009 makes the queue)
        if PENDING_TABLE in str(exc):
            return
        raise
    if not pending:
        return
    for kind in _DOCUMENTS:
        _index(connection, kind, [int(i) for k, i in pending if k == kind])
    connection.execute(f"DELETE FROM {PENDING_TABLE}")


def history_contacts_sql(param: str) -> str:
    """``SELECT id`` of the contacts with an activity or a note matching the FTS5 expression
    bound to ``param``, the Trash included (the caller keeps to ``deleted_at IS NULL``:
    joining ``contacts`` here made a common word's search 2.6 times slower)."""
    return (
        f"SELECT ac.contact_id AS id FROM {ACTIVITY_TABLE} "
        f"CROSS JOIN activity_contacts ac ON ac.activity_id = {ACTIVITY_TABLE}.rowid "
        f"WHERE {ACTIVITY_TABLE} MATCH {param} "
        f"UNION SELECT hn.contact_id FROM {NOTE_TABLE} "
        f"CROSS JOIN notes hn ON hn.id = {NOTE_TABLE}.rowid WHERE {NOTE_TABLE} MATCH {param}"
    )


def history_accounts_sql(param: str) -> str:
    """``SELECT id`` of the accounts with an activity or a note of their own matching the
    FTS5 expression bound to ``param``."""
    return (
        f"SELECT ha.account_id AS id FROM {ACTIVITY_TABLE} "
        f"CROSS JOIN activities ha ON ha.id = {ACTIVITY_TABLE}.rowid "
        f"WHERE {ACTIVITY_TABLE} MATCH {param} AND ha.account_id IS NOT NULL "
        f"UNION SELECT hn.account_id FROM {NOTE_TABLE} "
        f"CROSS JOIN notes hn ON hn.id = {NOTE_TABLE}.rowid "
        f"WHERE {NOTE_TABLE} MATCH {param} AND hn.account_id IS NOT NULL"
    )


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" for _ in ids)


def history_texts(
    connection: sqlite3.Connection, contact_ids: Sequence[int]
) -> list[tuple[int, str, str]]:
    """``(contact id, "activity" | "note", text)`` of every text search finds these contacts'
    activities and notes by (outside the Trash), newest first: the few contacts of a page,
    checked in Python for where they matched (``search_matches``)."""
    if not contact_ids:
        return []
    marks = _marks(contact_ids)
    found: list[tuple[int, str, str]] = []
    columns = ", ".join(f"a.{column}" for column in _DOCUMENTS["activity"][2])
    for contact_id, *texts in connection.execute(
        f"SELECT ac.contact_id, {columns} FROM activity_contacts ac "
        "JOIN activities a ON a.id = ac.activity_id "
        f"WHERE ac.contact_id IN ({marks}) AND a.deleted_at IS NULL ORDER BY a.id DESC",
        list(contact_ids),
    ):
        found += [(int(contact_id), "activity", str(text)) for text in texts if text]
    for contact_id, body in connection.execute(
        f"SELECT contact_id, body FROM notes WHERE contact_id IN ({marks}) "
        "AND deleted_at IS NULL ORDER BY id DESC",
        list(contact_ids),
    ):
        found.append((int(contact_id), "note", str(body)))
    return found
