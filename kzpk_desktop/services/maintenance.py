"""Database health: integrity, schema version, record counts, audit anchors."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select, text

from ..db import migrate
from ..db.models import (
    Assignment,
    AuditEvent,
    Decision,
    Document,
    RosterEntry,
    Rotation,
    Serviceman,
    Unit,
    User,
)
from .anchors import Anchor, AnchorCheck, check_anchors
from .audit import verify_audit_chain
from .exchange.capture import uncaptured
from .exchange.office import self_row
from .exchange.transfer import audit_problems as exchange_audit_problems
from .migration import connection_role

_COUNTED = (("servicemen", Serviceman), ("documents", Document), ("units", Unit),
            ("assignments", Assignment), ("decisions", Decision), ("rotations", Rotation),
            ("roster entries", RosterEntry), ("users", User), ("audit events", AuditEvent))


@dataclass
class CheckReport:
    url: str
    schema: str | None = None
    head: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    anchors: list[AnchorCheck] = field(default_factory=list)
    #: Not faults of the data, but of the set-up (a workstation connected as the owner).
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"database: {self.url}", f"schema: {self.schema or 'none'}"
               + ("" if self.schema == self.head else f" (current is {self.head})")]
        out += [f"{name}: {n}" for name, n in self.counts.items()]
        out += self.notes
        out += [f"anchor {a.source}: {a.anchor.short()} " + ("found unchanged" if a.ok
                                                              else "NOT found unchanged")
                for a in self.anchors]
        out.append("integrity: ok" if self.ok else f"integrity: {len(self.problems)} problem(s)")
        out += [f"warning: {w}" for w in self.warnings]
        return out


def check(engine: Engine, anchors: list[tuple[str, Anchor]] = ()) -> CheckReport:
    """The whole check; ``anchors`` (where each came from, the head it recorded) must
    still be in the chain, with the same hash."""
    report = CheckReport(url=engine.url.render_as_string(hide_password=True),
                         head=migrate.head_revision())
    try:
        report.schema = migrate.check_schema(engine)
    except migrate.SchemaError as exc:
        report.problems.append(str(exc))
        return report
    if report.schema is None:
        report.problems.append("the database has no KZPK schema yet (run 'kzpk init')")
        return report
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            for (line,) in conn.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    report.problems.append(f"SQLite integrity: {line}")
            for row in conn.execute(text("PRAGMA foreign_key_check")):
                report.problems.append(f"broken reference in table {row[0]} (row {row[1]})")
        if report.schema == report.head:
            for name, model in _COUNTED:
                report.counts[name] = conn.execute(select(func.count()).select_from(model)).scalar()
            report.problems.extend(verify_audit_chain(conn))
            report.problems.extend(exchange_audit_problems(conn))
            pending = uncaptured(conn)
            if pending and self_row(conn) is not None:
                report.notes.append(f"exchange: {pending} record(s) written in bulk go in the "
                                    "next package")
            report.anchors = check_anchors(conn, list(anchors))
            report.problems.extend(a.problem for a in report.anchors if not a.ok)
        elif engine.dialect.name == "sqlite":
            report.problems.append(f"the schema {report.schema} is older than this version's "
                                   f"({report.head}); run 'kzpk migrate'")
        else:
            try:
                migrate.require_current(engine)
            except migrate.SchemaError as exc:
                report.problems.append(str(exc))
    if engine.dialect.name != "sqlite":
        role = connection_role(engine)
        if role is not None and role.too_powerful:
            what = "is a superuser" if role.superuser else "owns the schema"
            report.warnings.append(
                f"connected as '{role.name}', which {what}: it can alter or drop the tables "
                "and the audit trail's triggers. Workstations should connect as a role given "
                "only a workstation's rights ('kzpk grant ROLE', README: PostgreSQL).")
    return report
