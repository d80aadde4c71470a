# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_editor.ui'
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ActivityEditor(object):
    def setupUi(self, ActivityEditor):
        if not ActivityEditor.objectName():
            ActivityEditor.setObjectName(u"ActivityEditor")
        ActivityEditor.resize(560, 620)
        self.layout = QVBoxLayout(ActivityEditor)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(ActivityEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(ActivityEditor)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.subjectLabel = QLabel(ActivityEditor)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QLineEdit(ActivityEditor)
        self.subject.setObjectName(u"subject")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject)

        self.hasStart = QCheckBox(ActivityEditor)
        self.hasStart.setObjectName(u"hasStart")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hasStart)

        self.start = QDateTimeEdit(ActivityEditor)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start)

        self.hasDue = QCheckBox(ActivityEditor)
        self.hasDue.setObjectName(u"hasDue")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hasDue)

        self.due = QDateTimeEdit(ActivityEditor)
        self.due.setObjectName(u"due")
        self.due.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.due)

        self.durationLabel = QLabel(ActivityEditor)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.duration = QSpinBox(ActivityEditor)
        self.duration.setObjectName(u"duration")
        self.duration.setMaximum(1440)
        self.duration.setSingleStep(15)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.duration)

        self.locationLabel = QLabel(ActivityEditor)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.location = QLineEdit(ActivityEditor)
        self.location.setObjectName(u"location")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.location)

        self.priorityLabel = QLabel(ActivityEditor)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priority = QComboBox(ActivityEditor)
        self.priority.setObjectName(u"priority")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.priority)

        self.statusLabel = QLabel(ActivityEditor)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(ActivityEditor)
        self.status.setObjectName(u"status")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.status)

        self.outcomeLabel = QLabel(ActivityEditor)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QLineEdit(ActivityEditor)
        self.outcome.setObjectName(u"outcome")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.reminderLabel = QLabel(ActivityEditor)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reminderLabel)

        self.reminder = QComboBox(ActivityEditor)
        self.reminder.setObjectName(u"reminder")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reminder)

        self.contactsLabel = QLabel(ActivityEditor)
        self.contactsLabel.setObjectName(u"contactsLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contactsLabel)

        self.contactsLayout = QVBoxLayout()
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contacts = QListWidget(ActivityEditor)
        self.contacts.setObjectName(u"contacts")
        self.contacts.setMaximumSize(QSize(16777215, 80))

        self.contactsLayout.addWidget(self.contacts)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.contactSearch = QLineEdit(ActivityEditor)
        self.contactSearch.setObjectName(u"contactSearch")

        self.contactButtons.addWidget(self.contactSearch)

        self.removeContact = QPushButton(ActivityEditor)
        self.removeContact.setObjectName(u"removeContact")

        self.contactButtons.addWidget(self.removeContact)


        self.contactsLayout.addLayout(self.contactButtons)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.contactsLayout)

        self.accountLabel = QLabel(ActivityEditor)
        self.accountLabel.setObjectName(u"accountLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.account = QComboBox(ActivityEditor)
        self.account.setObjectName(u"account")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.account)

        self.detailsLabel = QLabel(ActivityEditor)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.details = QPlainTextEdit(ActivityEditor)
        self.details.setObjectName(u"details")
        self.details.setTabChangesFocus(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.details)


        self.layout.addLayout(self.form)

        self.problem = QLabel(ActivityEditor)
        self.problem.setObjectName(u"problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(ActivityEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.subjectLabel.setBuddy(self.subject)
        self.durationLabel.setBuddy(self.duration)
        self.locationLabel.setBuddy(self.location)
        self.priorityLabel.setBuddy(self.priority)
        self.statusLabel.setBuddy(self.status)
        self.outcomeLabel.setBuddy(self.outcome)
        self.reminderLabel.setBuddy(self.reminder)
        self.contactsLabel.setBuddy(self.contactSearch)
        self.accountLabel.setBuddy(self.account)
        self.detailsLabel.setBuddy(self.details)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.subject)
        QWidget.setTabOrder(self.subject, self.hasStart)
        QWidget.setTabOrder(self.hasStart, self.start)
        QWidget.setTabOrder(self.start, self.hasDue)
        QWidget.setTabOrder(self.hasDue, self.due)
        QWidget.setTabOrder(self.due, self.duration)
        QWidget.setTabOrder(self.duration, self.location)
        QWidget.setTabOrder(self.location, self.priority)
        QWidget.setTabOrder(self.priority, self.status)
        QWidget.setTabOrder(self.status, self.outcome)
        QWidget.setTabOrder(self.outcome, self.reminder)
        QWidget.setTabOrder(self.reminder, self.contacts)
        QWidget.setTabOrder(self.contacts, self.contactSearch)
        QWidget.setTabOrder(self.contactSearch, self.removeContact)
        QWidget.setTabOrder(self.removeContact, self.account)
        QWidget.setTabOrder(self.account, self.details)

        self.retranslateUi(ActivityEditor)

        QMetaObject.connectSlotsByName(ActivityEditor)
    # setupUi

    def retranslateUi(self, ActivityEditor):
        ActivityEditor.setWindowTitle(QCoreApplication.translate("ActivityEditor", u"Activity", None))
        self.kindLabel.setText(QCoreApplication.translate("ActivityEditor", u"&Kind:", None))
        self.subjectLabel.setText(QCoreApplication.translate("ActivityEditor", u"S&ubject:", None))
        self.subject.setPlaceholderText(QCoreApplication.translate("ActivityEditor", u"What it is about", None))
        self.hasStart.setText(QCoreApplication.translate("ActivityEditor", u"&Starts:", None))
