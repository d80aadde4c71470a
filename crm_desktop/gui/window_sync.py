"""Sync in the window: File > Sync Accounts…, Sync Now (F5, on the toolbar), a sync at
start and every N minutes while the window is open, and a status line saying the last sync,
what it changed, or what went wrong.

A sync runs in a worker thread on a database handle of its own, opened beside the window's
(as the command line's is): its writes are separate SQLite transactions that never mix
with the window's, and the window reads them as changes made elsewhere (``outside_changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.gui.plain_text import plain_label
from crm_desktop.gui.preferences import chosen_region
from crm_desktop.records.sync import SyncCounts, SyncResult
from crm_desktop.services.cancel import CancelToken
from crm_desktop.services.database import Database
from crm_desktop.services.sync import SyncError, SyncProblem

INTERVAL_KEY = "sync/interval_minutes"
DEFAULT_INTERVAL = 30
START_DELAY_MS = 5000  # the first sync, once the window has settled


def when_text(utc_text: str | None) -> str:
    """A stored UTC time (ISO 8601) as the user writes a date and time, in local time."""
    if not utc_text:
        return ""
    moment = QDateTime.fromString(utc_text.rstrip("Z")[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return utc_text
    moment.setTimeZone(QTimeZone.utc())
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def interval_minutes() -> int:
    value = QSettings().value(INTERVAL_KEY, DEFAULT_INTERVAL)
    try:
        return max(0, int(str(value)))
    except ValueError:
        return DEFAULT_INTERVAL


class SyncTexts(QObject):
    """The sync's words, translated (a QObject for ``tr`` and its plural forms)."""

    def problem(self, error: SyncError) -> str:
        texts = {
            SyncProblem.BAD_URL: self.tr("The server address cannot be used: %1"),
            SyncProblem.OFFLINE: self.tr("The server cannot be reached (offline?): %1"),
            SyncProblem.TIMEOUT: self.tr("The server did not answer in time: %1"),
            SyncProblem.TLS: self.tr("The server's certificate could not be verified: %1"),
            SyncProblem.UNAUTHORIZED: self.tr("The server refused the user name or password: %1"),
            SyncProblem.FORBIDDEN: self.tr("The server does not allow this: %1"),
            SyncProblem.CHANGED: self.tr("The server's copy changed meanwhile: %1"),
            SyncProblem.FULL: self.tr("The server has no room left: %1"),
            SyncProblem.NOT_FOUND: self.tr("The server has no such address: %1"),
            SyncProblem.NO_ADDRESS_BOOK: self.tr("The server offers no address book: %1"),
            SyncProblem.NO_KEYRING: self.tr("No keyring is available to keep the password: %1"),
            SyncProblem.NO_PASSWORD: self.tr("No password is known for this account: %1"),
            SyncProblem.SERVER: self.tr("The server's reply could not be used: %1"),
        }
        where = error.where or ""
        return texts[error.problem].replace("%1", where)

    def counts(self, label: str, c: SyncCounts) -> str:
        return (
            self.tr("%1: %2 sent, %3 received, %4 updated, %5 deleted")
            .replace("%1", label)
            .replace("%2", QLocale().toString(c.uploaded))
            .replace("%3", QLocale().toString(c.downloaded))
            .replace("%4", QLocale().toString(c.updated))
            .replace("%5", QLocale().toString(c.deleted))
        )

    def summary(self, results: list[SyncResult], when: QTime) -> str:
        parts = [
            self.tr("Synced at %1").replace(
                "%1", QLocale().toString(when, QLocale.FormatType.ShortFormat)
            )
        ]
        conflicts = 0
        for result in results:
            parts.append(self.counts(self.tr("contacts"), result.contacts))
            parts.append(self.counts(self.tr("activities"), result.activities))
            conflicts += result.contacts.conflicts + result.activities.conflicts
        if conflicts:
            parts.append(self.tr("%n conflict(s) to resolve (File > Sync Accounts)", "", conflicts))
        return "; ".join(parts)


