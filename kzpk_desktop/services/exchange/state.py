"""The exchange state of records: which change number and clock each field carries.

Written by the session hooks when a clerk changes a record (``capture``) and
by the merge when a package is applied; read by the export.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, select, update

from ...db.bulk import insert_rows
from ...db.models import ExchangeRow
from . import clock as hlc

_T = ExchangeRow.__table__
_CHUNK = 500
#: Key in ``clocks`` of a restored record: the tombstone it overrides.
RESTORED = "~restored"


@dataclass
class RowState:
    entity: str
    uid: uuid.UUID
    seq: int
    clock: str
    #: {field: [clock, [bases]]} for fields changed after the record was created;
    #: for a tombstone, {field: clock} of every field the deleting office knew.
    clocks: dict = field(default_factory=dict)
    deleted: bool = False
    id: int | None = None
    via: str | None = None

    def field_clock(self, name: str) -> tuple[str, list[str]]:
        entry = self.clocks.get(name) if not self.deleted else None
        if entry is None:
            return self.clock, []
        return entry[0], list(entry[1])

    def known(self, names: Iterable[str]) -> dict[str, str]:
        """{field: clock} as a tombstone remembers them."""
        if self.deleted:
            return dict(self.clocks)
        return {n: self.field_clock(n)[0] for n in names}

    def touch(self, name: str, new_clock: str, office: str) -> None:
        """A local edit of ``name``: it is based on what this office had seen of it."""
        current, bases = self.field_clock(name)
        # An unsent streak of our own edits keeps the base it started from, so the
        # receiver sees one change on top of the value it knows.
        base = bases if hlc.author(current) == office and bases else [current]
        self.clocks[name] = [new_clock, base]

    def clocks_json(self) -> str | None:
        return json.dumps(self.clocks, separators=(",", ":"), sort_keys=True) if self.clocks \
            else None

    def max_clock(self) -> str:
        values = [self.clock] + [v if isinstance(v, str) else v[0]
                                 for k, v in self.clocks.items() if k != RESTORED]
        return max(values)


def load(conn: Connection, entity: str, uids: Iterable[uuid.UUID]) -> dict[uuid.UUID, RowState]:
    uids = list(uids)
    out: dict[uuid.UUID, RowState] = {}
    for start in range(0, len(uids), _CHUNK):
        part = uids[start:start + _CHUNK]
        for r in conn.execute(select(_T).where(_T.c.entity == entity, _T.c.uid.in_(part))):
            out[r.uid] = _state(r)
    return out


def load_pairs(conn: Connection, pairs: Iterable[tuple[str, uuid.UUID]]
               ) -> dict[tuple[str, uuid.UUID], RowState]:
    by_entity: dict[str, list[uuid.UUID]] = {}
    for entity, uid in pairs:
        by_entity.setdefault(entity, []).append(uid)
    out = {}
    for entity, uids in by_entity.items():
        for uid, st in load(conn, entity, uids).items():
            out[(entity, uid)] = st
    return out


def _state(r) -> RowState:
    return RowState(r.entity, r.uid, r.seq, r.clock, json.loads(r.clocks) if r.clocks else {},
                    bool(r.deleted), r.id, r.via)


def save(conn: Connection, states: Iterable[RowState]) -> None:
    """Insert or update ``states`` (``id`` None: not stored yet)."""
    new, old = [], []
    for st in states:
        row = {"entity": st.entity, "uid": st.uid, "seq": st.seq, "clock": st.clock,
               "clocks": st.clocks_json(), "deleted": st.deleted, "via": st.via}
        (new if st.id is None else old).append((st, row))
    if new:
        # A state may exist already (written by an earlier flush of this transaction).
        existing = load_pairs(conn, [(st.entity, st.uid) for st, _ in new])
        fresh = []
        for st, row in new:
            found = existing.get((st.entity, st.uid))
            if found is None:
                fresh.append(row)
            else:
                st.id = found.id
                old.append((st, row))
        insert_rows(conn, _T, fresh)
    if old:
        stmt = update(_T).where(_T.c.id == bindparam("_id")).values(
            {k: bindparam(f"_{k}") for k in ("entity", "uid", "seq", "clock", "clocks",
                                             "deleted", "via")})
        params = [{"_id": st.id, **{f"_{k}": v for k, v in row.items()}} for st, row in old]
        for start in range(0, len(params), _CHUNK):
            conn.execute(stmt, params[start:start + _CHUNK])


def insert_new(conn: Connection, states: Iterable[RowState]) -> None:
    """Insert ``states`` of records that have none yet (the caller has just looked)."""
    rows = [{"entity": st.entity, "uid": st.uid, "seq": st.seq, "clock": st.clock,
             "clocks": st.clocks_json(), "deleted": st.deleted, "via": st.via} for st in states]
    insert_rows(conn, _T, rows)


def rekey(conn: Connection, entity: str, old: uuid.UUID, new: uuid.UUID) -> None:
    conn.execute(update(_T).where(_T.c.entity == entity, _T.c.uid == old).values(uid=new))


def changed_since(conn: Connection, seq: int, entity: str) -> list[RowState]:
    return [_state(r) for r in conn.execute(
        select(_T).where(_T.c.entity == entity, _T.c.seq > seq).order_by(_T.c.seq, _T.c.id))]


def bump(conn: Connection, entity: str, uids: Iterable[uuid.UUID], seq: int) -> None:
    """Send these records again in the next package (their scan did not fit this one)."""
    uids = list(uids)
    for start in range(0, len(uids), _CHUNK):
        conn.execute(update(_T).where(_T.c.entity == entity, _T.c.uid.in_(uids[start:start + _CHUNK]))
                     .values(seq=seq))

