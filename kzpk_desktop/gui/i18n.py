"""Translators, and the service layer's English templates in the clerk's language."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from sqlalchemy.exc import SQLAlchemyError

from ..messages import Message
from ..paths import translations_dir
from ..services.errors import Problem, ServiceError

# Translation context of every template the services produce (see update.sh).
SERVICES_CONTEXT = "services"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Qt's own strings (standard buttons) and ours for ``lang``.

    The translators are parented to ``app`` so they live as long as it does;
    the list is returned for tests. Qt's own file may be missing (English
    buttons); ours missing means a broken install, said on stderr rather than
    leaving the clerk in English without a word.
    """
    QLocale.setDefault(QLocale(lang))
    installed = []
    ours = translations_dir()
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("kzpk", str(ours))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder) and app.installTranslator(translator):
            installed.append(translator)
        elif name == "kzpk" and lang != "en":
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


def first_line(exc: BaseException) -> str:
    """The first line of an error's own words (the driver's, for a database error)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def failure_reason(error: BaseException) -> str:
    """Why work failed: a service's refusal in the clerk's language, else the error's words."""
    return error_text(error) if isinstance(error, ServiceError) else first_line(error)


def database_trouble(exc: SQLAlchemyError) -> str:
    """A change the database refused for reasons of its own, in words the clerk can act on."""
    # Locked by another workstation past the busy timeout, disk full, server gone:
    # the clerk can only retry or call for help, so say that plainly. The context
    # is the one the message was first translated in.
    detail = first_line(exc)
    #: {detail} is the database's own message (often in English); keep it as it is.
    return QCoreApplication.translate(
        "PlanningDialogs", "The database did not accept the change ({detail}). Nothing was "
        "changed; try again in a moment.").replace("{detail}", detail)
