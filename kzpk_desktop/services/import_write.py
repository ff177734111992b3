"""Writing a checked preview: bulk inserts for new servicemen, the services for the rest.

New servicemen go in with Core bulk inserts in chunks (the rows the record
form would write: the serviceman, the national passport, the search tokens),
because one ORM save per row would take minutes for 10,000 rows. Updates go
through ``servicemen.update_serviceman`` (refused if the record changed since
the preview), assignments through ``assignments.assign_many`` and roster
nominations through ``rosters.add_to_roster``.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from types import SimpleNamespace

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..db.base import tracked_defaults, utcnow
from ..db.models import Assignment, Document, DocumentKind, SearchToken, Serviceman
from . import assignments, audit, audit_replay, rosters, servicemen
from .auth import require_role
from .documents import NATIONAL_PASSPORT, PASSPORT_KINDS
from .errors import N_
from .import_model import (
    CREATE,
    REFUSED,
    UNCHANGED,
    UPDATE,
    ImportPreview,
    ImportRefused,
    ImportResult,
    PreviewRow,
    Progress,
    tick,
)

_CHUNK = 500


def write(session: Session, preview: ImportPreview, *, category: str, progress: Progress | None,
          origin: str, lang: str = "ru") -> ImportResult:
    require_role(session, "clerk")
    rows = [r for r in preview.rows if r.action != REFUSED]
    new = [r for r in rows if r.action == CREATE]
    updates = [r for r in rows if r.action == UPDATE]
    planned = [r for r in rows if r.assignment is not None]
    total = len(new) + len(updates) + len(planned) + (1 if preview.rotation_id else 0)
    done = 0
    tick(progress, done, total)
    _refuse_taken(session, new)

    ids: dict[int, int] = {}  # Excel row -> serviceman id
    for start in range(0, len(new), _CHUNK):
        chunk = new[start:start + _CHUNK]
        ids.update(zip((r.row for r in chunk), _insert_people(session, chunk, origin)))
        done += len(chunk)
        tick(progress, done, total)
    for r in updates:
        servicemen.update_serviceman(session, r.serviceman_id,
                                     dataclasses.replace(r.data, version=r.version))
        done += 1
        if done % 50 == 0:
            tick(progress, done, total)
    for r in rows:
        if r.action != CREATE:
            ids[r.row] = r.serviceman_id
    _assign(session, planned, ids, lang, origin)
    done += len(planned)
    tick(progress, done, total)

    nominated = 0
    if preview.rotation_id is not None:
        added = rosters.add_to_roster(session, preview.rotation_id, [ids[r.row] for r in rows],
                                      category=category, skip_existing=True, origin=origin)
        nominated = len(added.entries)
        done += 1
        tick(progress, done, total)
    counts = preview.counts()
    result = ImportResult(counts[CREATE], counts[UPDATE], counts[UNCHANGED],
                          counts[REFUSED], nominated, tuple(ids[r.row] for r in rows))
    audit.audit_event(session, "import", details={
        "file": preview.path, "sheet": preview.sheet, "created": result.created,
        "updated": result.updated, "unchanged": result.unchanged, "refused": result.refused,
        "rotation": preview.rotation, "nominated": nominated})
    return result


def _refuse_taken(session: Session, new: list[PreviewRow]) -> None:
    """Someone saved one of these people after the preview: refuse rather than fail half-way."""
    columns = ((Serviceman.iin, "iin"), (Serviceman.service_number, "service_number"))
    for start in range(0, len(new), _CHUNK):
        chunk = new[start:start + _CHUNK]
        for column, name in columns:
            values = [getattr(r.data, name) for r in chunk]
            taken = session.execute(select(column).where(column.in_(values)).limit(1)).scalar()
            if taken is not None:
                raise _changed_since(taken)
        numbers = [r.data.passport_number for r in chunk if r.data.passport_number]
        if numbers:
            taken = session.execute(
                select(Document.number).join(DocumentKind, DocumentKind.id == Document.kind_id)
                .where(DocumentKind.code.in_(PASSPORT_KINDS), Document.number.in_(numbers))
                .limit(1)).scalar()
            if taken is not None:
                raise _changed_since(taken)


def _changed_since(value: str) -> ImportRefused:
    return ImportRefused(N_("{value} was saved by someone else after the preview; nothing was "
                            "imported. Preview the file again."), value=value)


def _insert_people(session: Session, rows: list[PreviewRow], origin: str) -> list[int]:
    """The rows ``servicemen.create_serviceman`` would write, as three bulk inserts."""
    now = utcnow()
    people = []
    for r in rows:
        values = {f: getattr(r.data, f) for f in servicemen.PERSON_FIELDS}
        values["sort_key"] = servicemen.sort_key_for(r.data)
        values.update(tracked_defaults(now, origin))
        people.append(values)
    table = Serviceman.__table__
    # A plain executemany, then the ids by IIN: RETURNING in parameter order makes SQLite
    # run one INSERT per row (no multi-row VALUES can promise the order).
    session.execute(insert(table), people)
    audit.created_in_bulk(session, "serviceman", people, audit_replay.REPLAYED["serviceman"])
    by_iin = dict(session.execute(select(table.c.iin, table.c.id)
                                  .where(table.c.iin.in_([p["iin"] for p in people]))).all())
    ids = [by_iin[p["iin"]] for p in people]
    kind_id = session.execute(
        select(DocumentKind.id).where(DocumentKind.code == NATIONAL_PASSPORT)).scalar_one()
    documents, tokens = [], []
    for person_id, r, values in zip(ids, rows, people):
        d = r.data
        if d.passport_number:
            documents.append({**tracked_defaults(now, origin), "serviceman_id": person_id,
                              "kind_id": kind_id, "number": d.passport_number,
                              "issued_on": d.passport_issued, "expires_on": d.passport_expires,
                              "issuer": None, "notes": None, "is_current": True})
        tokens += servicemen.index_rows(person_id, servicemen.tokens_for(SimpleNamespace(**values)),
                                        values["sort_key"])
    if documents:
        session.execute(insert(Document.__table__), documents)
    if tokens:
        session.execute(insert(SearchToken.__table__), tokens)
    return list(ids)


def _assign(session: Session, planned: list[PreviewRow], ids: dict[int, int], lang: str,
            origin: str) -> None:
    """Open the rows' assignments.

    A new serviceman has no history, so his assignment is one bulk insert (the
    preview checked the unit is live and the position fits). A recorded one
    goes through ``assignments.assign_many``, one call per (unit, position,
    dates, order), which closes his open assignment the day before.
    """
    now = utcnow()
    fresh = []
    groups: dict[tuple, list[int]] = defaultdict(list)
    for r in planned:
        a = r.assignment
        if r.action == CREATE:
            fresh.append({**tracked_defaults(now, origin), "serviceman_id": ids[r.row],
                          "unit_id": a.unit_id, "position": a.position, "date_from": a.date_from,
                          "date_to": None, "order_number": a.order_number,
                          "order_date": a.order_date})
        else:
            groups[(a.unit_id, a.position, a.date_from, a.order_number, a.order_date)].append(
                ids[r.row])
    for start in range(0, len(fresh), _CHUNK):
        session.execute(insert(Assignment.__table__), fresh[start:start + _CHUNK])
    for (unit_id, position, date_from, order_number, order_date), people in groups.items():
        assignments.assign_many(session, people, unit_id, position, date_from, order_number,
                                order_date, lang=lang)
