"""The list's count under the table ("3 contacts"): a QObject so that lupdate sees the plural
forms (it finds none in ``QCoreApplication.translate`` with a count)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ListCounts(QObject):
    def contacts(self, n: int) -> str:
        return self.tr("%Ln contact(s)", "", n)

    def accounts(self, n: int) -> str:
        return self.tr("%Ln account(s)", "", n)
