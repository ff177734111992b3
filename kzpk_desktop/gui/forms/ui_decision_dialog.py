# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGridLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

from kzpk_desktop.gui.widgets.dates import OptionalDateEdit

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(620, 640)
        self.mainLayout = QVBoxLayout(DecisionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formError = QLabel(DecisionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.formError)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(4)
        self.numberLabel = QLabel(DecisionDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.fieldsLayout.addWidget(self.numberLabel, 0, 0, 1, 1)

        self.numberEdit = QLineEdit(DecisionDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(40)

        self.fieldsLayout.addWidget(self.numberEdit, 0, 1, 1, 1)

        self.numberError = QLabel(DecisionDialog)
        self.numberError.setObjectName(u"numberError")
        self.numberError.setText(u"")
        self.numberError.setWordWrap(True)
        self.numberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.numberError, 1, 1, 1, 1)

        self.dateLabel = QLabel(DecisionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.addWidget(self.dateLabel, 2, 0, 1, 1)

        self.dateEdit = OptionalDateEdit(DecisionDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.fieldsLayout.addWidget(self.dateEdit, 2, 1, 1, 1)

        self.dateError = QLabel(DecisionDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setText(u"")
        self.dateError.setWordWrap(True)
        self.dateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.dateError, 3, 1, 1, 1)

        self.titleLabel = QLabel(DecisionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsLayout.addWidget(self.titleLabel, 4, 0, 1, 1)

        self.titleEdit = QLineEdit(DecisionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.fieldsLayout.addWidget(self.titleEdit, 4, 1, 1, 1)

        self.titleError = QLabel(DecisionDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.titleError, 5, 1, 1, 1)

        self.titleKkLabel = QLabel(DecisionDialog)
        self.titleKkLabel.setObjectName(u"titleKkLabel")

        self.fieldsLayout.addWidget(self.titleKkLabel, 6, 0, 1, 1)

        self.titleKkEdit = QLineEdit(DecisionDialog)
        self.titleKkEdit.setObjectName(u"titleKkEdit")
        self.titleKkEdit.setMaxLength(500)

        self.fieldsLayout.addWidget(self.titleKkEdit, 6, 1, 1, 1)

        self.titleEnLabel = QLabel(DecisionDialog)
        self.titleEnLabel.setObjectName(u"titleEnLabel")

        self.fieldsLayout.addWidget(self.titleEnLabel, 7, 0, 1, 1)

        self.titleEnEdit = QLineEdit(DecisionDialog)
        self.titleEnEdit.setObjectName(u"titleEnEdit")
        self.titleEnEdit.setMaxLength(500)

        self.fieldsLayout.addWidget(self.titleEnEdit, 7, 1, 1, 1)

        self.ceilingLabel = QLabel(DecisionDialog)
        self.ceilingLabel.setObjectName(u"ceilingLabel")

        self.fieldsLayout.addWidget(self.ceilingLabel, 8, 0, 1, 1)

        self.ceilingSpin = QSpinBox(DecisionDialog)
        self.ceilingSpin.setObjectName(u"ceilingSpin")
        self.ceilingSpin.setMinimum(-1)
        self.ceilingSpin.setMaximum(100000)
        self.ceilingSpin.setSpecialValueText(u"")

        self.fieldsLayout.addWidget(self.ceilingSpin, 8, 1, 1, 1)

        self.ceilingError = QLabel(DecisionDialog)
        self.ceilingError.setObjectName(u"ceilingError")
        self.ceilingError.setText(u"")
        self.ceilingError.setWordWrap(True)
        self.ceilingError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.ceilingError, 9, 1, 1, 1)

        self.periodFromLabel = QLabel(DecisionDialog)
        self.periodFromLabel.setObjectName(u"periodFromLabel")

        self.fieldsLayout.addWidget(self.periodFromLabel, 10, 0, 1, 1)

        self.periodFromEdit = OptionalDateEdit(DecisionDialog)
        self.periodFromEdit.setObjectName(u"periodFromEdit")

        self.fieldsLayout.addWidget(self.periodFromEdit, 10, 1, 1, 1)

        self.periodFromError = QLabel(DecisionDialog)
        self.periodFromError.setObjectName(u"periodFromError")
        self.periodFromError.setText(u"")
        self.periodFromError.setWordWrap(True)
        self.periodFromError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.periodFromError, 11, 1, 1, 1)

        self.periodToLabel = QLabel(DecisionDialog)
        self.periodToLabel.setObjectName(u"periodToLabel")

        self.fieldsLayout.addWidget(self.periodToLabel, 12, 0, 1, 1)

        self.periodToEdit = OptionalDateEdit(DecisionDialog)
        self.periodToEdit.setObjectName(u"periodToEdit")

        self.fieldsLayout.addWidget(self.periodToEdit, 12, 1, 1, 1)

        self.periodToError = QLabel(DecisionDialog)
        self.periodToError.setObjectName(u"periodToError")
        self.periodToError.setText(u"")
        self.periodToError.setWordWrap(True)
        self.periodToError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.periodToError, 13, 1, 1, 1)

        self.notesLabel = QLabel(DecisionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.addWidget(self.notesLabel, 14, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(DecisionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.notesEdit, 14, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.fieldsLayout)

        self.ceilingsLabel = QLabel(DecisionDialog)
        self.ceilingsLabel.setObjectName(u"ceilingsLabel")
        self.ceilingsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.ceilingsLabel)

        self.ceilingsTable = QTableView(DecisionDialog)
        self.ceilingsTable.setObjectName(u"ceilingsTable")
        self.ceilingsTable.setMinimumSize(QSize(0, 200))
        self.ceilingsTable.setAlternatingRowColors(True)
        self.ceilingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ceilingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.mainLayout.addWidget(self.ceilingsTable)

        self.ceilingsError = QLabel(DecisionDialog)
        self.ceilingsError.setObjectName(u"ceilingsError")
        self.ceilingsError.setText(u"")
        self.ceilingsError.setWordWrap(True)
        self.ceilingsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.ceilingsError)

        self.buttonBox = QDialogButtonBox(DecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.titleKkLabel.setBuddy(self.titleKkEdit)
        self.titleEnLabel.setBuddy(self.titleEnEdit)
        self.ceilingLabel.setBuddy(self.ceilingSpin)
        self.periodFromLabel.setBuddy(self.periodFromEdit)
        self.periodToLabel.setBuddy(self.periodToEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.ceilingsLabel.setBuddy(self.ceilingsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.titleKkEdit)
        QWidget.setTabOrder(self.titleKkEdit, self.titleEnEdit)
        QWidget.setTabOrder(self.titleEnEdit, self.ceilingSpin)
        QWidget.setTabOrder(self.ceilingSpin, self.periodFromEdit)
        QWidget.setTabOrder(self.periodFromEdit, self.periodToEdit)
        QWidget.setTabOrder(self.periodToEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.ceilingsTable)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Parliament decision", None))
        self.numberLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Number", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"e.g. 52-VIII", None))
        self.dateLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Date", None))
        self.titleLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Title", None))
        self.titleKkLabel.setText(QCoreApplication.translate("DecisionDialog", u"Title in &Kazakh", None))
        self.titleKkEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"optional: for the reports in Kazakh", None))
        self.titleEnLabel.setText(QCoreApplication.translate("DecisionDialog", u"Title in &English", None))
        self.titleEnEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"optional: for the reports in English", None))
        self.ceilingLabel.setText(QCoreApplication.translate("DecisionDialog", u"Overall &ceiling", None))
        self.periodFromLabel.setText(QCoreApplication.translate("DecisionDialog", u"Period &from", None))
        self.periodToLabel.setText(QCoreApplication.translate("DecisionDialog", u"Period t&o", None))
        self.notesLabel.setText(QCoreApplication.translate("DecisionDialog", u"N&otes", None))
        self.ceilingsLabel.setText(QCoreApplication.translate("DecisionDialog", u"Ceilings per &mission (leave empty for missions the decision does not cover)", None))
    # retranslateUi

