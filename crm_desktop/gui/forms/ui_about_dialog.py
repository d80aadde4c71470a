# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 260)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.icon = QLabel(AboutDialog)
        self.icon.setObjectName(u"icon")
        self.icon.setMinimumSize(QSize(64, 64))

        self.header.addWidget(self.icon)

        self.titles = QVBoxLayout()
        self.titles.setObjectName(u"titles")
        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")

        self.titles.addWidget(self.title)

        self.version = QLabel(AboutDialog)
        self.version.setObjectName(u"version")
        self.version.setTextFormat(Qt.TextFormat.PlainText)

        self.titles.addWidget(self.version)


        self.header.addLayout(self.titles)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)


        self.layout.addLayout(self.header)

        self.summary = QLabel(AboutDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.facts = QFormLayout()
        self.facts.setObjectName(u"facts")
        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.facts.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.database = QLabel(AboutDialog)
        self.database.setObjectName(u"database")
        self.database.setTextFormat(Qt.TextFormat.PlainText)
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database)

        self.qtLabel = QLabel(AboutDialog)
        self.qtLabel.setObjectName(u"qtLabel")

        self.facts.setWidget(1, QFormLayout.ItemRole.LabelRole, self.qtLabel)

        self.qtVersion = QLabel(AboutDialog)
        self.qtVersion.setObjectName(u"qtVersion")
        self.qtVersion.setTextFormat(Qt.TextFormat.PlainText)

        self.facts.setWidget(1, QFormLayout.ItemRole.FieldRole, self.qtVersion)


        self.layout.addLayout(self.facts)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)
        self.buttons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About CRM Desktop", None))
#if QT_CONFIG(accessibility)
        self.icon.setAccessibleName(QCoreApplication.translate("AboutDialog", u"CRM Desktop icon", None))
#endif // QT_CONFIG(accessibility)
        self.title.setText(QCoreApplication.translate("AboutDialog", u"CRM Desktop", None))
        self.summary.setText(QCoreApplication.translate("AboutDialog", u"An offline-first personal CRM: your contacts, accounts, activities and notes, in one private file on your own disk.", None))
        self.databaseLabel.setText(QCoreApplication.translate("AboutDialog", u"Database:", None))
        self.qtLabel.setText(QCoreApplication.translate("AboutDialog", u"Qt:", None))
    # retranslateUi

