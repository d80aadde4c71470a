"""The bar that follows a click on a phone number or an e-mail address of a card (Outlook's
information bar): "Log the call to Eleni at 14:05?" with Log and Dismiss. It does not stand in
the way (no dialog): the dialler or the mail program is open meanwhile; when the user comes
back, Enter logs it (the activity editor opens prefilled, done at that time, for the outcome
to be typed and saved with Enter again) and Esc dismisses it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from crm_desktop.gui.activity_text import to_qdatetime
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.plain_text import plain_label
from crm_desktop.records.ids import ContactId


class LogBar(QFrame):
    """Offered by ``offer``; ``log_requested(kind, contact id, name, when)`` when accepted."""

    log_requested = Signal(str, int, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.text = plain_label("", self)
        self.text.setObjectName("logBarText")
        self.text.setWordWrap(True)
        self.hint = plain_label("", self)
        self.hint.setEnabled(False)
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("logBarLog")
        self.log_button.setDefault(True)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("logBarDismiss")
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.hint)
        row.addWidget(self.log_button)
        row.addWidget(self.dismiss_button)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self._on_log_clicked, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.dismiss, context=context)
        self.log_button.clicked.connect(self._on_log_clicked)
        self.dismiss_button.clicked.connect(self.dismiss)
        self._offer: tuple[str, ContactId, str, datetime] | None = None
        self._retranslate()
        self.hide()

    def offer(self, kind: str, contact_id: ContactId, name: str, when: datetime) -> None:
        """Show the bar for a call (``kind`` "call") or an e-mail ("email") just begun."""
        self._offer = (kind, contact_id, name, when)
        self._retranslate()
        self.show()
        self.log_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def dismiss(self) -> None:
        self._offer = None
        self.hide()

    def _on_log_clicked(self) -> None:
        if self._offer is None:
            return
        offer = self._offer
        self.dismiss()
        self.log_requested.emit(offer[0], int(offer[1]), offer[2], offer[3])

    def _retranslate(self) -> None:
        self.log_button.setText(self.tr("&Log"))
        self.dismiss_button.setText(self.tr("&Dismiss"))
        self.hint.setText(self.tr("Enter: log · Esc: dismiss"))
        if self._offer is None:
            self.text.setText("")
            return
        kind, _contact, name, when = self._offer
        at = QLocale().toString(to_qdatetime(when).time(), QLocale.FormatType.ShortFormat)
        text = (
            self.tr("Log the call to %1 at %2?")
            if kind == "call"
            else self.tr("Log the e-mail to %1 at %2?")
        )
        self.text.setText(text.replace("%1", isolated(name)).replace("%2", at))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
