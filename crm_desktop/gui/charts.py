"""Bar and column charts painted with ``QPainter``, each shown with its figures in a table
beside it (``ChartPanel``).

Why QPainter and not QtCharts: QtCharts (and its successor QtGraphs) ship in PySide6-Addons,
a 175 MB wheel (438 MB installed) on top of Essentials' 80 MB, for a handful of bar charts;
QtCharts is deprecated since Qt 6.10 and QtGraphs needs Qt Quick. A bar chart painted here is
about a hundred lines, renders in about a millisecond, mirrors itself in a right-to-left
window, and paints the same way on screen and into a printed page (``chart_image``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.bidi import cell_alignment

# Colours told apart by people with the common colour blindnesses (Okabe and Ito).
SERIES_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[float, ...]  # one per category


@dataclass(frozen=True)
class ChartData:
    """What a chart shows: a bar per category and series, the value axis written by
    ``value_text`` (money in the report's currency, counts, percentages)."""

    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    value_text: Callable[[float], str] = lambda value: QLocale().toString(value, "g", 6)
    horizontal: bool = False  # bars (left to right) instead of columns (bottom to top)


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round values from 0 to at least ``top`` for the value axis: 0, 20,000, 40,000..."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [0.0]
    while ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks


def _elided(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0.0))


def _legend_lines(
    metrics: QFontMetricsF, data: ChartData, room: float
) -> list[list[tuple[int, str, float]]]:
    """The legend's entries (series number, name, width) on as many lines as ``room`` wide
    needs (none with a single series): a long or translated name wraps to the next line
    rather than running off the chart."""
    if len(data.series) < 2:
        return []
    line = metrics.height()
    lines: list[list[tuple[int, str, float]]] = [[]]
    used = 0.0
    for number, series in enumerate(data.series):
        width = min(metrics.horizontalAdvance(series.name) + line * 1.5, room)
        if lines[-1] and used + width > room:
            lines.append([])
            used = 0.0
        lines[-1].append((number, series.name, width))
        used += width + line
    return lines


