"""The keyboard inside the week and day views, as in Outlook's calendar: the arrows move the
selected slot (Left and Right by a day, mirrored right to left; Up and Down by half an
hour; Up from 00:00 into the day's band of untimed activities, item by item, and Down out of
it to 00:00 again), Enter opens the activity selected or schedules a new one there (what a
double-click does; in the band, one for the day without a time), Page Up and Page Down
show the week (or day) before and after, Home goes to today."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from crm_desktop.gui.week_layout import BAND, SLOT_MINUTES

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
    day, minute, chip = grid.selected_day, grid.selected_minute, grid.selected_chip
    if key in (earlier, later):
        grid.select_slot(day + timedelta(days=1 if key == later else -1), minute, chip)
    elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        _up_or_down(grid, key == Qt.Key.Key_Down)
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


def _up_or_down(grid: TimeGrid, down: bool) -> None:
    """Half an hour on or back; between 00:00 and the band, and along the band's items."""
    day, minute, chip = grid.selected_day, grid.selected_minute, grid.selected_chip
    if minute == BAND:
        if down and chip + 1 >= len(grid.untimed_of_day()):
            grid.select_slot(day, 0)  # out of the band, to the day's first slot
        else:
            grid.select_slot(day, BAND, chip + 1 if down else chip - 1)
    elif minute == 0 and not down:
        grid.select_slot(day, BAND, len(grid.untimed_of_day()) - 1)  # the band's last item
    else:
        grid.select_slot(day, minute + (SLOT_MINUTES if down else -SLOT_MINUTES))
