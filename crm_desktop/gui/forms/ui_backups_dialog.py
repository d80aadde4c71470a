# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(620, 400)
        self.layout = QVBoxLayout(BackupsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(BackupsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setTextFormat(Qt.PlainText)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.backups = QTreeWidget(BackupsDialog)
        self.backups.setObjectName(u"backups")
        self.backups.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backups.setAlternatingRowColors(True)
        self.backups.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backups.setRootIsDecorated(False)
        self.backups.setUniformRowHeights(True)
        self.backups.setItemsExpandable(False)

        self.layout.addWidget(self.backups)

        self.empty = QLabel(BackupsDialog)
        self.empty.setObjectName(u"empty")
        self.empty.setTextFormat(Qt.PlainText)
        self.empty.setWordWrap(True)

        self.layout.addWidget(self.empty)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.backUpNow = QPushButton(BackupsDialog)
        self.backUpNow.setObjectName(u"backUpNow")

        self.actions.addWidget(self.backUpNow)

        self.restore = QPushButton(BackupsDialog)
        self.restore.setObjectName(u"restore")

        self.actions.addWidget(self.restore)

        self.restoreFromFile = QPushButton(BackupsDialog)
        self.restoreFromFile.setObjectName(u"restoreFromFile")

        self.actions.addWidget(self.restoreFromFile)

        self.spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.spacer)

        self.buttons = QDialogButtonBox(BackupsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.actions.addWidget(self.buttons)


        self.layout.addLayout(self.actions)

        QWidget.setTabOrder(self.backups, self.backUpNow)
        QWidget.setTabOrder(self.backUpNow, self.restore)
        QWidget.setTabOrder(self.restore, self.restoreFromFile)

        self.retranslateUi(BackupsDialog)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
        self.intro.setText(QCoreApplication.translate("BackupsDialog", u"Copies of your database, newest first.", None))
        ___qtreewidgetitem = self.backups.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("BackupsDialog", u"Why", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("BackupsDialog", u"Contacts", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("BackupsDialog", u"Size", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("BackupsDialog", u"Made on", None))
#if QT_CONFIG(accessibility)
        self.backups.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        self.empty.setText(QCoreApplication.translate("BackupsDialog", u"There is no backup yet. Click \u201cBack up now\u201d to make one.", None))
        self.backUpNow.setText(QCoreApplication.translate("BackupsDialog", u"&Back up now", None))
        self.restore.setText(QCoreApplication.translate("BackupsDialog", u"&Restore\u2026", None))
        self.restoreFromFile.setText(QCoreApplication.translate("BackupsDialog", u"Restore from a &file\u2026", None))
    # retranslateUi

