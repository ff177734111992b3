# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assignment_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTreeView, QVBoxLayout, QWidget)

from kzpk_desktop.gui.widgets.dates import OptionalDateEdit

class Ui_AssignmentDialog(object):
    def setupUi(self, AssignmentDialog):
        if not AssignmentDialog.objectName():
            AssignmentDialog.setObjectName(u"AssignmentDialog")
        AssignmentDialog.resize(560, 620)
        self.mainLayout = QVBoxLayout(AssignmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formError = QLabel(AssignmentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.formError)

        self.peopleBox = QGroupBox(AssignmentDialog)
        self.peopleBox.setObjectName(u"peopleBox")
        self.peopleLayout = QVBoxLayout(self.peopleBox)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.searchHolder = QWidget(self.peopleBox)
        self.searchHolder.setObjectName(u"searchHolder")
        self.searchLayout = QVBoxLayout(self.searchHolder)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLayout.setContentsMargins(0, 0, 0, 0)

        self.peopleLayout.addWidget(self.searchHolder)

        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.addButton = QPushButton(self.peopleBox)
        self.addButton.setObjectName(u"addButton")

        self.chooseLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(self.peopleBox)
        self.removeButton.setObjectName(u"removeButton")

        self.chooseLayout.addWidget(self.removeButton)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.chooseSpacer)

        self.chosenLabel = QLabel(self.peopleBox)
        self.chosenLabel.setObjectName(u"chosenLabel")
        self.chosenLabel.setText(u"")

        self.chooseLayout.addWidget(self.chosenLabel)


        self.peopleLayout.addLayout(self.chooseLayout)

        self.chosenList = QListWidget(self.peopleBox)
        self.chosenList.setObjectName(u"chosenList")
        self.chosenList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.peopleLayout.addWidget(self.chosenList)

        self.servicemanError = QLabel(self.peopleBox)
        self.servicemanError.setObjectName(u"servicemanError")
        self.servicemanError.setText(u"")
        self.servicemanError.setWordWrap(True)
        self.servicemanError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.peopleLayout.addWidget(self.servicemanError)

        self.peopleLayout.setStretch(0, 3)
        self.peopleLayout.setStretch(2, 1)

        self.mainLayout.addWidget(self.peopleBox)

        self.unitBox = QGroupBox(AssignmentDialog)
        self.unitBox.setObjectName(u"unitBox")
        self.unitLayout = QVBoxLayout(self.unitBox)
        self.unitLayout.setObjectName(u"unitLayout")
        self.unitTree = QTreeView(self.unitBox)
        self.unitTree.setObjectName(u"unitTree")
        self.unitTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitTree.setUniformRowHeights(True)

        self.unitLayout.addWidget(self.unitTree)

        self.unitError = QLabel(self.unitBox)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setText(u"")
        self.unitError.setWordWrap(True)
        self.unitError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitLayout.addWidget(self.unitError)


        self.mainLayout.addWidget(self.unitBox)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(4)
        self.positionLabel = QLabel(AssignmentDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.fieldsLayout.addWidget(self.positionLabel, 0, 0, 1, 1)

        self.positionEdit = QLineEdit(AssignmentDialog)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.positionEdit, 0, 1, 1, 1)

        self.positionError = QLabel(AssignmentDialog)
        self.positionError.setObjectName(u"positionError")
        self.positionError.setText(u"")
        self.positionError.setWordWrap(True)
        self.positionError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.positionError, 1, 1, 1, 1)

        self.dateFromLabel = QLabel(AssignmentDialog)
        self.dateFromLabel.setObjectName(u"dateFromLabel")

        self.fieldsLayout.addWidget(self.dateFromLabel, 2, 0, 1, 1)

        self.dateFromEdit = OptionalDateEdit(AssignmentDialog)
        self.dateFromEdit.setObjectName(u"dateFromEdit")

        self.fieldsLayout.addWidget(self.dateFromEdit, 2, 1, 1, 1)

        self.dateFromError = QLabel(AssignmentDialog)
        self.dateFromError.setObjectName(u"dateFromError")
        self.dateFromError.setText(u"")
        self.dateFromError.setWordWrap(True)
        self.dateFromError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.dateFromError, 3, 1, 1, 1)

        self.dateToLabel = QLabel(AssignmentDialog)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.fieldsLayout.addWidget(self.dateToLabel, 4, 0, 1, 1)

        self.dateToEdit = OptionalDateEdit(AssignmentDialog)
        self.dateToEdit.setObjectName(u"dateToEdit")

        self.fieldsLayout.addWidget(self.dateToEdit, 4, 1, 1, 1)

        self.dateToError = QLabel(AssignmentDialog)
        self.dateToError.setObjectName(u"dateToError")
        self.dateToError.setText(u"")
        self.dateToError.setWordWrap(True)
        self.dateToError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.dateToError, 5, 1, 1, 1)

        self.orderNumberLabel = QLabel(AssignmentDialog)
        self.orderNumberLabel.setObjectName(u"orderNumberLabel")

        self.fieldsLayout.addWidget(self.orderNumberLabel, 6, 0, 1, 1)

        self.orderNumberEdit = QLineEdit(AssignmentDialog)
        self.orderNumberEdit.setObjectName(u"orderNumberEdit")
        self.orderNumberEdit.setMaxLength(40)

        self.fieldsLayout.addWidget(self.orderNumberEdit, 6, 1, 1, 1)

        self.orderNumberError = QLabel(AssignmentDialog)
        self.orderNumberError.setObjectName(u"orderNumberError")
        self.orderNumberError.setText(u"")
        self.orderNumberError.setWordWrap(True)
        self.orderNumberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.orderNumberError, 7, 1, 1, 1)

        self.orderDateLabel = QLabel(AssignmentDialog)
        self.orderDateLabel.setObjectName(u"orderDateLabel")

        self.fieldsLayout.addWidget(self.orderDateLabel, 8, 0, 1, 1)

        self.orderDateEdit = OptionalDateEdit(AssignmentDialog)
        self.orderDateEdit.setObjectName(u"orderDateEdit")

        self.fieldsLayout.addWidget(self.orderDateEdit, 8, 1, 1, 1)

        self.orderDateError = QLabel(AssignmentDialog)
        self.orderDateError.setObjectName(u"orderDateError")
        self.orderDateError.setText(u"")
        self.orderDateError.setWordWrap(True)
        self.orderDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.orderDateError, 9, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.fieldsLayout)

        self.buttonBox = QDialogButtonBox(AssignmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.positionLabel.setBuddy(self.positionEdit)
        self.dateFromLabel.setBuddy(self.dateFromEdit)
        self.dateToLabel.setBuddy(self.dateToEdit)
        self.orderNumberLabel.setBuddy(self.orderNumberEdit)
        self.orderDateLabel.setBuddy(self.orderDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitTree, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.dateFromEdit)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.orderNumberEdit)
        QWidget.setTabOrder(self.orderNumberEdit, self.orderDateEdit)

        self.retranslateUi(AssignmentDialog)

        QMetaObject.connectSlotsByName(AssignmentDialog)
    # setupUi

    def retranslateUi(self, AssignmentDialog):
        AssignmentDialog.setWindowTitle(QCoreApplication.translate("AssignmentDialog", u"Assignment", None))
        self.peopleBox.setTitle(QCoreApplication.translate("AssignmentDialog", u"Servicemen", None))
        self.addButton.setText(QCoreApplication.translate("AssignmentDialog", u"&Add to the list \u2193", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AssignmentDialog", u"Add the people selected above (Enter does the same)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("AssignmentDialog", u"&Remove from the list", None))
        self.unitBox.setTitle(QCoreApplication.translate("AssignmentDialog", u"&Unit", None))
        self.positionLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&Position", None))
        self.dateFromLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&From", None))
        self.dateToLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&To", None))
#if QT_CONFIG(tooltip)
        self.dateToEdit.setToolTip(QCoreApplication.translate("AssignmentDialog", u"Only for past service: leave empty for a current assignment", None))
#endif // QT_CONFIG(tooltip)
        self.orderNumberLabel.setText(QCoreApplication.translate("AssignmentDialog", u"&Order number", None))
        self.orderDateLabel.setText(QCoreApplication.translate("AssignmentDialog", u"Order &date", None))
    # retranslateUi

