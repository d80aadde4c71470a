"""Label sheets and envelopes: where each label sits on the page, in millimetres from the
paper's top left corner. Qt-free, so that the geometry is tested as numbers.

The common sheets are the manufacturer's (Avery) published sizes: the page, the top and
side margins, the label's size and the pitch (from one label's top left corner to the next
one's, so the gap included). A custom grid takes the same numbers from the user.
"""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4
POINTS_PER_MM = 72 / MM_PER_INCH


@dataclass(frozen=True, slots=True)
class LabelSheet:
    key: str  # "L7160", "5160", "custom"
    page: str  # "A4" or "Letter"
    page_width: float  # millimetres
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    top: float  # margin above the first row
    left: float  # margin before the first column
    column_pitch: float  # left edge to left edge
    row_pitch: float  # top edge to top edge

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def problem(self) -> str:
        """Why this grid does not fit its page ("" when it does): "grid" (no row or column),
        "size" (a label without a width or height), "overlap" (a pitch under the label's
        size), "across" or "down" (past the page's edge)."""
        if self.columns < 1 or self.rows < 1:
            return "grid"
        if self.label_width <= 0 or self.label_height <= 0:
            return "size"
        if self.column_pitch < self.label_width or self.row_pitch < self.label_height:
            return "overlap"
        right = self.left + (self.columns - 1) * self.column_pitch + self.label_width
        bottom = self.top + (self.rows - 1) * self.row_pitch + self.label_height
        if self.left < 0 or right > self.page_width + 0.01:
            return "across"
        if self.top < 0 or bottom > self.page_height + 0.01:
            return "down"
        return ""


A4 = (210.0, 297.0)
LETTER = (8.5 * MM_PER_INCH, 11 * MM_PER_INCH)


def _inches(value: float) -> float:
    return value * MM_PER_INCH


SHEETS: tuple[LabelSheet, ...] = (
    # Avery L7160: 21 per A4 sheet, 63.5 x 38.1 mm.
    LabelSheet("L7160", "A4", *A4, 3, 7, 63.5, 38.1, 15.15, 7.21, 66.04, 38.1),
    # Avery 5160: 30 per Letter sheet, 2 5/8 x 1 in.
    LabelSheet(
        "5160", "Letter", *LETTER, 3, 10,
        _inches(2.625), _inches(1.0), _inches(0.5), _inches(0.1875),
        _inches(2.75), _inches(1.0),
    ),
    # Avery L7163: 14 per A4 sheet, 99.1 x 38.1 mm.
    LabelSheet("L7163", "A4", *A4, 2, 7, 99.1, 38.1, 15.15, 4.65, 101.6, 38.1),
    # Avery 5163: 10 per Letter sheet, 4 x 2 in.
    LabelSheet(
        "5163", "Letter", *LETTER, 2, 5,
        _inches(4.0), _inches(2.0), _inches(0.5), _inches(0.15625),
        _inches(4.1875), _inches(2.0),
    ),
)  # fmt: skip


def sheet(key: str) -> LabelSheet:
    return next(s for s in SHEETS if s.key == key)


def custom_sheet(
    page: str,
    *,
    columns: int,
    rows: int,
    label_width: float,
    label_height: float,
    top: float,
    left: float,
    column_pitch: float,
    row_pitch: float,
) -> LabelSheet:
    """A grid of the user's on an A4 or Letter page (millimetres)."""
    width, height = LETTER if page == "Letter" else A4
    return LabelSheet(
        "custom", "Letter" if page == "Letter" else "A4", width, height, columns, rows,
        label_width, label_height, top, left, column_pitch, row_pitch,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class LabelPlace:
    """Where one label goes: its page (from 0) and its rectangle, in millimetres from the
    paper's top left corner."""

    page: int
    x: float
    y: float
    width: float
    height: float


def label_places(sheet: LabelSheet, count: int, start: int = 1) -> list[LabelPlace]:
    """Where ``count`` labels go, filling rows left to right then down, from label number
    ``start`` (1 = top left) of the first sheet: the labels before it are already used."""
    places = []
    first = max(start, 1) - 1
    for index in range(first, first + count):
        page, slot = divmod(index, sheet.per_page)
        row, column = divmod(slot, sheet.columns)
        places.append(
            LabelPlace(
                page,
                round(sheet.left + column * sheet.column_pitch, 4),
                round(sheet.top + row * sheet.row_pitch, 4),
                sheet.label_width,
                sheet.label_height,
            )
        )
    return places


@dataclass(frozen=True, slots=True)
class Envelope:
    """An envelope, landscape: its size and where the sender's and the recipient's blocks go
    (millimetres from the top left corner; the recipient's block runs to the right edge less
    ``margin`` and to the bottom edge less ``margin``)."""

    key: str
    width: float
    height: float
    sender_x: float
    sender_y: float
    recipient_x: float
    recipient_y: float
    margin: float


ENVELOPES: tuple[Envelope, ...] = (
    # DL (ISO 269), 220 x 110 mm: the address in the right half, clear of the stamp and of
    # the 15 mm band the sorting machines print on at the bottom.
    Envelope("DL", 220.0, 110.0, 10.0, 10.0, 100.0, 45.0, 15.0),
    # C5, 229 x 162 mm (an A5 sheet, or A4 folded once).
    Envelope("C5", 229.0, 162.0, 10.0, 10.0, 105.0, 70.0, 20.0),
    # US #10, 9 1/2 x 4 1/8 in: the address block about 4 in from the left, 2 in down.
    Envelope("#10", _inches(9.5), _inches(4.125), _inches(0.375), _inches(0.375),
             _inches(4.0), _inches(1.875), _inches(0.625)),
)  # fmt: skip


def envelope(key: str) -> Envelope:
    return next(e for e in ENVELOPES if e.key == key)
