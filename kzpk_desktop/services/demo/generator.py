"""Writing the demo data: one transaction, Core bulk inserts in chunks."""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from ...db.base import tracked_defaults, utcnow
from ...db.bulk import bulk_work
from ...messages import N_
from ...progress import Cancelled, Progress, tick
from ...db.engine import write_session
from ...db.models import (
    Assignment,
    Decision,
    DecisionCeiling,
    Document,
    DocumentKind,
    PersonnelCategory,
    Rank,
    RosterEntry,
    RosterStatusChange,
    Rotation,
    SearchToken,
    Serviceman,
)
from ..decisions import decision_family
from .. import text
from ..audit import audit_event, created_in_bulk
from ..audit_replay import REPLAYED
from ..auth import actor_name, require_role
from ..errors import N_, ServiceError
from ..roster_history import history_row
from ..servicemen import index_rows, sort_key_for
from .people import PersonMaker, Taken, make_cores
from .rosters import COUNTED, Room, RosterPlan, plan_history, plan_rosters
from .structure import RotationInfo, build_decisions, build_rotations, build_units

#: People written per round of bulk inserts (and per progress report).
CHUNK = 2000
#: SQLite page cache for the load (KiB, negative = size); index pages of a
#: 100k load stay in memory instead of being spilled and re-read.
_SQLITE_CACHE_KIB = 131072


