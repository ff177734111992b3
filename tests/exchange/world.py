"""A ministry and field offices making random edits and exchanging packages at random."""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from kzpk_desktop.db import base
from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import (
    Decision,
    DecisionCeiling,
    Document,
    DocumentKind,
    Mission,
    PersonnelCategory,
    RosterEntry,
    Rotation,
    Serviceman,
)
from kzpk_desktop.services import identity, roster_history, rosters, servicemen
from kzpk_desktop.services.exchange import clock as hlc
from kzpk_desktop.services.exchange import conflicts

from .offices import OfficeDb, pair

SURNAMES = ["Ахметов", "Бекова", "Серикбаев", "Жумабаева", "Калиев", "Нурланов"]
GIVEN = ["Айдар", "Дана", "Ерлан", "Асель", "Марат", "Жанна"]


def person_values(rng: random.Random, serial: int) -> dict:
    while True:
        sex = rng.choice("MF")
        born = dt.date(1975 + rng.randrange(25), 1 + rng.randrange(12), 1 + rng.randrange(28))
        iin = identity.make_iin(born, sex, serial % 10000)
        if iin:
            break
    values = {"iin": iin, "service_number": f"SN{serial:06d}", "surname": rng.choice(SURNAMES),
              "given_name": rng.choice(GIVEN), "patronymic": None, "sex": sex,
              "birth_date": born, "status": "active"}
    values["sort_key"] = servicemen.sort_key_for(type("P", (), values)())
    return values


def seed_ministry(m: OfficeDb) -> None:
    with write_session(m.sessions) as s:
        mission = s.execute(select(Mission).where(Mission.acronym == "UNIFIL")).scalar_one()
        d = Decision(number="P-1", date=dt.date(2026, 1, 10), title="Decision", ceiling=50)
        s.add(d)
        s.flush()
        s.add(DecisionCeiling(decision_id=d.id, mission_id=mission.id, ceiling=40))
        s.add(Rotation(mission_id=mission.id, number=1, name="Rotation 1", decision_id=d.id,
                       planned_start=dt.date(2027, 1, 1), planned_end=dt.date(2027, 7, 1)))


def prepare(ministry_url: str, field_urls: list[str]) -> None:
    """Set up the offices of a world once (identities, trust, the ministry's decision and
    rotation), to be copied for every schedule: ``World(..., ready=True)`` on the copies."""
    world = World(random.Random(0), ministry_url, field_urls, time_start=1_800_000_000.0,
                  uids=random.Random("uids 0"))
    world.close()


class SimulatedTime:
    """The wall time the offices' clocks read during a schedule: each reading a millisecond
    after the last, so a seed plays out the same whatever the machine's speed (with the real
    time, edits falling in the same millisecond at two offices change who wins a tie)."""

    def __init__(self, start: float = 1_900_000_000.0) -> None:
        self.now = start

    def time(self) -> float:
        self.now += 0.001
        return self.now


