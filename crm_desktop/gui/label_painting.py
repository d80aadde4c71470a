"""Labels and envelopes on paper: address blocks painted with ``QPainter`` at the places
``records.label_sheets`` computes, on a ``QPdfWriter`` (Export PDF) or a ``QPrinter`` (the
print preview), the paper's top left corner as the origin (no printer margins).

A block whose name line is Arabic or Persian is right-aligned in its label and laid out
right to left (numbers and Latin postal codes keep their own order); a block that does not
fit its label is written smaller (down to 6 pt), and a line too long for it is elided.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextOption,
)

from crm_desktop.errors import FileAccessError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
from crm_desktop.records.label_sheets import MM_PER_INCH, Envelope, LabelSheet, label_places
from crm_desktop.records.postal import block_right_to_left

PDF_RESOLUTION = 300
LABEL_POINTS = 10.0
LARGE_LABEL_POINTS = 12.0  # on a label 45 mm tall or more (Avery 5163)
ENVELOPE_POINTS = 11.0
SENDER_POINTS = 8.5
SMALLEST_POINTS = 6.0
PADDING_MM = 3.0

Block = tuple[str, ...]


@dataclass(frozen=True)
class LabelJob:
    """What goes on paper: address blocks on a label sheet (from label ``start``), or one
    envelope each (with the ``sender`` block when there is one)."""

    blocks: tuple[Block, ...]
    sheet: LabelSheet | None = None
    start: int = 1
    envelope: Envelope | None = None
    sender: Block = ()
    outlines: bool = False  # the labels' edges drawn (the preview; never on the real sheet)

    @property
    def page_size(self) -> QPageSize:
        if self.envelope is not None:
            size = QSizeF(self.envelope.width, self.envelope.height)
            return QPageSize(size, QPageSize.Unit.Millimeter, self.envelope.key)
        assert self.sheet is not None
        if self.sheet.page == "Letter":
            return QPageSize(QPageSize.PageSizeId.Letter)
        return QPageSize(QPageSize.PageSizeId.A4)

    @property
    def page_count(self) -> int:
        if self.envelope is not None:
            return len(self.blocks)
        places = label_places(self.sheet, len(self.blocks), self.start) if self.sheet else []
        return places[-1].page + 1 if places else 0


def page_layout(job: LabelJob) -> QPageLayout:
    """The whole paper, no margins: the sheet's geometry counts from its very corner."""
    return QPageLayout(
        job.page_size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


class BlockPainter:
    """Paints address blocks on one device: millimetres to the device's dots."""

    def __init__(self, painter: QPainter, resolution: int) -> None:
        self._painter = painter
        self._dots = resolution / MM_PER_INCH
        self._resolution = resolution

    def rect(self, x: float, y: float, width: float, height: float) -> QRectF:
        d = self._dots
        return QRectF(x * d, y * d, width * d, height * d)

    def _font(self, points: float) -> QFont:
        font = QFont(self._painter.font())
        font.setPointSizeF(points)
        return font

    def outline(self, area: QRectF) -> None:
        self._painter.save()
        self._painter.setPen(QPen(QColor("#b0b0b0"), 0))
        self._painter.drawRoundedRect(area, 2 * self._dots, 2 * self._dots)
        self._painter.restore()

    def block(self, block: Block, area: QRectF, points: float, *, centred: bool = True) -> None:
        """``block`` in ``area``: as large as ``points`` or smaller to fit, its lines elided
        when too wide, vertically centred (or from the top), right-aligned when it reads
        right to left."""
        if not block:
            return
        inner = area.adjusted(
            PADDING_MM * self._dots, 1.5 * self._dots, -PADDING_MM * self._dots, -1.5 * self._dots
        )
        size = points
        while True:
            font = self._font(size)
            metrics = QFontMetricsF(font, self._painter.device())
            line_height = metrics.lineSpacing()
            if line_height * len(block) <= inner.height() or size <= SMALLEST_POINTS:
                break
            size = max(SMALLEST_POINTS, size - 0.5)
        rtl = block_right_to_left(block)
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option = QTextOption(side | Qt.AlignmentFlag.AlignAbsolute)  # not mirrored by rtl
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        shown = block[: max(1, int(inner.height() // line_height))]
        top = inner.top()
        if centred:
            top += max(0.0, (inner.height() - line_height * len(shown)) / 2)
        self._painter.setFont(font)
        for number, line in enumerate(shown):
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width())
            box = QRectF(inner.left(), top + number * line_height, inner.width(), line_height)
            self._painter.drawText(box, text, option)


def paint_job(device: QPagedPaintDevice, resolution: int, job: LabelJob) -> None:
    """Paint ``job`` on ``device`` (its page layout already ``page_layout(job)``)."""
    painter = QPainter(device)
    painter.setPen(QColor("black"))
    blocks = BlockPainter(painter, resolution)
    try:
        if job.envelope is not None:
            _envelopes(device, blocks, job, job.envelope)
        elif job.sheet is not None:
            _labels(device, blocks, job, job.sheet)
    finally:
        painter.end()


def _labels(
    device: QPagedPaintDevice, blocks: BlockPainter, job: LabelJob, sheet: LabelSheet
) -> None:
    page = 0
    for block, place in zip(
        job.blocks, label_places(sheet, len(job.blocks), job.start), strict=True
    ):
        while page < place.page:
            device.newPage()
            page += 1
        area = blocks.rect(place.x, place.y, place.width, place.height)
        if job.outlines:
            blocks.outline(area)
        points = LARGE_LABEL_POINTS if place.height >= 45 else LABEL_POINTS
        blocks.block(block, area, points)


def _envelopes(
    device: QPagedPaintDevice, blocks: BlockPainter, job: LabelJob, envelope: Envelope
) -> None:
    e = envelope
    for number, block in enumerate(job.blocks):
        if number:
            device.newPage()
        if job.sender:
            sender = blocks.rect(
                e.sender_x, e.sender_y, e.width / 2 - e.sender_x, e.recipient_y - e.sender_y
            )
            blocks.block(job.sender, sender.adjusted(0, 0, 0, 0), SENDER_POINTS, centred=False)
        width = e.width - e.margin - e.recipient_x
        height = e.height - e.margin - e.recipient_y
        area = blocks.rect(e.recipient_x, e.recipient_y, width, height)
        if job.outlines:
            blocks.outline(area)
        blocks.block(block, area, ENVELOPE_POINTS, centred=False)


def print_labels(printer: QPrinter, job: LabelJob) -> None:
    """``job`` on ``printer`` (a real one, or the print preview's): the whole paper, its
    corner the origin, the page the job's."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(job))
    paint_job(printer, printer.resolution(), job)


def write_labels_pdf(job: LabelJob, path: Path, title: str) -> int:
    """``job`` as a PDF at ``path``, written beside it and renamed over it when complete;
    how many pages. ``FileAccessError`` when it cannot be written."""
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(b"")  # the folder is writable: QPdfWriter would only print a warning
    except OSError as error:
        raise FileAccessError(path, error.strerror or str(error)) from error
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("CRM Desktop")
    writer.setPageLayout(page_layout(job))
    paint_job(writer, PDF_RESOLUTION, job)
    del writer  # the file is finished when the writer goes
    try:
        if partial.stat().st_size == 0:
            raise FileAccessError(
                path, QCoreApplication.translate("Printing", "The PDF could not be written.")
            )
        partial.replace(path)
    except OSError as error:
        raise FileAccessError(path, error.strerror or str(error)) from error
    finally:
        partial.unlink(missing_ok=True)
    return job.page_count