class DemoCancelled(Cancelled):
    """The progress callback asked to stop; the transaction was rolled back."""

    TEMPLATE = N_("Demo data cancelled; nothing was saved.")


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind the run added."""

    servicemen: int
    documents: int
    assignments: int
    search_tokens: int
    units: int
    decisions: int
    rotations: int
    roster_entries: int

    def line(self) -> str:
        return (f"added {self.servicemen} servicemen, {self.documents} documents, "
                f"{self.assignments} assignments, {self.units} units, {self.decisions} decisions, "
                f"{self.rotations} rotations, {self.roster_entries} roster entries")




#: Demo data is invented people with approved and deployed places on rosters: an
#: administrator's act (which includes the supervisor's approvals), on an empty database
#: unless they accept mixing it into real records.
DEMO_ROLE_MSG = N_("Your role ({role}) may not add demo data; only an administrator may.")
NOT_EMPTY_MSG = N_("The database already holds {n} servicemen: demo data would mix invented "
                   "people, with approved and deployed roster places, into real records. Use an "
                   "empty database, or, as an administrator who accepts that, confirm it "
                   "('kzpk demo --yes').")


def generate(factory: sessionmaker[Session], *, servicemen: int, seed: int = 1,
             progress: Progress | None = None, today: dt.date | None = None,
             into_existing: bool = False) -> DemoSummary:
    """Add ``servicemen`` realistic synthetic servicemen, with everything around them.

    The same seed, ``today`` and starting database give the same data. All of
    it is written in one transaction: if ``progress(done, total)`` returns
    False the run stops with ``DemoCancelled`` and the database is unchanged.
    Units, decisions and rotations are created on the first run and reused on
    later ones; IINs, service numbers, document numbers and UN index numbers
    never collide with those already stored.

    Only an administrator (or the bootstrap one of a database without
    accounts) may run it, and only on a database without servicemen unless
    ``into_existing`` says they accept the risk.
    """
    if servicemen < 0:
        raise ValueError("the number of servicemen cannot be negative")
    today = today or dt.date.today()
    rngs = {part: random.Random(f"kzpk-demo/{seed}/{part}")
            for part in ("core", "structure", "rosters", "people", "history")}
    now = utcnow()

    def defaults() -> dict:
        return tracked_defaults(now)

    def report(done: int) -> None:
        tick(progress, done, servicemen, DemoCancelled)

    report(0)
    with write_session(factory) as session:
        require_role(session, "admin", DEMO_ROLE_MSG)
        existing = session.execute(select(func.count(Serviceman.id))).scalar_one()
        if existing and not into_existing:
            raise ServiceError(NOT_EMPTY_MSG, n=existing)
        # Millions of short-lived rows and no reference cycles: the cyclic
        # collector would only rescan the growing plan again and again.
        with bulk_work(session.connection(), cache_kib=_SQLITE_CACHE_KIB):
            summary = _write(session, servicemen, today, rngs, defaults, report)
            audit_event(session, "demo", details={"seed": seed, "added": summary.line()})
    return summary


def _write(session: Session, n: int, today: dt.date, rngs: dict[str, random.Random],
           defaults: Callable[[], dict], report: Callable[[int], None]) -> DemoSummary:
    taken = _taken(session)
    units = build_units(session, n, defaults)
    decisions, new_decisions = build_decisions(session, today, defaults)
    jitter = rngs["structure"]
    rotations, new_rotations = build_rotations(session, decisions, today, defaults,
                                               lambda: jitter.randint(-2, 4))
    ranks = {r.code: (r.id, r.category)
             for r in session.execute(select(Rank.id, Rank.code, Rank.category))}
    doc_kinds = dict(session.execute(select(DocumentKind.code, DocumentKind.id)).all())
    categories = dict(session.execute(select(PersonnelCategory.code, PersonnelCategory.id)).all())

    cores = make_cores(rngs["core"], n, today, set(ranks))
    plans = plan_rosters(rngs["rosters"], cores, ranks, rotations,
                         _rooms(session), today, taken.un_indexes)
    maker = PersonMaker(rngs["people"], today, ranks, doc_kinds, units.slots, taken)

    table = Serviceman.__table__
    tokens = _TokenCache()
    person_ids: dict[int, int] = {}
    counts = {"documents": 0, "assignments": 0, "tokens": 0}
    for first in range(0, n, CHUNK):
        people, docs, assignments = [], [], []
        for i in range(first, min(first + CHUNK, n)):
            row, person_docs, person_assignments = maker.person(cores[i], plans.get(i))
            row.update(defaults())
            row["sort_key"] = sort_key_for(SimpleNamespace(**row))
            people.append(row)
            docs.append(person_docs)
            assignments.append(person_assignments)
        # A plain executemany, then the new ids by IIN: RETURNING with row order
        # guaranteed runs one statement per row on SQLite, several times slower.
        session.execute(insert(table), people)
        created_in_bulk(session, "serviceman", people, REPLAYED["serviceman"])
        by_iin = dict(session.execute(select(table.c.iin, table.c.id).where(
            table.c.iin.in_([p["iin"] for p in people]))).all())
        doc_rows, assignment_rows, token_rows = [], [], []
        for k, row in enumerate(people):
            person_id = by_iin[row["iin"]]
            if first + k in plans:
                person_ids[first + k] = person_id
            for dependent in docs[k] + assignments[k]:
                dependent.update(defaults())
                dependent["serviceman_id"] = person_id
            doc_rows += docs[k]
            assignment_rows += assignments[k]
            token_rows += index_rows(person_id, tokens(row), row["sort_key"])
        for model, rows in ((Document, doc_rows), (Assignment, assignment_rows),
                            (SearchToken, token_rows)):
            if rows:
                session.execute(insert(model.__table__), rows)
        counts["documents"] += len(doc_rows)
        counts["assignments"] += len(assignment_rows)
        counts["tokens"] += len(token_rows)
        report(min(first + CHUNK, n))

    roster_rows = [{
        **defaults(), "rotation_id": p.rotation.id, "serviceman_id": person_ids[i],
        "category_id": categories[p.category], "appointment": p.appointment,
        "sub_unit": p.sub_unit, "status": p.status, "arrival_date": p.arrival,
        "departure_date": p.departure, "un_index": p.un_index,
        "repatriation_reason": p.reason, "repatriation_date": p.repatriation_date,
        "override_reason": None, "override_by": None,
    } for i, p in sorted(plans.items())]
    if roster_rows:
        session.execute(insert(RosterEntry.__table__), roster_rows)
        created_in_bulk(session, "roster_entry", roster_rows, REPLAYED["roster_entry"])
        _write_history(session, plans, person_ids, today, rngs["history"])
    return DemoSummary(n, counts["documents"], counts["assignments"], counts["tokens"],
                       units.created, new_decisions, new_rotations, len(roster_rows))


def _write_history(session: Session, plans: dict[int, RosterPlan], person_ids: dict[int, int],
                   today: dt.date, rng: random.Random) -> None:
    """Each new entry's status history, as ``rosters`` would have recorded it."""
    # By rotation (a few dozen ids): a list of every new person would pass SQLite's limit
    # on bound parameters at 100k people.
    entry_ids = {(r, p): e for r, p, e in session.execute(
        select(RosterEntry.rotation_id, RosterEntry.serviceman_id, RosterEntry.id)
        .where(RosterEntry.rotation_id.in_({p.rotation.id for p in plans.values()})))}
    adopted = dict(session.execute(select(Decision.id, Decision.date)).all())
    by = actor_name(session)
    rows = [history_row(entry_ids[p.rotation.id, person_ids[i]], old, new, day, by=by, reason=reason)
            for i, p in sorted(plans.items())
            for old, new, day, reason in plan_history(rng, p, adopted[p.rotation.decision_id],
                                                      today)]
    for first in range(0, len(rows), CHUNK):
        session.execute(insert(RosterStatusChange.__table__), rows[first:first + CHUNK])