class World:
    def __init__(self, rng: random.Random, ministry_url: str, field_urls: list[str], *,
                 ready: bool = False, time_start: float = 1_900_000_000.0,
                 engines: dict | None = None, uids: random.Random | None = None) -> None:
        """``uids``: the generator the random bytes of new uids (records and audit events)
        come from while the world is open, so that a seed replays exactly."""
        self.rng = rng
        self._real_time = hlc.time
        self._real_uid_bytes = base.uid_bytes
        hlc.time = SimulatedTime(time_start)
        if uids is not None:
            base.uid_bytes = uids.randbytes
        engines = {} if engines is None else engines
        self.m = OfficeDb(ministry_url, "MOD", ministry=True, ready=ready,
                          engine=engines.get(ministry_url))
        if not ready:
            seed_ministry(self.m)
        self.fields = [OfficeDb(u, f"F{i + 1}", ready=ready, engine=engines.get(u))
                       for i, u in enumerate(field_urls)]
        if not ready:
            pair(self.m, *self.fields)
        self.offices = [self.m, *self.fields]
        self.people = [person_values(rng, n) for n in range(1, 9)]  # the real people
        self.serial = 100
        self.sent: list[tuple[OfficeDb, bytes]] = []  # every package made, for replays
        self.queue: list[tuple[OfficeDb, bytes]] = []

    # --- edits --------------------------------------------------------------------------

    def edit(self, office: OfficeDb) -> None:
        rng = self.rng
        with write_session(office.sessions) as s:
            people = s.execute(select(Serviceman).order_by(Serviceman.id)).scalars().all()
            action = rng.choice(["create", "create", "ordinary", "ordinary", "protected",
                                 "delete", "document", "roster"])
            if action == "create" or not people:
                values = dict(rng.choice(self.people))
                taken = s.execute(select(Serviceman.id).where(
                    (Serviceman.iin == values["iin"])
                    | (Serviceman.service_number == values["service_number"]))).first()
                if taken is None:
                    s.add(Serviceman(**values, origin=office.code))
                return
            person = rng.choice(people)
            if action == "ordinary":
                setattr(person, rng.choice(["phone", "notes", "kin_name"]),
                        f"{office.code}-{rng.randrange(1000)}")
            elif action == "protected":
                person.given_name = rng.choice(GIVEN)
                servicemen.reindex(s, person)
            elif action == "delete":
                on_roster = s.execute(select(RosterEntry.id).where(
                    RosterEntry.serviceman_id == person.id)).first()
                if on_roster is None:
                    s.delete(person)
            elif action == "document":
                kind = s.execute(select(DocumentKind).where(
                    DocumentKind.code == "medical_fitness")).scalar()
                self.serial += 1
                s.add(Document(serviceman_id=person.id, kind_id=kind.id,
                               number=f"{office.code}{self.serial}",
                               expires_on=dt.date(2030, 1, 1), is_current=True))
            elif action == "roster":
                rotation = s.execute(select(Rotation)).scalars().first()
                if rotation is None:
                    return
                entry = s.execute(select(RosterEntry).where(
                    RosterEntry.serviceman_id == person.id,
                    RosterEntry.rotation_id == rotation.id)).scalar()
                if office is self.m and entry is None:
                    cat = s.execute(select(PersonnelCategory)).scalars().first()
                    entry = RosterEntry(rotation_id=rotation.id, serviceman_id=person.id,
                                        category_id=cat.id, status="nominated")
                    s.add(entry)
                    roster_history.record(s, entry, None, "nominated", dt.date(2026, 2, 1),
                                          by=office.code)
                elif entry is not None:
                    self.move(s, office, entry)

    def move(self, s, office: OfficeDb, entry: RosterEntry) -> None:
        """A roster entry's next step, with its history row: the ministry approves or
        withdraws, a field office records the arrival, the return or an early repatriation."""
        rng = self.rng
        day = dt.date(2026, 3, 1 + rng.randrange(20))
        if office is self.m:
            if entry.status == "nominated" and rng.random() < 0.7:
                # As rosters.set_status writes it once the rules are met (the world's people
                # hold no documents, so the rules are not asked).
                entry.status = "approved"
                roster_history.record(s, entry, "nominated", "approved", dt.date(2026, 2, 20),
                                      by=office.code)
            elif entry.status in ("nominated", "approved"):
                rosters.set_status(s, entry.id, "withdrawn", reason=f"{office.code} withdrew")
            else:
                entry.appointment = f"post {rng.randrange(100)}"
        elif entry.status == "approved":
            rosters.set_status(s, entry.id, "deployed", on=day)
        elif entry.status == "deployed":
            if rng.random() < 0.5:
                rosters.set_status(s, entry.id, "repatriated", on=day + dt.timedelta(days=40),
                                   repatriation_reason=f"{office.code} sent home")
            else:
                rosters.set_status(s, entry.id, "completed", on=day + dt.timedelta(days=90))
        else:
            entry.un_index = f"{office.code}-{rng.randrange(1000)}"

    # --- deliveries ---------------------------------------------------------------------

    def send(self, src: OfficeDb, dst: OfficeDb) -> None:
        data = src.export(dst)
        self.sent.append((dst, data))
        self.queue.append((dst, data))

    def deliver_some(self) -> None:
        rng = self.rng
        if not self.queue:
            return
        choice = rng.random()
        if choice < 0.15:
            self.queue.pop(rng.randrange(len(self.queue)))  # lost
            return
        if choice < 0.3 and self.sent:
            dst, data = rng.choice(self.sent)  # an old one again
            dst.receive(data)
            return
        dst, data = self.queue.pop(rng.randrange(len(self.queue)))  # any order
        dst.receive(data)
        if choice > 0.85:
            dst.receive(data)  # duplicated

    def step(self) -> None:
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            self.edit(rng.choice(self.offices))
        elif r < 0.75:
            f = rng.choice(self.fields)
            self.send(*((self.m, f) if rng.random() < 0.5 else (f, self.m)))
        else:
            self.deliver_some()

    # --- settling -----------------------------------------------------------------------

    def resolve_all(self, office: OfficeDb) -> None:
        with office.sessions() as s:
            items = conflicts.open_conflicts(s)
        for c in items:
            with write_session(office.sessions) as s:
                still = [x.id for x in conflicts.open_conflicts(s)]
                if c.id in still:
                    conflicts.resolve(s, c.id, self.rng.choice(conflicts.KEEP))

    def settle(self, rounds: int = 8) -> int:
        """Exchange without losses until every office holds the same data; rounds used."""
        for n in range(1, rounds + 1):
            self.resolve_all(self.m)
            for f in self.fields:
                f.receive(self.m.export(f))
                self.m.receive(f.export(self.m))
            for f in self.fields:
                f.receive(self.m.export(f))
            if self.converged():
                return n
        return 0

    def open_everywhere(self) -> int:
        total = 0
        for o in self.offices:
            with o.sessions() as s:
                total += len(conflicts.open_conflicts(s))
        return total

    def converged(self) -> bool:
        digests = {o.digest() for o in self.offices}
        return len(digests) == 1 and self.open_everywhere() == 0

    def differences(self, limit: int = 6) -> str:
        """What keeps the offices apart, for a failure message: the rows (table, uid) that
        differ between the ministry and a field office, and the conflicts still open."""
        mine = self.m.snapshot()
        out = []
        for o in self.fields:
            theirs = o.snapshot()
            for table in mine:
                a, b = mine[table], theirs[table]
                for uid in sorted(a.keys() | b.keys()):
                    if a.get(uid) != b.get(uid):
                        diff = {k: (a[uid].get(k), b[uid].get(k)) for k in a[uid]
                                if a[uid].get(k) != b[uid].get(k)} \
                            if uid in a and uid in b else None
                        out.append(f"{table} {uid[:8]}: " + (
                            f"MOD vs {o.code} {diff}" if diff is not None else
                            f"only at {'MOD' if uid in a else o.code} "
                            f"{_brief(a.get(uid) or b.get(uid))}"))
        for o in self.offices:
            with o.sessions() as s:
                for c in conflicts.open_conflicts(s):
                    out.append(f"open at {o.code}: #{c.id} {c.kind} {c.entity} "
                               f"{str(c.uid)[:8]} {c.field}")
        more = f" (and {len(out) - limit} more)" if len(out) > limit else ""
        return "; ".join(out[:limit]) + more

    def close(self) -> None:
        hlc.time = self._real_time
        base.uid_bytes = self._real_uid_bytes
        for o in self.offices:
            o.close()


