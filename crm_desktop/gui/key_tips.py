"""Every action's tooltip ends with its shortcut, as the system writes it ("Export… (Ctrl+E)";
⌘E on macOS), whatever sets the tooltip's words and whenever: the main window's table of
actions, Undo's text that follows the command, a change of language."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


def key_text(keys: QKeySequence) -> str:
    """A shortcut as the system writes it (Ctrl+E; ⌘E on macOS)."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def mnemonic_tip(text: str) -> str:
    """A button's tooltip: its words and the Alt+letter of its ``&`` ("Mark as done
    (Alt+O)"), for a keyboard that underlines letters only while Alt is down."""
    keys = QKeySequence.mnemonic(text)
    words = _plain_tip(text)
    return f"{words} ({key_text(keys)})" if not keys.isEmpty() else words


def _plain_tip(text: str) -> str:
    """The tooltip Qt gives an action with no tooltip of its own (its text, less the &)."""
    probe = QAction()
    probe.setText(text)
    return probe.toolTip()


class KeyTips(QObject):
    """Each watched action's tooltip ends with its shortcut, "Export… (Ctrl+E)", and keeps
    doing so when its words or its keys change (Undo's text follows the command; a change
    of language sets the words again)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # An action -> (the tooltip shown, its words before the keys, whether those words are
        # its text's, the text and keys they were made for, the action whose keys it shows)
        self._shown: WeakKeyDictionary[QAction, tuple[str, str, bool, str, str]] = (
            WeakKeyDictionary()
        )
        self._twins: WeakKeyDictionary[QAction, QAction] = WeakKeyDictionary()

    def watch(self, actions: Iterable[QAction]) -> None:
        for action in actions:
            if action.isSeparator() or action in self._shown:
                continue
            action.changed.connect(lambda a=action: self.update(a))
            self.update(action)

    def show_keys_of(self, action: QAction, twin: QAction) -> None:
        """``action`` (a toolbar's twin of a menu's action) shows ``twin``'s shortcut."""
        self._twins[action] = twin
        twin.changed.connect(lambda: self.update(action))
        self.update(action)

    def update(self, action: QAction) -> None:
        twin = self._twins.get(action)
        keys = key_text((twin or action).shortcut())
        tip, text = action.toolTip(), action.text()
        before = self._shown.get(action)
        if before is not None and tip == before[0]:
            if (text, keys) == before[3:]:
                return
            words = _plain_tip(text) if before[2] else before[1]
            follows_text = before[2]
        else:
            words, follows_text = tip, tip == _plain_tip(text)
        shown = f"{words} ({keys})" if keys and not words.endswith(f"({keys})") else words
        self._shown[action] = (shown, words, follows_text, text, keys)
        if shown != tip:
            action.setToolTip(shown)


def menu_actions(actions: Iterable[QAction]) -> Iterator[QAction]:
    """These actions and those of their submenus, and theirs."""
    for action in actions:
        yield action
        if isinstance(menu := action.menu(), QMenu):
            yield from menu_actions(menu.actions())
