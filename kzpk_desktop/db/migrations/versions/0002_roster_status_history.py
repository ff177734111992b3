"""Roster status history: one row per status change, with its day of effect.

Entries made before this revision get their history reconstructed from what
is on file:

* the audit trail's status changes of the entry (who, when), where it has them
  and they lead to the entry's current status;
* otherwise the one path the workflow allows to that status (withdrawn is
  taken as withdrawn from nominated);
* days of effect: the arrival date (or the rotation's actual, else planned
  start) for deployed; the departure / repatriation date (or the rotation's
  end) for completed and repatriated; an approval with no audit record on the
  day of the arrival for people who went (so nobody is counted as approved
  for days nobody can vouch for), else on the day the entry was made or the
  decision adopted, whichever is later; the nomination on the day the entry
  was made; each day no earlier than the one before it.

Rows whose day or author had to be guessed are marked ``inferred``; a change
taken from the audit trail with its own date (or a date stored on the entry)
is not.

The logic is frozen here on purpose (a migration must not follow later code).

Revision ID: 0002_roster_status_history
Revises: 0001
"""
from __future__ import annotations

import datetime as dt
import json
import uuid

import sqlalchemy as sa
from alembic import context, op

revision = "0002_roster_status_history"
down_revision = "0001"
branch_labels = None
depends_on = None

_STATUSES = ("'nominated', 'approved', 'deployed', 'repatriated', 'completed', 'withdrawn'")
#: The path the workflow allows to each status.
_PATHS = {
    "nominated": ("nominated",),
    "approved": ("nominated", "approved"),
    "deployed": ("nominated", "approved", "deployed"),
    "completed": ("nominated", "approved", "deployed", "completed"),
    "repatriated": ("nominated", "approved", "deployed", "repatriated"),
    "withdrawn": ("nominated", "withdrawn"),
}
_CHUNK = 2000


