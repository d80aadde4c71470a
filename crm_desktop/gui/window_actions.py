"""The main window's actions as a table: what each says, its icon, its keys, what it does,
and where it shows (toolbar, menus). The words keep the main window's translation context."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from crm_desktop.gui.resources import icon

Key = QKeySequence.StandardKey | str  # a standard key, or a translatable one ("Ctrl+E")
_NEW, _DELETE, _OPEN = (
    QKeySequence.StandardKey.New, QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Open
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str  # its key in the window's table, and the window's slot ``_on_<name>_triggered``
    text: str  # marked for translation (the "MainWindow" context)
    tip: str = ""  # tool and status tip; none: Qt's own (the text)
    icon: str | None = None
    keys: tuple[Key, ...] = ()
    view: bool = False  # one of the checkable views (Contacts, Activities)
    hidden: bool = False
    role: QAction.MenuRole = QAction.MenuRole.TextHeuristicRole  # macOS: About, Preferences
    beside: bool = False  # its toolbar button says its text beside its icon


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new",
        str(QT_TRANSLATE_NOOP("MainWindow", "&New contact…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Create a contact")),
        "new",
        (_NEW,),
    ),
    ActionSpec(  # File > New account…, in every view
        "new_account",
        str(QT_TRANSLATE_NOOP("MainWindow", "New &account…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Create an account (a company)")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+A")),),
    ),
    ActionSpec(
        "edit",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Edit contact…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Edit the selected contact (or press Enter on it)")),
        "edit",
        (str(QT_TRANSLATE_NOOP("MainWindow", "F2")),),
    ),
    ActionSpec(
        "delete",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Delete")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Move the selected contacts to the Trash")),
        "delete",
        (_DELETE,),
    ),
    ActionSpec(
        "restore",
        str(QT_TRANSLATE_NOOP("MainWindow", "Re&store")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Bring the selected contacts back from the Trash")),
        "restore",
        (str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+R")),),
        beside=True,  # a bin with an arrow out of it: said in words, not taken for Undo
    ),
    ActionSpec(
        "import",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Import…")),
        str(
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "Import contacts, activities and e-mails: vCard, CSV (Outlook, Google), "
                "iCalendar, e-mail (.eml, .mbox, .msg)",
            )
        ),
        "import",
        (_OPEN,),
    ),
    ActionSpec(
        "export",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Export…")),
        str(
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "Export to vCard (2.1, 3.0, 4.0), CSV (Outlook, Google) or iCalendar",
            )
        ),
        "export",
        (str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+E")),),
    ),
    ActionSpec(
        "find",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Find")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Search the contacts")),
        keys=(QKeySequence.StandardKey.Find,),
    ),
    ActionSpec(
        "quit",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Quit")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Quit CRM Desktop")),
        keys=(QKeySequence.StandardKey.Quit, str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Q"))),
    ),
    ActionSpec(
        "about",
        str(QT_TRANSLATE_NOOP("MainWindow", "&About CRM Desktop")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Version and database")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "F1")),),
        role=QAction.MenuRole.AboutRole,
    ),
    ActionSpec(
        "backups",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Backups…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Back up the database, or restore a backup")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+B")),),
    ),
    ActionSpec(  # in the toolbar of the Trash views only
        "empty_trash",
        str(QT_TRANSLATE_NOOP("MainWindow", "Empty &Trash…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Delete for good what is in the Trash")),
        "delete",
        hidden=True,
        beside=True,  # not to be taken for Delete
    ),
    ActionSpec(  # the Edit menu's, there in every view (the toolbar's shows its keys)
        "empty_trash_menu",
        str(QT_TRANSLATE_NOOP("MainWindow", "Empty &Trash…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Delete for good what is in the Trash")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+Del")),),
    ),
    ActionSpec(
        "contacts_view",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Contacts")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Contacts and accounts")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+1")),),
        view=True,
    ),
    ActionSpec(
        "activities_view",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Activities")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Today, overdue, the week, the calendar")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+2")),),
        view=True,
    ),
    ActionSpec(
        "pipeline_view",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Pipeline")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Deals by stage, to drag along")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+3")),),
        view=True,
    ),
    ActionSpec(
        "reports_view",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Reports")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Pipeline, forecast, won and lost")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+4")),),
        view=True,
    ),
    ActionSpec(
        "new_activity",
        str(QT_TRANSLATE_NOOP("MainWindow", "New ac&tivity…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Schedule or log a call, meeting, task…")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+N")),),
    ),
    ActionSpec(  # the call just made, logged done now: the cursor in its outcome
        "log_call",
        str(QT_TRANSLATE_NOOP("MainWindow", "Lo&g a Call…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Log a call just made with the selected contact")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+L")),),
    ),
    ActionSpec(
        "find_duplicates",
        str(QT_TRANSLATE_NOOP("MainWindow", "Find &Duplicates…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Contacts or accounts that are probably the same")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+D")),),
    ),
    ActionSpec(
        "add_category",
        str(QT_TRANSLATE_NOOP("MainWindow", "Add to &Category…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Put the selected contacts in a category")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+G")),),
    ),
    ActionSpec(
        "remove_category",
        str(QT_TRANSLATE_NOOP("MainWindow", "Remove from Ca&tegory…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Take the selected contacts out of a category")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+H")),),
    ),
    ActionSpec(
        "mark_lead",
        str(QT_TRANSLATE_NOOP("MainWindow", "Mark as &Lead…")),
        str(
            QT_TRANSLATE_NOOP(
                "MainWindow", "Make the selected contacts leads, to qualify and convert"
            )
        ),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+M")),),
    ),
    ActionSpec(
        "set_field",
        str(QT_TRANSLATE_NOOP("MainWindow", "Set &Field…")),
        str(
            QT_TRANSLATE_NOOP(
                "MainWindow", "Give the selected contacts an account, a status or another value"
            )
        ),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+F")),),
    ),
    ActionSpec(
        "log_each",
        str(QT_TRANSLATE_NOOP("MainWindow", "Log Activity for &Each…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Log one done activity on each selected contact")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+J")),),
    ),
    ActionSpec(
        "filters",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Filters")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Show or hide the filters above the list")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+L")),),
    ),
    ActionSpec(
        "save_search",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Save Search as Smart Folder…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Keep this search and folder in the folder pane")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+S")),),
    ),
    ActionSpec(
        "trash",
        str(QT_TRANSLATE_NOOP("MainWindow", "Tr&ash…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Restore what was deleted, or delete it for good")),
        keys=(str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+T")),),
    ),
    ActionSpec(
        "preferences",
        str(QT_TRANSLATE_NOOP("MainWindow", "Prefere&nces…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "The language of CRM Desktop")),
        keys=(QKeySequence.StandardKey.Preferences, str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+,"))),
        role=QAction.MenuRole.PreferencesRole,
    ),
)

# Where they show: None is a separator; "undo" and "redo" are the undo stack's own.
TOOLBAR: tuple[str | None, ...] = (
    "new", "edit", "delete", "restore", "empty_trash", None, "undo", "redo", None,
    "import", "export", None,
    "contacts_view", "activities_view", "pipeline_view", "reports_view", None, "filters",
)  # fmt: skip
MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        str(QT_TRANSLATE_NOOP("MainWindow", "&File")),
        (
            "new",
            "new_account",
            "new_activity",
            "log_call",
            "import",
            "export",
            None,
            "backups",
            None,
            "quit",
        ),
    ),
    (
        str(QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
        (
            "undo",
            "redo",
            None,
            "edit",
            "delete",
            "restore",
            "find",
            None,
            "trash",
            "empty_trash_menu",
            None,
            "preferences",
        ),
    ),
    (
        str(QT_TRANSLATE_NOOP("MainWindow", "&Contacts")),
        (
            "find_duplicates",
            None,
            "add_category",
            "remove_category",
            "mark_lead",
            "set_field",
            "log_each",
            None,
            "save_search",
        ),
    ),
    (
        str(QT_TRANSLATE_NOOP("MainWindow", "&View")),
        ("contacts_view", "activities_view", "pipeline_view", "reports_view", None, "filters"),
    ),
    (str(QT_TRANSLATE_NOOP("MainWindow", "&Help")), ("about",)),
)


def _keys(keys: tuple[Key, ...]) -> list[QKeySequence]:
    """The sequences, the platform's standard ones first; each once (a standard key that is
    the same as the one given beside it, as Quit's Ctrl+Q on Linux, would make both dead)."""
    sequences: list[QKeySequence] = []
    for key in keys:
        found = (
            QKeySequence.keyBindings(key)[:1]
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(_tr(key))]
        )
        sequences += [s for s in found if not s.isEmpty() and s not in sequences]
    return sequences


