"""File > Print and File > Export PDF: what the window shows (the contact list, a card with
its timeline, the pipeline, a report) as one ``PrintDocument`` (HTML for ``QTextDocument``,
plus the charts as images), previewed and printed through ``QPrintPreviewDialog``, or written
to a PDF with ``QPdfWriter``.

Right to left: the document's default direction is the window's (an Arabic or Persian user's
page starts on the right), and every value from the data is isolated (``bidi.isolated``) so an
Arabic name in an English page, or a Latin e-mail in a Persian one, keeps its own order. Qt
embeds the fonts it used (CID TrueType with a ToUnicode map): Greek, Arabic and Persian come
out as the screen shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from crm_desktop.errors import FileAccessError
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.plain_text import escaped

PDF_RESOLUTION = 300  # dots per inch: sharp charts, small files
MARGIN_MM = 15.0


@dataclass(frozen=True)
class PrintDocument:
    """What is printed: a title (the PDF's and the preview's), the page as HTML, and the
    images it names (``<img src="chart:0">``)."""

    title: str
    html: str
    images: Mapping[str, QImage] = field(default_factory=dict)
    right_to_left: bool = False


def right_to_left() -> bool:
    """Whether the window (so the printed page) is laid out right to left."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def data_text(text: str, *, left_to_right: bool = False) -> str:
    """A value from the data as HTML: escaped (never markup) and isolated in its own
    direction (left to right for e-mails, phones and numbers)."""
    return escaped(isolated(text, left_to_right=left_to_right))


def heading(text: str, level: int = 1) -> str:
    return f"<h{level}>{escaped(text)}</h{level}>"


def table_html(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    numeric: frozenset[int] = frozenset(),
    widths: Sequence[int] = (),
) -> str:
    """A table with ``headers`` (our words: escaped) and ``rows`` (HTML already: build cells
    with ``data_text``). ``numeric`` columns sit on the end side (right in a left-to-right
    page), as numbers do in a spreadsheet; ``widths``: each column's share (as on screen)."""
    end = "left" if right_to_left() else "right"
    total = sum(widths) or 1
    shares = [f' width="{max(round(100 * w / total), 1)}%"' for w in widths] or [""] * len(headers)
    parts = ['<table border="1" cellspacing="0" cellpadding="3" width="100%">', "<tr>"]
    parts += [
        f'<th bgcolor="#e8e8e8"{share}>{escaped(text)}</th>'
        for text, share in zip(headers, shares, strict=True)
    ]
    parts.append("</tr>")
    for row in rows:
        parts.append("<tr>")
        for column, cell in enumerate(row):
            align = f' align="{end}"' if column in numeric else ""
            parts.append(f"<td{align}>{cell}</td>")
        parts.append("</tr>")
    parts.append("</table>")
    return "".join(parts)


def page_html(title: str, body: str) -> str:
    """The whole page: its title as the first heading, the body, in the window's direction."""
    direction = "rtl" if right_to_left() else "ltr"
    return (
        f'<html><head><meta charset="utf-8"><title>{escaped(title)}</title></head>'
        f'<body dir="{direction}">{heading(title)}{body}</body></html>'
    )


def text_document(document: PrintDocument) -> QTextDocument:
    """The ``QTextDocument`` that prints ``document``: its images as resources, its
    direction the window's."""
    text = QTextDocument()
    text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
    option = text.defaultTextOption()
    direction = (
        Qt.LayoutDirection.RightToLeft if document.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    text.setDefaultTextOption(option)
    for name, image in document.images.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    text.setHtml(document.html)
    return text


def write_pdf(document: PrintDocument, path: Path) -> None:
    """``document`` as a PDF at ``path`` (A4, 15 mm margins, page numbers), written beside it
    first and then renamed over it: a failed export leaves what was there.
    ``FileAccessError`` when the file cannot be written."""
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(b"")  # the folder is writable: QPdfWriter would only print a warning
    except OSError as error:
        raise FileAccessError(path, error.strerror or str(error)) from error
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(document.title)
    writer.setCreator("CRM Desktop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    text_document(document).print_(writer)
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


def preview_and_print(parent: QWidget, document: PrintDocument) -> None:
    """File > Print: the print preview, from which the user prints (or not)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print %1").replace("%1", document.title)
    )
    text = text_document(document)
    dialog.paintRequested.connect(lambda target: text.print_(target))
    dialog.exec()
    dialog.deleteLater()


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """File > Export PDF: where to write it (None: cancelled)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Export PDF"),
        suggested,
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_pdf(
    parent: QWidget,
    document: PrintDocument,
    suggested: str,
    show_error: Callable[[FileAccessError], None],
) -> Path | None:
    """Ask where, and write ``document`` there as a PDF; the path written (None: cancelled or
    failed, the error shown)."""
    path = ask_pdf_path(parent, suggested)
    if path is None:
        return None
    try:
        write_pdf(document, path)
    except FileAccessError as error:
        show_error(error)
        return None
    return path
