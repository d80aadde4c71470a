"""A contact's next activity on the card, and the mark of one that is past: in the alert red
(lighter on a dark desktop), with a word that says it (a colour alone says nothing to a
screen reader or to eyes that do not tell red apart)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.gui.activity_text import local_date, time_text, word
from crm_desktop.gui.bidi import isolated
from crm_desktop.gui.colors import alert_color
from crm_desktop.gui.plain_text import plain_label, tool_tip
from crm_desktop.records.activities import ActivityRow

OVERDUE_MARK = "\u26a0"  # ⚠, before the date of what is past


def overdue_word() -> str:
    return QCoreApplication.translate("NextActivity", "Overdue")


def is_overdue(when: datetime | None, now: datetime) -> bool:
    return when is not None and when < now


def next_activity_text(row: ActivityRow, now: datetime) -> str:
    """ "Call: Send the price list", then its time (and "Overdue" when it is past)."""
    subject = isolated(row.subject) if row.subject else ""
    first = f"{word(row.kind)}: {subject}" if subject else word(row.kind)
    when = time_text(row.when, local_date(now)) if row.when is not None else ""
    if is_overdue(row.when, now):
        when = f"{OVERDUE_MARK} {overdue_word()} \u2014 {when}"
    return f"{first}\n{when}" if when else first


def next_activity_label(row: ActivityRow, now: datetime, parent: QWidget) -> QLabel:
    text = next_activity_text(row, now)
    label = plain_label(text, parent)
    label.setObjectName("cardNextActivity")
    label.setWordWrap(True)
    label.setToolTip(tool_tip(text))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if is_overdue(row.when, now):
        label.setProperty("overdue", True)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, alert_color(palette))
        label.setPalette(palette)
        label.setAccessibleDescription(overdue_word())
    return label
