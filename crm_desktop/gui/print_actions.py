"""File > Print, File > Export PDF and File > Print Labels in the main window: the first two
each a submenu with the view shown (the contact or account list with its columns, the
pipeline, the report), only the selected contacts (offered while several are selected in the
list, as Outlook's "Only selected rows") and the selected card (a contact's, an account's or a
deal's, with its timeline); the third opens the labels dialog. The window says what each is
(``Printables``); this module asks where and prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.gui.printing import PrintDocument, export_pdf, preview_and_print


@dataclass(frozen=True)
class Printables:
    """What can be printed now: the view, the selected card (None: nothing selected), and
    the list's selected rows alone (``selected``: how many; offered from two)."""

    view: Callable[[], PrintDocument | None]
    card: Callable[[], PrintDocument | None]
    labels: Callable[[], None] = lambda: None  # File > Print Labels…: opens its dialog
    selection: Callable[[], PrintDocument | None] = lambda: None
    selected: Callable[[], int] = lambda: 0


class WindowPrinting(QObject):
    """The six actions (print or PDF, of the view, of the selected contacts or of the card)
    and their submenus."""

    def __init__(
        self, window: QWidget, printables: Printables, show_error: Callable[[CrmError], None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._printables = printables
        self._show_error = show_error
        self.print_menu = QMenu(window)
        self.pdf_menu = QMenu(window)
        self.print_view = QAction(window)
        self.print_view.setShortcut(QKeySequence.StandardKey.Print)
        self.print_card = QAction(window)
        self.print_selection = QAction(window)
        self.pdf_view = QAction(window)
        self.pdf_selection = QAction(window)
        self.pdf_card = QAction(window)
        self.print_labels = QAction(window)
        for action, keys in (
            (self.print_card, "Ctrl+Shift+P"), (self.pdf_view, "Ctrl+Shift+E"),
            (self.pdf_card, "Ctrl+Shift+K"), (self.print_labels, "Ctrl+Shift+B"),
            (self.print_selection, "Ctrl+Alt+P"), (self.pdf_selection, "Ctrl+Alt+E"),
        ):  # fmt: skip
            action.setShortcut(QKeySequence(keys))
        self.print_menu.addActions([self.print_view, self.print_selection, self.print_card])
        self.pdf_menu.addActions([self.pdf_view, self.pdf_selection, self.pdf_card])
        for menu in (self.print_menu, self.pdf_menu):
            menu.aboutToShow.connect(self.offer_selection)
        self.offer_selection()
        self.print_selection.triggered.connect(lambda: self._print(self._printables.selection))
        self.pdf_selection.triggered.connect(lambda: self._pdf(self._printables.selection))
        self.print_view.triggered.connect(lambda: self._print(self._printables.view))
        self.print_card.triggered.connect(lambda: self._print(self._printables.card))
        self.pdf_view.triggered.connect(lambda: self._pdf(self._printables.view))
        self.pdf_card.triggered.connect(lambda: self._pdf(self._printables.card))
        self.print_labels.triggered.connect(lambda: self._printables.labels())
        self.retranslate()

    def place(self, bar: QMenuBar, before: QAction) -> None:
        """The two submenus in the menu of ``bar`` that holds ``before`` (File), before it,
        then a separator."""
        menus = [entry.menu() for entry in bar.actions()]
        menu = next(m for m in menus if isinstance(m, QMenu) and before in m.actions())
        menu.insertMenu(before, self.print_menu)
        menu.insertMenu(before, self.pdf_menu)
        menu.insertAction(before, self.print_labels)
        menu.insertSeparator(before)

    def offer_selection(self) -> None:
        """ "Selected contacts only" is in the menus while several contacts are selected."""
        several = self._printables.selected() >= 2
        for action in (self.print_selection, self.pdf_selection):
            action.setVisible(several)
            action.setEnabled(several)

    def retranslate(self) -> None:
        self.print_menu.setTitle(QCoreApplication.translate("Printing", "&Print"))
        self.pdf_menu.setTitle(QCoreApplication.translate("Printing", "Export P&DF"))
        for action in (self.print_view, self.pdf_view):
            action.setText(QCoreApplication.translate("Printing", "This &view…"))
            action.setStatusTip(
                QCoreApplication.translate("Printing", "The list, the pipeline or the report shown")
            )
        for action in (self.print_selection, self.pdf_selection):
            action.setText(QCoreApplication.translate("Printing", "&Selected contacts only…"))
            action.setStatusTip(
                QCoreApplication.translate(
                    "Printing", "Only the contacts selected in the list, with its columns"
                )
            )
        for action in (self.print_card, self.pdf_card):
            action.setText(QCoreApplication.translate("Printing", "The selected &card…"))
            action.setStatusTip(
                QCoreApplication.translate(
                    "Printing", "The selected contact, account or deal with its timeline"
                )
            )

        self.print_labels.setText(QCoreApplication.translate("Printing", "Print &Labels…"))
        self.print_labels.setStatusTip(
            QCoreApplication.translate(
                "Printing",
                "The selected contacts' addresses (or those the list shows) on labels or envelopes",
            )
        )

    def _document(self, which: Callable[[], PrintDocument | None]) -> PrintDocument | None:
        try:
            return which()
        except CrmError as error:
            self._show_error(error)
            return None

    def _print(self, which: Callable[[], PrintDocument | None]) -> None:
        if (document := self._document(which)) is not None:
            preview_and_print(self._window, document)

    def _pdf(self, which: Callable[[], PrintDocument | None]) -> None:
        if (document := self._document(which)) is not None:
            export_pdf(self._window, document, suggested_name(document.title), self._show_error)


def suggested_name(title: str) -> str:
    """A file name from a title: its letters and digits (any script), spaces as dashes."""
    kept = "".join(ch if ch.isalnum() else "-" for ch in title.strip())
    parts = [part for part in kept.split("-") if part]
    return ("-".join(parts)[:80] or "crm-desktop") + ".pdf"
