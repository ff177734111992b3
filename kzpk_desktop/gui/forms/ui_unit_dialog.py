# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_dialog.ui'
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

class Ui_UnitDialog(object):
    def setupUi(self, UnitDialog):
        if not UnitDialog.objectName():
            UnitDialog.setObjectName(u"UnitDialog")
        UnitDialog.resize(480, 380)
        self.mainLayout = QVBoxLayout(UnitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formError = QLabel(UnitDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.formError)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(4)
        self.parentLabel = QLabel(UnitDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.fieldsLayout.addWidget(self.parentLabel, 0, 0, 1, 1)

        self.parentValue = QLabel(UnitDialog)
        self.parentValue.setObjectName(u"parentValue")
        self.parentValue.setText(u"")
        self.parentValue.setWordWrap(True)

        self.fieldsLayout.addWidget(self.parentValue, 0, 1, 1, 1)

        self.parentError = QLabel(UnitDialog)
        self.parentError.setObjectName(u"parentError")
        self.parentError.setText(u"")
        self.parentError.setWordWrap(True)
        self.parentError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.parentError, 1, 1, 1, 1)

        self.nameKkLabel = QLabel(UnitDialog)
        self.nameKkLabel.setObjectName(u"nameKkLabel")

        self.fieldsLayout.addWidget(self.nameKkLabel, 2, 0, 1, 1)

        self.nameKkEdit = QLineEdit(UnitDialog)
        self.nameKkEdit.setObjectName(u"nameKkEdit")
        self.nameKkEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.nameKkEdit, 2, 1, 1, 1)

        self.nameKkError = QLabel(UnitDialog)
        self.nameKkError.setObjectName(u"nameKkError")
        self.nameKkError.setText(u"")
        self.nameKkError.setWordWrap(True)
        self.nameKkError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.nameKkError, 3, 1, 1, 1)

        self.nameRuLabel = QLabel(UnitDialog)
        self.nameRuLabel.setObjectName(u"nameRuLabel")

        self.fieldsLayout.addWidget(self.nameRuLabel, 4, 0, 1, 1)

        self.nameRuEdit = QLineEdit(UnitDialog)
        self.nameRuEdit.setObjectName(u"nameRuEdit")
        self.nameRuEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.nameRuEdit, 4, 1, 1, 1)

        self.nameRuError = QLabel(UnitDialog)
        self.nameRuError.setObjectName(u"nameRuError")
        self.nameRuError.setText(u"")
        self.nameRuError.setWordWrap(True)
        self.nameRuError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.nameRuError, 5, 1, 1, 1)

        self.nameEnLabel = QLabel(UnitDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.fieldsLayout.addWidget(self.nameEnLabel, 6, 0, 1, 1)

        self.nameEnEdit = QLineEdit(UnitDialog)
        self.nameEnEdit.setObjectName(u"nameEnEdit")
        self.nameEnEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.nameEnEdit, 6, 1, 1, 1)

        self.nameEnError = QLabel(UnitDialog)
        self.nameEnError.setObjectName(u"nameEnError")
        self.nameEnError.setText(u"")
        self.nameEnError.setWordWrap(True)
        self.nameEnError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.nameEnError, 7, 1, 1, 1)

        self.kindLabel = QLabel(UnitDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fieldsLayout.addWidget(self.kindLabel, 8, 0, 1, 1)

        self.kindCombo = QComboBox(UnitDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fieldsLayout.addWidget(self.kindCombo, 8, 1, 1, 1)

        self.kindError = QLabel(UnitDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")
        self.kindError.setWordWrap(True)
        self.kindError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.kindError, 9, 1, 1, 1)

        self.levelLabel = QLabel(UnitDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.fieldsLayout.addWidget(self.levelLabel, 10, 0, 1, 1)

        self.levelCombo = QComboBox(UnitDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.fieldsLayout.addWidget(self.levelCombo, 10, 1, 1, 1)

        self.levelError = QLabel(UnitDialog)
        self.levelError.setObjectName(u"levelError")
        self.levelError.setText(u"")
        self.levelError.setWordWrap(True)
        self.levelError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.levelError, 11, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.fieldsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(UnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.parentLabel.setBuddy(self.parentValue)
        self.nameKkLabel.setBuddy(self.nameKkEdit)
        self.nameRuLabel.setBuddy(self.nameRuEdit)
        self.nameEnLabel.setBuddy(self.nameEnEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.levelLabel.setBuddy(self.levelCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameKkEdit, self.nameRuEdit)
        QWidget.setTabOrder(self.nameRuEdit, self.nameEnEdit)
        QWidget.setTabOrder(self.nameEnEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.levelCombo)

        self.retranslateUi(UnitDialog)

        QMetaObject.connectSlotsByName(UnitDialog)
    # setupUi

    def retranslateUi(self, UnitDialog):
        UnitDialog.setWindowTitle(QCoreApplication.translate("UnitDialog", u"Unit", None))
        self.parentLabel.setText(QCoreApplication.translate("UnitDialog", u"Part of", None))
        self.nameKkLabel.setText(QCoreApplication.translate("UnitDialog", u"Name in &Kazakh", None))
        self.nameRuLabel.setText(QCoreApplication.translate("UnitDialog", u"Name in &Russian", None))
        self.nameEnLabel.setText(QCoreApplication.translate("UnitDialog", u"Name in &English", None))
        self.kindLabel.setText(QCoreApplication.translate("UnitDialog", u"K&ind", None))
        self.levelLabel.setText(QCoreApplication.translate("UnitDialog", u"&Level", None))
    # retranslateUi