def paint_chart(
    painter: QPainter, rect: QRectF, data: ChartData, palette: QPalette, *, mirrored: bool
) -> None:
    """``data`` painted in ``rect``: axes, ticks, bars and a legend. ``mirrored``: laid out
    right to left (the value axis on the right, the first category on the right)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text_color = palette.color(QPalette.ColorRole.WindowText)
    grid_color = palette.color(QPalette.ColorRole.Mid)
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    top_value = max((v for s in data.series for v in s.values), default=0.0)
    ticks = nice_ticks(top_value)
    tick_labels = [data.value_text(t) for t in ticks]
    legend = _legend_lines(metrics, data, rect.width() - 8)
    legend_height = line * 1.3 * len(legend) + line * 0.2 if legend else 0.0
    area = rect.adjusted(4, 4 + legend_height, -4, -4)
    if data.horizontal:
        label_width = min(
            max((metrics.horizontalAdvance(c) for c in data.categories), default=0.0) + 8,
            area.width() / 3,
        )
        plot = area.adjusted(0 if mirrored else label_width, 0, -label_width if mirrored else 0,
                             -line * 1.4)  # fmt: skip
    else:
        axis_width = max((metrics.horizontalAdvance(t) for t in tick_labels), default=0.0) + 8
        plot = area.adjusted(0 if mirrored else axis_width, line * 0.5,
                             -axis_width if mirrored else 0, -line * 1.6)  # fmt: skip
    if plot.width() <= 4 or plot.height() <= 4:
        painter.restore()
        return
    span = ticks[-1] or 1.0

    def value_at(value: float) -> float:  # the coordinate of a value on the value axis
        if data.horizontal:
            share = plot.width() * value / span
            return plot.right() - share if mirrored else plot.left() + share
        return plot.bottom() - plot.height() * value / span

    # Grid lines and the value axis' labels.
    painter.setPen(QPen(grid_color, 0.5))
    for tick, label in zip(ticks, tick_labels, strict=True):
        at = value_at(tick)
        painter.setPen(QPen(grid_color, 0.5))
        if data.horizontal:
            painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()))
            half = metrics.horizontalAdvance(label) / 2 + 2
            middle = min(max(at, rect.left() + half), rect.right() - half)  # inside the chart
            box = QRectF(middle - half, plot.bottom() + 2, half * 2, line)
            painter.setPen(text_color)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        else:
            painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at))
            if mirrored:
                x, width = plot.right() + 4, area.right() - plot.right() - 4
            else:
                x, width = area.left(), plot.left() - area.left() - 4
            align = Qt.AlignmentFlag.AlignRight if not mirrored else Qt.AlignmentFlag.AlignLeft
            painter.setPen(text_color)
            painter.drawText(QRectF(x, at - line / 2, width, line),
                             align | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
    # The bars: a band per category, a bar per series in it.
    count = max(len(data.categories), 1)
    series_count = max(len(data.series), 1)
    length = plot.height() if data.horizontal else plot.width()
    band = length / count
    bar = band * 0.8 / series_count
    # Columns too narrow for their names: every ``every``-th name, in the room of ``every``
    # columns (not each cut to "8…").
    widest = max((metrics.horizontalAdvance(c) for c in data.categories), default=0.0) + 6
    every = 1 if data.horizontal else max(1, math.ceil(widest / max(band, 1.0)))
    for index, category in enumerate(data.categories):
        slot = count - 1 - index if mirrored and not data.horizontal else index
        start = (plot.top() if data.horizontal else plot.left()) + slot * band + band * 0.1
        for number, series in enumerate(data.series):
            value = series.values[index] if index < len(series.values) else 0.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SERIES_COLORS[number % len(SERIES_COLORS)]))
            place = series_count - 1 - number if mirrored and not data.horizontal else number
            offset = start + place * bar
            base, end = value_at(0.0), value_at(max(value, 0.0))
            if data.horizontal:
                painter.drawRect(QRectF(min(base, end), offset, abs(end - base), bar))
            else:
                painter.drawRect(QRectF(offset, end, bar, base - end))
        painter.setPen(text_color)
        if data.horizontal:
            x = plot.right() + 4 if mirrored else area.left()
            width = area.right() - x if mirrored else plot.left() - area.left() - 4
            align = Qt.AlignmentFlag.AlignLeft if mirrored else Qt.AlignmentFlag.AlignRight
            painter.drawText(QRectF(x, start, width, band * 0.8),
                             align | Qt.AlignmentFlag.AlignVCenter,
                             _elided(metrics, category, width))  # fmt: skip
        elif index % every == 0:
            room = band * every
            box = QRectF(start - band * 0.1 + band / 2 - room / 2, plot.bottom() + 2, room,
                         line * 1.4)  # fmt: skip
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             _elided(metrics, category, room))  # fmt: skip
    painter.setPen(QPen(text_color, 1))
    if data.horizontal:
        x = plot.right() if mirrored else plot.left()
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
    else:
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    for row, entries in enumerate(legend):  # the legend: a swatch and the series' name each
        x = rect.right() - 4 if mirrored else rect.left() + 4
        y = rect.top() + 4 + row * line * 1.3
        for number, name, width in entries:
            left = x - width if mirrored else x
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SERIES_COLORS[number % len(SERIES_COLORS)]))
            swatch_x = left + width - line if mirrored else left
            painter.drawRect(QRectF(swatch_x, y + line * 0.2, line * 0.8, line * 0.8))
            painter.setPen(text_color)
            text_x = left if mirrored else left + line
            side = Qt.AlignmentFlag.AlignRight if mirrored else Qt.AlignmentFlag.AlignLeft
            text_width = width - line * 1.2
            painter.drawText(QRectF(text_x, y, text_width, line),
                             side | Qt.AlignmentFlag.AlignVCenter,
                             _elided(metrics, name, text_width))  # fmt: skip
            x = left - line if mirrored else left + width + line
    painter.restore()


class BarChart(QWidget):
    """A chart widget: ``set_data`` and it paints itself (mirrored in a right-to-left window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ChartData((), ())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 300)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        paint_chart(painter, QRectF(self.rect()), self.data, self.palette(), mirrored=mirrored)
        painter.end()


def chart_image(data: ChartData, size: QSize, *, mirrored: bool, scale: float = 2.0) -> QImage:
    """``data`` painted on a white image (for a printed page), ``scale`` times sharper than
    ``size`` in pixels."""
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(painter.font())
    painter.setFont(font)
    palette = QPalette(QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#b0b0b0"))
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), data, palette,
                mirrored=mirrored)  # fmt: skip
    painter.end()
    return image


class ChartPanel(QWidget):
    """A chart with the figures it draws in a table beside it (the table is what a screen
    reader reads, and what a user copies)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.chart = BarChart(self)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        beside = QHBoxLayout()
        beside.addWidget(self.chart, 3)
        beside.addWidget(self.table, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(beside, 1)

    def show_figures(
        self,
        title: str,
        data: ChartData,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        numeric: frozenset[int] = frozenset(),
    ) -> None:
        """The chart of ``data`` and the table of ``rows`` (text as shown: money, counts)."""
        self.title.setText(title)
        self.chart.set_data(data)
        table = self.table
        table.clear()
        table.setColumnCount(len(headers))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(list(headers))
        trailing = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in numeric:
                    item.setTextAlignment(trailing)
                elif (own := cell_alignment(text)) is not None:
                    item.setTextAlignment(Qt.AlignmentFlag(own) | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        # The table as wide as its figures (up to half the panel): the chart takes the rest,
        # so that no amount is cut to "44.60…".
        table.resizeColumnsToContents()
        needed = (
            table.horizontalHeader().length()
            + 2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width()
        )
        table.setMinimumWidth(min(needed, max(self.width() // 2, 320)))
