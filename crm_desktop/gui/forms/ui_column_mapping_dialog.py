# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'column_mapping_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ColumnMappingDialog(object):
    def setupUi(self, ColumnMappingDialog):
        if not ColumnMappingDialog.objectName():
            ColumnMappingDialog.setObjectName(u"ColumnMappingDialog")
        ColumnMappingDialog.resize(720, 480)
        self.layout = QVBoxLayout(ColumnMappingDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(ColumnMappingDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.columns = QTableWidget(ColumnMappingDialog)
        self.columns.setObjectName(u"columns")
        self.columns.setColumnCount(3)

        self.layout.addWidget(self.columns)

        self.remember = QCheckBox(ColumnMappingDialog)
        self.remember.setObjectName(u"remember")
        self.remember.setChecked(True)

        self.layout.addWidget(self.remember)

        self.buttons = QDialogButtonBox(ColumnMappingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(ColumnMappingDialog)

        QMetaObject.connectSlotsByName(ColumnMappingDialog)
    # setupUi

    def retranslateUi(self, ColumnMappingDialog):
        ColumnMappingDialog.setWindowTitle(QCoreApplication.translate("ColumnMappingDialog", u"Match the columns", None))
#if QT_CONFIG(accessibility)
        self.columns.setAccessibleName(QCoreApplication.translate("ColumnMappingDialog", u"Columns of the file", None))
#endif // QT_CONFIG(accessibility)
        self.remember.setText(QCoreApplication.translate("ColumnMappingDialog", u"&Remember this for files with the same columns", None))
    # retranslateUi

