"""The contacts the user viewed last (a card shown for a moment, not each row passed with
the arrow keys), newest first: kept in the window's settings, one list per database file, so
that looking at a contact writes nothing to the database (a read-only file works too)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

SHOWN = 10  # how many the folder pane lists
KEPT = 30  # how many are remembered (some may go to the Trash)


def _key(path: Path) -> str:
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"recentContacts/{digest}"


def recent_ids(path: Path) -> list[int]:
    """The ids remembered for the database at ``path``, the last viewed first."""
    value = QSettings().value(_key(path), "")
    text = value if isinstance(value, str) else ""
    return [int(part) for part in text.split(",") if part.isdigit()]


def remember(path: Path, contact_id: int) -> list[int]:
    """``contact_id`` viewed now: first of the list (once); the list as it is now."""
    ids = [contact_id, *(i for i in recent_ids(path) if i != contact_id)][:KEPT]
    QSettings().setValue(_key(path), ",".join(str(i) for i in ids))
    return ids
