"""Translators, and the service layer's English templates in the clerk's language."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..messages import Message, Names
from ..paths import translations_dir
from ..services.errors import Problem, ServiceError, first_line  # noqa: F401 - re-exported

# Translation context of every template the services produce (see update.sh).
SERVICES_CONTEXT = "services"


#: Object name of the translators this module installs (so a language switch finds them).
TRANSLATOR_NAME = "kzpkTranslator"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Qt's own strings (standard buttons) and ours for ``lang``, in place of the
    ones a previous call installed (a language switch retranslates what is open).

    ``qt_supplement_<lang>`` holds the strings of Qt's own dialogs (the file
    dialog's "Look in:", print settings) that Qt's file lacks; installed
    first, it is searched last, so it only fills Qt's gaps. Not every
    language needs one.

    The translators are parented to ``app`` so they live as long as it does;
    the list is returned for tests. Qt's own file may be missing (English
    buttons); ours missing means a broken install, said on stderr rather than
    leaving the clerk in English without a word.
    """
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    QLocale.setDefault(QLocale(lang))
    installed = []
    ours = translations_dir()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qt_supplement", str(ours)), ("qtbase", qt_folder),
                         ("kzpk", str(ours))):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(f"{name}_{lang}", folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.setParent(None)
            if name == "kzpk" and lang != "en":
                print(f"KZPK Desktop: no translation kzpk_{lang}.qm in {ours}; this install is "
                      "incomplete, so the window shows English. Reinstall the application.",
                      file=sys.stderr)
    return installed


def service_text(template: str, args: dict | None = None) -> str:
    """Translate a service template, and its string arguments, then fill it in.

    String arguments are translated too because some are themselves marked
    templates (a field label, "male"); a name or a number finds no
    translation and passes through unchanged. A ``Message`` argument (a
    refusal quoted inside another) is translated with its own arguments.
    """
    translated = QCoreApplication.translate(SERVICES_CONTEXT, template)
    values = {k: _argument_text(v) for k, v in (args or {}).items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translator broke a {field}; the English original is still right.
        return template.format(**(args or {}))


def _argument_text(value):
    if isinstance(value, Names):
        return value.in_language(QLocale().name().split("_")[0])
    if isinstance(value, Message):
        return service_text(value.template, value.args)
    return QCoreApplication.translate(SERVICES_CONTEXT, value) if isinstance(value, str) else value


def message_text(text: str) -> str:
    """A ``Message`` from db/ or services/ in the clerk's language; other text as it is."""
    return service_text(text.template, text.args) if isinstance(text, Message) else text


def problem_text(problem: Problem) -> str:
    return service_text(problem.template, problem.args)


def error_text(error: ServiceError) -> str:
    problems = getattr(error, "problems", None)
    if problems:
        return "\n".join(problem_text(p) for p in problems)
    return service_text(error.template, error.args_)


