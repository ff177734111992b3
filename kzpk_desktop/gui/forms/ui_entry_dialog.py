# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from kzpk_desktop.gui.widgets.dates import OptionalDateEdit

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.resize(480, 380)
        self.mainLayout = QVBoxLayout(EntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(EntryDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.formError = QLabel(EntryDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.formError)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(4)
        self.categoryLabel = QLabel(EntryDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fieldsLayout.addWidget(self.categoryLabel, 0, 0, 1, 1)

        self.categoryCombo = QComboBox(EntryDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.fieldsLayout.addWidget(self.categoryCombo, 0, 1, 1, 1)

        self.categoryError = QLabel(EntryDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setText(u"")
        self.categoryError.setWordWrap(True)
        self.categoryError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.categoryError, 1, 1, 1, 1)

        self.appointmentLabel = QLabel(EntryDialog)
        self.appointmentLabel.setObjectName(u"appointmentLabel")

        self.fieldsLayout.addWidget(self.appointmentLabel, 2, 0, 1, 1)

        self.appointmentEdit = QLineEdit(EntryDialog)
        self.appointmentEdit.setObjectName(u"appointmentEdit")
        self.appointmentEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.appointmentEdit, 2, 1, 1, 1)

        self.appointmentError = QLabel(EntryDialog)
        self.appointmentError.setObjectName(u"appointmentError")
        self.appointmentError.setText(u"")
        self.appointmentError.setWordWrap(True)
        self.appointmentError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.appointmentError, 3, 1, 1, 1)

        self.appointmentEnLabel = QLabel(EntryDialog)
        self.appointmentEnLabel.setObjectName(u"appointmentEnLabel")

        self.fieldsLayout.addWidget(self.appointmentEnLabel, 4, 0, 1, 1)

        self.appointmentEnEdit = QLineEdit(EntryDialog)
        self.appointmentEnEdit.setObjectName(u"appointmentEnEdit")
        self.appointmentEnEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.appointmentEnEdit, 4, 1, 1, 1)

        self.appointmentEnError = QLabel(EntryDialog)
        self.appointmentEnError.setObjectName(u"appointmentEnError")
        self.appointmentEnError.setText(u"")
        self.appointmentEnError.setWordWrap(True)
        self.appointmentEnError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.appointmentEnError, 5, 1, 1, 1)

        self.subUnitLabel = QLabel(EntryDialog)
        self.subUnitLabel.setObjectName(u"subUnitLabel")

        self.fieldsLayout.addWidget(self.subUnitLabel, 6, 0, 1, 1)

        self.subUnitEdit = QLineEdit(EntryDialog)
        self.subUnitEdit.setObjectName(u"subUnitEdit")
        self.subUnitEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.subUnitEdit, 6, 1, 1, 1)

        self.subUnitError = QLabel(EntryDialog)
        self.subUnitError.setObjectName(u"subUnitError")
        self.subUnitError.setText(u"")
        self.subUnitError.setWordWrap(True)
        self.subUnitError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.subUnitError, 7, 1, 1, 1)

        self.arrivalDateLabel = QLabel(EntryDialog)
        self.arrivalDateLabel.setObjectName(u"arrivalDateLabel")

        self.fieldsLayout.addWidget(self.arrivalDateLabel, 8, 0, 1, 1)

        self.arrivalDateEdit = OptionalDateEdit(EntryDialog)
        self.arrivalDateEdit.setObjectName(u"arrivalDateEdit")

        self.fieldsLayout.addWidget(self.arrivalDateEdit, 8, 1, 1, 1)

        self.arrivalDateError = QLabel(EntryDialog)
        self.arrivalDateError.setObjectName(u"arrivalDateError")
        self.arrivalDateError.setText(u"")
        self.arrivalDateError.setWordWrap(True)
        self.arrivalDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.arrivalDateError, 9, 1, 1, 1)

        self.departureDateLabel = QLabel(EntryDialog)
        self.departureDateLabel.setObjectName(u"departureDateLabel")

        self.fieldsLayout.addWidget(self.departureDateLabel, 10, 0, 1, 1)

        self.departureDateEdit = OptionalDateEdit(EntryDialog)
        self.departureDateEdit.setObjectName(u"departureDateEdit")

        self.fieldsLayout.addWidget(self.departureDateEdit, 10, 1, 1, 1)

        self.departureDateError = QLabel(EntryDialog)
        self.departureDateError.setObjectName(u"departureDateError")
        self.departureDateError.setText(u"")
        self.departureDateError.setWordWrap(True)
        self.departureDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.departureDateError, 11, 1, 1, 1)

        self.unIndexLabel = QLabel(EntryDialog)
        self.unIndexLabel.setObjectName(u"unIndexLabel")

        self.fieldsLayout.addWidget(self.unIndexLabel, 12, 0, 1, 1)

        self.unIndexEdit = QLineEdit(EntryDialog)
        self.unIndexEdit.setObjectName(u"unIndexEdit")
        self.unIndexEdit.setMaxLength(40)

        self.fieldsLayout.addWidget(self.unIndexEdit, 12, 1, 1, 1)

        self.unIndexError = QLabel(EntryDialog)
        self.unIndexError.setObjectName(u"unIndexError")
        self.unIndexError.setText(u"")
        self.unIndexError.setWordWrap(True)
        self.unIndexError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.unIndexError, 13, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.fieldsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(EntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.appointmentLabel.setBuddy(self.appointmentEdit)
        self.appointmentEnLabel.setBuddy(self.appointmentEnEdit)
        self.subUnitLabel.setBuddy(self.subUnitEdit)
        self.arrivalDateLabel.setBuddy(self.arrivalDateEdit)
        self.departureDateLabel.setBuddy(self.departureDateEdit)
        self.unIndexLabel.setBuddy(self.unIndexEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categoryCombo, self.appointmentEdit)
        QWidget.setTabOrder(self.appointmentEdit, self.appointmentEnEdit)
        QWidget.setTabOrder(self.appointmentEnEdit, self.subUnitEdit)
        QWidget.setTabOrder(self.subUnitEdit, self.arrivalDateEdit)
        QWidget.setTabOrder(self.arrivalDateEdit, self.departureDateEdit)
        QWidget.setTabOrder(self.departureDateEdit, self.unIndexEdit)

        self.retranslateUi(EntryDialog)

        QMetaObject.connectSlotsByName(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(QCoreApplication.translate("EntryDialog", u"Roster entry", None))
        self.categoryLabel.setText(QCoreApplication.translate("EntryDialog", u"&Category", None))
        self.appointmentLabel.setText(QCoreApplication.translate("EntryDialog", u"&Appointment", None))
        self.appointmentEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"post in the mission", None))
        self.appointmentEnLabel.setText(QCoreApplication.translate("EntryDialog", u"Appointment in &English", None))
        self.appointmentEnEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"as the UN nominal roll prints it, e.g. Platoon commander", None))
#if QT_CONFIG(tooltip)
        self.appointmentEnEdit.setToolTip(QCoreApplication.translate("EntryDialog", u"Latin letters only; left empty, the English roll translates the appointment where it knows it and transliterates it otherwise", None))
#endif // QT_CONFIG(tooltip)
        self.subUnitLabel.setText(QCoreApplication.translate("EntryDialog", u"&Sub-unit", None))
        self.arrivalDateLabel.setText(QCoreApplication.translate("EntryDialog", u"A&rrival", None))
        self.departureDateLabel.setText(QCoreApplication.translate("EntryDialog", u"&Departure", None))
        self.unIndexLabel.setText(QCoreApplication.translate("EntryDialog", u"&UN index number", None))
        self.unIndexEdit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"issued on arrival", None))
    # retranslateUi

