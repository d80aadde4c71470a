"""Repeatable rows of details (emails, phones, addresses...) in editor tables, and the
checks both editors make on them."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from crm_desktop.records.value_forms import EMAIL as EMAIL
from crm_desktop.records.value_forms import PHONE as PHONE

ORIGINAL = Qt.ItemDataRole.UserRole + 1  # the detail a row shows, kept for what it hides


def parse_types(text: str) -> tuple[str, ...]:
    """``"Work, Voice"`` as ``("work", "voice")``."""
    return tuple(t.strip().lower() for t in re.split(r"[,;]", text) if t.strip())


def setup_table(table: QTableWidget) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab goes on to Add and Remove (arrows move in cells)


def add_row(table: QTableWidget, cells: list[str], original: object | None = None) -> None:
    """A row of ``cells``; ``original`` (the detail it shows) is kept for what it hides."""
    row = table.rowCount()
    table.insertRow(row)
    for column in range(table.columnCount()):
        item = QTableWidgetItem(cells[column] if column < len(cells) else "")
        if column == 0 and original is not None:
            item.setData(ORIGINAL, original)
        table.setItem(row, column, item)


def add_and_edit(table: QTableWidget) -> None:
    add_row(table, [])
    table.setCurrentCell(table.rowCount() - 1, 0)
    table.setFocus()


def cells(table: QTableWidget) -> list[tuple[list[str], Any]]:
    """Each non-empty row's cell texts, with the detail it was filled from (or None)."""
    rows: list[tuple[list[str], Any]] = []
    for row in range(table.rowCount()):
        items = [table.item(row, column) for column in range(table.columnCount())]
        texts = [item.text().strip() if item else "" for item in items]
        original = items[0].data(ORIGINAL) if items[0] else None
        if any(texts):
            rows.append((texts, original))
    return rows
