"""Choosing the language of the interface: the same choice in every place that offers it.

The sign-in dialog, the View menu and the settings dialog offer the three
languages by their own names (a clerk who cannot read the current language
still finds theirs). Choosing one installs its translations at once and
remembers it for this user; open widgets retranslate themselves (dialogs on
``QEvent.LanguageChange``, the main window by being built again).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from .i18n import install_translators
from .settings import UI_LANGUAGES, Settings

#: Each language by its own name, in the order offered.
ENDONYMS = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
LANGUAGES = tuple((code, ENDONYMS[code]) for code in ("kk", "ru", "en") if code in UI_LANGUAGES)


def apply_language(settings: Settings, lang: str) -> bool:
    """Remember ``lang`` and install its translations; False when it already was the one."""
    if lang not in UI_LANGUAGES:
        raise ValueError(f"unknown UI language {lang!r}")
    changed = lang != settings.ui_language
    settings.ui_language = lang
    app = QCoreApplication.instance()
    if app is not None:
        install_translators(app, lang)
    return changed


class LanguageBox(QComboBox):
    """The three languages by their own names; ``languageChosen`` when the user picks one."""

    languageChosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBox")
        for code, name in LANGUAGES:
            self.addItem(name, code)
        self.set_language(current)
        self.activated.connect(lambda index: self.languageChosen.emit(self.itemData(index)))
        self.retranslate()

    def set_language(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)

    def language(self) -> str:
        return self.currentData()

    def retranslate(self) -> None:
        self.setToolTip(QCoreApplication.translate("Language", "Language of the interface"))
        self.setAccessibleName(self.toolTip())
