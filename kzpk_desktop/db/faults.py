"""What a database fault means for the person who met it, in one sentence.

A fault is anything the database (or its driver) raised that is not a refusal
of ours: the server stopped, a role without rights, a lock or statement
timeout, an SQLite file busy past its timeout, a full disk. ``fault_message``
names what happened and what to do about it; the GUI's failure formatter
says it in the clerk's language and the CLI prints it as its one error line.

The kind is read from what the driver reports (PostgreSQL's SQLSTATE,
SQLite's result code) rather than from the English text where it can be.
"""
from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from ..messages import N_, Message

UNREACHABLE, DENIED, BUSY, TIMEOUT, FULL, DAMAGED, READ_ONLY, OTHER = (
    "unreachable", "denied", "busy", "timeout", "full", "damaged", "read-only", "other")

UNREACHABLE_MSG = N_("The database server cannot be reached. Check the network connection "
                     "and try again in a moment; nothing was changed.")
DENIED_MSG = N_("The database account this program uses has no rights to do this "
                "({detail}). Ask the database administrator to grant them; nothing was "
                "changed.")
BUSY_MSG = N_("Another workstation is holding these records. Try again in a moment; nothing "
              "was changed.")
FILE_BUSY_MSG = N_("The database file is locked by another program or workstation. Try again "
                   "in a moment; nothing was changed.")
TIMEOUT_MSG = N_("The database took too long to answer and the request was stopped. Try "
                 "again; if it keeps happening, ask the database administrator.")
FULL_MSG = N_("The disk that holds the database is full. Free some space and try again; "
              "nothing was changed.")
DAMAGED_MSG = N_("The database file is damaged and cannot be read. Restore the latest backup "
                 "(File > Restore from backup).")
READ_ONLY_MSG = N_("The database file cannot be written (it is read-only, or the folder is). "
                   "Ask the administrator to allow writing; nothing was changed.")
OTHER_MSG = N_("The database refused the request ({detail}). Nothing was changed; try again "
               "in a moment.")

# PostgreSQL SQLSTATEs (Appendix A of its manual) by kind; a class of two characters
# stands for the whole class.
_PG_STATES = {
    "08": UNREACHABLE,  # connection exception
    "57P01": UNREACHABLE, "57P02": UNREACHABLE, "57P03": UNREACHABLE,  # shut down, starting
    "42501": DENIED, "28000": DENIED, "28P01": DENIED,  # insufficient privilege, auth
    "55P03": BUSY, "40P01": BUSY, "40001": BUSY,  # lock timeout, deadlock, serialization
    "57014": TIMEOUT,  # statement timeout (query cancelled)
    "53": FULL,  # insufficient resources
    "25006": READ_ONLY,  # read-only transaction (a standby server)
}
# SQLite primary result codes (sqlite3's ``sqlite_errorname``) by kind.
_SQLITE_CODES = {
    "SQLITE_BUSY": BUSY, "SQLITE_LOCKED": BUSY, "SQLITE_FULL": FULL,
    "SQLITE_CORRUPT": DAMAGED, "SQLITE_NOTADB": DAMAGED, "SQLITE_READONLY": READ_ONLY,
    "SQLITE_CANTOPEN": UNREACHABLE, "SQLITE_IOERR": UNREACHABLE, "SQLITE_PERM": READ_ONLY,
    "SQLITE_AUTH": DENIED, "SQLITE_INTERRUPT": TIMEOUT,
}
# The same, by the words of drivers that give no code (SQLCipher's sqlite3 build).
_SQLITE_WORDS = (
    ("database is locked", BUSY), ("database table is locked", BUSY),
    ("disk is full", FULL), ("malformed", DAMAGED), ("file is not a database", DAMAGED),
    ("readonly database", READ_ONLY), ("unable to open database", UNREACHABLE),
    ("disk i/o error", UNREACHABLE), ("interrupted", TIMEOUT),
)


def is_fault(error: BaseException) -> bool:
    """Whether ``error`` came from the database or its driver (not a refusal of ours)."""
    return isinstance(error, SQLAlchemyError)


def fault_kind(error: BaseException) -> str | None:
    """UNREACHABLE, DENIED, BUSY, TIMEOUT, FULL, DAMAGED, READ_ONLY or OTHER; None if no fault."""
    if not is_fault(error):
        return None
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return UNREACHABLE
    orig = getattr(error, "orig", None)
    state = getattr(orig, "sqlstate", None)
    if state:
        return _PG_STATES.get(state) or _PG_STATES.get(state[:2]) or OTHER
    if orig is not None and type(orig).__module__.startswith("psycopg"):
        # No SQLSTATE: the driver lost (or never had) the connection.
        return UNREACHABLE if _class_name(orig) in ("OperationalError", "InterfaceError") \
            else OTHER
    name = getattr(orig, "sqlite_errorname", None)
    if name:
        # Extended codes (SQLITE_BUSY_SNAPSHOT) share their primary code's meaning.
        found = _SQLITE_CODES.get("_".join(name.split("_")[:2]))
        if found:
            return found
    text = _detail(error).casefold()
    return next((kind for words, kind in _SQLITE_WORDS if words in text), OTHER)


def fault_message(error: BaseException) -> Message | None:
    """The one sentence for a database fault; None when ``error`` is no database fault."""
    kind = fault_kind(error)
    if kind is None:
        return None
    if kind == BUSY and _is_sqlite(error):
        return Message(FILE_BUSY_MSG)
    template = {UNREACHABLE: UNREACHABLE_MSG, DENIED: DENIED_MSG, BUSY: BUSY_MSG,
                TIMEOUT: TIMEOUT_MSG, FULL: FULL_MSG, DAMAGED: DAMAGED_MSG,
                READ_ONLY: READ_ONLY_MSG}.get(kind, OTHER_MSG)
    return Message(template, detail=_detail(error)) if "{detail}" in template \
        else Message(template)


def _detail(error: BaseException) -> str:
    """The first line of the driver's own words (often English; shown as they are)."""
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _class_name(error: BaseException) -> str:
    return type(error).__name__


def _is_sqlite(error: BaseException) -> bool:
    orig = getattr(error, "orig", None)
    return orig is not None and "sqlite" in type(orig).__module__