def upgrade() -> None:
    op.create_table(
        "roster_status_change",
        sa.Column("roster_entry_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=12), nullable=True),
        sa.Column("to_status", sa.String(length=12), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=60), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("inferred", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.CheckConstraint(f"to_status IN ({_STATUSES})",
                           name=op.f("ck_roster_status_change_to_status")),
        sa.ForeignKeyConstraint(["roster_entry_id"], ["roster_entry.id"],
                                name=op.f("fk_roster_status_change_roster_entry_id_roster_entry"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_status_change")),
        sa.UniqueConstraint("uid", name=op.f("uq_roster_status_change_uid")),
    )
    with op.batch_alter_table("roster_status_change", schema=None) as batch_op:
        batch_op.create_index("ix_roster_status_change_entry",
                              ["roster_entry_id", "effective_on"], unique=False)
        batch_op.create_index("ix_roster_status_change_day", ["effective_on", "to_status"],
                              unique=False)
    if context.is_offline_mode():
        # The history is reconstructed from the rows on file (Python, not SQL).
        raise RuntimeError("revision 0002_roster_status_history reconstructs the roster status "
                           "history from the data and has no SQL script")
    _fill(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("roster_status_change", schema=None) as batch_op:
        batch_op.drop_index("ix_roster_status_change_day")
        batch_op.drop_index("ix_roster_status_change_entry")
    op.drop_table("roster_status_change")


# --- reconstruction ----------------------------------------------------------------------------

_entry = sa.table(
    "roster_entry", sa.column("id", sa.Integer), sa.column("uid", sa.Uuid),
    sa.column("rotation_id", sa.Integer), sa.column("status", sa.String),
    sa.column("arrival_date", sa.Date), sa.column("departure_date", sa.Date),
    sa.column("repatriation_date", sa.Date), sa.column("repatriation_reason", sa.Text),
    sa.column("override_reason", sa.Text), sa.column("override_by", sa.String),
    sa.column("created_at", sa.DateTime), sa.column("updated_at", sa.DateTime),
    sa.column("origin", sa.String))
_rotation = sa.table(
    "rotation", sa.column("id", sa.Integer), sa.column("decision_id", sa.Integer),
    sa.column("planned_start", sa.Date), sa.column("planned_end", sa.Date),
    sa.column("actual_start", sa.Date), sa.column("actual_end", sa.Date))
_decision = sa.table("decision", sa.column("id", sa.Integer), sa.column("date", sa.Date))
_audit = sa.table(
    "audit_event", sa.column("id", sa.Integer), sa.column("at", sa.DateTime),
    sa.column("username", sa.String), sa.column("entity", sa.String),
    sa.column("entity_uid", sa.Uuid), sa.column("changes", sa.Text))
_change = sa.table(
    "roster_status_change", sa.column("roster_entry_id", sa.Integer),
    sa.column("from_status", sa.String), sa.column("to_status", sa.String),
    sa.column("effective_on", sa.Date), sa.column("recorded_at", sa.DateTime),
    sa.column("recorded_by", sa.String), sa.column("reason", sa.Text),
    sa.column("inferred", sa.Boolean), sa.column("uid", sa.Uuid),
    sa.column("created_at", sa.DateTime), sa.column("updated_at", sa.DateTime),
    sa.column("version", sa.Integer), sa.column("origin", sa.String))


def _audited(conn) -> dict[uuid.UUID, list[tuple[dt.datetime, str, str | None, str]]]:
    """Entry uid -> its status changes in the audit trail: (at, who, old, new), oldest first."""
    out: dict[uuid.UUID, list] = {}
    for row in conn.execute(
            sa.select(_audit.c.at, _audit.c.username, _audit.c.entity_uid, _audit.c.changes)
            .where(_audit.c.entity == "roster_entry", _audit.c.entity_uid.is_not(None),
                   _audit.c.changes.like('%"status"%'))
            .order_by(_audit.c.at, _audit.c.id)):
        try:
            old, new = json.loads(row.changes)["status"]
        except (ValueError, KeyError, TypeError):
            continue
        out.setdefault(row.entity_uid, []).append((row.at, row.username, old, new))
    return out


def _steps(e, audited: list) -> list[dict]:
    """The entry's history, oldest first (see the module docstring)."""
    start = e.arrival_date or e.actual_start or e.planned_start
    end = (e.departure_date or e.repatriation_date or e.actual_end or e.planned_end)
    created = e.created_at.date()
    trail = [a for a in audited if a[3] is not None]
    path = [a[3] for a in trail]
    from_audit = bool(path) and path[0] == "nominated" and path[-1] == e.status
    if not from_audit:
        trail, path = [], list(_PATHS.get(e.status, (e.status,)))
    steps = []
    for k, status in enumerate(path):
        at, who = (trail[k][0], trail[k][1]) if from_audit else (e.updated_at, None)
        day, inferred, reason = at.date(), not from_audit, None
        if status == "nominated":
            day, at = (at.date(), at) if from_audit else (created, e.created_at)
        elif status == "approved":
            if e.override_reason:
                reason, who = e.override_reason, who or e.override_by
            if not from_audit:
                went = e.status in ("deployed", "completed", "repatriated")
                day = start if went else max(created, e.adopted)
        elif status == "deployed":
            day, inferred = start, not (from_audit and e.arrival_date is not None)
        elif status in ("completed", "repatriated"):
            known = e.departure_date or e.repatriation_date
            day, inferred = (known or end), not (from_audit and known is not None)
            if status == "repatriated":
                reason = e.repatriation_reason
        elif status == "withdrawn" and not from_audit:
            day = min(e.updated_at.date(), start)
        steps.append({"to_status": status, "effective_on": day, "recorded_at": at,
                      "recorded_by": who, "reason": reason, "inferred": inferred})
    # Each day no earlier than the one before it: a guessed day gives way to a known later one.
    for k in range(len(steps) - 2, -1, -1):
        if steps[k]["effective_on"] > steps[k + 1]["effective_on"]:
            steps[k]["effective_on"] = steps[k + 1]["effective_on"]
            steps[k]["inferred"] = True
    for k, step in enumerate(steps):
        step["from_status"] = steps[k - 1]["to_status"] if k else None
    return steps


def _fill(conn) -> None:
    audited = _audited(conn)
    stmt = (sa.select(_entry, _rotation.c.planned_start, _rotation.c.planned_end,
                      _rotation.c.actual_start, _rotation.c.actual_end,
                      _decision.c.date.label("adopted"))
            .join(_rotation, _rotation.c.id == _entry.c.rotation_id)
            .join(_decision, _decision.c.id == _rotation.c.decision_id)
            .order_by(_entry.c.id))
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    rows: list[dict] = []
    for e in conn.execute(stmt):
        for step in _steps(e, audited.get(e.uid, [])):
            rows.append({**step, "roster_entry_id": e.id, "uid": uuid.uuid4(), "created_at": now,
                         "updated_at": now, "version": 1, "origin": e.origin})
        if len(rows) >= _CHUNK:
            conn.execute(sa.insert(_change), rows)
            rows = []
    if rows:
        conn.execute(sa.insert(_change), rows)
