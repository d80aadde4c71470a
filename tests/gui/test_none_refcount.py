"""Regression guard: PySide6 6.12.0 on CPython 3.11 leaks a reference to ``None`` each time
C++ calls a Python ``data()``/``headerData()`` override that returns ``None``, and the
interpreter aborts (``none_dealloc``) after a few thousand calls. pyproject.toml excludes it;
this test fails loudly if an upgrade brings the leak back.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from pytestqt.qtbot import QtBot

CALLS = 500


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        return None


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): its refcount never changes",
)
def test_data_returning_none_through_cpp_does_not_leak_none(qtbot: QtBot) -> None:
    model = _NoneModel()
    proxy = QSortFilterProxyModel()  # a C++ caller of the Python overrides
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        proxy.data(index, Qt.ItemDataRole.ToolTipRole)
        proxy.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    lost = before - sys.getrefcount(None)
    if lost > 0:  # hand the references back before failing
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    assert lost < CALLS, f"{lost} of {2 * CALLS} calls leaked a reference to None"
