"""The Activities calendar's week and day views: a column per day (the week starting on the
locale's first day, its days off shaded), a row per half hour from 00:00 to 24:00 (opened on
07:00, scrolled for the rest), each activity drawn in its slots, side by side where they
overlap, and those without a time of day in a band on top. Dragging an activity (from here
or from a list) onto a slot moves it to that day and time, onto the band to that day; the
days are headed in the user's calendar (Solar Hijri, Islamic civil) and the view mirrors
right to left. One slot (or one untimed item of the band, or an empty band) is selected,
ringed while the grid has the focus, and the keyboard moves it as in Outlook
(gui/week_keys.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.activity_text import local_moment, to_qdate
from crm_desktop.gui.calendars import current_calendar, date_text, weekend, weekend_color
from crm_desktop.gui.week_canvas import DayCanvas
from crm_desktop.gui.week_keys import grid_key
from crm_desktop.gui.week_layout import (
    BAND,
    BAND_ROWS,
    GUTTER,
    OPENS_AT_HOUR,
    SLOT_MINUTES,
    SLOTS,
    Columns,
    Placed,
    grid_lines,
    is_untimed,
    place_day,
    week_start,
)
from crm_desktop.records.activities import ActivityRow


class _Band(DayCanvas):
    """The days' headings and, under them, the activities without a time of day."""

    def columns(self) -> Columns:
        # Lined up with the slots' columns (the slots leave room for their scroll bar).
        slots = self.grid.slots
        offset = slots.mapTo(self.grid, QPoint(0, 0)).x() - self.mapTo(self.grid, QPoint(0, 0)).x()
        return Columns(
            slots.width(), len(self.grid.days()), self.isRightToLeft(),
            self.grid.gutter_width(), offset,
        )  # fmt: skip

    def heading_height(self) -> int:
        return self.fontMetrics().height() + 8

    def chip_height(self) -> int:
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:
        most = max((len(rows) for rows in self.grid.untimed()), default=0)
        rows = max(1, min(most, BAND_ROWS + 1))
        return QSize(400, self.heading_height() + rows * self.chip_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _chips(self) -> list[tuple[QRect, ActivityRow | None, str]]:
        columns = self.columns()
        out: list[tuple[QRect, ActivityRow | None, str]] = []
        for column, rows in enumerate(self.grid.untimed()):
            for n, row in enumerate(rows[: BAND_ROWS + 1]):
                y = self.heading_height() + n * self.chip_height()
                rect = QRect(columns.x(column), y, columns.day_width, self.chip_height())
                if n == BAND_ROWS and len(rows) > BAND_ROWS + 1:
                    chip = self.grid.band_chip(column)  # one past the room selected: it shows
                    if chip is not None and chip >= BAND_ROWS:
                        out.append((rect, rows[chip], rows[chip].subject))
                    else:
                        out.append((rect, None, self.grid.more_text(len(rows) - BAND_ROWS)))
                    break
                out.append((rect, row, row.subject))
        return out

    def item_at(self, position: QPoint) -> ActivityRow | None:
        return next((r for rect, r, _ in self._chips() if rect.contains(position)), None)

    def selected_rect(self) -> QRect | None:
        """The selected untimed item's place (the first row's on a day without any); None:
        a slot is selected, or its day is not shown."""
        column, chip = self.grid.selected_column(), self.grid.band_chip(None)
        if column is None or chip is None:
            return None
        y = self.heading_height() + min(chip, BAND_ROWS) * self.chip_height()
        return QRect(self.columns().x(column), y, self.columns().day_width, self.chip_height())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        column = self.columns().column_at(position.x())
        if column is not None and position.y() >= self.heading_height():
            chip = (position.y() - self.heading_height()) // self.chip_height()
            self.grid.select_slot(self.grid.days()[column], BAND, chip)
            self.grid.slots.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def target_at(self, position: QPoint) -> tuple[int, int] | None:
        column = self.columns().column_at(position.x())
        return None if column is None else (column, -1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette, columns, grid = self.palette(), self.columns(), self.grid
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        heading = self.heading_height()
        days_off = weekend_color(palette)
        line = grid_lines(palette)[0]
        for column, day in enumerate(grid.days()):
            rect = QRect(columns.x(column), 0, columns.day_width, self.height())
            painter.setPen(line)
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            if day == grid.today:
                highlight = palette.color(QPalette.ColorRole.Highlight)
                highlight.setAlpha(60)
                painter.fillRect(QRect(rect.x(), 0, rect.width(), heading), highlight)
            off = to_qdate(day).dayOfWeek() in {int(d.value) for d in grid.weekend}
            painter.setPen(days_off if off else palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRect(rect.x(), 0, rect.width(), heading),
                int(Qt.AlignmentFlag.AlignCenter),
                painter.fontMetrics().elidedText(
                    grid.heading(day, rect.width()), Qt.TextElideMode.ElideRight, rect.width()
                ),
            )
            if self.drop_target == (column, -1):
                self.paint_target(painter, QRect(rect.x(), heading, rect.width(), rect.height()))
        painter.setPen(line)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        for rect, row, label in self._chips():
            if row is None:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
            else:
                self.paint_item(painter, rect, row, label)
        if (selected := self.selected_rect()) is not None:
            self.paint_selection(painter, selected)
        painter.end()


class _Slots(DayCanvas):
    """The half-hour rows, the hours written in the gutter, the timed activities."""

    def __init__(self, grid: TimeGrid) -> None:
        super().__init__(grid)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not grid_key(self.grid, event):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()
        self.grid.band.update()  # its selected item is ringed too

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
        self.grid.band.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if (target := self.target_at(event.position().toPoint())) is not None:
            self.grid.select_slot(self.grid.days()[target[0]], target[1])
        super().mousePressEvent(event)

    def selected_rect(self) -> QRect | None:
        """The selected slot's rectangle (None: its day is not shown, or the band is selected)."""
        column = self.grid.selected_column()
        if column is None or self.grid.selected_minute < 0:
            return None
        columns = self.columns()
        minute = self.grid.selected_minute
        return QRect(columns.x(column), self.y_of(minute), columns.day_width, self.row_height())

    def paint_selected(self, painter: QPainter) -> None:
        """The selected slot: filled in the highlight colour, ringed while focused."""
        if (rect := self.selected_rect()) is not None:
            self.paint_selection(painter, rect)

    def row_height(self) -> int:
        return max(20, self.fontMetrics().height() + 6)

    def sizeHint(self) -> QSize:
        return QSize(400, SLOTS * self.row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(GUTTER + 40, SLOTS * self.row_height())

    def y_of(self, minute: int) -> int:
        return minute * self.row_height() // SLOT_MINUTES

    def item_rect(self, item: Placed) -> QRect:
        columns = self.columns()
        lane_width = max(1, columns.day_width // item.lanes)
        lane = item.lanes - 1 - item.lane if columns.rtl else item.lane
        top, bottom = self.y_of(item.start), self.y_of(item.end)
        return QRect(columns.x(item.column) + lane * lane_width, top, lane_width, bottom - top)

    def point_for(self, column: int, minute: int) -> QPoint:
        """The middle of ``column``'s slot holding ``minute`` (tests drop there)."""
        columns = self.columns()
        slot = minute // SLOT_MINUTES
        x = columns.x(column) + columns.day_width // 2
        return QPoint(x, slot * self.row_height() + self.row_height() // 2)

    def item_at(self, position: QPoint) -> ActivityRow | None:
        for item in reversed(self.grid.placed()):
            if self.item_rect(item).contains(position):
                return item.row
        return None

    def target_at(self, position: QPoint) -> tuple[int, int] | None:
        column = self.columns().column_at(position.x())
        if column is None or not 0 <= position.y() < self.height():
            return None
        return column, position.y() // self.row_height() * SLOT_MINUTES

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette, columns, grid = self.palette(), self.columns(), self.grid
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        shade = palette.color(QPalette.ColorRole.Text)  # the days off: a veil of the text's
        shade.setAlpha(16)  # colour, seen on a light and a dark background alike
        off_days = {int(d.value) for d in grid.weekend}
        height = self.row_height()
        for column, day in enumerate(grid.days()):
            rect = QRect(columns.x(column), 0, columns.day_width, self.height())
            if to_qdate(day).dayOfWeek() in off_days:
                painter.fillRect(rect, shade)
            if day == grid.today:
                today = palette.color(QPalette.ColorRole.Highlight)
                today.setAlpha(25)
                painter.fillRect(rect, today)
        line, faint = grid_lines(palette)
        gutter = columns.gutter()
        left = min(columns.x(columns.count - 1), columns.x(0))
        right = left + columns.count * columns.day_width
        short = QLocale.FormatType.ShortFormat
        for slot in range(SLOTS):
            y = slot * height
            on_hour = slot % 2 == 0
            painter.setPen(line if on_hour else faint)
            painter.drawLine(left, y, right, y)
            if on_hour and slot:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    QRect(gutter.x() + 4, y - height // 2, gutter.width() - 8, height),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing),
                    QLocale().toString(QTime(slot // 2, 0), short),
                )
        painter.setPen(line)
        for column in range(columns.count):
            x = columns.x(column)
            painter.drawLine(x, 0, x, self.height())
        painter.drawLine(columns.end_x(), 0, columns.end_x(), self.height())
        if self.drop_target is not None:
            column, minute = self.drop_target
            rect = QRect(columns.x(column), self.y_of(minute), columns.day_width, height)
            self.paint_target(painter, rect)
        for item in grid.placed():
            rect = self.item_rect(item)
            when = QTime(item.start // 60, item.start % 60)
            time = QLocale().toString(when, short)
            self.paint_item(painter, rect, item.row, f"{time} {item.row.subject}")
        self.paint_selected(painter)  # over the activities: an activity's slot shows it too
        painter.end()


class TimeGrid(QWidget):
    """The week (seven days) or day view of the Activities calendar."""

    moved = Signal(list, object)  # activity ids, the aware time they were dropped on
    moved_to_day = Signal(list, object)  # activity ids, the day whose band they were dropped on
    activity_activated = Signal(object)  # an ActivityRow double-clicked
    stepped = Signal(int)  # -1 earlier, +1 later, 0 today (the navigation buttons)
    new_requested = Signal(object, object)  # a day, and the aware time (None: the band's)
    day_chosen = Signal(object)  # the selected slot's day, moved to by a key or a click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeGrid")
        self._days: list[date] = [date.today()]
        self._rows: list[list[ActivityRow]] = [[]]
        self._placed: list[Placed] = []
        self._untimed: list[list[ActivityRow]] = [[]]
        self.today = date.today()
        self.selected_day, self.selected_minute = self.today, OPENS_AT_HOUR * 60
        self.selected_chip = 0  # the untimed item selected, while the band is (minute BAND)
        self.weekend: list[Qt.DayOfWeek] = []
        self._earlier, self._later = QToolButton(self), QToolButton(self)
        self._today = QToolButton(self)
        self._earlier.setObjectName("gridEarlier")
        self._later.setObjectName("gridLater")
        self._today.setObjectName("gridToday")
        self.range_label = QLabel(self)
        self.range_label.setObjectName("gridRange")
        self.range_label.setTextFormat(Qt.TextFormat.PlainText)
        self.range_label.setMinimumWidth(40)  # a long range is cut, never widens the view
        self.range_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self._earlier, self._today, self._later):
            bar.addWidget(widget)
        bar.addWidget(self.range_label, 1)
        self.band = _Band(self)
        self.slots = _Slots(self)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("gridScroll")
        self.scroller.setWidget(self.slots)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.band)
        layout.addWidget(self.scroller, 1)
        self._earlier.clicked.connect(lambda: self.stepped.emit(-1))
        self._later.clicked.connect(lambda: self.stepped.emit(1))
        self._today.clicked.connect(lambda: self.stepped.emit(0))
        self._opened = False
        self._retranslate()
        self._point_arrows()

    # ---- what is shown ------------------------------------------------------------------

    def set_days(
        self,
        days: Sequence[date],
        rows: Sequence[Sequence[ActivityRow]],
        today: date,
        selected: date | None = None,
    ) -> None:
        """Show ``days`` (one or seven), each with its activities; ``selected``: the day of the
        selected slot (None: kept if shown, else the first day)."""
        self._days, self._rows, self.today = list(days), [list(r) for r in rows], today
        if selected is not None:
            self.selected_day = selected
        elif self.selected_day not in self._days:
            self.selected_day = self._days[0]
        self.weekend = weekend(QLocale())
        self._placed = [p for n, r in enumerate(self._rows) for p in place_day(n, r)]
        self._untimed = [[row for row in r if is_untimed(row)] for r in self._rows]
        self.selected_chip = min(self.selected_chip, max(0, len(self.untimed_of_day()) - 1))
        self.range_label.setText(self._range_text())
        self._fit_band()
        self.band.update()
        self.slots.update()

    def _fit_band(self) -> None:
        self.band.setFixedHeight(self.band.sizeHint().height())

    def days(self) -> list[date]:
        return self._days

    def selected_column(self) -> int | None:
        """The column of the selected slot (None: its day is not shown)."""
        return self._days.index(self.selected_day) if self.selected_day in self._days else None

    def select_slot(self, day: date, minute: int, chip: int = 0) -> None:
        """Select ``day``'s slot holding ``minute`` (kept in the day) and scroll it into sight,
        or (``minute`` BAND) the day's ``chip``-th untimed item (kept among them);
        ``day_chosen`` tells the view when the day changed (it may show another week)."""
        if minute < 0:
            minute = BAND
            self.selected_chip = max(0, min(chip, len(self.untimed_of_day(day)) - 1))
        else:
            minute = max(0, min(SLOTS - 1, minute // SLOT_MINUTES)) * SLOT_MINUTES
        changed = day != self.selected_day
        self.selected_day, self.selected_minute = day, minute
        if (column := self.selected_column()) is not None and minute >= 0:
            point = self.slots.point_for(column, minute)
            self.scroller.ensureVisible(point.x(), point.y(), 0, self.slots.row_height())
        self.slots.update()
        self.band.update()
        if changed:
            self.day_chosen.emit(day)

    def untimed_of_day(self, day: date | None = None) -> list[ActivityRow]:
        """The untimed activities of ``day`` (the selected one's), as the band lists them;
        none for a day not shown."""
        day = self.selected_day if day is None else day
        return self._untimed[self._days.index(day)] if day in self._days else []

    def band_chip(self, column: int | None) -> int | None:
        """The untimed item selected, if the band is and in ``column`` (None: any column)."""
        if self.selected_minute >= 0 or (column is not None and column != self.selected_column()):
            return None
        return self.selected_chip

    def selected_activity(self) -> ActivityRow | None:
        """The activity selected: the untimed item, when the band is; in the selected slot,
        the first that starts in it, else the first under way in it (None: none there)."""
        column, minute = self.selected_column(), self.selected_minute
        if minute < 0:
            rows = self.untimed_of_day()
            return rows[self.selected_chip] if self.selected_chip < len(rows) else None
        mine = [p for p in self._placed if p.column == column]
        starting = [p for p in mine if minute <= p.start < minute + SLOT_MINUTES]
        running = [p for p in mine if p.start < minute < p.end]
        found = starting or running
        return found[0].row if found else None

    def open_selected(self) -> None:
        """What Enter does: the activity selected (in the slot, or the band's item) opened, or
        a new one there (as a double-click does; in the band, one for the day)."""
        if (row := self.selected_activity()) is not None:
            self.activity_activated.emit(row)
        elif (column := self.selected_column()) is not None:
            self.new_at(column, self.selected_minute)

    def placed(self) -> list[Placed]:
        return self._placed

    def untimed(self) -> list[list[ActivityRow]]:
        return self._untimed

    def heading(self, day: date, width: int) -> str:
        """A day's heading: its weekday and day of the month in the user's calendar (the
        whole date when there is room, as in the day view)."""
        locale = QLocale()
        value = to_qdate(day)
        if len(self._days) == 1:
            return date_text(day)
        number = current_calendar().partsFromDate(value).day
        name = locale.dayName(value.dayOfWeek(), QLocale.FormatType.ShortFormat)
        text = f"{name} {locale.toString(number)}"
        if self.fontMetrics().horizontalAdvance(text) > width - 4:
            text = locale.toString(number)
        return text

    def gutter_width(self) -> int:
        """The hours' column: as wide as the widest hour written in the user's locale."""
        locale, metrics = QLocale(), self.fontMetrics()
        short = QLocale.FormatType.ShortFormat
        widest = max(
            metrics.horizontalAdvance(locale.toString(QTime(hour, 0), short))
            for hour in (1, 10, 12, 13, 23)
        )
        return max(GUTTER, widest + 14)

    def more_text(self, count: int) -> str:
        """What stands for the untimed activities the band has no room for."""
        return self.tr("+%Ln more", "", count)

    def _range_text(self) -> str:
        if len(self._days) == 1:
            return date_text(self._days[0])
        return f"{_day_month_year(self._days[0])} – {_day_month_year(self._days[-1])}"

    def scroll_to_morning(self) -> None:
        """07:00 at the top of what is seen."""
        top = self.slots.y_of(OPENS_AT_HOUR * 60) - self.slots.row_height() // 2
        self.scroller.verticalScrollBar().setValue(top)

    def new_at(self, column: int, minute: int) -> None:
        """An empty slot (or the band: ``minute`` -1) double-clicked: a new activity there."""
        if 0 <= column < len(self._days):
            day = self._days[column]
            when = None if minute < 0 else local_moment(day, minute // 60, minute % 60)
            self.new_requested.emit(day, when)

    def drop(self, ids: list[int], column: int, minute: int) -> None:
        """What a drop of ``ids`` on ``column`` at ``minute`` does (-1: the band, the day
        only); also reachable without a mouse."""
        if not ids or not 0 <= column < len(self._days):
            return
        day = self._days[column]
        if minute < 0:
            self.moved_to_day.emit(ids, day)
        else:
            self.moved.emit(ids, local_moment(day, minute // 60, minute % 60))

    # ---- Qt -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            self.scroll_to_morning()

    def _retranslate(self) -> None:
        self._earlier.setToolTip(self.tr("Earlier"))
        self._later.setToolTip(self.tr("Later"))
        self._earlier.setAccessibleName(self.tr("Earlier"))
        self._later.setAccessibleName(self.tr("Later"))
        self._today.setText(self.tr("Today"))
        self.slots.setAccessibleName(self.tr("Activities by time of day"))
        self.band.setAccessibleName(self.tr("Activities without a time of day"))

    def _point_arrows(self) -> None:
        rtl = self.isRightToLeft()
        self._earlier.setArrowType(Qt.ArrowType.RightArrow if rtl else Qt.ArrowType.LeftArrow)
        self._later.setArrowType(Qt.ArrowType.LeftArrow if rtl else Qt.ArrowType.RightArrow)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.range_label.setText(self._range_text())
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._point_arrows()
        super().changeEvent(event)


def _day_month_year(day: date) -> str:
    """``30 Azar 1405``: the day, month and year in the user's calendar and digits."""
    calendar, locale = current_calendar(), QLocale()
    parts = calendar.partsFromDate(to_qdate(day))
    year = locale.toString(parts.year).replace(locale.groupSeparator(), "")
    return f"{locale.toString(parts.day)} {calendar.monthName(locale, parts.month)} {year}"


def days_for(anchor: date, count: int) -> list[date]:
    """The days a view of ``count`` days (1 or 7) shows around ``anchor``."""
    if count == 1:
        return [anchor]
    first = week_start(anchor, QLocale().firstDayOfWeek())
    return [first + timedelta(days=n) for n in range(count)]
