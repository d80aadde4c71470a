"""The layout of the week and day views, without widgets: the days a week holds (from the
locale's first day), which activities have no time of day, the lanes of overlapping ones,
and where each day's column lies (mirrored right to left)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette

from crm_desktop.gui.activity_text import to_qdatetime
from crm_desktop.gui.colors import is_dark
from crm_desktop.records.activities import ActivityRow

SLOT_MINUTES = 30
SLOTS = 24 * 60 // SLOT_MINUTES
OPENS_AT_HOUR = 7  # the first hour in sight when the view opens (07:00 to 20:00 seen)
DEFAULT_MINUTES = 30  # how long an activity without a duration is drawn
GUTTER = 52  # the hours' column at its narrowest
BAND_ROWS = 3  # untimed activities shown in the band before "+n"
BAND = -1  # the "minute" of the band of untimed activities (a drop there, its selection)


def week_start(day: date, first: Qt.DayOfWeek) -> date:
    """The first day of ``day``'s week, weeks starting on ``first``."""
    return day - timedelta(days=(day.isoweekday() - int(first.value)) % 7)


def is_untimed(row: ActivityRow) -> bool:
    """Whether ``row`` has no time of day: no start, and due at the start of a day (an
    all-day event or a task due on a date)."""
    if row.start is not None:
        return False
    if row.due is None:
        return True
    time = to_qdatetime(row.due).time()
    return time.hour() == 0 and time.minute() == 0


@dataclass(frozen=True, slots=True)
class Placed:
    """An activity in the grid: its day's column, its minutes from the day's start, and the
    lane it takes among the activities it overlaps."""

    row: ActivityRow
    column: int
    start: int
    end: int
    lane: int = 0
    lanes: int = 1


def _minutes(moment: datetime) -> int:
    time = to_qdatetime(moment).time()
    return time.hour() * 60 + time.minute()


def place_day(column: int, rows: Sequence[ActivityRow]) -> list[Placed]:
    """The timed activities of one day, in lanes: overlapping ones side by side."""
    timed = []
    for row in rows:
        when = row.start or row.due
        if when is None or is_untimed(row):
            continue
        start = _minutes(when)
        length = row.duration_minutes or DEFAULT_MINUTES
        end = min(24 * 60, start + max(length, SLOT_MINUTES))  # a short call: one slot, legible
        timed.append((start, end, row))
    timed.sort(key=lambda item: (item[0], -item[1], item[2].id))
    placed: list[Placed] = []
    group: list[tuple[int, int, int, ActivityRow]] = []  # start, end, lane, row
    group_end = -1

    def close_group() -> None:
        lanes = 1 + max((lane for _, _, lane, _ in group), default=0)
        placed.extend(Placed(r, column, s, e, lane, lanes) for s, e, lane, r in group)

    for start, end, row in timed:
        if group and start >= group_end:
            close_group()
            group, group_end = [], -1
        taken = {lane for s, e, lane, _ in group if e > start}
        lane = next(n for n in range(len(group) + 1) if n not in taken)
        group.append((start, end, lane, row))
        group_end = max(group_end, end)
    if group:
        close_group()
    return placed


def grid_lines(palette: QPalette) -> tuple[QColor, QColor]:
    """The hour lines and the fainter half-hour lines: the text's colour, thinned (the
    dark palette's Mid hardly differs from its background)."""
    line, faint = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Text)
    line.setAlpha(70 if is_dark(palette) else 60)
    faint.setAlpha(35 if is_dark(palette) else 25)
    return line, faint


class Columns:
    """Where each day's column lies in a width: the hours' gutter first in the reading
    direction (left, or right in right-to-left)."""

    def __init__(
        self, width: int, count: int, right_to_left: bool, gutter: int, offset: int = 0
    ) -> None:
        self.width, self.count, self.rtl = width, max(1, count), right_to_left
        self.offset = offset  # where the slots' left edge is in the painting widget
        self.gutter_width = gutter
        self.day_width = max(1, (width - gutter) // self.count)

    def x(self, column: int) -> int:
        if self.rtl:
            return self.offset + self.width - self.gutter_width - (column + 1) * self.day_width
        return self.offset + self.gutter_width + column * self.day_width

    def end_x(self) -> int:
        """The edge of the last day's column away from the gutter."""
        return self.x(self.count - 1) + (0 if self.rtl else self.day_width)

    def gutter(self) -> QRect:
        left = self.width - self.gutter_width if self.rtl else 0
        return QRect(self.offset + left, 0, self.gutter_width, 0)

    def column_at(self, x: int) -> int | None:
        x -= self.offset
        gutter = self.gutter_width
        offset = (self.width - gutter - x) if self.rtl else (x - gutter)
        if offset < 0:
            return None
        column = offset // self.day_width
        return column if column < self.count else None
