# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
    QLabel, QListWidget, QListWidgetItem, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(520, 420)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.filesLabel = QLabel(ImportDialog)
        self.filesLabel.setObjectName(u"filesLabel")

        self.layout.addWidget(self.filesLabel)

        self.files = QListWidget(ImportDialog)
        self.files.setObjectName(u"files")

        self.layout.addWidget(self.files)

        self.duplicatesBox = QGroupBox(ImportDialog)
        self.duplicatesBox.setObjectName(u"duplicatesBox")
        self.duplicatesLayout = QVBoxLayout(self.duplicatesBox)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.merge = QRadioButton(self.duplicatesBox)
        self.merge.setObjectName(u"merge")
        self.merge.setChecked(True)

        self.duplicatesLayout.addWidget(self.merge)

        self.skip = QRadioButton(self.duplicatesBox)
        self.skip.setObjectName(u"skip")

        self.duplicatesLayout.addWidget(self.skip)

        self.create = QRadioButton(self.duplicatesBox)
        self.create.setObjectName(u"create")

        self.duplicatesLayout.addWidget(self.create)


        self.layout.addWidget(self.duplicatesBox)

        self.options = QFormLayout()
        self.options.setObjectName(u"options")
        self.encodingLabel = QLabel(ImportDialog)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.options.setWidget(0, QFormLayout.ItemRole.LabelRole, self.encodingLabel)

        self.encoding = QComboBox(ImportDialog)
        self.encoding.setObjectName(u"encoding")

        self.options.setWidget(0, QFormLayout.ItemRole.FieldRole, self.encoding)


        self.layout.addLayout(self.options)

        self.strict = QCheckBox(ImportDialog)
        self.strict.setObjectName(u"strict")

        self.layout.addWidget(self.strict)

        self.buttons = QDialogButtonBox(ImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.filesLabel.setBuddy(self.files)
        self.encodingLabel.setBuddy(self.encoding)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import contacts", None))
        self.filesLabel.setText(QCoreApplication.translate("ImportDialog", u"Files to import:", None))
#if QT_CONFIG(accessibility)
        self.files.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Files to import", None))
#endif // QT_CONFIG(accessibility)
        self.duplicatesBox.setTitle(QCoreApplication.translate("ImportDialog", u"When a card is somebody you have (same UID, or a shared email or phone and a compatible name)", None))
        self.merge.setText(QCoreApplication.translate("ImportDialog", u"&Merge: add what is missing, never overwrite", None))
        self.skip.setText(QCoreApplication.translate("ImportDialog", u"&Skip the card", None))
        self.create.setText(QCoreApplication.translate("ImportDialog", u"&Create a new contact anyway", None))
        self.encodingLabel.setText(QCoreApplication.translate("ImportDialog", u"C&haracter set of files that do not name theirs:", None))
        self.strict.setText(QCoreApplication.translate("ImportDialog", u"S&top at the first card that cannot be read, and import nothing", None))
    # retranslateUi

