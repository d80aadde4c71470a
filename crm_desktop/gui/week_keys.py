"""The keyboard inside the week and day views, as in Outlook's calendar: the arrows move the
selected slot (Left and Right by a day, mirrored right to left; Up and Down by half an
hour), Enter opens the activity in it or schedules a new one there (what a double-click
does), Page Up and Page Down show the week (or day) before and after, Home goes to today."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from crm_desktop.gui.week_layout import SLOT_MINUTES

if TYPE_CHECKING:
    from crm_desktop.gui.activity_week import TimeGrid

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def grid_key(grid: TimeGrid, event: QKeyEvent) -> bool:
    """Do what ``event``'s key does in ``grid``; False: not a key of the grid's."""
    if event.modifiers() not in _PLAIN:
        return False
    key = event.key()
    later = Qt.Key.Key_Left if grid.isRightToLeft() else Qt.Key.Key_Right
    earlier = Qt.Key.Key_Right if grid.isRightToLeft() else Qt.Key.Key_Left
    day, minute = grid.selected_day, grid.selected_minute
    if key in (earlier, later):
        grid.select_slot(day + timedelta(days=1 if key == later else -1), minute)
    elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        step = SLOT_MINUTES if key == Qt.Key.Key_Down else -SLOT_MINUTES
        grid.select_slot(day, minute + step)
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        grid.open_selected()
    elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        grid.stepped.emit(1 if key == Qt.Key.Key_PageDown else -1)
    elif key == Qt.Key.Key_Home:
        grid.stepped.emit(0)
    else:
        return False
    event.accept()
    return True
