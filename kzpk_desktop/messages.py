"""Translatable messages of the Qt-free layers (db/, sheets/, services/, exports/).

Those layers never import Qt, so their sentences are English templates with
named fields, marked with ``N_()`` for extraction
(resources/translations/service_templates.py); the GUI translates the
template in the "services" context before filling it in (gui/i18n.py).

``MessageError`` is the one base of the errors whose words reach a user (the
services' refusals, a spreadsheet refused, a database from a newer version,
an IIN that is not one): each keeps its template and arguments.
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


class Names(str):
    """A reference name (a rank, a unit) given to a template in the three working languages.

    It *is* the English name (the CLI prints it); the GUI fills the template
    with the name in the clerk's language. An empty translation gives English.
    """

    names: dict[str, str]

    def __new__(cls, en: str, *, ru: str | None = None, kk: str | None = None) -> Self:
        self = super().__new__(cls, en)
        self.names = {"en": en, "ru": ru or en, "kk": kk or en}
        return self

    def in_language(self, lang: str) -> str:
        return self.names.get(lang, str(self))


class MessageError(Exception):
    """An error a user reads: an English template with named fields.

    ``str()`` is the English sentence (the CLI prints it, tests compare it);
    ``template`` and ``args_`` let the GUI say it in the clerk's language.
    """

    def __init__(self, template: str, **args) -> None:
        self.template = template
        self.args_ = args
        super().__init__(template.format(**args))

    @property
    def message(self) -> Message:
        return Message(self.template, **self.args_)
