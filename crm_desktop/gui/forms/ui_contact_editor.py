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
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ContactEditor(object):
    def setupUi(self, ContactEditor):
        if not ContactEditor.objectName():
            ContactEditor.setObjectName(u"ContactEditor")
        ContactEditor.resize(680, 600)
        ContactEditor.setAcceptDrops(True)
        self.layout = QVBoxLayout(ContactEditor)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(ContactEditor)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.photoRow = QHBoxLayout()
        self.photoRow.setObjectName(u"photoRow")
        self.photo = QLabel(self.generalTab)
        self.photo.setObjectName(u"photo")
        self.photo.setMinimumSize(QSize(96, 96))
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.photoRow.addWidget(self.photo)

        self.photoButtons = QVBoxLayout()
        self.photoButtons.setObjectName(u"photoButtons")
        self.choosePhoto = QPushButton(self.generalTab)
        self.choosePhoto.setObjectName(u"choosePhoto")

        self.photoButtons.addWidget(self.choosePhoto)

        self.removePhoto = QPushButton(self.generalTab)
        self.removePhoto.setObjectName(u"removePhoto")

        self.photoButtons.addWidget(self.removePhoto)

        self.photoHint = QLabel(self.generalTab)
        self.photoHint.setObjectName(u"photoHint")

        self.photoButtons.addWidget(self.photoHint)


        self.photoRow.addLayout(self.photoButtons)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.photoRow.addItem(self.photoSpacer)


        self.generalLayout.addLayout(self.photoRow)

        self.names = QFormLayout()
        self.names.setObjectName(u"names")
        self.prefixLabel = QLabel(self.generalTab)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.names.setWidget(0, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefix = QLineEdit(self.generalTab)
        self.prefix.setObjectName(u"prefix")

        self.names.setWidget(0, QFormLayout.ItemRole.FieldRole, self.prefix)

        self.givenLabel = QLabel(self.generalTab)
        self.givenLabel.setObjectName(u"givenLabel")

        self.names.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.given = QLineEdit(self.generalTab)
        self.given.setObjectName(u"given")

        self.names.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given)

        self.additionalLabel = QLabel(self.generalTab)
        self.additionalLabel.setObjectName(u"additionalLabel")

        self.names.setWidget(2, QFormLayout.ItemRole.LabelRole, self.additionalLabel)

        self.additional = QLineEdit(self.generalTab)
        self.additional.setObjectName(u"additional")

        self.names.setWidget(2, QFormLayout.ItemRole.FieldRole, self.additional)

        self.familyLabel = QLabel(self.generalTab)
        self.familyLabel.setObjectName(u"familyLabel")

        self.names.setWidget(3, QFormLayout.ItemRole.LabelRole, self.familyLabel)

        self.family = QLineEdit(self.generalTab)
        self.family.setObjectName(u"family")

        self.names.setWidget(3, QFormLayout.ItemRole.FieldRole, self.family)

        self.suffixLabel = QLabel(self.generalTab)
        self.suffixLabel.setObjectName(u"suffixLabel")

        self.names.setWidget(4, QFormLayout.ItemRole.LabelRole, self.suffixLabel)

        self.suffix = QLineEdit(self.generalTab)
        self.suffix.setObjectName(u"suffix")

        self.names.setWidget(4, QFormLayout.ItemRole.FieldRole, self.suffix)

        self.formattedLabel = QLabel(self.generalTab)
        self.formattedLabel.setObjectName(u"formattedLabel")

        self.names.setWidget(5, QFormLayout.ItemRole.LabelRole, self.formattedLabel)

        self.formatted = QLineEdit(self.generalTab)
        self.formatted.setObjectName(u"formatted")

        self.names.setWidget(5, QFormLayout.ItemRole.FieldRole, self.formatted)

        self.nicknameLabel = QLabel(self.generalTab)
        self.nicknameLabel.setObjectName(u"nicknameLabel")

        self.names.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nicknameLabel)

        self.nickname = QLineEdit(self.generalTab)
        self.nickname.setObjectName(u"nickname")

        self.names.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nickname)

        self.accountLabel = QLabel(self.generalTab)
        self.accountLabel.setObjectName(u"accountLabel")

        self.names.setWidget(7, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.account = QLineEdit(self.generalTab)
        self.account.setObjectName(u"account")

        self.names.setWidget(7, QFormLayout.ItemRole.FieldRole, self.account)

        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.names.setWidget(8, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.generalTab)
        self.title.setObjectName(u"title")

        self.names.setWidget(8, QFormLayout.ItemRole.FieldRole, self.title)

        self.departmentLabel = QLabel(self.generalTab)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.names.setWidget(9, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QLineEdit(self.generalTab)
        self.department.setObjectName(u"department")

        self.names.setWidget(9, QFormLayout.ItemRole.FieldRole, self.department)

        self.birthdayLabel = QLabel(self.generalTab)
        self.birthdayLabel.setObjectName(u"birthdayLabel")

        self.names.setWidget(10, QFormLayout.ItemRole.LabelRole, self.birthdayLabel)

        self.birthday = QLineEdit(self.generalTab)
        self.birthday.setObjectName(u"birthday")

        self.names.setWidget(10, QFormLayout.ItemRole.FieldRole, self.birthday)

        self.keepInTouchLabel = QLabel(self.generalTab)
        self.keepInTouchLabel.setObjectName(u"keepInTouchLabel")

        self.names.setWidget(11, QFormLayout.ItemRole.LabelRole, self.keepInTouchLabel)

        self.keepInTouch = QSpinBox(self.generalTab)
        self.keepInTouch.setObjectName(u"keepInTouch")
        self.keepInTouch.setMinimum(0)
        self.keepInTouch.setMaximum(3650)

        self.names.setWidget(11, QFormLayout.ItemRole.FieldRole, self.keepInTouch)


        self.generalLayout.addLayout(self.names)

        self.tabs.addTab(self.generalTab, "")
        self.reachTab = QWidget()
        self.reachTab.setObjectName(u"reachTab")
        self.reachLayout = QVBoxLayout(self.reachTab)
        self.reachLayout.setObjectName(u"reachLayout")
        self.emailsLabel = QLabel(self.reachTab)
        self.emailsLabel.setObjectName(u"emailsLabel")

        self.reachLayout.addWidget(self.emailsLabel)

        self.emails = QTableWidget(self.reachTab)
        self.emails.setObjectName(u"emails")
        self.emails.setColumnCount(2)

        self.reachLayout.addWidget(self.emails)

        self.EmailButtons = QHBoxLayout()
        self.EmailButtons.setObjectName(u"EmailButtons")
        self.addEmail = QPushButton(self.reachTab)
        self.addEmail.setObjectName(u"addEmail")

        self.EmailButtons.addWidget(self.addEmail)

        self.removeEmail = QPushButton(self.reachTab)
        self.removeEmail.setObjectName(u"removeEmail")

        self.EmailButtons.addWidget(self.removeEmail)

        self.EmailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.EmailButtons.addItem(self.EmailSpacer)


        self.reachLayout.addLayout(self.EmailButtons)

        self.phonesLabel = QLabel(self.reachTab)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.reachLayout.addWidget(self.phonesLabel)

        self.phones = QTableWidget(self.reachTab)
        self.phones.setObjectName(u"phones")
        self.phones.setColumnCount(2)

        self.reachLayout.addWidget(self.phones)

        self.PhoneButtons = QHBoxLayout()
        self.PhoneButtons.setObjectName(u"PhoneButtons")
        self.addPhone = QPushButton(self.reachTab)
        self.addPhone.setObjectName(u"addPhone")

        self.PhoneButtons.addWidget(self.addPhone)

        self.removePhone = QPushButton(self.reachTab)
        self.removePhone.setObjectName(u"removePhone")

        self.PhoneButtons.addWidget(self.removePhone)

        self.PhoneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.PhoneButtons.addItem(self.PhoneSpacer)


        self.reachLayout.addLayout(self.PhoneButtons)

        self.tabs.addTab(self.reachTab, "")
        self.placesTab = QWidget()
        self.placesTab.setObjectName(u"placesTab")
        self.placesLayout = QVBoxLayout(self.placesTab)
        self.placesLayout.setObjectName(u"placesLayout")
        self.addressesLabel = QLabel(self.placesTab)
        self.addressesLabel.setObjectName(u"addressesLabel")

        self.placesLayout.addWidget(self.addressesLabel)

        self.addresses = QTableWidget(self.placesTab)
        self.addresses.setObjectName(u"addresses")
        self.addresses.setColumnCount(6)

        self.placesLayout.addWidget(self.addresses)

        self.AddressButtons = QHBoxLayout()
        self.AddressButtons.setObjectName(u"AddressButtons")
        self.addAddress = QPushButton(self.placesTab)
        self.addAddress.setObjectName(u"addAddress")

        self.AddressButtons.addWidget(self.addAddress)

        self.removeAddress = QPushButton(self.placesTab)
        self.removeAddress.setObjectName(u"removeAddress")

        self.AddressButtons.addWidget(self.removeAddress)

        self.AddressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.AddressButtons.addItem(self.AddressSpacer)


        self.placesLayout.addLayout(self.AddressButtons)

        self.urlsLabel = QLabel(self.placesTab)
        self.urlsLabel.setObjectName(u"urlsLabel")

        self.placesLayout.addWidget(self.urlsLabel)

        self.urls = QTableWidget(self.placesTab)
        self.urls.setObjectName(u"urls")
        self.urls.setColumnCount(2)

        self.placesLayout.addWidget(self.urls)

        self.UrlButtons = QHBoxLayout()
        self.UrlButtons.setObjectName(u"UrlButtons")
        self.addUrl = QPushButton(self.placesTab)
        self.addUrl.setObjectName(u"addUrl")

        self.UrlButtons.addWidget(self.addUrl)

        self.removeUrl = QPushButton(self.placesTab)
        self.removeUrl.setObjectName(u"removeUrl")

        self.UrlButtons.addWidget(self.removeUrl)

        self.UrlSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.UrlButtons.addItem(self.UrlSpacer)


        self.placesLayout.addLayout(self.UrlButtons)

        self.tabs.addTab(self.placesTab, "")
        self.moreTab = QWidget()
        self.moreTab.setObjectName(u"moreTab")
        self.moreLayout = QVBoxLayout(self.moreTab)
        self.moreLayout.setObjectName(u"moreLayout")
        self.categoriesLabel = QLabel(self.moreTab)
        self.categoriesLabel.setObjectName(u"categoriesLabel")

        self.moreLayout.addWidget(self.categoriesLabel)

        self.categories = QListWidget(self.moreTab)
        self.categories.setObjectName(u"categories")
        self.categories.setMaximumSize(QSize(16777215, 90))

        self.moreLayout.addWidget(self.categories)

        self.customLabel = QLabel(self.moreTab)
        self.customLabel.setObjectName(u"customLabel")

        self.moreLayout.addWidget(self.customLabel)

        self.custom = QTableWidget(self.moreTab)
        self.custom.setObjectName(u"custom")
        self.custom.setColumnCount(2)

        self.moreLayout.addWidget(self.custom)

        self.CustomButtons = QHBoxLayout()
        self.CustomButtons.setObjectName(u"CustomButtons")
        self.addCustom = QPushButton(self.moreTab)
        self.addCustom.setObjectName(u"addCustom")

        self.CustomButtons.addWidget(self.addCustom)

        self.removeCustom = QPushButton(self.moreTab)
        self.removeCustom.setObjectName(u"removeCustom")

        self.CustomButtons.addWidget(self.removeCustom)

        self.CustomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.CustomButtons.addItem(self.CustomSpacer)


        self.moreLayout.addLayout(self.CustomButtons)

        self.noteLabel = QLabel(self.moreTab)
        self.noteLabel.setObjectName(u"noteLabel")

        self.moreLayout.addWidget(self.noteLabel)

        self.note = QPlainTextEdit(self.moreTab)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.moreLayout.addWidget(self.note)

        self.tabs.addTab(self.moreTab, "")

        self.layout.addWidget(self.tabs)

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
        self.nicknameLabel.setBuddy(self.nickname)
        self.accountLabel.setBuddy(self.account)
        self.titleLabel.setBuddy(self.title)
        self.departmentLabel.setBuddy(self.department)
        self.birthdayLabel.setBuddy(self.birthday)
        self.keepInTouchLabel.setBuddy(self.keepInTouch)
        self.emailsLabel.setBuddy(self.emails)
        self.phonesLabel.setBuddy(self.phones)
        self.addressesLabel.setBuddy(self.addresses)
        self.urlsLabel.setBuddy(self.urls)
        self.categoriesLabel.setBuddy(self.categories)
        self.customLabel.setBuddy(self.custom)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactEditor)

        QMetaObject.connectSlotsByName(ContactEditor)
    # setupUi

    def retranslateUi(self, ContactEditor):
        ContactEditor.setWindowTitle(QCoreApplication.translate("ContactEditor", u"Contact", None))
#if QT_CONFIG(accessibility)
        self.photo.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Photo", None))
#endif // QT_CONFIG(accessibility)
        self.photo.setText(QCoreApplication.translate("ContactEditor", u"No photo", None))
        self.choosePhoto.setText(QCoreApplication.translate("ContactEditor", u"C&hoose photo\u2026", None))
        self.removePhoto.setText(QCoreApplication.translate("ContactEditor", u"Remo&ve photo", None))
        self.photoHint.setText(QCoreApplication.translate("ContactEditor", u"or drop an image here", None))
        self.prefixLabel.setText(QCoreApplication.translate("ContactEditor", u"&Prefix:", None))
        self.givenLabel.setText(QCoreApplication.translate("ContactEditor", u"&Given name:", None))
        self.additionalLabel.setText(QCoreApplication.translate("ContactEditor", u"M&iddle names:", None))
        self.familyLabel.setText(QCoreApplication.translate("ContactEditor", u"&Family name:", None))
        self.suffixLabel.setText(QCoreApplication.translate("ContactEditor", u"Suffi&x:", None))
        self.formattedLabel.setText(QCoreApplication.translate("ContactEditor", u"&Shown as:", None))
        self.formatted.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"Made from the name parts when empty", None))
        self.nicknameLabel.setText(QCoreApplication.translate("ContactEditor", u"Ni&ckname:", None))
        self.accountLabel.setText(QCoreApplication.translate("ContactEditor", u"Acc&ount:", None))
        self.account.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"A company you have, or a new one", None))
        self.titleLabel.setText(QCoreApplication.translate("ContactEditor", u"&Title:", None))
        self.departmentLabel.setText(QCoreApplication.translate("ContactEditor", u"&Department:", None))
        self.birthdayLabel.setText(QCoreApplication.translate("ContactEditor", u"&Birthday:", None))
        self.birthday.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"1980-04-15, or --04-15 without the year", None))
        self.keepInTouchLabel.setText(QCoreApplication.translate("ContactEditor", u"&Keep in touch:", None))
