"""``export_and_audit``: every export is in the audit trail, or its file does not exist."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError

from kzpk_desktop.db.models import AuditEvent
from kzpk_desktop.exports.audited import export_and_audit
from kzpk_desktop.exports.reports import export_expiring


def _events(sessions) -> list[dict]:
    with sessions() as s:
        return [e.changes for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "export"))]


def test_the_export_is_written_then_audited(sessions, paperwork, out):
    path = export_and_audit(
        sessions, "expiring",
        lambda s, actor: export_expiring(s, out / "exp.xlsx", within_days=3650,
                                         user=actor.username),
        {"within": 3650})
    assert path == out / "exp.xlsx" and load_workbook(path).active.max_row > 8
    [event] = _events(sessions)
    assert '"report": "expiring"' in event and '"file": "exp.xlsx"' in event
    assert '"within": 3650' in event


def test_an_export_whose_audit_event_cannot_be_written_leaves_no_file(sessions, paperwork,
                                                                      out):
    def build(session, actor):
        written = export_expiring(session, out / "exp.xlsx", within_days=3650,
                                  user=actor.username)
        assert written.exists()
        # Then the trail cannot take the event (a broken server, a damaged database).
        session.rollback()  # the report's reading transaction; it read the chain's head
        with sessions.kw["bind"].begin() as conn:
            conn.execute(text(f"ALTER TABLE {AuditEvent.__tablename__} RENAME TO gone"))
        return written

    with pytest.raises(SQLAlchemyError, match="audit_event"):
        export_and_audit(sessions, "expiring", build)
    assert list(out.iterdir()) == []