class WindowSync(QObject):
    """The window's sync actions, timer and status line."""

    synced = Signal()  # a sync ended (the tests wait for it)

    def __init__(
        self,
        window: QMainWindow,
        database: Callable[[], Database],
        refresh: Callable[[], None],
        show_error: Callable[[CrmError], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._refresh = refresh
        self._show_error = show_error
        self._texts = SyncTexts(self)
        self._passwords: dict[str, str] = {}  # asked this session (no keyring)
        self._task: QObject | None = None
        self.last_results: list[SyncResult] = []
        self.last_error: CrmError | None = None
        self.sync_now = QAction(self)
        self.sync_now.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.sync_now.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_now.triggered.connect(lambda: self.run(asked=True))
        self.accounts = QAction(self)
        self.accounts.setShortcut(QKeySequence("Shift+F5"))
        self.accounts.triggered.connect(self.open_accounts)
        self.status = plain_label("", window)  # it may quote a server's address or words
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.run(asked=False))
        self._first = QTimer(self)  # the sync at start (it dies with the window)
        self._first.setSingleShot(True)
        self._first.timeout.connect(lambda: self.run(asked=False))
        self.retranslate()
        window.installEventFilter(self)  # its language changes: so do these words
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.sync_now.setText(self.tr("&Sync Now"))
        self.sync_now.setToolTip(
            self.tr("Sync with your CardDAV/CalDAV servers (%1)").replace(
                "%1", self.sync_now.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.accounts.setText(self.tr("S&ync Accounts…"))

    def place(self, bar: QMenuBar, toolbar: QToolBar, before: QAction) -> None:
        """In the menu of ``bar`` holding ``before`` (File), before it; Sync Now on the
        toolbar; the status line in the status bar."""
        menus = [entry.menu() for entry in bar.actions()]
        menu = next(m for m in menus if isinstance(m, QMenu) and before in m.actions())
        menu.insertAction(before, self.sync_now)
        menu.insertAction(before, self.accounts)
        menu.insertSeparator(before)
        toolbar.addAction(self.sync_now)
        self._window.statusBar().addWidget(self.status)

    def start(self) -> None:
        """At start: a first sync soon (when accounts exist), then every N minutes."""
        from crm_desktop.services.sync import list_sync_accounts

        self.apply_interval()
        try:
            accounts = list_sync_accounts(self._database())
        except CrmError:
            return
        if accounts:
            last = accounts[0]
            self.status.setText((last.last_summary and self.tr("Last sync: %1").replace(
                "%1", last.last_sync_at or "")) or "")  # fmt: skip
            self._first.start(START_DELAY_MS)

    def apply_interval(self) -> None:
        minutes = interval_minutes()
        if minutes:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()

    @property
    def running(self) -> bool:
        return self._task is not None

    def _password(self, name: str, username: str, asked: bool) -> str | None:
        from crm_desktop.services.sync import password_of

        if name in self._passwords:
            return self._passwords[name]
        try:
            return password_of(name, username)
        except SyncError as error:
            if not asked:
                self.status.setText(self._texts.problem(error))
                return None
        text = self._ask_password(name, username)
        if text is None:
            return None
        self._passwords[name] = text
        return text

    def _ask_password(self, name: str, username: str) -> str | None:
        """The password typed for this session, or None (cancelled)."""
        dialog = QDialog(self._window)
        dialog.setWindowTitle(self.tr("Password"))
        label = plain_label(
            self.tr("No keyring keeps the password of %1 (%2). Password:")
            .replace("%1", name)
            .replace("%2", username),
            dialog,
        )
        label.setWordWrap(True)
        field = QLineEdit(dialog)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        for widget in (label, field, buttons):
            layout.addWidget(widget)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return field.text() if accepted else None

    def run(self, asked: bool) -> None:
        """Sync every account, off the GUI thread. ``asked``: the user asked (a password may
        be asked for, an error is shown in a box); else only the status line tells."""
        from crm_desktop.gui.tasks import ServiceTask
        from crm_desktop.services.sync import list_sync_accounts

        if self._task is not None:
            return
        db = self._database()
        accounts = list_sync_accounts(db)
        if not accounts:
            if asked:
                self.open_accounts()
            return
        chosen: list[tuple[str, str]] = []
        for account in accounts:
            password = self._password(account.name, account.username, asked)
            if password is not None:
                chosen.append((account.name, password))
        if not chosen:
            return
        path, region = db.path, chosen_region()  # Preferences' country, for phone numbers

        def work(_progress: Callable[[int], None], _cancel: CancelToken) -> list[SyncResult]:
            return sync_beside(path, chosen, region)

        task = ServiceTask(work, self)
        task.succeeded.connect(self._on_synced)
        task.failed.connect(lambda error: self._on_failed(error, asked))
        task.finished.connect(self._on_finished)
        self._task = task
        self.sync_now.setEnabled(False)
        self.status.setText(self.tr("Syncing…"))
        task.start()

    def _on_synced(self, results: object) -> None:
        assert isinstance(results, list)
        self.last_results, self.last_error = results, None
        self.status.setText(self._texts.summary(results, QTime.currentTime()))
        self._refresh()

    def _on_failed(self, error: object, asked: bool) -> None:
        if isinstance(error, SyncError):
            self.last_error = error
            self.status.setText(self._texts.problem(error))
            if error.problem is SyncProblem.UNAUTHORIZED:
                self._passwords.clear()  # asked again next time
            if asked:
                self._show_error(error)
        elif isinstance(error, CrmError):
            self.last_error = error
            self.status.setText(str(error))
            if asked:
                self._show_error(error)
        self._refresh()  # what was agreed before the failure is here

    def _on_finished(self) -> None:
        self._task = None
        self.sync_now.setEnabled(True)
        self.synced.emit()

    def wait(self) -> None:
        """Wait for a running sync to end (at exit)."""
        from crm_desktop.gui.tasks import ServiceTask

        if isinstance(self._task, ServiceTask):
            self._task.wait()

    def open_accounts(self) -> None:
        from crm_desktop.gui.sync_dialog import SyncAccountsDialog

        dialog = SyncAccountsDialog(self._database(), self, self._window)
        dialog.exec()
        dialog.deleteLater()
        self.apply_interval()

    def parent_widget(self) -> QWidget:
        return self._window


def sync_beside(
    path: Path, accounts: list[tuple[str, str]], region: str | None = None
) -> list[SyncResult]:
    """Sync these (account, password) on a database handle of its own, beside the window's:
    the worker thread's transactions never mix with the window's; national phone numbers
    read as ``region``'s (None: the locale's)."""
    from crm_desktop.services.database import open_database
    from crm_desktop.services.sync import run_sync

    results = []
    with open_database(path, beside=True) as db:
        for name, password in accounts:
            results.append(run_sync(db, name, password=password, region=region))
    return results