_UNDO = str(QT_TRANSLATE_NOOP("MainWindow", "&Undo"))
_REDO = str(QT_TRANSLATE_NOOP("MainWindow", "&Redo"))


def _label(action: QAction, spec: ActionSpec) -> None:
    """The action's words in the current language."""
    action.setText(_tr(spec.text))
    if spec.tip:
        action.setToolTip(_tr(spec.tip))
        action.setStatusTip(_tr(spec.tip))


class UndoAction(QAction):
    """Undo or Redo for a stack's commands, its words changing with the language (the actions
    QUndoStack makes keep the prefix they were made with)."""

    def __init__(self, parent: QObject, undo: QUndoStack, *, redo: bool) -> None:
        super().__init__(parent)
        self._redo = redo
        self._command = undo.redoText() if redo else undo.undoText()
        self.setEnabled(undo.canRedo() if redo else undo.canUndo())
        (undo.canRedoChanged if redo else undo.canUndoChanged).connect(self.setEnabled)
        (undo.redoTextChanged if redo else undo.undoTextChanged).connect(self._on_text_changed)
        self.triggered.connect(undo.redo if redo else undo.undo)
        self.retranslate()

    def retranslate(self) -> None:
        """ "Undo" or "Redo" and the command's own words, as QUndoStack's actions say it."""
        prefix = _tr(_REDO if self._redo else _UNDO)
        self.setText(f"{prefix} {self._command}" if self._command else prefix)

    def _on_text_changed(self, text: str) -> None:
        self._command = text
        self.retranslate()


