"""Every export of personal data is in the audit trail, or it does not exist.

``export_and_audit`` is the one way the GUI and the CLI write a report: the
file is built as the acting user, then the ``export`` event is recorded in a
transaction of its own; if anything stops the export before that event is
committed (the database refuses it, the server is gone, Ctrl+C, Cancel), the
file just written is removed and the failure goes on to the caller.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from ..services.audit import record
from ..services.auth import Actor, require_role

#: build(session, actor) -> the path written.
Build = Callable[[Session, Actor], Path]


def export_and_audit(sessions: sessionmaker[Session], report: str, build: Build,
                     details: Mapping[str, Any] | None = None, *, role: str = "viewer") -> Path:
    """Build the report (reading only), then audit it; no audit event, no file.

    ``role`` is the least role that may export this report (the audit trail
    itself is a supervisor's). Returns the path written.
    """
    with sessions() as session:  # reading only: writers are not held up by a long export
        written = build(session, require_role(session, role))
    try:
        record(sessions, "export", details={"report": report, "file": written.name,
                                            **(details or {})})
    except BaseException:
        # An export of personal data that the audit trail does not show must not exist.
        written.unlink(missing_ok=True)
        raise
    return written
