"""Shared by the security tests (imported by name: tests/security is on sys.path)."""
from __future__ import annotations

from sqlalchemy import func, select

from kzpk_desktop.db.models import AuditEvent

PASSWORD = "correct horse battery"


def audit_count(sessions) -> int:
    with sessions() as s:
        return s.execute(select(func.count(AuditEvent.id))).scalar_one()