def _brief(values: dict, limit: int = 4) -> dict:
    """The first few values of a row that are set (enough to tell whose it is)."""
    return dict([(k, v) for k, v in values.items() if v is not None][:limit])


def run_schedule(seed: int, ministry_url: str, field_urls: list[str], *, ready: bool = False,
                 steps: int = 40, engines: dict | None = None,
                 digests: dict | None = None, uid_seed: str | None = None) -> str | None:
    """One schedule: random edits and deliveries, then delivery without losses until every
    office holds the same data, then every package ever made replayed. None when it
    converged and the replay changed nothing; otherwise what went wrong. ``engines``:
    {url: engine} kept from earlier schedules on the same paths. ``digests``: a dict to fill
    with each office's digest once they converged. ``uid_seed``: what seeds the uids of new
    records (by default the schedule's seed: the same seed, the same uids)."""
    world = World(random.Random(seed), ministry_url, field_urls, ready=ready, engines=engines,
                  uids=random.Random(uid_seed or f"uids {seed}"))
    try:
        for _ in range(steps):
            world.step()
        if not world.settle():
            return f"seed {seed}: no convergence: {world.differences()}"
        if digests is not None:
            digests.update((o.code, o.digest()) for o in world.offices)
        # Replaying every package ever made changes nothing any more.
        before = world.m.digest()
        for dst, data in world.sent:
            dst.receive(data)
        after = {o.digest() for o in world.offices}
        if after != {before}:
            return f"seed {seed}: replaying old packages changed the data ({after})"
        return None
    finally:
        world.close()
