# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_dialog.ui'
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

class Ui_DocumentDialog(object):
    def setupUi(self, DocumentDialog):
        if not DocumentDialog.objectName():
            DocumentDialog.setObjectName(u"DocumentDialog")
        DocumentDialog.resize(480, 400)
        self.mainLayout = QVBoxLayout(DocumentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formError = QLabel(DocumentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.formError)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(4)
        self.kindLabel = QLabel(DocumentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fieldsLayout.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(DocumentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fieldsLayout.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.kindError = QLabel(DocumentDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")
        self.kindError.setWordWrap(True)
        self.kindError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.kindError, 1, 1, 1, 1)

        self.numberLabel = QLabel(DocumentDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.fieldsLayout.addWidget(self.numberLabel, 2, 0, 1, 1)

        self.numberEdit = QLineEdit(DocumentDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(40)

        self.fieldsLayout.addWidget(self.numberEdit, 2, 1, 1, 1)

        self.numberError = QLabel(DocumentDialog)
        self.numberError.setObjectName(u"numberError")
        self.numberError.setText(u"")
        self.numberError.setWordWrap(True)
        self.numberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.numberError, 3, 1, 1, 1)

        self.issuedOnLabel = QLabel(DocumentDialog)
        self.issuedOnLabel.setObjectName(u"issuedOnLabel")

        self.fieldsLayout.addWidget(self.issuedOnLabel, 4, 0, 1, 1)

        self.issuedOnEdit = OptionalDateEdit(DocumentDialog)
        self.issuedOnEdit.setObjectName(u"issuedOnEdit")

        self.fieldsLayout.addWidget(self.issuedOnEdit, 4, 1, 1, 1)

        self.issuedOnError = QLabel(DocumentDialog)
        self.issuedOnError.setObjectName(u"issuedOnError")
        self.issuedOnError.setText(u"")
        self.issuedOnError.setWordWrap(True)
        self.issuedOnError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.issuedOnError, 5, 1, 1, 1)

        self.expiresOnLabel = QLabel(DocumentDialog)
        self.expiresOnLabel.setObjectName(u"expiresOnLabel")

        self.fieldsLayout.addWidget(self.expiresOnLabel, 6, 0, 1, 1)

        self.expiresOnEdit = OptionalDateEdit(DocumentDialog)
        self.expiresOnEdit.setObjectName(u"expiresOnEdit")

        self.fieldsLayout.addWidget(self.expiresOnEdit, 6, 1, 1, 1)

        self.expiresOnError = QLabel(DocumentDialog)
        self.expiresOnError.setObjectName(u"expiresOnError")
        self.expiresOnError.setText(u"")
        self.expiresOnError.setWordWrap(True)
        self.expiresOnError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.expiresOnError, 7, 1, 1, 1)

        self.issuerLabel = QLabel(DocumentDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.fieldsLayout.addWidget(self.issuerLabel, 8, 0, 1, 1)

        self.issuerEdit = QLineEdit(DocumentDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")
        self.issuerEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.issuerEdit, 8, 1, 1, 1)

        self.issuerError = QLabel(DocumentDialog)
        self.issuerError.setObjectName(u"issuerError")
        self.issuerError.setText(u"")
        self.issuerError.setWordWrap(True)
        self.issuerError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.issuerError, 9, 1, 1, 1)

        self.notesLabel = QLabel(DocumentDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.addWidget(self.notesLabel, 10, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(DocumentDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.notesEdit, 10, 1, 1, 1)

        self.notesError = QLabel(DocumentDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.notesError, 11, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.fieldsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.numberLabel.setBuddy(self.numberEdit)
        self.issuedOnLabel.setBuddy(self.issuedOnEdit)
        self.expiresOnLabel.setBuddy(self.expiresOnEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.issuedOnEdit)
        QWidget.setTabOrder(self.issuedOnEdit, self.expiresOnEdit)
        QWidget.setTabOrder(self.expiresOnEdit, self.issuerEdit)
        QWidget.setTabOrder(self.issuerEdit, self.notesEdit)

        self.retranslateUi(DocumentDialog)

        QMetaObject.connectSlotsByName(DocumentDialog)
    # setupUi

    def retranslateUi(self, DocumentDialog):
        DocumentDialog.setWindowTitle(QCoreApplication.translate("DocumentDialog", u"Document", None))
        self.kindLabel.setText(QCoreApplication.translate("DocumentDialog", u"&Kind", None))
        self.numberLabel.setText(QCoreApplication.translate("DocumentDialog", u"&Number", None))
        self.issuedOnLabel.setText(QCoreApplication.translate("DocumentDialog", u"&Issued on", None))
        self.expiresOnLabel.setText(QCoreApplication.translate("DocumentDialog", u"E&xpires on", None))
        self.issuerLabel.setText(QCoreApplication.translate("DocumentDialog", u"Issued &by", None))
        self.issuerEdit.setPlaceholderText(QCoreApplication.translate("DocumentDialog", u"authority that issued it", None))
        self.notesLabel.setText(QCoreApplication.translate("DocumentDialog", u"N&otes", None))
    # retranslateUi

