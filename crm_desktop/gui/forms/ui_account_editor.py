# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AccountEditor(object):
    def setupUi(self, AccountEditor):
        if not AccountEditor.objectName():
            AccountEditor.setObjectName(u"AccountEditor")
        AccountEditor.resize(560, 520)
        self.layout = QVBoxLayout(AccountEditor)
        self.layout.setObjectName(u"layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.nameLabel = QLabel(AccountEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(AccountEditor)
        self.name.setObjectName(u"name")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.websiteLabel = QLabel(AccountEditor)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.website = QLineEdit(AccountEditor)
        self.website.setObjectName(u"website")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.website)

        self.industryLabel = QLabel(AccountEditor)
        self.industryLabel.setObjectName(u"industryLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.industry = QLineEdit(AccountEditor)
        self.industry.setObjectName(u"industry")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.industry)


        self.layout.addLayout(self.fields)

        self.phonesLabel = QLabel(AccountEditor)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.layout.addWidget(self.phonesLabel)

        self.phones = QTableWidget(AccountEditor)
        self.phones.setObjectName(u"phones")
        self.phones.setColumnCount(2)

        self.layout.addWidget(self.phones)

        self.phoneButtons = QHBoxLayout()
        self.phoneButtons.setObjectName(u"phoneButtons")
        self.addPhone = QPushButton(AccountEditor)
        self.addPhone.setObjectName(u"addPhone")

        self.phoneButtons.addWidget(self.addPhone)

        self.removePhone = QPushButton(AccountEditor)
        self.removePhone.setObjectName(u"removePhone")

        self.phoneButtons.addWidget(self.removePhone)

        self.phoneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phoneButtons.addItem(self.phoneSpacer)


        self.layout.addLayout(self.phoneButtons)

        self.emailsLabel = QLabel(AccountEditor)
        self.emailsLabel.setObjectName(u"emailsLabel")

        self.layout.addWidget(self.emailsLabel)

        self.emails = QTableWidget(AccountEditor)
        self.emails.setObjectName(u"emails")
        self.emails.setColumnCount(2)

        self.layout.addWidget(self.emails)

        self.emailButtons = QHBoxLayout()
        self.emailButtons.setObjectName(u"emailButtons")
        self.addEmail = QPushButton(AccountEditor)
        self.addEmail.setObjectName(u"addEmail")

        self.emailButtons.addWidget(self.addEmail)

        self.removeEmail = QPushButton(AccountEditor)
        self.removeEmail.setObjectName(u"removeEmail")

        self.emailButtons.addWidget(self.removeEmail)

        self.emailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emailButtons.addItem(self.emailSpacer)


        self.layout.addLayout(self.emailButtons)

        self.noteLabel = QLabel(AccountEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.layout.addWidget(self.noteLabel)

        self.note = QPlainTextEdit(AccountEditor)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.layout.addWidget(self.note)

        self.problem = QLabel(AccountEditor)
        self.problem.setObjectName(u"problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(AccountEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.websiteLabel.setBuddy(self.website)
        self.industryLabel.setBuddy(self.industry)
        self.phonesLabel.setBuddy(self.phones)
        self.emailsLabel.setBuddy(self.emails)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountEditor)

        QMetaObject.connectSlotsByName(AccountEditor)
    # setupUi

    def retranslateUi(self, AccountEditor):
        AccountEditor.setWindowTitle(QCoreApplication.translate("AccountEditor", u"Account", None))
        self.nameLabel.setText(QCoreApplication.translate("AccountEditor", u"&Name:", None))
        self.websiteLabel.setText(QCoreApplication.translate("AccountEditor", u"&Website:", None))
        self.website.setPlaceholderText(QCoreApplication.translate("AccountEditor", u"https://", None))
        self.industryLabel.setText(QCoreApplication.translate("AccountEditor", u"&Industry:", None))
        self.phonesLabel.setText(QCoreApplication.translate("AccountEditor", u"P&hones:", None))
        self.addPhone.setText(QCoreApplication.translate("AccountEditor", u"Add phone", None))
        self.removePhone.setText(QCoreApplication.translate("AccountEditor", u"Remove phone", None))
        self.emailsLabel.setText(QCoreApplication.translate("AccountEditor", u"&Emails:", None))
        self.addEmail.setText(QCoreApplication.translate("AccountEditor", u"Add email", None))
        self.removeEmail.setText(QCoreApplication.translate("AccountEditor", u"Remove email", None))
        self.noteLabel.setText(QCoreApplication.translate("AccountEditor", u"N&ote:", None))
    # retranslateUi

