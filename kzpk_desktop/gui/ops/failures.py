"""The one failure formatter: why work did not happen, in one plain sentence.

Every result the operations layer brings back that is an error passes through
``describe``: a service's refusal in the clerk's language, a database fault
(``db.faults``: the server unreachable, no rights, another workstation holding
the records, a timeout) as what happened and what to do, a file the system
refused, and anything else as a short sentence rather than a traceback (the
traceback goes to the log for whoever maintains the program).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from ...db.faults import fault_message
from ...services.errors import ServiceError
from ..i18n import error_text, first_line, message_text

_log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    """What the clerk reads about ``error``."""
    if isinstance(error, ServiceError):
        return error_text(error)
    fault = fault_message(error)
    if fault is not None:
        return message_text(fault)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if getattr(error, "filename", None) else ""
        return QCoreApplication.translate(
            "Operations", "The file could not be used%1: %2. Close it in any other program "
            "and try again.").replace("%1", where).replace("%2", error.strerror or str(error))
    if isinstance(error, MemoryError):
        return QCoreApplication.translate(
            "Operations", "There was not enough memory to finish. Close other programs and "
            "try again.")
    _log.error("unexpected failure", exc_info=error)
    return QCoreApplication.translate(
        "Operations", "Something unexpected went wrong (%1). Nothing was changed; if it "
        "happens again, tell the administrator.").replace(
        "%1", f"{type(error).__name__}: {first_line(error)}")
