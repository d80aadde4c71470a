"""The labels where the sheet wants them, read back from the PDF itself (``pdftotext -bbox``
gives each word's box in points from the page's top left corner): every common sheet, the
start position, right-to-left blocks against the right edge, the printer's path too."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from crm_desktop.gui.label_painting import PADDING_MM, LabelJob, print_labels, write_labels_pdf
from crm_desktop.records.label_sheets import POINTS_PER_MM, envelope, label_places, sheet
from tests.gui.pdf_text import page_count

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def _boxes(pdf: Path) -> tuple[list[tuple[float, float]], list[dict[str, tuple[float, ...]]]]:
    """Each page's size, and on each page the box of each word (in points)."""
    tool = shutil.which("pdftotext")
    assert tool is not None, "pdftotext (poppler-utils) is needed"
    xml = subprocess.run(
        [tool, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    sizes: list[tuple[float, float]] = []
    words: list[dict[str, tuple[float, ...]]] = []
    for page in xml.split("<page ")[1:]:
        size = _PAGE.match("<page " + page)
        assert size is not None
        sizes.append((float(size.group(1)), float(size.group(2))))
        words.append(
            {m.group(5): tuple(float(v) for v in m.groups()[:4]) for m in _WORD.finditer(page)}
        )
    return sizes, words


@pytest.mark.parametrize(
    ("key", "start", "paper"),
    [("L7160", 5, (595, 842)), ("5160", 4, (612, 792)), ("L7163", 3, (595, 842)),
     ("5163", 10, (612, 792))],
)  # fmt: skip
def test_each_label_is_printed_inside_its_place_on_the_sheet(
    qapp: QApplication, tmp_path: Path, key: str, start: int, paper: tuple[int, int]
) -> None:
    grid = sheet(key)
    blocks = (("Label1",), ("Label2",), ("محمد",))
    target = tmp_path / f"{key}.pdf"
    write_labels_pdf(LabelJob(blocks, grid, start=start), target, "Labels")
    sizes, words = _boxes(target)
    assert (round(sizes[0][0]), round(sizes[0][1])) == paper
    places = label_places(grid, 3, start)
    padding = PADDING_MM * POINTS_PER_MM
    for number, place in enumerate(places[:2], start=1):
        x_min, y_min, _, y_max = words[place.page][f"Label{number}"]
        assert x_min == pytest.approx((place.x * POINTS_PER_MM) + padding, abs=1.5)
        top, bottom = place.y * POINTS_PER_MM, (place.y + place.height) * POINTS_PER_MM
        assert top < y_min < y_max < bottom
        middle = (top + bottom) / 2  # one line: centred in the label
        assert (y_min + y_max) / 2 == pytest.approx(middle, abs=2)
    arabic = places[2]
    glyphs = [box for word, box in words[arabic.page].items() if not word.startswith("Label")]
    x_min, x_max = min(box[0] for box in glyphs), max(box[2] for box in glyphs)
    right = (arabic.x + arabic.width) * POINTS_PER_MM - padding
    assert x_max == pytest.approx(right, abs=1.5)  # right-aligned
    assert x_min > (arabic.x + arabic.width / 2) * POINTS_PER_MM


def test_a_full_sheet_goes_on_to_a_second_page(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "two.pdf"
    blocks = tuple((f"N{i}",) for i in range(22))
    assert write_labels_pdf(LabelJob(blocks, sheet("L7160")), target, "Labels") == 2
    _, words = _boxes(target)
    assert "N20" in words[0] and "N21" in words[1] and len(words[1]) == 1


def test_an_envelope_page_is_the_envelope_with_the_address_in_its_place(
    qapp: QApplication, tmp_path: Path
) -> None:
    dl = envelope("DL")
    target = tmp_path / "dl.pdf"
    job = LabelJob((("Recipient", "Street"),), envelope=dl, sender=("Sender",))
    write_labels_pdf(job, target, "Envelopes")
    sizes, words = _boxes(target)
    assert sizes[0] == pytest.approx((220 * POINTS_PER_MM, 110 * POINTS_PER_MM), abs=1)
    x_min, y_min, _, _ = words[0]["Recipient"]
    assert x_min == pytest.approx((dl.recipient_x + PADDING_MM) * POINTS_PER_MM, abs=1.5)
    assert y_min > dl.recipient_y * POINTS_PER_MM
    sender_x, sender_y, _, _ = words[0]["Sender"]
    assert sender_x < 20 * POINTS_PER_MM and sender_y < 20 * POINTS_PER_MM


def test_the_printer_gets_the_whole_paper_and_the_same_places(
    qapp: QApplication, tmp_path: Path
) -> None:
    """What the print preview and a printer are given: no printer margins, the sheet's
    page, the label where the PDF export puts it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    print_labels(printer, LabelJob((("Printed",),), sheet("5160"), start=2))
    assert page_count(target) == 1
    sizes, words = _boxes(target)
    assert (round(sizes[0][0]), round(sizes[0][1])) == (612, 792)
    place = label_places(sheet("5160"), 1, 2)[0]
    x_min = words[0]["Printed"][0]
    assert x_min == pytest.approx((place.x + PADDING_MM) * POINTS_PER_MM, abs=1.5)
