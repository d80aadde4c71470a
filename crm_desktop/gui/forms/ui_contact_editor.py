# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_editor.ui'
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
    QLineEdit, QListView, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ContactEditor(object):
    def setupUi(self, ContactEditor):
        if not ContactEditor.objectName():
            ContactEditor.setObjectName(u"ContactEditor")
        ContactEditor.resize(640, 640)
        self.layout = QVBoxLayout(ContactEditor)
        self.layout.setObjectName(u"layout")
        self.names = QFormLayout()
        self.names.setObjectName(u"names")
        self.prefixLabel = QLabel(ContactEditor)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.names.setWidget(0, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefix = QLineEdit(ContactEditor)
        self.prefix.setObjectName(u"prefix")

        self.names.setWidget(0, QFormLayout.ItemRole.FieldRole, self.prefix)

        self.givenLabel = QLabel(ContactEditor)
        self.givenLabel.setObjectName(u"givenLabel")

        self.names.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.given = QLineEdit(ContactEditor)
        self.given.setObjectName(u"given")

        self.names.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given)

        self.additionalLabel = QLabel(ContactEditor)
        self.additionalLabel.setObjectName(u"additionalLabel")

        self.names.setWidget(2, QFormLayout.ItemRole.LabelRole, self.additionalLabel)

        self.additional = QLineEdit(ContactEditor)
        self.additional.setObjectName(u"additional")

        self.names.setWidget(2, QFormLayout.ItemRole.FieldRole, self.additional)

        self.familyLabel = QLabel(ContactEditor)
        self.familyLabel.setObjectName(u"familyLabel")

        self.names.setWidget(3, QFormLayout.ItemRole.LabelRole, self.familyLabel)

        self.family = QLineEdit(ContactEditor)
        self.family.setObjectName(u"family")

        self.names.setWidget(3, QFormLayout.ItemRole.FieldRole, self.family)

        self.suffixLabel = QLabel(ContactEditor)
        self.suffixLabel.setObjectName(u"suffixLabel")

        self.names.setWidget(4, QFormLayout.ItemRole.LabelRole, self.suffixLabel)

        self.suffix = QLineEdit(ContactEditor)
        self.suffix.setObjectName(u"suffix")

        self.names.setWidget(4, QFormLayout.ItemRole.FieldRole, self.suffix)

        self.formattedLabel = QLabel(ContactEditor)
        self.formattedLabel.setObjectName(u"formattedLabel")

        self.names.setWidget(5, QFormLayout.ItemRole.LabelRole, self.formattedLabel)

        self.formatted = QLineEdit(ContactEditor)
        self.formatted.setObjectName(u"formatted")

        self.names.setWidget(5, QFormLayout.ItemRole.FieldRole, self.formatted)

        self.accountLabel = QLabel(ContactEditor)
        self.accountLabel.setObjectName(u"accountLabel")

        self.names.setWidget(6, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.account = QLineEdit(ContactEditor)
        self.account.setObjectName(u"account")

        self.names.setWidget(6, QFormLayout.ItemRole.FieldRole, self.account)

        self.titleLabel = QLabel(ContactEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.names.setWidget(7, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ContactEditor)
        self.title.setObjectName(u"title")

        self.names.setWidget(7, QFormLayout.ItemRole.FieldRole, self.title)

        self.departmentLabel = QLabel(ContactEditor)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.names.setWidget(8, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QLineEdit(ContactEditor)
        self.department.setObjectName(u"department")

        self.names.setWidget(8, QFormLayout.ItemRole.FieldRole, self.department)

        self.birthdayLabel = QLabel(ContactEditor)
        self.birthdayLabel.setObjectName(u"birthdayLabel")

        self.names.setWidget(9, QFormLayout.ItemRole.LabelRole, self.birthdayLabel)

        self.birthday = QLineEdit(ContactEditor)
        self.birthday.setObjectName(u"birthday")

        self.names.setWidget(9, QFormLayout.ItemRole.FieldRole, self.birthday)


        self.layout.addLayout(self.names)

        self.emailsLabel = QLabel(ContactEditor)
        self.emailsLabel.setObjectName(u"emailsLabel")

        self.layout.addWidget(self.emailsLabel)

        self.emails = QTableWidget(ContactEditor)
        self.emails.setObjectName(u"emails")
        self.emails.setColumnCount(2)

        self.layout.addWidget(self.emails)

        self.emailButtons = QHBoxLayout()
        self.emailButtons.setObjectName(u"emailButtons")
        self.addEmail = QPushButton(ContactEditor)
        self.addEmail.setObjectName(u"addEmail")

        self.emailButtons.addWidget(self.addEmail)

        self.removeEmail = QPushButton(ContactEditor)
        self.removeEmail.setObjectName(u"removeEmail")

        self.emailButtons.addWidget(self.removeEmail)

        self.emailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emailButtons.addItem(self.emailSpacer)


        self.layout.addLayout(self.emailButtons)

        self.phonesLabel = QLabel(ContactEditor)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.layout.addWidget(self.phonesLabel)

        self.phones = QTableWidget(ContactEditor)
        self.phones.setObjectName(u"phones")
        self.phones.setColumnCount(2)

        self.layout.addWidget(self.phones)

        self.phoneButtons = QHBoxLayout()
        self.phoneButtons.setObjectName(u"phoneButtons")
        self.addPhone = QPushButton(ContactEditor)
        self.addPhone.setObjectName(u"addPhone")

        self.phoneButtons.addWidget(self.addPhone)

        self.removePhone = QPushButton(ContactEditor)
        self.removePhone.setObjectName(u"removePhone")

        self.phoneButtons.addWidget(self.removePhone)

        self.phoneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phoneButtons.addItem(self.phoneSpacer)


        self.layout.addLayout(self.phoneButtons)

        self.categoriesLabel = QLabel(ContactEditor)
        self.categoriesLabel.setObjectName(u"categoriesLabel")

        self.layout.addWidget(self.categoriesLabel)

        self.categories = QListWidget(ContactEditor)
        self.categories.setObjectName(u"categories")
        self.categories.setFlow(QListView.Flow.LeftToRight)
        self.categories.setProperty(u"wrapping", True)
        self.categories.setMaximumSize(QSize(16777215, 64))

        self.layout.addWidget(self.categories)

        self.noteLabel = QLabel(ContactEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.layout.addWidget(self.noteLabel)

        self.note = QPlainTextEdit(ContactEditor)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.layout.addWidget(self.note)

        self.problem = QLabel(ContactEditor)
        self.problem.setObjectName(u"problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(ContactEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.prefixLabel.setBuddy(self.prefix)
        self.givenLabel.setBuddy(self.given)
        self.additionalLabel.setBuddy(self.additional)
        self.familyLabel.setBuddy(self.family)
        self.suffixLabel.setBuddy(self.suffix)
        self.formattedLabel.setBuddy(self.formatted)
        self.accountLabel.setBuddy(self.account)
        self.titleLabel.setBuddy(self.title)
        self.departmentLabel.setBuddy(self.department)
        self.birthdayLabel.setBuddy(self.birthday)
        self.emailsLabel.setBuddy(self.emails)
        self.phonesLabel.setBuddy(self.phones)
        self.categoriesLabel.setBuddy(self.categories)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.prefix, self.given)
        QWidget.setTabOrder(self.given, self.additional)
        QWidget.setTabOrder(self.additional, self.family)
        QWidget.setTabOrder(self.family, self.suffix)
        QWidget.setTabOrder(self.suffix, self.formatted)
        QWidget.setTabOrder(self.formatted, self.account)
        QWidget.setTabOrder(self.account, self.title)
        QWidget.setTabOrder(self.title, self.department)
        QWidget.setTabOrder(self.department, self.birthday)
        QWidget.setTabOrder(self.birthday, self.emails)
        QWidget.setTabOrder(self.emails, self.addEmail)
        QWidget.setTabOrder(self.addEmail, self.removeEmail)
        QWidget.setTabOrder(self.removeEmail, self.phones)
        QWidget.setTabOrder(self.phones, self.addPhone)
        QWidget.setTabOrder(self.addPhone, self.removePhone)
        QWidget.setTabOrder(self.removePhone, self.categories)
        QWidget.setTabOrder(self.categories, self.note)

        self.retranslateUi(ContactEditor)

        QMetaObject.connectSlotsByName(ContactEditor)
    # setupUi

    def retranslateUi(self, ContactEditor):
        ContactEditor.setWindowTitle(QCoreApplication.translate("ContactEditor", u"Contact", None))
        self.prefixLabel.setText(QCoreApplication.translate("ContactEditor", u"&Prefix:", None))
        self.givenLabel.setText(QCoreApplication.translate("ContactEditor", u"&Given name:", None))
        self.additionalLabel.setText(QCoreApplication.translate("ContactEditor", u"&Middle names:", None))
        self.familyLabel.setText(QCoreApplication.translate("ContactEditor", u"&Family name:", None))
        self.suffixLabel.setText(QCoreApplication.translate("ContactEditor", u"Su&ffix:", None))
        self.formattedLabel.setText(QCoreApplication.translate("ContactEditor", u"&Shown as:", None))
        self.formatted.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"Made from the name parts when empty", None))
        self.accountLabel.setText(QCoreApplication.translate("ContactEditor", u"&Account:", None))
        self.account.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"A company you have, or a new one", None))
        self.titleLabel.setText(QCoreApplication.translate("ContactEditor", u"&Title:", None))
        self.departmentLabel.setText(QCoreApplication.translate("ContactEditor", u"&Department:", None))
        self.birthdayLabel.setText(QCoreApplication.translate("ContactEditor", u"&Birthday:", None))
        self.birthday.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"1980-04-15, or --04-15 without the year", None))
        self.emailsLabel.setText(QCoreApplication.translate("ContactEditor", u"&Emails:", None))
        self.addEmail.setText(QCoreApplication.translate("ContactEditor", u"Add email", None))
        self.removeEmail.setText(QCoreApplication.translate("ContactEditor", u"Remove email", None))
        self.phonesLabel.setText(QCoreApplication.translate("ContactEditor", u"P&hones:", None))
        self.addPhone.setText(QCoreApplication.translate("ContactEditor", u"Add phone", None))
        self.removePhone.setText(QCoreApplication.translate("ContactEditor", u"Remove phone", None))
        self.categoriesLabel.setText(QCoreApplication.translate("ContactEditor", u"&Categories:", None))
        self.noteLabel.setText(QCoreApplication.translate("ContactEditor", u"&Note:", None))
    # retranslateUi