#if QT_CONFIG(accessibility)
        self.start.setAccessibleName(QCoreApplication.translate("ActivityEditor", u"Start date and time", None))
#endif // QT_CONFIG(accessibility)
        self.hasDue.setText(QCoreApplication.translate("ActivityEditor", u"&Due:", None))
#if QT_CONFIG(accessibility)
        self.due.setAccessibleName(QCoreApplication.translate("ActivityEditor", u"Due date and time", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("ActivityEditor", u"Duratio&n:", None))
        self.duration.setSpecialValueText(QCoreApplication.translate("ActivityEditor", u"Not set", None))
        self.duration.setSuffix(QCoreApplication.translate("ActivityEditor", u" min", None))
        self.locationLabel.setText(QCoreApplication.translate("ActivityEditor", u"&Location:", None))
        self.priorityLabel.setText(QCoreApplication.translate("ActivityEditor", u"&Priority:", None))
        self.statusLabel.setText(QCoreApplication.translate("ActivityEditor", u"S&tatus:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ActivityEditor", u"&Outcome:", None))
        self.outcome.setPlaceholderText(QCoreApplication.translate("ActivityEditor", u"What came of it", None))
        self.reminderLabel.setText(QCoreApplication.translate("ActivityEditor", u"Re&minder:", None))
        self.contactsLabel.setText(QCoreApplication.translate("ActivityEditor", u"&Regarding:", None))
#if QT_CONFIG(accessibility)
        self.contacts.setAccessibleName(QCoreApplication.translate("ActivityEditor", u"Contacts it regards", None))
#endif // QT_CONFIG(accessibility)
        self.contactSearch.setPlaceholderText(QCoreApplication.translate("ActivityEditor", u"Type a name to add a contact", None))
        self.removeContact.setText(QCoreApplication.translate("ActivityEditor", u"Remo&ve", None))
        self.accountLabel.setText(QCoreApplication.translate("ActivityEditor", u"&Account:", None))
        self.detailsLabel.setText(QCoreApplication.translate("ActivityEditor", u"Deta&ils:", None))
    # retranslateUi

