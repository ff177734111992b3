# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mission_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from kzpk_desktop.gui.widgets.dates import OptionalDateEdit

class Ui_MissionDialog(object):
    def setupUi(self, MissionDialog):
        if not MissionDialog.objectName():
            MissionDialog.setObjectName(u"MissionDialog")
        MissionDialog.resize(520, 480)
        self.mainLayout = QVBoxLayout(MissionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formError = QLabel(MissionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.formError)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(4)
        self.acronymLabel = QLabel(MissionDialog)
        self.acronymLabel.setObjectName(u"acronymLabel")

        self.fieldsLayout.addWidget(self.acronymLabel, 0, 0, 1, 1)

        self.acronymEdit = QLineEdit(MissionDialog)
        self.acronymEdit.setObjectName(u"acronymEdit")
        self.acronymEdit.setMaxLength(20)

        self.fieldsLayout.addWidget(self.acronymEdit, 0, 1, 1, 1)

        self.acronymError = QLabel(MissionDialog)
        self.acronymError.setObjectName(u"acronymError")
        self.acronymError.setText(u"")
        self.acronymError.setWordWrap(True)
        self.acronymError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.acronymError, 1, 1, 1, 1)

        self.nameEnLabel = QLabel(MissionDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.fieldsLayout.addWidget(self.nameEnLabel, 2, 0, 1, 1)

        self.nameEnEdit = QLineEdit(MissionDialog)
        self.nameEnEdit.setObjectName(u"nameEnEdit")
        self.nameEnEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.nameEnEdit, 2, 1, 1, 1)

        self.nameEnError = QLabel(MissionDialog)
        self.nameEnError.setObjectName(u"nameEnError")
        self.nameEnError.setText(u"")
        self.nameEnError.setWordWrap(True)
        self.nameEnError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.nameEnError, 3, 1, 1, 1)

        self.nameRuLabel = QLabel(MissionDialog)
        self.nameRuLabel.setObjectName(u"nameRuLabel")

        self.fieldsLayout.addWidget(self.nameRuLabel, 4, 0, 1, 1)

        self.nameRuEdit = QLineEdit(MissionDialog)
        self.nameRuEdit.setObjectName(u"nameRuEdit")
        self.nameRuEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.nameRuEdit, 4, 1, 1, 1)

        self.nameRuError = QLabel(MissionDialog)
        self.nameRuError.setObjectName(u"nameRuError")
        self.nameRuError.setText(u"")
        self.nameRuError.setWordWrap(True)
        self.nameRuError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.nameRuError, 5, 1, 1, 1)

        self.nameKkLabel = QLabel(MissionDialog)
        self.nameKkLabel.setObjectName(u"nameKkLabel")

        self.fieldsLayout.addWidget(self.nameKkLabel, 6, 0, 1, 1)

        self.nameKkEdit = QLineEdit(MissionDialog)
        self.nameKkEdit.setObjectName(u"nameKkEdit")
        self.nameKkEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.nameKkEdit, 6, 1, 1, 1)

        self.nameKkError = QLabel(MissionDialog)
        self.nameKkError.setObjectName(u"nameKkError")
        self.nameKkError.setText(u"")
        self.nameKkError.setWordWrap(True)
        self.nameKkError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.nameKkError, 7, 1, 1, 1)

        self.hostCountryLabel = QLabel(MissionDialog)
        self.hostCountryLabel.setObjectName(u"hostCountryLabel")

        self.fieldsLayout.addWidget(self.hostCountryLabel, 8, 0, 1, 1)

        self.hostCountryEdit = QLineEdit(MissionDialog)
        self.hostCountryEdit.setObjectName(u"hostCountryEdit")
        self.hostCountryEdit.setMaxLength(120)

        self.fieldsLayout.addWidget(self.hostCountryEdit, 8, 1, 1, 1)

        self.hostCountryError = QLabel(MissionDialog)
        self.hostCountryError.setObjectName(u"hostCountryError")
        self.hostCountryError.setText(u"")
        self.hostCountryError.setWordWrap(True)
        self.hostCountryError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.hostCountryError, 9, 1, 1, 1)

        self.hostCountryRuLabel = QLabel(MissionDialog)
        self.hostCountryRuLabel.setObjectName(u"hostCountryRuLabel")

        self.fieldsLayout.addWidget(self.hostCountryRuLabel, 10, 0, 1, 1)

        self.hostCountryRuEdit = QLineEdit(MissionDialog)
        self.hostCountryRuEdit.setObjectName(u"hostCountryRuEdit")
        self.hostCountryRuEdit.setMaxLength(120)

        self.fieldsLayout.addWidget(self.hostCountryRuEdit, 10, 1, 1, 1)

        self.hostCountryRuError = QLabel(MissionDialog)
        self.hostCountryRuError.setObjectName(u"hostCountryRuError")
        self.hostCountryRuError.setText(u"")
        self.hostCountryRuError.setWordWrap(True)
        self.hostCountryRuError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.hostCountryRuError, 11, 1, 1, 1)

        self.hostCountryKkLabel = QLabel(MissionDialog)
        self.hostCountryKkLabel.setObjectName(u"hostCountryKkLabel")

        self.fieldsLayout.addWidget(self.hostCountryKkLabel, 12, 0, 1, 1)

        self.hostCountryKkEdit = QLineEdit(MissionDialog)
        self.hostCountryKkEdit.setObjectName(u"hostCountryKkEdit")
        self.hostCountryKkEdit.setMaxLength(120)

        self.fieldsLayout.addWidget(self.hostCountryKkEdit, 12, 1, 1, 1)

        self.hostCountryKkError = QLabel(MissionDialog)
        self.hostCountryKkError.setObjectName(u"hostCountryKkError")
        self.hostCountryKkError.setText(u"")
        self.hostCountryKkError.setWordWrap(True)
        self.hostCountryKkError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.hostCountryKkError, 13, 1, 1, 1)

        self.iso3Label = QLabel(MissionDialog)
        self.iso3Label.setObjectName(u"iso3Label")

        self.fieldsLayout.addWidget(self.iso3Label, 14, 0, 1, 1)

        self.iso3Edit = QLineEdit(MissionDialog)
        self.iso3Edit.setObjectName(u"iso3Edit")
        self.iso3Edit.setMaxLength(3)

        self.fieldsLayout.addWidget(self.iso3Edit, 14, 1, 1, 1)

        self.iso3Error = QLabel(MissionDialog)
        self.iso3Error.setObjectName(u"iso3Error")
        self.iso3Error.setText(u"")
        self.iso3Error.setWordWrap(True)
        self.iso3Error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.iso3Error, 15, 1, 1, 1)

        self.startDateLabel = QLabel(MissionDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.fieldsLayout.addWidget(self.startDateLabel, 16, 0, 1, 1)

        self.startDateEdit = OptionalDateEdit(MissionDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.fieldsLayout.addWidget(self.startDateEdit, 16, 1, 1, 1)

        self.startDateError = QLabel(MissionDialog)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setText(u"")
        self.startDateError.setWordWrap(True)
        self.startDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.startDateError, 17, 1, 1, 1)

        self.endDateLabel = QLabel(MissionDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.fieldsLayout.addWidget(self.endDateLabel, 18, 0, 1, 1)

        self.endDateEdit = OptionalDateEdit(MissionDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.fieldsLayout.addWidget(self.endDateEdit, 18, 1, 1, 1)

        self.endDateError = QLabel(MissionDialog)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setText(u"")
        self.endDateError.setWordWrap(True)
        self.endDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.endDateError, 19, 1, 1, 1)

        self.statusLabel = QLabel(MissionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fieldsLayout.addWidget(self.statusLabel, 20, 0, 1, 1)

        self.statusCombo = QComboBox(MissionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsLayout.addWidget(self.statusCombo, 20, 1, 1, 1)

        self.statusError = QLabel(MissionDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setText(u"")
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.statusError, 21, 1, 1, 1)

        self.notesLabel = QLabel(MissionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.addWidget(self.notesLabel, 22, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(MissionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.notesEdit, 22, 1, 1, 1)

        self.notesError = QLabel(MissionDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.notesError, 23, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.fieldsLayout)

        self.namesHint = QLabel(MissionDialog)
        self.namesHint.setObjectName(u"namesHint")
        self.namesHint.setWordWrap(True)

        self.mainLayout.addWidget(self.namesHint)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MissionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.acronymLabel.setBuddy(self.acronymEdit)
        self.nameEnLabel.setBuddy(self.nameEnEdit)
        self.nameRuLabel.setBuddy(self.nameRuEdit)
        self.nameKkLabel.setBuddy(self.nameKkEdit)
        self.hostCountryLabel.setBuddy(self.hostCountryEdit)
        self.hostCountryRuLabel.setBuddy(self.hostCountryRuEdit)
        self.hostCountryKkLabel.setBuddy(self.hostCountryKkEdit)
        self.iso3Label.setBuddy(self.iso3Edit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.acronymEdit, self.nameEnEdit)
        QWidget.setTabOrder(self.nameEnEdit, self.nameRuEdit)
        QWidget.setTabOrder(self.nameRuEdit, self.nameKkEdit)
        QWidget.setTabOrder(self.nameKkEdit, self.hostCountryEdit)
        QWidget.setTabOrder(self.hostCountryEdit, self.hostCountryRuEdit)
        QWidget.setTabOrder(self.hostCountryRuEdit, self.hostCountryKkEdit)
        QWidget.setTabOrder(self.hostCountryKkEdit, self.iso3Edit)
        QWidget.setTabOrder(self.iso3Edit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.notesEdit)

        self.retranslateUi(MissionDialog)

        QMetaObject.connectSlotsByName(MissionDialog)
    # setupUi

    def retranslateUi(self, MissionDialog):
        MissionDialog.setWindowTitle(QCoreApplication.translate("MissionDialog", u"Mission", None))
        self.acronymLabel.setText(QCoreApplication.translate("MissionDialog", u"&Acronym", None))
        self.acronymEdit.setPlaceholderText(QCoreApplication.translate("MissionDialog", u"e.g. UNIFIL", None))
        self.nameEnLabel.setText(QCoreApplication.translate("MissionDialog", u"Name in &English", None))
        self.nameRuLabel.setText(QCoreApplication.translate("MissionDialog", u"Name in &Russian", None))
        self.nameKkLabel.setText(QCoreApplication.translate("MissionDialog", u"Name in &Kazakh", None))
        self.hostCountryLabel.setText(QCoreApplication.translate("MissionDialog", u"&Host country in English", None))
        self.hostCountryRuLabel.setText(QCoreApplication.translate("MissionDialog", u"Host &country in Russian", None))
        self.hostCountryKkLabel.setText(QCoreApplication.translate("MissionDialog", u"Host country in Ka&zakh", None))
        self.iso3Label.setText(QCoreApplication.translate("MissionDialog", u"&ISO3 code", None))
        self.iso3Edit.setPlaceholderText(QCoreApplication.translate("MissionDialog", u"e.g. LBN", None))
        self.startDateLabel.setText(QCoreApplication.translate("MissionDialog", u"&Start", None))
        self.endDateLabel.setText(QCoreApplication.translate("MissionDialog", u"E&nd", None))
        self.statusLabel.setText(QCoreApplication.translate("MissionDialog", u"S&tatus", None))
        self.notesLabel.setText(QCoreApplication.translate("MissionDialog", u"N&otes", None))
        self.namesHint.setText(QCoreApplication.translate("MissionDialog", u"A name or host country left empty in Kazakh or Russian is shown in English.", None))
    # retranslateUi

