"""What File > Print and Export PDF put on paper for the main window: the view shown (the
contact or account list with its columns, the pipeline or the report), only the contacts
selected in the list (offered when several are, as Outlook's "Only selected rows"), or the
selected card with its timeline (crm_desktop/gui/print_actions.py prints them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from crm_desktop.gui.print_actions import Printables

if TYPE_CHECKING:
    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.gui.printing import PrintDocument


def window_printables(window: MainWindow) -> Printables:
    """What the window's File > Print, Export PDF and Print Labels take."""
    return Printables(
        view=lambda: view_document(window),
        card=lambda: card_document(window),
        labels=lambda: open_labels(window),
        selection=lambda: selection_document(window),
        selected=lambda: len(_selected_rows(window)),
    )


def _selected_rows(window: MainWindow) -> list[int]:
    """The rows selected in the contact list, when it is the view shown (else none)."""
    if window._sales is not None and window._sales.shows_sales():
        return []
    if window._views.currentWidget() is not window._splitter or window._state.accounts:
        return []
    selection = window._list.table.selectionModel()
    return sorted({index.row() for index in selection.selectedRows()})


def selection_document(window: MainWindow) -> PrintDocument | None:
    """Only the contacts selected in the list, with the list's columns (None: fewer than
    two selected, when the whole list or the card is what is printed)."""
    from crm_desktop.gui.print_documents import list_document

    rows = _selected_rows(window)
    if len(rows) < 2:
        return None
    item = window._nav.currentItem()
    shown = item.text() if item is not None else window._list.count_text(window._list.count())
    title = QCoreApplication.translate("Printing", "%1 (selected contacts)").replace("%1", shown)
    return list_document(window._list.table, title, rows)


def view_document(window: MainWindow) -> PrintDocument | None:
    """The view shown, on paper: the contact or account list with its columns."""
    from crm_desktop.gui.print_documents import list_document

    if window._sales is not None and window._sales.shows_sales():
        return window._sales.view_document()
    if window._views.currentWidget() is not window._splitter:
        return None
    item = window._nav.currentItem()
    title = item.text() if item is not None else window._list.count_text(window._list.count())
    return list_document(window._list.table, title)


def card_document(window: MainWindow) -> PrintDocument | None:
    """The selected contact or account with its timeline, on paper."""
    from crm_desktop.gui import print_documents
    from crm_desktop.services.notes import timeline

    if window._sales is not None and window._sales.shows_sales():
        return window._sales.card_document()
    if window._views.currentWidget() is not window._splitter:
        return None
    if window._state.accounts:
        if (account := window._accounts.pane.card.shown) is None:
            return None
        items = timeline(window._db, account_id=account.id)
        deals = window.sales.card_deals_html(account_id=account.id)
        return print_documents.account_document(account, items, deals)
    if (contact := window._card.card.shown) is None:
        return None
    deals = window.sales.card_deals_html(contact_id=contact.id)
    return print_documents.contact_document(contact, timeline(window._db, contact.id), deals)


def open_labels(window: MainWindow) -> None:
    """File > Print Labels: the selected contacts, or everything the list shows."""
    from crm_desktop.gui.labels_dialog import LabelsDialog

    selected = window._contacts.selected_ids()
    dialog = LabelsDialog(window._db, selected, window._contacts.all_ids(), window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
