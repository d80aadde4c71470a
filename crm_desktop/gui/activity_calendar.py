"""The month calendar of the Activities view: a dot under each day that has activities (more
dots for busier days), and an activity dragged from a list onto a day is moved to that day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QByteArray, QDate, QEvent, QMimeData, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QDropEvent, QPainter, QPalette
from PySide6.QtWidgets import QCalendarWidget, QTableView, QWidget

from crm_desktop.gui.activity_text import from_qdate, supported_days, to_qdate
from crm_desktop.gui.calendars import follow_calendar, paint_week
from crm_desktop.gui.colors import marker_color

ACTIVITY_MIME = "application/x-crm-desktop-activity-ids"
MAX_DOTS = 3
DIMMED_ALPHA = 150  # how much of the background covers another month's day (of 255)


def activity_mime(ids: Sequence[int]) -> QMimeData:
    """What a list puts on the drag: the activity ids, one a line."""
    mime = QMimeData()
    mime.setData(ACTIVITY_MIME, QByteArray("\n".join(str(i) for i in ids).encode()))
    return mime


def activity_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(ACTIVITY_MIME):
        return []
    text = bytes(mime.data(ACTIVITY_MIME).data()).decode()
    return [int(part) for part in text.split() if part.isdigit()]


class ActivityCalendar(QCalendarWidget):
    activities_dropped = Signal(list, object)  # activity ids, the date they were dropped on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityCalendar")
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setDateRange(*supported_days())  # no day a dropped activity cannot be moved to
        self._counts: dict[date, int] = {}
        self._grid = self.findChild(QTableView, "qt_calendar_calendarview")
        assert self._grid is not None
        self._grid.setAcceptDrops(True)
        self._grid.viewport().setAcceptDrops(True)
        # Kept: while the calendar is destroyed, its grid goes first and the viewport may
        # still send events here; comparing with this wrapper asks nothing of the grid.
        self._viewport = self._grid.viewport()
        self._viewport.installEventFilter(self)
        follow_calendar(self)  # the user's calendar, week start and weekend

    def set_counts(self, counts: dict[date, int]) -> None:
        """How many activities each day has (the days shown; others have none)."""
        self._counts = dict(counts)
        self.updateCells()

    def count_on(self, day: date) -> int:
        return self._counts.get(day, 0)

    def in_month_shown(self, day: QDate) -> bool:
        """Whether ``day`` is of the month shown (in the calendar shown), not one of the days
        either side of it."""
        parts = self.calendar().partsFromDate(day)
        return parts.year == self.yearShown() and parts.month == self.monthShown()

    def dot_color(self, day: QDate) -> QColor:
        """The dots' colour: on the selected day's highlight, the highlight's own text
        colour (a blue dot on a blue highlight vanished)."""
        palette = self.palette()
        if day == self.selectedDate():
            return palette.color(QPalette.ColorRole.HighlightedText)
        return marker_color(palette)

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        super().paintCell(painter, rect, day)
        self._paint_dots(painter, rect, day)
        if not self.in_month_shown(day) and day != self.selectedDate():
            # The days of the months either side, faded towards the background.
            veil = self.palette().color(QPalette.ColorRole.Base)
            veil.setAlpha(DIMMED_ALPHA)
            painter.fillRect(rect.adjusted(1, 1, 0, 0), veil)

    def _paint_dots(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        count = self._counts.get(from_qdate(day), 0)
        if not count:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.dot_color(day))
        dots = min(count, MAX_DOTS)
        size = max(3, min(6, rect.height() // 8))
        gap = size // 2
        width = dots * size + (dots - 1) * gap
        x = rect.center().x() - width // 2
        y = rect.bottom() - size - 1
        for n in range(dots):
            painter.drawEllipse(x + n * (size + gap), y, size, size)
        painter.restore()

    def first_shown(self) -> QDate:
        """The first day of the month shown (its month and year are the calendar's own:
        Farvardin 1405 begins on 21 March 2026)."""
        return QDate(self.yearShown(), self.monthShown(), 1, self.calendar())

    def date_at(self, position: QPoint) -> date | None:
        """The day under ``position`` in the grid's viewport (None on a header)."""
        assert self._grid is not None
        index = self._grid.indexAt(position)
        if not index.isValid() or index.row() == 0:
            return None  # the row of weekday names
        first = self.first_shown()
        # Where the month's first day sits in the grid (Qt shows a week before it when the
        # month starts on the first day of the week).
        offset = (first.dayOfWeek() - int(self.firstDayOfWeek().value)) % 7
        if offset == 0:
            offset = 7
        day = first.addDays((index.row() - 1) * 7 + index.column() - offset)
        return from_qdate(day)

    def drop(self, ids: list[int], day: date) -> None:
        """What a drop of ``ids`` on ``day`` does (also reachable without a mouse)."""
        if ids:
            self.activities_dropped.emit(ids, day)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light or dark: the weekend's red
            paint_week(self)
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and isinstance(event, QDropEvent):
            ids = activity_ids(event.mimeData())
            if not ids:
                return super().eventFilter(watched, event)
            day = self.date_at(event.position().toPoint())
            if event.type() == QEvent.Type.Drop:
                if day is None:
                    return False
                event.acceptProposedAction()
                self.drop(ids, day)
                return True
            event.acceptProposedAction()  # enter and move: show that it can land here
            if day is not None and event.type() == QEvent.Type.DragMove:
                self.setSelectedDate(to_qdate(day))
            return True
        return super().eventFilter(watched, event)
