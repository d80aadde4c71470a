"""The built-in Rolodex categories: stored as their English names (the key every export and
search uses), shown in the user's language; a user's own categories stay as written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Marked in the main window's context, where the navigation pane lists them.
BUILTIN_CATEGORIES = (
    QT_TRANSLATE_NOOP("MainWindow", "Customer"),
    QT_TRANSLATE_NOOP("MainWindow", "Prospect"),
    QT_TRANSLATE_NOOP("MainWindow", "Vendor"),
    QT_TRANSLATE_NOOP("MainWindow", "Partner"),
    QT_TRANSLATE_NOOP("MainWindow", "Employee"),
    QT_TRANSLATE_NOOP("MainWindow", "Competitor"),
)


def category_text(name: str) -> str:
    """How a category shows: a built-in one translated, any other as its owner wrote it."""
    if name in BUILTIN_CATEGORIES:
        return QCoreApplication.translate("MainWindow", name)
    return name