#if QT_CONFIG(tooltip)
        self.keepInTouch.setToolTip(QCoreApplication.translate("ContactEditor", u"Remind me when I have not been in touch for this many days", None))
#endif // QT_CONFIG(tooltip)
        self.keepInTouch.setSpecialValueText(QCoreApplication.translate("ContactEditor", u"Not set", None))
        self.keepInTouch.setPrefix(QCoreApplication.translate("ContactEditor", u"every ", None))
        self.keepInTouch.setSuffix(QCoreApplication.translate("ContactEditor", u" days", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("ContactEditor", u"&Name and work", None))
        self.emailsLabel.setText(QCoreApplication.translate("ContactEditor", u"Emai&ls:", None))
#if QT_CONFIG(accessibility)
        self.emails.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Emails", None))
#endif // QT_CONFIG(accessibility)
        self.addEmail.setText(QCoreApplication.translate("ContactEditor", u"Add email", None))
        self.removeEmail.setText(QCoreApplication.translate("ContactEditor", u"Remove email", None))
        self.phonesLabel.setText(QCoreApplication.translate("ContactEditor", u"P&hones:", None))
#if QT_CONFIG(accessibility)
        self.phones.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Phones", None))
#endif // QT_CONFIG(accessibility)
        self.addPhone.setText(QCoreApplication.translate("ContactEditor", u"Add phone", None))
        self.removePhone.setText(QCoreApplication.translate("ContactEditor", u"Remove phone", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reachTab), QCoreApplication.translate("ContactEditor", u"&Emails and phones", None))
        self.addressesLabel.setText(QCoreApplication.translate("ContactEditor", u"A&ddresses:", None))
#if QT_CONFIG(accessibility)
        self.addresses.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Addresses", None))
#endif // QT_CONFIG(accessibility)
        self.addAddress.setText(QCoreApplication.translate("ContactEditor", u"Add address", None))
        self.removeAddress.setText(QCoreApplication.translate("ContactEditor", u"Remove address", None))
        self.urlsLabel.setText(QCoreApplication.translate("ContactEditor", u"&Web pages:", None))
#if QT_CONFIG(accessibility)
        self.urls.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Web pages", None))
#endif // QT_CONFIG(accessibility)
        self.addUrl.setText(QCoreApplication.translate("ContactEditor", u"Add web page", None))
        self.removeUrl.setText(QCoreApplication.translate("ContactEditor", u"Remove web page", None))
        self.tabs.setTabText(self.tabs.indexOf(self.placesTab), QCoreApplication.translate("ContactEditor", u"&Addresses and web", None))
        self.categoriesLabel.setText(QCoreApplication.translate("ContactEditor", u"&Categories:", None))
        self.customLabel.setText(QCoreApplication.translate("ContactEditor", u"Custom &fields:", None))
#if QT_CONFIG(accessibility)
        self.custom.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Custom fields", None))
#endif // QT_CONFIG(accessibility)
        self.addCustom.setText(QCoreApplication.translate("ContactEditor", u"Add field", None))
        self.removeCustom.setText(QCoreApplication.translate("ContactEditor", u"Remove field", None))
        self.noteLabel.setText(QCoreApplication.translate("ContactEditor", u"N&ote:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.moreTab), QCoreApplication.translate("ContactEditor", u"&More", None))
    # retranslateUi

