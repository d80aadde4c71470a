# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trash_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_TrashDialog(object):
    def setupUi(self, TrashDialog):
        if not TrashDialog.objectName():
            TrashDialog.setObjectName(u"TrashDialog")
        TrashDialog.resize(680, 440)
        self.layout = QVBoxLayout(TrashDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(TrashDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setTextFormat(Qt.PlainText)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.kindLabel = QLabel(TrashDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterRow.addWidget(self.kindLabel)

        self.kind = QComboBox(TrashDialog)
        self.kind.setObjectName(u"kind")

        self.filterRow.addWidget(self.kind)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.items = QTableView(TrashDialog)
        self.items.setObjectName(u"items")
        self.items.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.setWordWrap(False)
        self.items.setSortingEnabled(False)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.verticalHeader().setVisible(False)

        self.layout.addWidget(self.items)

        self.empty = QLabel(TrashDialog)
        self.empty.setObjectName(u"empty")
        self.empty.setTextFormat(Qt.PlainText)
        self.empty.setWordWrap(True)

        self.layout.addWidget(self.empty)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.restore = QPushButton(TrashDialog)
        self.restore.setObjectName(u"restore")

        self.actions.addWidget(self.restore)

        self.emptyTrash = QPushButton(TrashDialog)
        self.emptyTrash.setObjectName(u"emptyTrash")

        self.actions.addWidget(self.emptyTrash)

        self.spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.spacer)

        self.buttons = QDialogButtonBox(TrashDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.actions.addWidget(self.buttons)


        self.layout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.items)
        QWidget.setTabOrder(self.items, self.restore)
        QWidget.setTabOrder(self.restore, self.emptyTrash)

        self.retranslateUi(TrashDialog)

        QMetaObject.connectSlotsByName(TrashDialog)
    # setupUi

    def retranslateUi(self, TrashDialog):
        TrashDialog.setWindowTitle(QCoreApplication.translate("TrashDialog", u"Trash", None))
        self.intro.setText(QCoreApplication.translate("TrashDialog", u"Deleted contacts, accounts, notes and activities stay here until you empty the Trash. Select some and click Restore to bring them back.", None))
        self.kindLabel.setText(QCoreApplication.translate("TrashDialog", u"&Show:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("TrashDialog", u"Kind of record shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.items.setAccessibleName(QCoreApplication.translate("TrashDialog", u"Records in the Trash", None))
#endif // QT_CONFIG(accessibility)
        self.empty.setText(QCoreApplication.translate("TrashDialog", u"The Trash is empty.", None))
#if QT_CONFIG(tooltip)
        self.restore.setToolTip(QCoreApplication.translate("TrashDialog", u"Bring the selected records back from the Trash", None))
#endif // QT_CONFIG(tooltip)
        self.restore.setText(QCoreApplication.translate("TrashDialog", u"&Restore", None))
#if QT_CONFIG(tooltip)
        self.emptyTrash.setToolTip(QCoreApplication.translate("TrashDialog", u"Delete for good everything in the Trash", None))
#endif // QT_CONFIG(tooltip)
        self.emptyTrash.setText(QCoreApplication.translate("TrashDialog", u"Empty &Trash\u2026", None))
    # retranslateUi

