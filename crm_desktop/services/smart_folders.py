"""Smart folders: a search and its filters saved under a name, with a live count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.ids import ContactId
from crm_desktop.records.search import ContactFilter, SmartFolderRow
from crm_desktop.services.contact_list import ordered_contact_ids
from crm_desktop.store.contact_queries import count_contacts
from crm_desktop.store.folder_queries import (
    FolderTuple,
    delete_smart_folder,
    insert_smart_folder,
    name_taken,
    rename_smart_folder,
    smart_folder_named,
)
from crm_desktop.store.folder_queries import smart_folders as stored_folders

if TYPE_CHECKING:
    from crm_desktop.services.database import Database

_FIELD = "smart folder"


def _row(folder: FolderTuple, count: int = 0) -> SmartFolderRow:
    folder_id, name, query, filters = folder
    return SmartFolderRow(folder_id, name, query, ContactFilter.from_json(filters), count)


def _check_name(name: str) -> None:
    if not name.strip():
        raise InvalidValueError(_FIELD, name, "a name")


def smart_folders(db: Database) -> list[SmartFolderRow]:
    """Every smart folder with how many contacts (outside the Trash) it holds now."""
    with db.raw_reading() as connection:
        rows = []
        for folder in stored_folders(connection):
            row = _row(folder)
            count = count_contacts(connection, row.query, False, None, row.filters)
            rows.append(_row(folder, count))
        return rows


def save_smart_folder(
    db: Database, name: str, query: str, filters: ContactFilter
) -> SmartFolderRow:
    """A new smart folder; ``InvalidValueError`` when the name is empty or taken."""
    _check_name(name)
    with db.raw_writing() as connection:
        if name_taken(connection, name):
            raise InvalidValueError(_FIELD, name, "a name no other smart folder has")
        folder_id = insert_smart_folder(connection, name, query.strip(), filters.to_json())
    return SmartFolderRow(folder_id, name.strip(), query.strip(), filters)


def rename_folder(db: Database, folder_id: int, name: str) -> None:
    _check_name(name)
    with db.raw_writing() as connection:
        if name_taken(connection, name, folder_id):
            raise InvalidValueError(_FIELD, name, "a name no other smart folder has")
        if not rename_smart_folder(connection, folder_id, name):
            raise NotFoundError(_FIELD, folder_id)


def remove_folder(db: Database, folder_id: int) -> None:
    with db.raw_writing() as connection:
        if not delete_smart_folder(connection, folder_id):
            raise NotFoundError(_FIELD, folder_id)


def smart_folder(db: Database, name: str) -> SmartFolderRow:
    """The smart folder called ``name``; ``InvalidValueError`` when there is none."""
    with db.raw_reading() as connection:
        folder = smart_folder_named(connection, name)
    if folder is None:
        raise InvalidValueError(_FIELD, name, "the name of a smart folder")
    return _row(folder)


def smart_folder_by_id(db: Database, folder_id: int) -> SmartFolderRow:
    """The smart folder with this id; ``NotFoundError`` when there is none."""
    with db.raw_reading() as connection:
        folder = next((f for f in stored_folders(connection) if f[0] == folder_id), None)
    if folder is None:
        raise NotFoundError(_FIELD, folder_id)
    return _row(folder)


def folder_contact_ids(db: Database, folder: SmartFolderRow) -> list[ContactId]:
    """The contacts a smart folder holds now, in name order."""
    return ordered_contact_ids(db, folder.query, filters=folder.filters)
