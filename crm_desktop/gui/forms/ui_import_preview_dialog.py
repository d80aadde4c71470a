# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_dialog.ui'
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
    QLabel, QProgressBar, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(760, 520)
        self.layout = QVBoxLayout(ImportPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ImportPreviewDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setTextFormat(Qt.PlainText)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.counts = QLabel(ImportPreviewDialog)
        self.counts.setObjectName(u"counts")
        self.counts.setTextFormat(Qt.PlainText)
        self.counts.setWordWrap(True)
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.counts)

        self.policyRow = QHBoxLayout()
        self.policyRow.setObjectName(u"policyRow")
        self.policyLabel = QLabel(ImportPreviewDialog)
        self.policyLabel.setObjectName(u"policyLabel")

        self.policyRow.addWidget(self.policyLabel)

        self.policy = QComboBox(ImportPreviewDialog)
        self.policy.setObjectName(u"policy")

        self.policyRow.addWidget(self.policy)

        self.policySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.policyRow.addItem(self.policySpacer)


        self.layout.addLayout(self.policyRow)

        self.tabs = QTabWidget(ImportPreviewDialog)
        self.tabs.setObjectName(u"tabs")
        self.mergesTab = QWidget()
        self.mergesTab.setObjectName(u"mergesTab")
        self.mergesLayout = QVBoxLayout(self.mergesTab)
        self.mergesLayout.setObjectName(u"mergesLayout")
        self.mergesIntro = QLabel(self.mergesTab)
        self.mergesIntro.setObjectName(u"mergesIntro")
        self.mergesIntro.setTextFormat(Qt.PlainText)
        self.mergesIntro.setWordWrap(True)

        self.mergesLayout.addWidget(self.mergesIntro)

        self.merges = QTableView(self.mergesTab)
        self.merges.setObjectName(u"merges")
        self.merges.setWordWrap(False)
        self.merges.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.merges.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.merges.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.merges.verticalHeader().setVisible(False)

        self.mergesLayout.addWidget(self.merges)

        self.tabs.addTab(self.mergesTab, "")
        self.duplicatesTab = QWidget()
        self.duplicatesTab.setObjectName(u"duplicatesTab")
        self.duplicatesLayout = QVBoxLayout(self.duplicatesTab)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.duplicatesIntro = QLabel(self.duplicatesTab)
        self.duplicatesIntro.setObjectName(u"duplicatesIntro")
        self.duplicatesIntro.setTextFormat(Qt.PlainText)
        self.duplicatesIntro.setWordWrap(True)

        self.duplicatesLayout.addWidget(self.duplicatesIntro)

        self.duplicates = QTableView(self.duplicatesTab)
        self.duplicates.setObjectName(u"duplicates")
        self.duplicates.setWordWrap(False)
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicates.verticalHeader().setVisible(False)

        self.duplicatesLayout.addWidget(self.duplicates)

        self.tabs.addTab(self.duplicatesTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsIntro = QLabel(self.problemsTab)
        self.problemsIntro.setObjectName(u"problemsIntro")
        self.problemsIntro.setTextFormat(Qt.PlainText)
        self.problemsIntro.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsIntro)

        self.problems = QTableWidget(self.problemsTab)
        if (self.problems.columnCount() < 3):
            self.problems.setColumnCount(3)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setColumnCount(3)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problems)

        self.tabs.addTab(self.problemsTab, "")

        self.layout.addWidget(self.tabs)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.status = QLabel(ImportPreviewDialog)
        self.status.setObjectName(u"status")
        self.status.setTextFormat(Qt.PlainText)

        self.statusRow.addWidget(self.status)

        self.busy = QProgressBar(ImportPreviewDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.statusRow.addWidget(self.busy)


        self.layout.addLayout(self.statusRow)

        self.buttons = QDialogButtonBox(ImportPreviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.policyLabel.setBuddy(self.policy)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.policy, self.tabs)
        QWidget.setTabOrder(self.tabs, self.merges)
        QWidget.setTabOrder(self.merges, self.duplicates)
        QWidget.setTabOrder(self.duplicates, self.problems)
        QWidget.setTabOrder(self.problems, self.buttons)

        self.retranslateUi(ImportPreviewDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"Import preview", None))
        self.intro.setText(QCoreApplication.translate("ImportPreviewDialog", u"Nothing has been written yet. This is what the import will do:", None))
        self.policyLabel.setText(QCoreApplication.translate("ImportPreviewDialog", u"When a card is a &contact you have:", None))
#if QT_CONFIG(accessibility)
        self.policy.setAccessibleName(QCoreApplication.translate("ImportPreviewDialog", u"What to do with a card that is a contact you have", None))
#endif // QT_CONFIG(accessibility)
        self.mergesIntro.setText(QCoreApplication.translate("ImportPreviewDialog", u"Each of these cards is a contact you have (or a card read before it), and adds to it what it lacks; nothing is overwritten. Untick a card (Space) to create it as a new contact instead.", None))
#if QT_CONFIG(accessibility)
        self.merges.setAccessibleName(QCoreApplication.translate("ImportPreviewDialog", u"Cards to merge", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.mergesTab), QCoreApplication.translate("ImportPreviewDialog", u"Merges", None))
        self.duplicatesIntro.setText(QCoreApplication.translate("ImportPreviewDialog", u"These cards share an e-mail address, a phone number or a name with a contact, but it is not sure they are the same person: each will be created as a new contact and listed in Contacts > Find Duplicates for you to review.", None))
#if QT_CONFIG(accessibility)
        self.duplicates.setAccessibleName(QCoreApplication.translate("ImportPreviewDialog", u"Possible duplicates", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.duplicatesTab), QCoreApplication.translate("ImportPreviewDialog", u"Possible duplicates", None))
        self.problemsIntro.setText(QCoreApplication.translate("ImportPreviewDialog", u"These cards cannot be read and will not be imported, or will be imported with the warning given. The other cards are imported all the same.", None))
#if QT_CONFIG(accessibility)
        self.problems.setAccessibleName(QCoreApplication.translate("ImportPreviewDialog", u"Problems by file and line", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("ImportPreviewDialog", u"Problems", None))
#if QT_CONFIG(accessibility)
        self.busy.setAccessibleName(QCoreApplication.translate("ImportPreviewDialog", u"Reading the files", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

