"""Translatable messages of the Qt-free layers (db/, services/, exports/).

Those layers never import Qt, so their sentences are English templates with
named fields, marked with ``N_()`` for extraction
(resources/translations/service_templates.py); the GUI translates the
template in the "services" context before filling it in (gui/i18n.py).
"""
from __future__ import annotations

from typing import Self


def N_(template: str) -> str:
    """Mark a message template for translation extraction; returns it unchanged."""
    return template


class Message(str):
    """An English sentence that keeps its template and arguments.

    It *is* the English text (the CLI prints it, tests compare it), and the
    GUI can still say it in the clerk's language from ``template`` and ``args``.
    """

    template: str
    args: dict

    def __new__(cls, template: str, **args) -> Self:
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = args
        return self
