"""The contacts list: ordered ids of the current search and sort, rows fetched as painted.

Anki's browser table is the model: ``rowCount`` is the number of ids; ``data()`` loads the
page holding the row through the services, and keeps a bounded number of pages.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from crm_desktop.gui.bidi import cell_text
from crm_desktop.gui.calendars import date_text
from crm_desktop.gui.categories import category_text
from crm_desktop.gui.colors import alert_color
from crm_desktop.gui.match_delegate import MATCH_ROLE
from crm_desktop.gui.next_activity import OVERDUE_MARK, is_overdue
from crm_desktop.gui.plain_text import tool_tip
from crm_desktop.gui.table_model import RecordTableModel
from crm_desktop.records.contacts import ContactRow
from crm_desktop.records.ids import ContactId
from crm_desktop.records.search import SearchMatch

RowLoader = Callable[[Sequence[int]], list[ContactRow]]
MatchLoader = Callable[[Sequence[int]], dict[ContactId, tuple[SearchMatch, ...]]]

(
    COLUMN_NAME, COLUMN_ACCOUNT, COLUMN_TITLE, COLUMN_PHONE, COLUMN_EMAIL, COLUMN_CATEGORIES,
    COLUMN_LAST_CONTACT, COLUMN_NEXT_ACTIVITY,
) = range(8)  # fmt: skip
# Where each column opens (by its number), and how wide: at 1280 pixels the name, account,
# phone and both dates show whole in every language (the last contact and the next activity
# are what a salesperson reads the list for), the e-mail after them, the title and
# categories last.
COLUMN_ORDER = (
    COLUMN_NAME, COLUMN_ACCOUNT, COLUMN_PHONE, COLUMN_LAST_CONTACT, COLUMN_NEXT_ACTIVITY,
    COLUMN_EMAIL, COLUMN_TITLE, COLUMN_CATEGORIES,
)  # fmt: skip
COLUMN_WIDTHS = (180, 140, 150, 130, 200, 140, 110, 110)
# The dates' long titles ("Επόμενη δραστηριότητα") elide rather than push the next activity
# out of sight at 1280 pixels: their tool tip says them whole.
ELIDING = (COLUMN_LAST_CONTACT, COLUMN_NEXT_ACTIVITY)
PAGE_SIZE = 100
_OVERDUE_ROLES = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.AccessibleTextRole,
)  # fmt: skip
MAX_PAGES = 40


def _local_date(moment: datetime | None) -> str:
    """A stored UTC time as the user's local date, in the user's locale."""
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return date_text(local.date(), QLocale.FormatType.ShortFormat)


class ContactTableModel(RecordTableModel):
    context = "ContactTableModel"
    data_columns = frozenset(
        {COLUMN_NAME, COLUMN_ACCOUNT, COLUMN_TITLE, COLUMN_EMAIL, COLUMN_CATEGORIES}
    )
    headers = tuple(
        str(text)
        for text in (
            QT_TRANSLATE_NOOP("ContactTableModel", "Name"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Account"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Title"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Phone"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Email"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Categories"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Last contact"),
            QT_TRANSLATE_NOOP("ContactTableModel", "Next activity"),
        )
    )
    # A header was clicked: the window asks the services for the new order (sorting 100,000
    # Python rows here would take seconds; SQLite does it in 60-210 ms).
    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(self, load_rows: RowLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._ids: list[ContactId] = []
        self._pages: OrderedDict[int, list[ContactRow | None]] = OrderedDict()
        # During a search: where each row on a loaded page matched (``MATCH_ROLE``).
        self._load_matches: MatchLoader | None = None
        self._matches: dict[ContactId, tuple[SearchMatch, ...]] = {}
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)  # what is overdue

    def set_match_loader(self, load_matches: MatchLoader | None) -> None:
        """Say where rows matched, read page by page with ``load_matches`` (None: no
        search). Takes effect with the next ``set_ids``."""
        self._load_matches = load_matches

    def set_ids(self, ids: Sequence[ContactId]) -> None:
        """Show these contacts, in this order."""
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self._matches.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Read the shown rows again (their last contact or next activity changed)."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def loaded_row(self, contact_id: int) -> ContactRow | None:
        """The row as last read, if its page is held (none is read for it)."""
        row = self.row_of(contact_id)
        page = self._pages.get(row // PAGE_SIZE) if row is not None else None
        return page[row % PAGE_SIZE] if page is not None and row is not None else None

    def update_rows(self, rows: Sequence[ContactRow]) -> None:
        """These contacts as read again (edited, in place): their rows repaint."""
        for new in rows:
            row = self.row_of(new.id)
            if row is None:
                continue
            page = self._pages.get(row // PAGE_SIZE)
            if page is not None:
                page[row % PAGE_SIZE] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def remove_ids(self, ids: Collection[int]) -> None:
        """Take these contacts out of the list (each run of rows at once; the others keep
        their order, so nothing is read again but the pages that shift)."""
        rows = sorted((r for i in ids if (r := self.row_of(i)) is not None), reverse=True)
        if not rows:
            return
        self._pages.clear()  # rows shift: the pages are read again as painted
        while rows:
            last = first = rows.pop(0)
            while rows and rows[0] == first - 1:
                first = rows.pop(0)
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first : last + 1]
            self.endRemoveRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(column, order)

    def contact_ids(self) -> list[ContactId]:
        """Every contact the list shows, in its order."""
        return list(self._ids)

    def contact_id(self, row: int) -> ContactId | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int | None:
        try:
            return self._ids.index(ContactId(contact_id))
        except ValueError:
            return None

    def row_total(self) -> int:
        return len(self._ids)

    def record_id(self, row: int) -> int | None:
        return self.contact_id(row)

    def cell(self, row: int, column: int, role: int) -> Any:
        if role == MATCH_ROLE:
            if column != COLUMN_NAME or self._load_matches is None:
                return None
            contact = self.contact_id(row)
            self._row(row)  # its page's matches are read with the page
            return self._matches.get(contact) if contact is not None else None
        flagged = self._overdue(row, role) if column == COLUMN_NEXT_ACTIVITY else None
        if flagged is not None:
            return flagged
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        shown = self._row(row)
        if shown is None:
            return None
        left_to_right = column in (COLUMN_PHONE, COLUMN_EMAIL)
        text = cell_text(self._text(shown, column), left_to_right=left_to_right)
        # A tool tip's format is guessed: the name (a CSV's, a card's) is escaped into it.
        return tool_tip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def _overdue(self, row: int, role: int) -> Any:
        """A next activity that is past: a mark and the word, in the alert red."""
        if role not in _OVERDUE_ROLES:
            return None
        shown = self._row(row)
        if shown is None or not is_overdue(shown.next_activity, self.clock()):
            return None
        when = _local_date(shown.next_activity)
        if role == Qt.ItemDataRole.ForegroundRole:
            return alert_color()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(f"{OVERDUE_MARK} {when}")
        said = QCoreApplication.translate("ContactTableModel", "%1, overdue").replace("%1", when)
        return tool_tip(said) if role == Qt.ItemDataRole.ToolTipRole else said

    def _text(self, row: ContactRow, column: int) -> str:
        if column == COLUMN_NAME:
            # A card with no name, email or phone (Android's custom-data-only cards) still shows.
            return row.name or QCoreApplication.translate("ContactTableModel", "(no name)")
        if column == COLUMN_ACCOUNT:
            return row.account
        if column == COLUMN_TITLE:
            return row.title
        if column == COLUMN_PHONE:
            return row.phone
        if column == COLUMN_EMAIL:
            return row.email
        if column == COLUMN_CATEGORIES:
            return ", ".join(category_text(name) for name in row.categories)
        if column == COLUMN_LAST_CONTACT:
            return _local_date(row.last_contact)
        if column == COLUMN_NEXT_ACTIVITY:
            return _local_date(row.next_activity)
        return ""

    def _row(self, row: int) -> ContactRow | None:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            ids = self._ids[start : start + PAGE_SIZE]
            loaded = {r.id: r for r in self._load_rows(ids)}
            if self._load_matches is not None:
                self._matches.update(self._load_matches(ids))
            page = [loaded.get(i) for i in ids]  # a contact deleted meanwhile shows empty
            self._pages[page_number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[row % PAGE_SIZE]
