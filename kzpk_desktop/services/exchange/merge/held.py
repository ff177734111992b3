"""Records that wait: for a parent that has not arrived, or for the ministry to decide."""
from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from ....db.base import utcnow
from ....messages import Message
from ...errors import N_
from ..entities import ENTITIES
from .deletes import DELETE_WAITS_MSG
from .records import _CHUNK, _CONFLICTS, _HELD, Incoming, _dump

if TYPE_CHECKING:
    from .core import Merger


class HeldMixin:
    def hold(self, inc: Incoming, reason: Message) -> None:
        row = {"entity": inc.entity.name, "uid": inc.uid, "record": _dump(inc.raw),
               "office": self.sender, "reason": str(reason)[:400], "held_at": utcnow()}
        self.held_any = True
        found = self.conn.execute(select(_HELD.c.id).where(_HELD.c.entity == inc.entity.name,
                                                           _HELD.c.uid == inc.uid)).scalar()
        if found is None:
            self.conn.execute(insert(_HELD).values(**row))
        else:
            self.conn.execute(update(_HELD).where(_HELD.c.id == found).values(**row))
        self.s.held.append(Message(N_("{entity} {uid} held: {reason}"), entity=inc.entity.name,
                                   uid=str(inc.uid), reason=reason))

    def unhold(self, entity: str, uid: uuid.UUID) -> None:
        self.unhold_many(entity, [uid])

    def unhold_many(self, entity: str, uids: list[uuid.UUID]) -> None:
        """Records no longer held (applied, merged or deleted): a question the ministry was
        asked about one of them (is it someone on file?) has been answered by that."""
        if not self.held_any:
            return
        for start in range(0, len(uids), _CHUNK):
            part = uids[start:start + _CHUNK]
            self.conn.execute(_HELD.delete().where(_HELD.c.entity == entity,
                                                   _HELD.c.uid.in_(part)))
            self.conn.execute(update(_CONFLICTS).where(
                _CONFLICTS.c.resolved_at.is_(None), _CONFLICTS.c.kind == "identity",
                _CONFLICTS.c.entity == entity, _CONFLICTS.c.uid.in_(part)).values(
                resolved_at=utcnow(), resolution="superseded",
                resolved_by=f"office {self.sender}"))

def retry_held(m: Merger) -> None:
    """Records held earlier (waiting for a parent, or for the ministry) are tried again,
    until a round applies nothing more."""
    m._fresh.clear()  # held records are applied again: everything is looked up
    while True:
        count = m.conn.execute(select(_HELD.c.id)).all()
        if not count:
            break
        _retry_round(m)
        if len(m.conn.execute(select(_HELD.c.id)).all()) >= len(count):
            break
    # What is still held is listed once, as it stands now (with the deletions that wait).
    waits = [h for h in m.s.held if getattr(h, "template", None) == DELETE_WAITS_MSG]
    m.s.held[:] = waits
    for r in m.conn.execute(select(_HELD).order_by(_HELD.c.id)):
        m.s.held.append(Message(N_("{entity} {uid} held: {reason}"), entity=r.entity,
                                uid=str(r.uid), reason=r.reason))


def _retry_round(m: Merger) -> None:
    rows = m.conn.execute(select(_HELD).order_by(_HELD.c.id)).all()
    by_entity: dict[str, list] = {}
    for r in rows:
        by_entity.setdefault(r.entity, []).append(r)
    for entity in ENTITIES:
        held = by_entity.get(entity.name, [])
        if not held:
            continue
        m.conn.execute(_HELD.delete().where(_HELD.c.id.in_([r.id for r in held])))
        sender, role = m.sender, m.sender_role
        for r in held:
            m.sender = r.office
            m.sender_role = "ministry" if r.office == m.ministry_code else "field"
            m.apply(entity, [json.loads(r.record)], tombstones=False)
        m.sender, m.sender_role = sender, role

