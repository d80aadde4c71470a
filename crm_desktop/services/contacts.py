"""Contacts: add (one or many, in one transaction) and read whole.

Listing and searching are in ``contact_list`` (no SQLAlchemy import there).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from crm_desktop.records.drafts import ContactDraft
from crm_desktop.records.ids import ContactId

# Re-exported: cancelling, and reading whole contacts, live in light modules of their own
# (no SQLAlchemy), which the window's first screen can import cheaply.
from crm_desktop.services.cancel import Cancelled as Cancelled
from crm_desktop.services.cancel import CancelToken as CancelToken
from crm_desktop.services.contact_cards import get_contact as get_contact
from crm_desktop.services.contact_cards import get_contacts as get_contacts
from crm_desktop.services.database import Database
from crm_desktop.services.raw_writing import raw_writing
from crm_desktop.store.contact_writer import ContactWriter

Progress = Callable[[int, int], None]
BATCH_SIZE = 1000
_CHUNK = 5000  # ids per IN (...) list: SQLite caps the bound parameters of one statement


def add_contacts(
    db: Database,
    drafts: Iterable[ContactDraft],
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    expected: int = 0,
) -> list[ContactId]:
    """Add every draft in one transaction, written in batches; all or nothing.

    ``drafts`` may be a generator (memory stays bounded). ``progress(done, expected)`` is
    called after each batch; setting ``cancel`` rolls everything back (``Cancelled``).
    """
    added: list[ContactId] = []
    with raw_writing(db) as connection:
        writer = ContactWriter(connection, db.sort_language)
        batch: list[ContactDraft] = []
        for draft in drafts:
            batch.append(draft)
            if len(batch) >= BATCH_SIZE:
                added.extend(writer.write(batch))
                batch = []
                if progress is not None:
                    progress(len(added), expected)
                if cancel is not None and cancel.cancelled:
                    raise Cancelled
        added.extend(writer.write(batch))
        if progress is not None:
            progress(len(added), expected)
    return added


def create_contact(db: Database, draft: ContactDraft) -> ContactId:
    """Add one contact; its id."""
    return add_contacts(db, [draft])[0]