def _undo_icons(actions: Mapping[str, QAction]) -> None:
    """Undo's arrow turns back against the reading direction: mirrored right to left."""
    back, forward = ("redo", "undo") if QGuiApplication.isRightToLeft() else ("undo", "redo")
    actions["undo"].setIcon(icon(back))
    actions["redo"].setIcon(icon(forward))


def build_actions(
    parent: QObject, slots: Mapping[str, Callable[[], object]], undo: QUndoStack
) -> dict[str, QAction]:
    """One QAction per row of ``ACTIONS`` (triggering ``slots[name]``), and Undo and Redo."""
    actions: dict[str, QAction] = {}
    views = QActionGroup(parent)
    for spec in ACTIONS:
        action = QAction(parent)
        _label(action, spec)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if spec.keys:
            action.setShortcuts(_keys(spec.keys))
        if spec.view:
            action.setCheckable(True)
            views.addAction(action)
        action.setVisible(not spec.hidden)
        action.setMenuRole(spec.role)
        action.triggered.connect(slots[spec.name])
        actions[spec.name] = action
    actions["contacts_view"].setChecked(True)
    actions["undo"] = UndoAction(parent, undo, redo=False)
    actions["undo"].setShortcut(QKeySequence.StandardKey.Undo)
    actions["redo"] = UndoAction(parent, undo, redo=True)
    _undo_icons(actions)
    actions["redo"].setShortcuts(
        _keys((QKeySequence.StandardKey.Redo, str(QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+Z"))))
    )
    return actions


_TOOLBAR_TITLE = str(QT_TRANSLATE_NOOP("MainWindow", "Main"))


def place_actions(window: QMainWindow, actions: Mapping[str, QAction]) -> QToolBar:
    """The toolbar and the menus, as ``TOOLBAR`` and ``MENUS`` say."""
    toolbar = window.addToolBar(_tr(_TOOLBAR_TITLE))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    beside = {spec.name for spec in ACTIONS if spec.beside}
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
            continue
        toolbar.addAction(actions[name])
        if name in beside and isinstance(
            button := toolbar.widgetForAction(actions[name]), QToolButton
        ):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for title, names in MENUS:
        menu: QMenu = window.menuBar().addMenu(_tr(title))
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[name])
    return toolbar


# What New and Edit say in the accounts' lists (the contacts' words are in ``ACTIONS``).
_FOR_ACCOUNTS = {
    "new": (
        str(QT_TRANSLATE_NOOP("MainWindow", "&New account…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Create an account (a company)")),
    ),
    "edit": (
        str(QT_TRANSLATE_NOOP("MainWindow", "&Edit account…")),
        str(QT_TRANSLATE_NOOP("MainWindow", "Edit the selected account (or press Enter on it)")),
    ),
    "delete": ("", str(QT_TRANSLATE_NOOP("MainWindow", "Move the selected accounts to the Trash"))),
    "restore": (
        "",
        str(QT_TRANSLATE_NOOP("MainWindow", "Bring the selected accounts back from the Trash")),
    ),
}


def name_for_records(actions: Mapping[str, QAction], *, accounts: bool) -> None:
    """New, Edit, Delete and Restore say what they make or change: contacts, or accounts
    (in the Accounts folder and its Trash)."""
    specs = {spec.name: spec for spec in ACTIONS}
    actions["new_account"].setVisible(not accounts)  # New (Ctrl+N) is that one there
    for name, (text, tip) in _FOR_ACCOUNTS.items():
        action = actions[name]
        action.setProperty("accounts", accounts)
        _label(action, specs[name])
        if accounts:
            if text:
                action.setText(_tr(text))
            action.setToolTip(_tr(tip))
            action.setStatusTip(_tr(tip))


def retranslate_actions(
    window: QMainWindow, actions: Mapping[str, QAction], toolbar: QToolBar
) -> None:
    """Every action, menu title and the toolbar's name again (the language changed)."""
    for spec in ACTIONS:
        _label(actions[spec.name], spec)
    name_for_records(actions, accounts=bool(actions["new"].property("accounts")))
    for action in (actions["undo"], actions["redo"]):
        if isinstance(action, UndoAction):
            action.retranslate()
    _undo_icons(actions)
    for (title, _), menu in zip(MENUS, window.menuBar().actions(), strict=False):
        menu.setText(_tr(title))
    toolbar.setWindowTitle(_tr(_TOOLBAR_TITLE))
