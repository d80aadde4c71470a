# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(460, 300)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.scopeBox = QGroupBox(ExportDialog)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeLayout = QVBoxLayout(self.scopeBox)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.everyone = QRadioButton(self.scopeBox)
        self.everyone.setObjectName(u"everyone")
        self.everyone.setChecked(True)

        self.scopeLayout.addWidget(self.everyone)

        self.selection = QRadioButton(self.scopeBox)
        self.selection.setObjectName(u"selection")

        self.scopeLayout.addWidget(self.selection)

        self.searchResult = QRadioButton(self.scopeBox)
        self.searchResult.setObjectName(u"searchResult")

        self.scopeLayout.addWidget(self.searchResult)


        self.layout.addWidget(self.scopeBox)

        self.options = QFormLayout()
        self.options.setObjectName(u"options")
        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.options.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.format = QComboBox(ExportDialog)
        self.format.setObjectName(u"format")

        self.options.setWidget(0, QFormLayout.ItemRole.FieldRole, self.format)


        self.layout.addLayout(self.options)

        self.accounts = QCheckBox(ExportDialog)
        self.accounts.setObjectName(u"accounts")
        self.accounts.setChecked(True)

        self.layout.addWidget(self.accounts)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.format)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export contacts", None))
        self.scopeBox.setTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.everyone.setText(QCoreApplication.translate("ExportDialog", u"&All contacts", None))
        self.selection.setText(QCoreApplication.translate("ExportDialog", u"The &selected contacts", None))
        self.searchResult.setText(QCoreApplication.translate("ExportDialog", u"The contacts the sea&rch shows", None))
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
        self.accounts.setText(QCoreApplication.translate("ExportDialog", u"Include the acc&ounts, as company cards", None))
    # retranslateUi

