"""Conflicts the merge opens (protected fields changed on both sides, edits against
deletions, identities) and closes (when a later change was made on top of both values)."""
from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import insert, select, update

from ....db.base import utcnow
from ....messages import Message
from ...errors import N_
from .. import clock as hlc
from .records import _CONFLICTS, _dump, _shown


class ClashesMixin:
    def conflict(self, kind: str, entity: str, uid: uuid.UUID, name: str, local_value: Any,
                 local_clock: str | None, incoming_value: Any, incoming_clock: str | None,
                 detail: Any = None) -> None:
        open_ = self.conn.execute(
            select(_CONFLICTS.c.id, _CONFLICTS.c.incoming_clock, _CONFLICTS.c.local_clock,
                   _CONFLICTS.c.detail)
            .where(_CONFLICTS.c.resolved_at.is_(None), _CONFLICTS.c.entity == entity,
                   _CONFLICTS.c.uid == uid, _CONFLICTS.c.field == name)).first()
        values = {"local_value": _dump(local_value), "local_clock": local_clock,
                  "incoming_value": _dump(incoming_value), "incoming_clock": incoming_clock,
                  "incoming_office": self.sender,
                  "detail": None if detail is None else _dump(detail)}
        if open_ is not None:
            if open_.incoming_clock == incoming_clock:
                return
            if kind == "field":
                # A third value of the same field, from another office: the conflict shows
                # the latest, and its resolution is made on top of every value it met (so the
                # conflict each of those offices holds closes with it).
                seen = set(seen_clocks(open_)) | {c for c in (open_.incoming_clock,
                                                              open_.local_clock,
                                                              incoming_clock) if c}
                values["detail"] = _dump({"seen": sorted(seen)})
            if (open_.incoming_clock or "") > (incoming_clock or ""):
                if kind == "field":
                    self.conn.execute(update(_CONFLICTS).where(_CONFLICTS.c.id == open_.id)
                                      .values(detail=values["detail"]))
                return
            self.conn.execute(update(_CONFLICTS).where(_CONFLICTS.c.id == open_.id)
                              .values(**values))
        else:
            self.conn.execute(insert(_CONFLICTS).values(kind=kind, entity=entity, uid=uid,
                                                        field=name, opened_at=utcnow(),
                                                        **values))
            self.open_keys().add((entity, uid, name))
        self.s.conflicts.append(Message(N_("{entity} {uid} {field}: here {local}, from {office} "
                                           "{incoming}"), entity=entity, uid=str(uid),
                                        field=name or kind, local=_shown(local_value),
                                        office=self.sender, incoming=_shown(incoming_value)))

    def open_keys(self) -> set[tuple[str, uuid.UUID, str]]:
        if self._open is None:
            self._open = {(r.entity, r.uid, r.field) for r in self.conn.execute(
                select(_CONFLICTS.c.entity, _CONFLICTS.c.uid, _CONFLICTS.c.field)
                .where(_CONFLICTS.c.resolved_at.is_(None)))}
        return self._open

    def close_conflicts(self, entity: str, uid: uuid.UUID, name: str, bases: list[str]) -> None:
        if (entity, uid, name) not in self.open_keys():
            return
        rows = self.conn.execute(
            select(_CONFLICTS.c.id, _CONFLICTS.c.local_clock, _CONFLICTS.c.incoming_clock)
            .where(_CONFLICTS.c.resolved_at.is_(None), _CONFLICTS.c.entity == entity,
                   _CONFLICTS.c.uid == uid, _CONFLICTS.c.field == name)).all()
        for r in rows:
            if hlc.covers(bases, r.incoming_clock) and hlc.covers(bases, r.local_clock):
                self.conn.execute(update(_CONFLICTS).where(_CONFLICTS.c.id == r.id).values(
                    resolved_at=utcnow(), resolution="superseded",
                    resolved_by=f"office {self.sender}"))



def close_for_deleted(conn, entity: str, uids, by: str) -> None:
    """A record deleted here: the conflicts about its fields are answered by the deletion
    (kept as "superseded", by whom); whether it comes back is the deletion's own question."""
    uids = list(uids)
    for start in range(0, len(uids), 500):
        conn.execute(update(_CONFLICTS).where(
            _CONFLICTS.c.resolved_at.is_(None), _CONFLICTS.c.kind == "field",
            _CONFLICTS.c.entity == entity, _CONFLICTS.c.uid.in_(uids[start:start + 500]))
            .values(resolved_at=utcnow(), resolution="superseded", resolved_by=by))


def seen_clocks(row) -> list[str]:
    """The clocks of every value a field conflict met (the earlier incoming ones included)."""
    detail = json.loads(row.detail) if row.detail else None
    return list(detail.get("seen") or []) if isinstance(detail, dict) else []

