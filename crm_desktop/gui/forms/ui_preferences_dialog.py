# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(460, 200)
        self.layout = QVBoxLayout(PreferencesDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(PreferencesDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(PreferencesDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.ownAddressesLabel = QLabel(PreferencesDialog)
        self.ownAddressesLabel.setObjectName(u"ownAddressesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownAddressesLabel)

        self.ownAddresses = QLineEdit(PreferencesDialog)
        self.ownAddresses.setObjectName(u"ownAddresses")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownAddresses)

        self.postalAddressLabel = QLabel(PreferencesDialog)
        self.postalAddressLabel.setObjectName(u"postalAddressLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postalAddressLabel)

        self.postalAddress = QPlainTextEdit(PreferencesDialog)
        self.postalAddress.setObjectName(u"postalAddress")
        self.postalAddress.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postalAddress)


        self.layout.addLayout(self.form)

        self.note = QLabel(PreferencesDialog)
        self.note.setObjectName(u"note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.ownAddressesLabel.setBuddy(self.ownAddresses)
        self.postalAddressLabel.setBuddy(self.postalAddress)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Language of CRM Desktop", None))
#endif // QT_CONFIG(accessibility)
        self.ownAddressesLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Your e-mail &addresses:", None))
#if QT_CONFIG(accessibility)
        self.ownAddresses.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Your own e-mail addresses, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.ownAddresses.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"you@example.com, you@work.example", None))
        self.postalAddressLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Your &postal address:", None))
#if QT_CONFIG(accessibility)
        self.postalAddress.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Your own postal address, line by line: the sender on envelopes", None))
#endif // QT_CONFIG(accessibility)
        self.postalAddress.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"The sender on envelopes, line by line", None))
        self.note.setText(QCoreApplication.translate("PreferencesDialog", u"CRM Desktop speaks the language of the system unless you choose another here. The windows change at once; a message already on screen keeps its words until it is shown again. An imported e-mail sent from one of your own addresses is logged as sent, any other as received.", None))
    # retranslateUi

