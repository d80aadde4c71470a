"""Damaging database files the way disks and stray writes do (for the corruption tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_table(path: Path, table: str = "contacts") -> None:
    """Overwrite the root page of ``table`` in the (closed) database ``path`` with garbage:
    SQLite still opens the file, ``quick_check`` finds the damage."""
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    raw.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def truncate_half(path: Path) -> None:
    """Cut the file in the middle of a page, as an interrupted copy leaves it."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
