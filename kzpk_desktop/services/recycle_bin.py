"""What a delete takes away, kept in the recycle bin in the delete's own transaction.

The delete services (servicemen, documents, assignments) call :func:`keep`
just before they delete: it reads the record and every row the delete takes
with it (a serviceman's documents and their scans, assignments, roster entries
and their status history; a document's scan) and writes them into
``recycle_item`` / ``recycle_blob``. References are kept by uid, so a restore
(services/recycle.py) finds the unit, rotation, rank... it referred to, or
says that it is gone. Files stay bytes in ``recycle_blob``; nothing of the
record is written anywhere the record itself is not (the audit trail's
delete events hold the same values, files only by size).

Written on the session's connection, past the session hooks: the bin is
bookkeeping of the delete, which the hooks audit and check already.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import LargeBinary, Table, insert, select
from sqlalchemy.orm import Session

from ..db.base import Base, utcnow
from ..db.models import RecycleBlob, RecycleItem
from .auth import actor_name
from .exchange.entities import decode, encode

#: table -> (child table, its column that refers to the parent), restored after the parent.
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "serviceman": (("document", "serviceman_id"), ("assignment", "serviceman_id"),
                   ("roster_entry", "serviceman_id")),
    "document": (("document_scan", "document_id"),),
    "roster_entry": (("roster_status_change", "roster_entry_id"),),
}
_ITEMS = RecycleItem.__table__
_BLOBS = RecycleBlob.__table__


@dataclass
class KeptRow:
    table: str
    values: dict  # column -> value as the table takes it (references: the referred uid)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def references(table: Table) -> dict[str, Table]:
    """column -> the table it refers to, for references to tables whose rows have a uid."""
    out = {}
    for fk in table.foreign_keys:
        target = fk.column.table
        if "uid" in target.c:
            out[fk.parent.name] = target
    return out


def _gather(session: Session, table: Table, where) -> list[tuple[str, dict]]:
    rows = []
    for row in session.execute(select(table).where(where)).mappings():
        rows.append((table.name, dict(row)))
        for child, column in CHILDREN.get(table.name, ()):
            ctable = _table(child)
            rows += _gather(session, ctable, ctable.c[column] == row["id"])
    return rows


def keep(session: Session, entity: str, record_id: int, *, what: str,
         serviceman_uid: uuid.UUID) -> int:
    """Put the record ``entity`` id ``record_id`` and what goes with it into the bin;
    return the bin item's id. Call it in the deleting transaction, before the delete."""
    table = _table(entity)
    gathered = _gather(session, table, table.c.id == record_id)
    uids: dict[tuple[str, int], uuid.UUID] = {}
    for name, values in gathered:
        if "uid" in values:
            uids[(name, values["id"])] = values["uid"]
    rows, blobs = [], []
    for index, (name, values) in enumerate(gathered):
        t = _table(name)
        refs = references(t)
        out = {}
        for column, value in values.items():
            if column == "id" or value is None:
                continue
            if isinstance(t.c[column].type, LargeBinary):
                blobs.append({"row_index": index, "column": column, "data": bytes(value)})
            elif column in refs:
                target = refs[column]
                ref = uids.get((target.name, value))
                if ref is None:
                    ref = session.execute(select(target.c.uid).where(target.c.id == value)
                                          ).scalar_one()
                out[column] = str(ref)
            else:
                out[column] = encode(value)
        rows.append({"table": name, "values": out})
    first = gathered[0][1]
    conn = session.connection()
    item_id = conn.execute(insert(_ITEMS).values(
        entity=entity, entity_uid=first["uid"], serviceman_uid=serviceman_uid, what=what[:400],
        deleted_by=actor_name(session)[:60], deleted_at=utcnow(),
        rows=json.dumps(rows, ensure_ascii=False, separators=(",", ":")))
    ).inserted_primary_key[0]
    if blobs:
        conn.execute(insert(_BLOBS), [{**b, "item_id": item_id} for b in blobs])
    return item_id


def kept_rows(session: Session, item_id: int, raw: str) -> list[KeptRow]:
    """An item's rows with their values decoded (references still as uids)."""
    blobs: dict[tuple[int, str], bytes] = {
        (r.row_index, r.column): r.data for r in session.connection().execute(
            select(_BLOBS.c.row_index, _BLOBS.c.column, _BLOBS.c.data)
            .where(_BLOBS.c.item_id == item_id))}
    out = []
    for index, row in enumerate(json.loads(raw)):
        t = _table(row["table"])
        refs = references(t)
        values = {}
        for column, value in row["values"].items():
            values[column] = uuid.UUID(value) if column in refs else decode(t, column, value)
        for (i, column), data in blobs.items():
            if i == index:
                values[column] = data
        out.append(KeptRow(row["table"], values))
    return out