class _TokenCache:
    """``servicemen.tokens_for`` with the tokens of each name remembered.

    A hundred thousand people share a few hundred names, and normalizing them
    again for every person costs seconds. Same fields, same function
    (``text.search_tokens``), so the result is exactly ``tokens_for``'s.
    """

    NAME_FIELDS = ("surname", "given_name", "patronymic", "surname_latin", "given_names_latin")
    NUMBER_FIELDS = ("iin", "service_number")

    def __init__(self) -> None:
        self.cache: dict[str | None, set[str]] = {}

    def __call__(self, row: dict) -> set[str]:
        out = text.search_tokens(*(row[f] for f in self.NUMBER_FIELDS))
        for f in self.NAME_FIELDS:
            value = row[f]
            found = self.cache.get(value)
            if found is None:
                found = self.cache[value] = text.search_tokens(value)
            out |= found
        return out


def _taken(session: Session) -> Taken:
    """Numbers already on file, so a second run never collides with the first."""
    taken = Taken(iins=set(session.execute(select(Serviceman.iin)).scalars()),
                  service_numbers=set(session.execute(select(Serviceman.service_number)).scalars()))
    for code, number in session.execute(
            select(DocumentKind.code, Document.number).join(DocumentKind,
                                                            DocumentKind.id == Document.kind_id)):
        taken.documents.setdefault(Taken.key(code), set()).add(number)
    taken.un_indexes = set(session.execute(
        select(RosterEntry.un_index).where(RosterEntry.un_index.is_not(None))).scalars())
    return taken


def _rooms(session: Session) -> Callable[[RotationInfo], Room]:
    """Places left under the decision that governs a rotation, counting what is on file."""
    rooms: dict[int, Room] = {}

    def room_of(rotation: RotationInfo) -> Room:
        governing, family = decision_family(session, rotation.decision_id)
        if governing not in rooms:
            overall = session.execute(
                select(Decision.ceiling).where(Decision.id == governing)).scalar_one()
            per_mission = dict(session.execute(
                select(DecisionCeiling.mission_id, DecisionCeiling.ceiling)
                .where(DecisionCeiling.decision_id == governing)).all())
            used = dict(session.execute(
                select(Rotation.mission_id, func.count(RosterEntry.id))
                .join(RosterEntry, RosterEntry.rotation_id == Rotation.id)
                .where(Rotation.decision_id.in_(family), RosterEntry.status.in_(COUNTED))
                .group_by(Rotation.mission_id)).all())
            rooms[governing] = Room({m: c - used.get(m, 0) for m, c in per_mission.items()},
                                    overall - sum(used.values()))
        return rooms[governing]

    return room_of
