"""Questions and notices for the clerk, behind classmethods that tests replace.

Tests monkeypatch ``Prompt.ask`` / ``Prompt.inform`` instead of clicking a
modal box, which would block the test run.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


class Prompt:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, buttons: Mapping[Button, str],
            default: Button, *, icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> Button:
        """Show a question with the given buttons (standard button -> own label)."""
        box = QMessageBox(icon, title, text, Button.NoButton, parent)
        for button, label in buttons.items():
            box.addButton(button)
            if label:
                box.button(button).setText(label)
        box.setDefaultButton(default)
        escape = Button.Cancel if Button.Cancel in buttons else Button.No
        if escape in buttons:
            box.setEscapeButton(escape)
        return Button(box.exec())

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str, *,
               icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, title, text, Button.Ok, parent)
        box.exec()
