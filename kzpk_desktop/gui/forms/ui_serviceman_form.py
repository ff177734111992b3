# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'serviceman_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from kzpk_desktop.gui.widgets.dates import OptionalDateEdit

class Ui_ServicemanForm(object):
    def setupUi(self, ServicemanForm):
        if not ServicemanForm.objectName():
            ServicemanForm.setObjectName(u"ServicemanForm")
        ServicemanForm.resize(460, 760)
        self.mainLayout = QVBoxLayout(ServicemanForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(ServicemanForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.titleLabel)

        self.formError = QLabel(ServicemanForm)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.formError)

        self.scrollArea = QScrollArea(ServicemanForm)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.groupsLayout = QVBoxLayout(self.scrollContents)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsLayout.setContentsMargins(0, 0, -1, 0)
        self.identityGroup = QGroupBox(self.scrollContents)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityLayout = QGridLayout(self.identityGroup)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityLayout.setVerticalSpacing(4)
        self.iinLabel = QLabel(self.identityGroup)
        self.iinLabel.setObjectName(u"iinLabel")

        self.identityLayout.addWidget(self.iinLabel, 0, 0, 1, 1)

        self.iinEdit = QLineEdit(self.identityGroup)
        self.iinEdit.setObjectName(u"iinEdit")
        self.iinEdit.setMaxLength(12)

        self.identityLayout.addWidget(self.iinEdit, 0, 1, 1, 1)

        self.iinError = QLabel(self.identityGroup)
        self.iinError.setObjectName(u"iinError")
        self.iinError.setText(u"")
        self.iinError.setWordWrap(True)
        self.iinError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.iinError, 1, 1, 1, 1)

        self.serviceNumberLabel = QLabel(self.identityGroup)
        self.serviceNumberLabel.setObjectName(u"serviceNumberLabel")

        self.identityLayout.addWidget(self.serviceNumberLabel, 2, 0, 1, 1)

        self.serviceNumberEdit = QLineEdit(self.identityGroup)
        self.serviceNumberEdit.setObjectName(u"serviceNumberEdit")
        self.serviceNumberEdit.setMaxLength(20)

        self.identityLayout.addWidget(self.serviceNumberEdit, 2, 1, 1, 1)

        self.serviceNumberError = QLabel(self.identityGroup)
        self.serviceNumberError.setObjectName(u"serviceNumberError")
        self.serviceNumberError.setText(u"")
        self.serviceNumberError.setWordWrap(True)
        self.serviceNumberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.serviceNumberError, 3, 1, 1, 1)

        self.surnameLabel = QLabel(self.identityGroup)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.identityLayout.addWidget(self.surnameLabel, 4, 0, 1, 1)

        self.surnameEdit = QLineEdit(self.identityGroup)
        self.surnameEdit.setObjectName(u"surnameEdit")
        self.surnameEdit.setMaxLength(100)

        self.identityLayout.addWidget(self.surnameEdit, 4, 1, 1, 1)

        self.surnameError = QLabel(self.identityGroup)
        self.surnameError.setObjectName(u"surnameError")
        self.surnameError.setText(u"")
        self.surnameError.setWordWrap(True)
        self.surnameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.surnameError, 5, 1, 1, 1)

        self.givenNameLabel = QLabel(self.identityGroup)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.identityLayout.addWidget(self.givenNameLabel, 6, 0, 1, 1)

        self.givenNameEdit = QLineEdit(self.identityGroup)
        self.givenNameEdit.setObjectName(u"givenNameEdit")
        self.givenNameEdit.setMaxLength(100)

        self.identityLayout.addWidget(self.givenNameEdit, 6, 1, 1, 1)

        self.givenNameError = QLabel(self.identityGroup)
        self.givenNameError.setObjectName(u"givenNameError")
        self.givenNameError.setText(u"")
        self.givenNameError.setWordWrap(True)
        self.givenNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.givenNameError, 7, 1, 1, 1)

        self.patronymicLabel = QLabel(self.identityGroup)
        self.patronymicLabel.setObjectName(u"patronymicLabel")

        self.identityLayout.addWidget(self.patronymicLabel, 8, 0, 1, 1)

        self.patronymicEdit = QLineEdit(self.identityGroup)
        self.patronymicEdit.setObjectName(u"patronymicEdit")
        self.patronymicEdit.setMaxLength(100)

        self.identityLayout.addWidget(self.patronymicEdit, 8, 1, 1, 1)

        self.patronymicError = QLabel(self.identityGroup)
        self.patronymicError.setObjectName(u"patronymicError")
        self.patronymicError.setText(u"")
        self.patronymicError.setWordWrap(True)
        self.patronymicError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.patronymicError, 9, 1, 1, 1)

        self.surnameLatinLabel = QLabel(self.identityGroup)
        self.surnameLatinLabel.setObjectName(u"surnameLatinLabel")

        self.identityLayout.addWidget(self.surnameLatinLabel, 10, 0, 1, 1)

        self.surnameLatinEdit = QLineEdit(self.identityGroup)
        self.surnameLatinEdit.setObjectName(u"surnameLatinEdit")
        self.surnameLatinEdit.setMaxLength(100)

        self.identityLayout.addWidget(self.surnameLatinEdit, 10, 1, 1, 1)

        self.surnameLatinError = QLabel(self.identityGroup)
        self.surnameLatinError.setObjectName(u"surnameLatinError")
        self.surnameLatinError.setText(u"")
        self.surnameLatinError.setWordWrap(True)
        self.surnameLatinError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.surnameLatinError, 11, 1, 1, 1)

        self.givenNamesLatinLabel = QLabel(self.identityGroup)
        self.givenNamesLatinLabel.setObjectName(u"givenNamesLatinLabel")

        self.identityLayout.addWidget(self.givenNamesLatinLabel, 12, 0, 1, 1)

        self.givenNamesLatinEdit = QLineEdit(self.identityGroup)
        self.givenNamesLatinEdit.setObjectName(u"givenNamesLatinEdit")
        self.givenNamesLatinEdit.setMaxLength(150)

        self.identityLayout.addWidget(self.givenNamesLatinEdit, 12, 1, 1, 1)

        self.givenNamesLatinError = QLabel(self.identityGroup)
        self.givenNamesLatinError.setObjectName(u"givenNamesLatinError")
        self.givenNamesLatinError.setText(u"")
        self.givenNamesLatinError.setWordWrap(True)
        self.givenNamesLatinError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.givenNamesLatinError, 13, 1, 1, 1)

        self.birthDateLabel = QLabel(self.identityGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityLayout.addWidget(self.birthDateLabel, 14, 0, 1, 1)

        self.birthDateEdit = OptionalDateEdit(self.identityGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.identityLayout.addWidget(self.birthDateEdit, 14, 1, 1, 1)

        self.birthDateError = QLabel(self.identityGroup)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setText(u"")
        self.birthDateError.setWordWrap(True)
        self.birthDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.birthDateError, 15, 1, 1, 1)

        self.sexLabel = QLabel(self.identityGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.identityLayout.addWidget(self.sexLabel, 16, 0, 1, 1)

        self.sexCombo = QComboBox(self.identityGroup)
        self.sexCombo.setObjectName(u"sexCombo")

        self.identityLayout.addWidget(self.sexCombo, 16, 1, 1, 1)

        self.sexError = QLabel(self.identityGroup)
        self.sexError.setObjectName(u"sexError")
        self.sexError.setText(u"")
        self.sexError.setWordWrap(True)
        self.sexError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.sexError, 17, 1, 1, 1)

        self.identityLayout.setColumnStretch(1, 1)

        self.groupsLayout.addWidget(self.identityGroup)

        self.serviceGroup = QGroupBox(self.scrollContents)
        self.serviceGroup.setObjectName(u"serviceGroup")
        self.serviceLayout = QGridLayout(self.serviceGroup)
        self.serviceLayout.setObjectName(u"serviceLayout")
        self.serviceLayout.setVerticalSpacing(4)
        self.rankLabel = QLabel(self.serviceGroup)
        self.rankLabel.setObjectName(u"rankLabel")

        self.serviceLayout.addWidget(self.rankLabel, 0, 0, 1, 1)

        self.rankCombo = QComboBox(self.serviceGroup)
        self.rankCombo.setObjectName(u"rankCombo")
        self.rankCombo.setEditable(True)
        self.rankCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.serviceLayout.addWidget(self.rankCombo, 0, 1, 1, 1)

        self.rankError = QLabel(self.serviceGroup)
        self.rankError.setObjectName(u"rankError")
        self.rankError.setText(u"")
        self.rankError.setWordWrap(True)
        self.rankError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.serviceLayout.addWidget(self.rankError, 1, 1, 1, 1)

        self.statusLabel = QLabel(self.serviceGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.serviceLayout.addWidget(self.statusLabel, 2, 0, 1, 1)

        self.statusCombo = QComboBox(self.serviceGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.serviceLayout.addWidget(self.statusCombo, 2, 1, 1, 1)

        self.statusError = QLabel(self.serviceGroup)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setText(u"")
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.serviceLayout.addWidget(self.statusError, 3, 1, 1, 1)

        self.specialityLabel = QLabel(self.serviceGroup)
        self.specialityLabel.setObjectName(u"specialityLabel")

        self.serviceLayout.addWidget(self.specialityLabel, 4, 0, 1, 1)

        self.specialityEdit = QLineEdit(self.serviceGroup)
        self.specialityEdit.setObjectName(u"specialityEdit")
        self.specialityEdit.setMaxLength(120)

        self.serviceLayout.addWidget(self.specialityEdit, 4, 1, 1, 1)

        self.specialityError = QLabel(self.serviceGroup)
        self.specialityError.setObjectName(u"specialityError")
        self.specialityError.setText(u"")
        self.specialityError.setWordWrap(True)
        self.specialityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.serviceLayout.addWidget(self.specialityError, 5, 1, 1, 1)

        self.englishLevelLabel = QLabel(self.serviceGroup)
        self.englishLevelLabel.setObjectName(u"englishLevelLabel")

        self.serviceLayout.addWidget(self.englishLevelLabel, 6, 0, 1, 1)

        self.englishLevelEdit = QLineEdit(self.serviceGroup)
        self.englishLevelEdit.setObjectName(u"englishLevelEdit")
        self.englishLevelEdit.setMaxLength(40)

        self.serviceLayout.addWidget(self.englishLevelEdit, 6, 1, 1, 1)

        self.englishLevelError = QLabel(self.serviceGroup)
        self.englishLevelError.setObjectName(u"englishLevelError")
        self.englishLevelError.setText(u"")
        self.englishLevelError.setWordWrap(True)
        self.englishLevelError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.serviceLayout.addWidget(self.englishLevelError, 7, 1, 1, 1)

        self.drivingLicenceLabel = QLabel(self.serviceGroup)
        self.drivingLicenceLabel.setObjectName(u"drivingLicenceLabel")

        self.serviceLayout.addWidget(self.drivingLicenceLabel, 8, 0, 1, 1)

        self.drivingLicenceEdit = QLineEdit(self.serviceGroup)
        self.drivingLicenceEdit.setObjectName(u"drivingLicenceEdit")
        self.drivingLicenceEdit.setMaxLength(40)

        self.serviceLayout.addWidget(self.drivingLicenceEdit, 8, 1, 1, 1)

        self.drivingLicenceError = QLabel(self.serviceGroup)
        self.drivingLicenceError.setObjectName(u"drivingLicenceError")
        self.drivingLicenceError.setText(u"")
        self.drivingLicenceError.setWordWrap(True)
        self.drivingLicenceError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.serviceLayout.addWidget(self.drivingLicenceError, 9, 1, 1, 1)

        self.bloodGroupLabel = QLabel(self.serviceGroup)
        self.bloodGroupLabel.setObjectName(u"bloodGroupLabel")

        self.serviceLayout.addWidget(self.bloodGroupLabel, 10, 0, 1, 1)

        self.bloodGroupCombo = QComboBox(self.serviceGroup)
        self.bloodGroupCombo.setObjectName(u"bloodGroupCombo")

        self.serviceLayout.addWidget(self.bloodGroupCombo, 10, 1, 1, 1)

        self.bloodGroupError = QLabel(self.serviceGroup)
        self.bloodGroupError.setObjectName(u"bloodGroupError")
        self.bloodGroupError.setText(u"")
        self.bloodGroupError.setWordWrap(True)
        self.bloodGroupError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.serviceLayout.addWidget(self.bloodGroupError, 11, 1, 1, 1)

        self.serviceLayout.setColumnStretch(1, 1)

        self.groupsLayout.addWidget(self.serviceGroup)

        self.passportGroup = QGroupBox(self.scrollContents)
        self.passportGroup.setObjectName(u"passportGroup")
        self.passportLayout = QGridLayout(self.passportGroup)
        self.passportLayout.setObjectName(u"passportLayout")
        self.passportLayout.setVerticalSpacing(4)
        self.passportNumberLabel = QLabel(self.passportGroup)
        self.passportNumberLabel.setObjectName(u"passportNumberLabel")

        self.passportLayout.addWidget(self.passportNumberLabel, 0, 0, 1, 1)

        self.passportNumberEdit = QLineEdit(self.passportGroup)
        self.passportNumberEdit.setObjectName(u"passportNumberEdit")
        self.passportNumberEdit.setMaxLength(20)

        self.passportLayout.addWidget(self.passportNumberEdit, 0, 1, 1, 1)

        self.passportNumberError = QLabel(self.passportGroup)
        self.passportNumberError.setObjectName(u"passportNumberError")
        self.passportNumberError.setText(u"")
        self.passportNumberError.setWordWrap(True)
        self.passportNumberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passportLayout.addWidget(self.passportNumberError, 1, 1, 1, 1)

        self.passportIssuedLabel = QLabel(self.passportGroup)
        self.passportIssuedLabel.setObjectName(u"passportIssuedLabel")

        self.passportLayout.addWidget(self.passportIssuedLabel, 2, 0, 1, 1)

        self.passportIssuedEdit = OptionalDateEdit(self.passportGroup)
        self.passportIssuedEdit.setObjectName(u"passportIssuedEdit")

        self.passportLayout.addWidget(self.passportIssuedEdit, 2, 1, 1, 1)

        self.passportIssuedError = QLabel(self.passportGroup)
        self.passportIssuedError.setObjectName(u"passportIssuedError")
        self.passportIssuedError.setText(u"")
        self.passportIssuedError.setWordWrap(True)
        self.passportIssuedError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passportLayout.addWidget(self.passportIssuedError, 3, 1, 1, 1)

        self.passportExpiresLabel = QLabel(self.passportGroup)
        self.passportExpiresLabel.setObjectName(u"passportExpiresLabel")

        self.passportLayout.addWidget(self.passportExpiresLabel, 4, 0, 1, 1)

        self.passportExpiresEdit = OptionalDateEdit(self.passportGroup)
        self.passportExpiresEdit.setObjectName(u"passportExpiresEdit")

        self.passportLayout.addWidget(self.passportExpiresEdit, 4, 1, 1, 1)

        self.passportExpiresError = QLabel(self.passportGroup)
        self.passportExpiresError.setObjectName(u"passportExpiresError")
        self.passportExpiresError.setText(u"")
        self.passportExpiresError.setWordWrap(True)
        self.passportExpiresError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passportLayout.addWidget(self.passportExpiresError, 5, 1, 1, 1)

        self.passportLayout.setColumnStretch(1, 1)

        self.groupsLayout.addWidget(self.passportGroup)

        self.contactsGroup = QGroupBox(self.scrollContents)
        self.contactsGroup.setObjectName(u"contactsGroup")
        self.contactsLayout = QGridLayout(self.contactsGroup)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsLayout.setVerticalSpacing(4)
        self.phoneLabel = QLabel(self.contactsGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactsLayout.addWidget(self.phoneLabel, 0, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.contactsGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.contactsLayout.addWidget(self.phoneEdit, 0, 1, 1, 1)

        self.phoneError = QLabel(self.contactsGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)
        self.phoneError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactsLayout.addWidget(self.phoneError, 1, 1, 1, 1)

        self.kinNameLabel = QLabel(self.contactsGroup)
        self.kinNameLabel.setObjectName(u"kinNameLabel")

        self.contactsLayout.addWidget(self.kinNameLabel, 2, 0, 1, 1)

        self.kinNameEdit = QLineEdit(self.contactsGroup)
        self.kinNameEdit.setObjectName(u"kinNameEdit")
        self.kinNameEdit.setMaxLength(200)

        self.contactsLayout.addWidget(self.kinNameEdit, 2, 1, 1, 1)

        self.kinNameError = QLabel(self.contactsGroup)
        self.kinNameError.setObjectName(u"kinNameError")
        self.kinNameError.setText(u"")
        self.kinNameError.setWordWrap(True)
        self.kinNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactsLayout.addWidget(self.kinNameError, 3, 1, 1, 1)

        self.kinRelationLabel = QLabel(self.contactsGroup)
        self.kinRelationLabel.setObjectName(u"kinRelationLabel")

        self.contactsLayout.addWidget(self.kinRelationLabel, 4, 0, 1, 1)

        self.kinRelationEdit = QLineEdit(self.contactsGroup)
        self.kinRelationEdit.setObjectName(u"kinRelationEdit")
        self.kinRelationEdit.setMaxLength(60)

        self.contactsLayout.addWidget(self.kinRelationEdit, 4, 1, 1, 1)

        self.kinRelationError = QLabel(self.contactsGroup)
        self.kinRelationError.setObjectName(u"kinRelationError")
        self.kinRelationError.setText(u"")
        self.kinRelationError.setWordWrap(True)
        self.kinRelationError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactsLayout.addWidget(self.kinRelationError, 5, 1, 1, 1)

        self.kinPhoneLabel = QLabel(self.contactsGroup)
        self.kinPhoneLabel.setObjectName(u"kinPhoneLabel")

        self.contactsLayout.addWidget(self.kinPhoneLabel, 6, 0, 1, 1)

        self.kinPhoneEdit = QLineEdit(self.contactsGroup)
        self.kinPhoneEdit.setObjectName(u"kinPhoneEdit")
        self.kinPhoneEdit.setMaxLength(40)

        self.contactsLayout.addWidget(self.kinPhoneEdit, 6, 1, 1, 1)

        self.kinPhoneError = QLabel(self.contactsGroup)
        self.kinPhoneError.setObjectName(u"kinPhoneError")
        self.kinPhoneError.setText(u"")
        self.kinPhoneError.setWordWrap(True)
        self.kinPhoneError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactsLayout.addWidget(self.kinPhoneError, 7, 1, 1, 1)

        self.contactsLayout.setColumnStretch(1, 1)

        self.groupsLayout.addWidget(self.contactsGroup)

        self.notesGroup = QGroupBox(self.scrollContents)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.notesLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(self.notesGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.notesLayout.addWidget(self.notesError)


        self.groupsLayout.addWidget(self.notesGroup)

        self.groupsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.groupsLayout.addItem(self.groupsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.deleteButton = QPushButton(ServicemanForm)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.deleteButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(ServicemanForm)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(ServicemanForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.iinLabel.setBuddy(self.iinEdit)
        self.serviceNumberLabel.setBuddy(self.serviceNumberEdit)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.givenNameLabel.setBuddy(self.givenNameEdit)
        self.patronymicLabel.setBuddy(self.patronymicEdit)
        self.surnameLatinLabel.setBuddy(self.surnameLatinEdit)
        self.givenNamesLatinLabel.setBuddy(self.givenNamesLatinEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.rankLabel.setBuddy(self.rankCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.specialityLabel.setBuddy(self.specialityEdit)
        self.englishLevelLabel.setBuddy(self.englishLevelEdit)
        self.drivingLicenceLabel.setBuddy(self.drivingLicenceEdit)
        self.bloodGroupLabel.setBuddy(self.bloodGroupCombo)
        self.passportNumberLabel.setBuddy(self.passportNumberEdit)
        self.passportIssuedLabel.setBuddy(self.passportIssuedEdit)
        self.passportExpiresLabel.setBuddy(self.passportExpiresEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.kinNameLabel.setBuddy(self.kinNameEdit)
        self.kinRelationLabel.setBuddy(self.kinRelationEdit)
        self.kinPhoneLabel.setBuddy(self.kinPhoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.iinEdit, self.serviceNumberEdit)
        QWidget.setTabOrder(self.serviceNumberEdit, self.surnameEdit)
        QWidget.setTabOrder(self.surnameEdit, self.givenNameEdit)
        QWidget.setTabOrder(self.givenNameEdit, self.patronymicEdit)
        QWidget.setTabOrder(self.patronymicEdit, self.surnameLatinEdit)
        QWidget.setTabOrder(self.surnameLatinEdit, self.givenNamesLatinEdit)
        QWidget.setTabOrder(self.givenNamesLatinEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.rankCombo)
        QWidget.setTabOrder(self.rankCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.specialityEdit)
        QWidget.setTabOrder(self.specialityEdit, self.englishLevelEdit)
        QWidget.setTabOrder(self.englishLevelEdit, self.drivingLicenceEdit)
        QWidget.setTabOrder(self.drivingLicenceEdit, self.bloodGroupCombo)
        QWidget.setTabOrder(self.bloodGroupCombo, self.passportNumberEdit)
        QWidget.setTabOrder(self.passportNumberEdit, self.passportIssuedEdit)
        QWidget.setTabOrder(self.passportIssuedEdit, self.passportExpiresEdit)
        QWidget.setTabOrder(self.passportExpiresEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.kinNameEdit)
        QWidget.setTabOrder(self.kinNameEdit, self.kinRelationEdit)
        QWidget.setTabOrder(self.kinRelationEdit, self.kinPhoneEdit)
        QWidget.setTabOrder(self.kinPhoneEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.deleteButton)

        self.retranslateUi(ServicemanForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ServicemanForm)
    # setupUi

    def retranslateUi(self, ServicemanForm):
        ServicemanForm.setWindowTitle(QCoreApplication.translate("ServicemanForm", u"Serviceman", None))
        self.titleLabel.setText(QCoreApplication.translate("ServicemanForm", u"New serviceman", None))
        self.identityGroup.setTitle(QCoreApplication.translate("ServicemanForm", u"Identity", None))
        self.iinLabel.setText(QCoreApplication.translate("ServicemanForm", u"&IIN", None))
        self.iinEdit.setPlaceholderText(QCoreApplication.translate("ServicemanForm", u"12 digits", None))
        self.serviceNumberLabel.setText(QCoreApplication.translate("ServicemanForm", u"Service &number", None))
        self.surnameLabel.setText(QCoreApplication.translate("ServicemanForm", u"&Surname", None))
        self.givenNameLabel.setText(QCoreApplication.translate("ServicemanForm", u"&Given name", None))
        self.patronymicLabel.setText(QCoreApplication.translate("ServicemanForm", u"&Patronymic", None))
        self.surnameLatinLabel.setText(QCoreApplication.translate("ServicemanForm", u"Surname (&Latin)", None))
#if QT_CONFIG(tooltip)
        self.surnameLatinEdit.setToolTip(QCoreApplication.translate("ServicemanForm", u"Exactly as printed in the passport", None))
#endif // QT_CONFIG(tooltip)
        self.givenNamesLatinLabel.setText(QCoreApplication.translate("ServicemanForm", u"Given names (Latin)", None))
#if QT_CONFIG(tooltip)
        self.givenNamesLatinEdit.setToolTip(QCoreApplication.translate("ServicemanForm", u"Exactly as printed in the passport", None))
#endif // QT_CONFIG(tooltip)
        self.birthDateLabel.setText(QCoreApplication.translate("ServicemanForm", u"Date of &birth", None))
        self.sexLabel.setText(QCoreApplication.translate("ServicemanForm", u"Se&x", None))
        self.serviceGroup.setTitle(QCoreApplication.translate("ServicemanForm", u"Service", None))
        self.rankLabel.setText(QCoreApplication.translate("ServicemanForm", u"&Rank", None))
        self.statusLabel.setText(QCoreApplication.translate("ServicemanForm", u"S&tatus", None))
        self.specialityLabel.setText(QCoreApplication.translate("ServicemanForm", u"Military speciality", None))
        self.englishLevelLabel.setText(QCoreApplication.translate("ServicemanForm", u"English level", None))
        self.englishLevelEdit.setPlaceholderText(QCoreApplication.translate("ServicemanForm", u"e.g. IELTS 5.0 or STANAG 3333", None))
        self.drivingLicenceLabel.setText(QCoreApplication.translate("ServicemanForm", u"Driving licence", None))
        self.drivingLicenceEdit.setPlaceholderText(QCoreApplication.translate("ServicemanForm", u"categories, e.g. B, C", None))
        self.bloodGroupLabel.setText(QCoreApplication.translate("ServicemanForm", u"Blood group", None))
        self.passportGroup.setTitle(QCoreApplication.translate("ServicemanForm", u"National passport", None))
        self.passportNumberLabel.setText(QCoreApplication.translate("ServicemanForm", u"Passport n&umber", None))
        self.passportIssuedLabel.setText(QCoreApplication.translate("ServicemanForm", u"Issued on", None))
        self.passportExpiresLabel.setText(QCoreApplication.translate("ServicemanForm", u"Expires on", None))
        self.contactsGroup.setTitle(QCoreApplication.translate("ServicemanForm", u"Contacts and next of kin", None))
        self.phoneLabel.setText(QCoreApplication.translate("ServicemanForm", u"P&hone", None))
        self.kinNameLabel.setText(QCoreApplication.translate("ServicemanForm", u"Next of kin", None))
        self.kinNameEdit.setPlaceholderText(QCoreApplication.translate("ServicemanForm", u"full name", None))
        self.kinRelationLabel.setText(QCoreApplication.translate("ServicemanForm", u"Relation", None))
        self.kinRelationEdit.setPlaceholderText(QCoreApplication.translate("ServicemanForm", u"e.g. wife, father", None))
        self.kinPhoneLabel.setText(QCoreApplication.translate("ServicemanForm", u"Next of kin's phone", None))
        self.notesGroup.setTitle(QCoreApplication.translate("ServicemanForm", u"N&otes", None))
        self.deleteButton.setText(QCoreApplication.translate("ServicemanForm", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("ServicemanForm", u"Undo the changes made since the record was opened or saved (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("ServicemanForm", u"&Revert", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ServicemanForm", u"Save the record (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ServicemanForm", u"Save", None))
    # retranslateUi

