# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duplicates_dialog.ui'
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
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_DuplicatesDialog(object):
    def setupUi(self, DuplicatesDialog):
        if not DuplicatesDialog.objectName():
            DuplicatesDialog.setObjectName(u"DuplicatesDialog")
        DuplicatesDialog.resize(980, 600)
        self.layout = QVBoxLayout(DuplicatesDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(DuplicatesDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setTextFormat(Qt.PlainText)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.findRow = QHBoxLayout()
        self.findRow.setObjectName(u"findRow")
        self.kindLabel = QLabel(DuplicatesDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.findRow.addWidget(self.kindLabel)

        self.kind = QComboBox(DuplicatesDialog)
        self.kind.setObjectName(u"kind")

        self.findRow.addWidget(self.kind)

        self.findAgain = QPushButton(DuplicatesDialog)
        self.findAgain.setObjectName(u"findAgain")

        self.findRow.addWidget(self.findAgain)

        self.progress = QProgressBar(DuplicatesDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(100)

        self.findRow.addWidget(self.progress)

        self.status = QLabel(DuplicatesDialog)
        self.status.setObjectName(u"status")
        self.status.setTextFormat(Qt.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status.sizePolicy().hasHeightForWidth())
        self.status.setSizePolicy(sizePolicy)

        self.findRow.addWidget(self.status)


        self.layout.addLayout(self.findRow)

        self.splitter = QSplitter(DuplicatesDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.groups = QTableView(self.splitter)
        self.groups.setObjectName(u"groups")
        self.groups.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.groups.setAlternatingRowColors(True)
        self.groups.setSelectionMode(QAbstractItemView.SingleSelection)
        self.groups.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.groups.setWordWrap(False)
        self.splitter.addWidget(self.groups)
        self.groups.horizontalHeader().setStretchLastSection(True)
        self.groups.verticalHeader().setVisible(False)
        self.comparePane = QWidget(self.splitter)
        self.comparePane.setObjectName(u"comparePane")
        self.compareLayout = QVBoxLayout(self.comparePane)
        self.compareLayout.setObjectName(u"compareLayout")
        self.compareLayout.setContentsMargins(0, 0, 0, 0)
        self.keepRow = QHBoxLayout()
        self.keepRow.setObjectName(u"keepRow")
        self.keepLabel = QLabel(self.comparePane)
        self.keepLabel.setObjectName(u"keepLabel")

        self.keepRow.addWidget(self.keepLabel)

        self.keep = QComboBox(self.comparePane)
        self.keep.setObjectName(u"keep")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.keep.sizePolicy().hasHeightForWidth())
        self.keep.setSizePolicy(sizePolicy1)

        self.keepRow.addWidget(self.keep)


        self.compareLayout.addLayout(self.keepRow)

        self.comparison = QTableView(self.comparePane)
        self.comparison.setObjectName(u"comparison")
        self.comparison.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.comparison.setSelectionMode(QAbstractItemView.NoSelection)
        self.comparison.setWordWrap(False)
        self.comparison.horizontalHeader().setStretchLastSection(True)
        self.comparison.verticalHeader().setVisible(False)

        self.compareLayout.addWidget(self.comparison)

        self.accountsMerge = QLabel(self.comparePane)
        self.accountsMerge.setObjectName(u"accountsMerge")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.accountsMerge.sizePolicy().hasHeightForWidth())
        self.accountsMerge.setSizePolicy(sizePolicy2)
        self.accountsMerge.setTextFormat(Qt.PlainText)
        self.accountsMerge.setAlignment(Qt.AlignLeading|Qt.AlignTop)
        self.accountsMerge.setWordWrap(True)

        self.compareLayout.addWidget(self.accountsMerge)

        self.splitter.addWidget(self.comparePane)

        self.layout.addWidget(self.splitter)

        self.empty = QLabel(DuplicatesDialog)
        self.empty.setObjectName(u"empty")
        self.empty.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.empty)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.merge = QPushButton(DuplicatesDialog)
        self.merge.setObjectName(u"merge")

        self.actions.addWidget(self.merge)

        self.notDuplicates = QPushButton(DuplicatesDialog)
        self.notDuplicates.setObjectName(u"notDuplicates")

        self.actions.addWidget(self.notDuplicates)

        self.spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.spacer)

        self.buttons = QDialogButtonBox(DuplicatesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.actions.addWidget(self.buttons)


        self.layout.addLayout(self.actions)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.keepLabel.setBuddy(self.keep)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.findAgain)
        QWidget.setTabOrder(self.findAgain, self.groups)
        QWidget.setTabOrder(self.groups, self.keep)
        QWidget.setTabOrder(self.keep, self.comparison)
        QWidget.setTabOrder(self.comparison, self.merge)
        QWidget.setTabOrder(self.merge, self.notDuplicates)

        self.retranslateUi(DuplicatesDialog)

        QMetaObject.connectSlotsByName(DuplicatesDialog)
    # setupUi

    def retranslateUi(self, DuplicatesDialog):
        DuplicatesDialog.setWindowTitle(QCoreApplication.translate("DuplicatesDialog", u"Find Duplicates", None))
        self.intro.setText(QCoreApplication.translate("DuplicatesDialog", u"These records are probably the same. Compare them, choose what to keep and click Merge; every e-mail, phone and address is kept unless you uncheck it. If they are different, click Not Duplicates.", None))
        self.kindLabel.setText(QCoreApplication.translate("DuplicatesDialog", u"&Look among:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("DuplicatesDialog", u"Kind of record searched for duplicates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.findAgain.setToolTip(QCoreApplication.translate("DuplicatesDialog", u"Look for duplicates again", None))
#endif // QT_CONFIG(tooltip)
        self.findAgain.setText(QCoreApplication.translate("DuplicatesDialog", u"&Find Again", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("DuplicatesDialog", u"Progress of the search for duplicates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.groups.setAccessibleName(QCoreApplication.translate("DuplicatesDialog", u"Groups of probable duplicates", None))
#endif // QT_CONFIG(accessibility)
        self.keepLabel.setText(QCoreApplication.translate("DuplicatesDialog", u"&Keep:", None))
#if QT_CONFIG(accessibility)
        self.keep.setAccessibleName(QCoreApplication.translate("DuplicatesDialog", u"The record that stays; the others are merged into it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.comparison.setAccessibleName(QCoreApplication.translate("DuplicatesDialog", u"The records side by side: check what to keep", None))
#endif // QT_CONFIG(accessibility)
        self.accountsMerge.setText(QCoreApplication.translate("DuplicatesDialog", u"Merging accounts keeps every value of each: e-mails, phones, addresses, web pages and notes. Their contacts, activities and notes move to the account kept; the others go to the Trash.", None))
        self.empty.setText(QCoreApplication.translate("DuplicatesDialog", u"No duplicates found.", None))
#if QT_CONFIG(tooltip)
        self.merge.setToolTip(QCoreApplication.translate("DuplicatesDialog", u"Merge the group into the record kept: the others go to the Trash", None))
#endif // QT_CONFIG(tooltip)
        self.merge.setText(QCoreApplication.translate("DuplicatesDialog", u"&Merge", None))
#if QT_CONFIG(tooltip)
        self.notDuplicates.setToolTip(QCoreApplication.translate("DuplicatesDialog", u"These are different: never show them as duplicates again", None))
#endif // QT_CONFIG(tooltip)
        self.notDuplicates.setText(QCoreApplication.translate("DuplicatesDialog", u"&Not Duplicates", None))
    # retranslateUi

