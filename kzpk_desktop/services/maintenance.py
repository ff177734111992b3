"""Database health: integrity, schema version, record counts, audit anchors."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

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
from . import audit_replay, roster_history
from .anchors import Anchor, AnchorCheck, check_anchors
from .audit import check_audit_chain
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
    #: Limits of what could be checked (not problems): unsealed old events, another
    #: workstation's seals, rows an older version wrote in bulk.
    notes: list[str] = field(default_factory=list)
    #: The audit chain's head (event id, hash), when the trail could be read.
    chain_head: tuple[int, str] | None = None
    deep: bool = False
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
        if self.chain_head is not None:
            out.append(f"audit chain head: event {self.chain_head[0]}, {self.chain_head[1]}")
        out += self.notes
        out += [f"anchor {a.source}: {a.anchor.short()} " + ("found unchanged" if a.ok
                                                              else "NOT found unchanged")
                for a in self.anchors]
        out.append("integrity: ok" if self.ok else f"integrity: {len(self.problems)} problem(s)")
        out += [f"warning: {w}" for w in self.warnings]
        if self.deep and self.ok:
            out.append("deep check: every replayed row is explained by the audit trail")
        return out


def _step(report: CheckReport, what: str, work) -> None:
    """Run one part of the check; a database error in it becomes a problem line."""
    try:
        work()
    except DBAPIError as exc:
        report.problems.append(f"{what} could not be read: {_first_line(exc)} (the file is "
                               "damaged; restore a backup)")


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def check(engine: Engine, anchors: list[tuple[str, Anchor]] = (), *,
          deep: bool = False) -> CheckReport:
    """Integrity, schema, counts and the audit trail; ``anchors`` (where each came from, the
    head it recorded) must still be in the chain, with the same hash; ``deep`` replays the
    trail on the data. Every fault is a line in ``problems``, never an exception.
    """
    report = CheckReport(url=engine.url.render_as_string(hide_password=True),
                         head=migrate.head_revision(), deep=deep)
    try:
        report.schema = migrate.check_schema(engine)
    except migrate.SchemaError as exc:
        report.problems.append(str(exc))
        return report
    if report.schema is None:
        report.problems.append("the database has no KZPK schema yet (run 'kzpk init')")
        return report
    try:
        with engine.connect() as conn:
            _checks(conn, engine, report, list(anchors))
    except DBAPIError as exc:
        report.problems.append(f"the database could not be read: {_first_line(exc)}")
    if engine.dialect.name != "sqlite":
        role = connection_role(engine)
        if role is not None and role.too_powerful:
            what = "is a superuser" if role.superuser else "owns the schema"
            report.warnings.append(
                f"connected as '{role.name}', which {what}: it can alter or drop the tables "
                "and the audit trail's triggers. Workstations should connect as a role given "
                "only a workstation's rights ('kzpk grant ROLE', README: PostgreSQL).")
    return report


def _checks(conn, engine: Engine, report: CheckReport,
            anchors: list[tuple[str, Anchor]]) -> None:
    if engine.dialect.name == "sqlite":
        def integrity() -> None:
            for (line,) in conn.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    report.problems.append(f"SQLite integrity: {line}")

        def references() -> None:
            for row in conn.execute(text("PRAGMA foreign_key_check")):
                report.problems.append(f"broken reference in table {row[0]} (row {row[1]})")

        _step(report, "the file's pages", integrity)
        _step(report, "the references between tables", references)
    if report.schema != report.head:
        if engine.dialect.name == "sqlite":
            report.problems.append(f"the schema {report.schema} is older than this version's "
                                   f"({report.head}); run 'kzpk migrate'")
        else:
            try:
                migrate.require_current(engine)
            except migrate.SchemaError as exc:
                report.problems.append(str(exc))
        return
    for name, model in _COUNTED:
        def count(model=model, name=name) -> None:
            report.counts[name] = conn.execute(select(func.count()).select_from(model)).scalar()
        _step(report, f"the {name}", count)

    def trail() -> None:
        chain = check_audit_chain(conn)
        report.problems.extend(chain.problems)
        report.notes.extend(chain.notes)
        report.chain_head = chain.head

    _step(report, "the audit trail", trail)

    def exchange() -> None:
        report.problems.extend(exchange_audit_problems(conn))
        pending = uncaptured(conn)
        if pending and self_row(conn) is not None:
            report.notes.append(f"exchange: {pending} record(s) written in bulk go in the "
                                "next package")

    _step(report, "the exchange's records", exchange)

    def anchored() -> None:
        report.anchors = check_anchors(conn, anchors)
        report.problems.extend(a.problem for a in report.anchors if not a.ok)

    _step(report, "the anchors", anchored)
    if report.deep:
        def deep() -> None:
            result = audit_replay.replay(conn)
            report.problems.extend(result.problems)
            report.notes.extend(result.notes)

        _step(report, "the rows replayed against the audit trail", deep)
        _step(report, "the roster statuses against their histories",
              lambda: report.problems.extend(roster_history.disagreements(conn)))
