# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rotation_dialog.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from kzpk_desktop.gui.widgets.dates import OptionalDateEdit

class Ui_RotationDialog(object):
    def setupUi(self, RotationDialog):
        if not RotationDialog.objectName():
            RotationDialog.setObjectName(u"RotationDialog")
        RotationDialog.resize(520, 460)
        self.mainLayout = QVBoxLayout(RotationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formError = QLabel(RotationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.formError)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(4)
        self.missionLabel = QLabel(RotationDialog)
        self.missionLabel.setObjectName(u"missionLabel")

        self.fieldsLayout.addWidget(self.missionLabel, 0, 0, 1, 1)

        self.missionCombo = QComboBox(RotationDialog)
        self.missionCombo.setObjectName(u"missionCombo")

        self.fieldsLayout.addWidget(self.missionCombo, 0, 1, 1, 1)

        self.missionError = QLabel(RotationDialog)
        self.missionError.setObjectName(u"missionError")
        self.missionError.setText(u"")
        self.missionError.setWordWrap(True)
        self.missionError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.missionError, 1, 1, 1, 1)

        self.numberLabel = QLabel(RotationDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.fieldsLayout.addWidget(self.numberLabel, 2, 0, 1, 1)

        self.numberSpin = QSpinBox(RotationDialog)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(999)

        self.fieldsLayout.addWidget(self.numberSpin, 2, 1, 1, 1)

        self.numberError = QLabel(RotationDialog)
        self.numberError.setObjectName(u"numberError")
        self.numberError.setText(u"")
        self.numberError.setWordWrap(True)
        self.numberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.numberError, 3, 1, 1, 1)

        self.nameLabel = QLabel(RotationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.addWidget(self.nameLabel, 4, 0, 1, 1)

        self.nameEdit = QLineEdit(RotationDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.nameEdit, 4, 1, 1, 1)

        self.nameError = QLabel(RotationDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.nameError, 5, 1, 1, 1)

        self.decisionLabel = QLabel(RotationDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.fieldsLayout.addWidget(self.decisionLabel, 6, 0, 1, 1)

        self.decisionCombo = QComboBox(RotationDialog)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.fieldsLayout.addWidget(self.decisionCombo, 6, 1, 1, 1)

        self.decisionError = QLabel(RotationDialog)
        self.decisionError.setObjectName(u"decisionError")
        self.decisionError.setText(u"")
        self.decisionError.setWordWrap(True)
        self.decisionError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.decisionError, 7, 1, 1, 1)

        self.plannedStartLabel = QLabel(RotationDialog)
        self.plannedStartLabel.setObjectName(u"plannedStartLabel")

        self.fieldsLayout.addWidget(self.plannedStartLabel, 8, 0, 1, 1)

        self.plannedStartEdit = OptionalDateEdit(RotationDialog)
        self.plannedStartEdit.setObjectName(u"plannedStartEdit")

        self.fieldsLayout.addWidget(self.plannedStartEdit, 8, 1, 1, 1)

        self.plannedStartError = QLabel(RotationDialog)
        self.plannedStartError.setObjectName(u"plannedStartError")
        self.plannedStartError.setText(u"")
        self.plannedStartError.setWordWrap(True)
        self.plannedStartError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.plannedStartError, 9, 1, 1, 1)

        self.plannedEndLabel = QLabel(RotationDialog)
        self.plannedEndLabel.setObjectName(u"plannedEndLabel")

        self.fieldsLayout.addWidget(self.plannedEndLabel, 10, 0, 1, 1)

        self.plannedEndEdit = OptionalDateEdit(RotationDialog)
        self.plannedEndEdit.setObjectName(u"plannedEndEdit")

        self.fieldsLayout.addWidget(self.plannedEndEdit, 10, 1, 1, 1)

        self.plannedEndError = QLabel(RotationDialog)
        self.plannedEndError.setObjectName(u"plannedEndError")
        self.plannedEndError.setText(u"")
        self.plannedEndError.setWordWrap(True)
        self.plannedEndError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.plannedEndError, 11, 1, 1, 1)

        self.actualStartLabel = QLabel(RotationDialog)
        self.actualStartLabel.setObjectName(u"actualStartLabel")

        self.fieldsLayout.addWidget(self.actualStartLabel, 12, 0, 1, 1)

        self.actualStartEdit = OptionalDateEdit(RotationDialog)
        self.actualStartEdit.setObjectName(u"actualStartEdit")

        self.fieldsLayout.addWidget(self.actualStartEdit, 12, 1, 1, 1)

        self.actualStartError = QLabel(RotationDialog)
        self.actualStartError.setObjectName(u"actualStartError")
        self.actualStartError.setText(u"")
        self.actualStartError.setWordWrap(True)
        self.actualStartError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.actualStartError, 13, 1, 1, 1)

        self.actualEndLabel = QLabel(RotationDialog)
        self.actualEndLabel.setObjectName(u"actualEndLabel")

        self.fieldsLayout.addWidget(self.actualEndLabel, 14, 0, 1, 1)

        self.actualEndEdit = OptionalDateEdit(RotationDialog)
        self.actualEndEdit.setObjectName(u"actualEndEdit")

        self.fieldsLayout.addWidget(self.actualEndEdit, 14, 1, 1, 1)

        self.actualEndError = QLabel(RotationDialog)
        self.actualEndError.setObjectName(u"actualEndError")
        self.actualEndError.setText(u"")
        self.actualEndError.setWordWrap(True)
        self.actualEndError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.actualEndError, 15, 1, 1, 1)

        self.statusLabel = QLabel(RotationDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fieldsLayout.addWidget(self.statusLabel, 16, 0, 1, 1)

        self.statusCombo = QComboBox(RotationDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsLayout.addWidget(self.statusCombo, 16, 1, 1, 1)

        self.statusError = QLabel(RotationDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setText(u"")
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.statusError, 17, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.fieldsLayout)

        self.decisionHint = QLabel(RotationDialog)
        self.decisionHint.setObjectName(u"decisionHint")
        self.decisionHint.setWordWrap(True)

        self.mainLayout.addWidget(self.decisionHint)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RotationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.missionLabel.setBuddy(self.missionCombo)
        self.numberLabel.setBuddy(self.numberSpin)
        self.nameLabel.setBuddy(self.nameEdit)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.plannedStartLabel.setBuddy(self.plannedStartEdit)
        self.plannedEndLabel.setBuddy(self.plannedEndEdit)
        self.actualStartLabel.setBuddy(self.actualStartEdit)
        self.actualEndLabel.setBuddy(self.actualEndEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.missionCombo, self.numberSpin)
        QWidget.setTabOrder(self.numberSpin, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.plannedStartEdit)
        QWidget.setTabOrder(self.plannedStartEdit, self.plannedEndEdit)
        QWidget.setTabOrder(self.plannedEndEdit, self.actualStartEdit)
        QWidget.setTabOrder(self.actualStartEdit, self.actualEndEdit)
        QWidget.setTabOrder(self.actualEndEdit, self.statusCombo)

        self.retranslateUi(RotationDialog)

        QMetaObject.connectSlotsByName(RotationDialog)
    # setupUi

    def retranslateUi(self, RotationDialog):
        RotationDialog.setWindowTitle(QCoreApplication.translate("RotationDialog", u"Rotation", None))
        self.missionLabel.setText(QCoreApplication.translate("RotationDialog", u"&Mission", None))
        self.numberLabel.setText(QCoreApplication.translate("RotationDialog", u"N&umber", None))
        self.nameLabel.setText(QCoreApplication.translate("RotationDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("RotationDialog", u"e.g. KAZBAT-7, staff officers 2026", None))
        self.decisionLabel.setText(QCoreApplication.translate("RotationDialog", u"Parliament &decision", None))
        self.plannedStartLabel.setText(QCoreApplication.translate("RotationDialog", u"&Planned start", None))
        self.plannedEndLabel.setText(QCoreApplication.translate("RotationDialog", u"Planned &end", None))
        self.actualStartLabel.setText(QCoreApplication.translate("RotationDialog", u"&Actual start", None))
        self.actualEndLabel.setText(QCoreApplication.translate("RotationDialog", u"Actual en&d", None))
        self.statusLabel.setText(QCoreApplication.translate("RotationDialog", u"&Status", None))
        self.decisionHint.setText(QCoreApplication.translate("RotationDialog", u"Only decisions that set a ceiling for the chosen mission and are not superseded are listed.", None))
    # retranslateUi

