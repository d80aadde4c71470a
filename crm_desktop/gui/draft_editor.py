"""What the three editors (contact, account, activity) share: Save turns the fields into a
draft or says the problem inline, under the fields, in the same style, and waits until it is
mended; the dialog then hands back its draft; a language change retranslates the form."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel

from crm_desktop.gui.colors import alert_color

if TYPE_CHECKING:  # the mixin sits before QDialog in an editor's bases
    _Dialog = QDialog
else:
    _Dialog = object

Draft = TypeVar("Draft")


def problem_style() -> str:
    """A problem's words: bold, in the red of errors (lighter on a dark desktop), not in the
    selection's blue, which reads as a link or a choice."""
    return f"color: {alert_color().name()}; font-weight: bold"


class EditorForm(Protocol):
    """A compiled Designer form with a ``problem`` label under its fields."""

    problem: QLabel

    def retranslateUi(self, dialog: Any) -> None: ...


class DraftEditorMixin(Generic[Draft], _Dialog):
    """``class XEditor(DraftEditorMixin[XDraft], QDialog)``: the editor owns ``_ui`` (its form)
    and says what its fields mean (``_draft``, raising ``ValueError`` with the words to show)
    and how its own texts read (``_retranslate``)."""

    _ui: EditorForm
    _result: Draft | None = None

    def _draft(self) -> Draft:
        raise NotImplementedError(type(self).__name__)

    def _retranslate(self) -> None:
        raise NotImplementedError(type(self).__name__)

    def accept(self) -> None:
        try:
            self._result = self._draft()
        except ValueError as problem:
            self._say_problem(str(problem))
            return
        self._ui.problem.clear()
        super().accept()

    def _say_problem(self, text: str) -> None:
        """``text`` under the fields, in the problems' style (every editor alike)."""
        self._ui.problem.setText(text)
        self._ui.problem.setStyleSheet(problem_style())

    def result_draft(self) -> Draft | None:
        """What was saved, or None if the dialog was cancelled."""
        return self._result

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
