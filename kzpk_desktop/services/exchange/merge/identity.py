"""Identity: seeded reference rows matched by natural key, the same person (or document)
entered at two offices, and the ministry's identity merges (aliases) applied everywhere."""
from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from ....db.models import Document, Serviceman
from ....messages import Message
from ... import documents, text
from ...audit import audit_event
from ...audit_replay import REKEY
from ...errors import N_
from .. import state
from ..entities import BY_NAME, ENTITIES, Entity
from ..state import RESTORED, RowState
from .deletes import DELETE_WAITS_MSG
from .records import _ALIAS, _CONFLICTS, SAME_PERSON_MSG, UNREADABLE_MSG, Incoming, _model

if TYPE_CHECKING:
    from .core import Merger


class IdentityMixin:
    def adopt_natural(self, inc: Incoming) -> bool:
        """A seeded reference row known here under another uid takes the incoming uid."""
        if self.sender_role != "ministry":
            return False
        key = inc.entity.natural
        value = inc.values.get(key)
        table = inc.entity.table
        found = self.conn.execute(select(table.c.id, table.c.uid)
                                  .where(table.c[key] == value)).first()
        if found is None:
            return False
        if state.load(self.conn, inc.entity.name, [found.uid]):
            return False  # it travels under its own uid already
        self.conn.execute(update(table).where(table.c.id == found.id).values(uid=inc.uid))
        self.forget(inc.entity.name, found.uid)
        self.forget(inc.entity.name, inc.uid)
        return True

    # --- new records ------------------------------------------------------------------------
    def same_identity(self, inc: Incoming, values: dict) -> bool:
        """Is this new record someone (something) already on file? Merge, hold, or go on."""
        if inc.entity.name == "serviceman":
            table = Serviceman.__table__
            found = None
            for what in ("iin", "service_number"):
                found = self.conn.execute(select(table).where(table.c[what] == values.get(what))
                                          ).first()
                if found is not None:
                    break
            if found is None:
                return False
            agree = found.iin == values.get("iin") and all(
                text.normalize(getattr(found, n)) == text.normalize(values.get(n))
                for n in ("surname", "given_name", "patronymic"))
            label = text.full_name(found)
            if agree and self.me.role == "ministry":
                self.merge_identity(inc, found.uid)
                self.s.merged.append(Message(N_("{name}: entered at two offices, merged (same "
                                                "IIN and names)"), name=label))
                return True
            what = "IIN" if found.iin == values.get("iin") else "service number"
            self.hold_identity(inc, found.uid, Message(SAME_PERSON_MSG, name=label, what=what))
            return True
        table = Document.__table__
        found = self.conn.execute(select(table.c.uid, table.c.serviceman_id)
                                  .where(table.c.kind_id == values.get("kind_id"),
                                         table.c.number == values.get("number"))).first()
        if found is None:
            return False
        if found.serviceman_id == values.get("serviceman_id"):
            if self.me.role == "ministry":
                self.merge_identity(inc, found.uid)
                return True
            self.hold(inc, Message(N_("the same document is on file; waits for the ministry")))
            return True
        person = self.conn.execute(select(Serviceman.__table__).where(
            Serviceman.__table__.c.id == found.serviceman_id)).first()
        owner = self.conn.execute(select(Serviceman.__table__.c.uid).where(
            Serviceman.__table__.c.id == values.get("serviceman_id"))).scalar()
        self.hold_identity(inc, person.uid, Message(SAME_PERSON_MSG, name=text.full_name(person),
                                                    what="document number"), subject=owner)
        return True

    def hold_identity(self, inc: Incoming, local_uid: uuid.UUID, reason: Message, *,
                      subject: uuid.UUID | None = None) -> None:
        self.hold(inc, reason)
        if self.me.role == "ministry":
            self.conflict("identity", "serviceman", subject or inc.uid, "identity",
                          str(local_uid), None, str(subject or inc.uid), inc.clock,
                          detail={"local": str(local_uid), "incoming": str(subject or inc.uid)})

    def merge_identity(self, inc: Incoming, local_uid: uuid.UUID) -> None:
        """One record under two uids: the smaller uid survives, everywhere the same."""
        survivor = min(local_uid, inc.uid, key=str)
        loser = local_uid if survivor == inc.uid else inc.uid
        gone = state.load(self.conn, inc.entity.name, [inc.uid]).get(inc.uid)
        restored = inc.clocks.get(RESTORED)
        if gone is not None and gone.deleted and isinstance(restored, str) \
                and restored >= gone.clock:
            # A record restored by the ministry over its deletion: the tombstone is overridden.
            self.conn.execute(state.ExchangeRow.__table__.delete().where(
                state.ExchangeRow.__table__.c.id == gone.id))
        record_alias(self, inc.entity.name, loser, survivor)
        if survivor == inc.uid:
            rekey(self, inc.entity.name, local_uid, inc.uid)
        # The re-keying is a decision about a record: it belongs in the audit trail.
        audit_event(self.session, "exchange_merge", inc.entity.name, survivor,
                    details={"merged": str(loser), "into": str(survivor),
                             "local": str(local_uid), "from": self.sender})
        self.unhold(inc.entity.name, inc.uid)
        inc.uid = survivor
        st = state.load(self.conn, inc.entity.name, [survivor]).get(survivor)
        self.update(inc.entity, [(inc, st)])

    # --- changed records --------------------------------------------------------------------

def record_alias(m: Merger, entity: str, loser: uuid.UUID, survivor: uuid.UUID) -> None:
    if loser == survivor or m.aliases.get(loser) == survivor:
        return
    m.conn.execute(_ALIAS.delete().where(_ALIAS.c.uid == loser))
    m.conn.execute(insert(_ALIAS).values(uid=loser, entity=entity, survivor=survivor,
                                         clock=m.fresh_clock(), seq=m.seq))
    m.aliases[loser] = survivor
    m._ref_text.clear()
    m.not_fresh(entity)
    # The open conflicts about the loser are about the survivor from now on.
    m.conn.execute(update(_CONFLICTS).where(_CONFLICTS.c.resolved_at.is_(None),
                                            _CONFLICTS.c.entity == entity,
                                            _CONFLICTS.c.uid == loser).values(uid=survivor))
    m._open = None


def rekey(m: Merger, entity: str, old: uuid.UUID, new: uuid.UUID) -> None:
    """The local record ``old`` is known from now on by the surviving uid ``new``."""
    table = BY_NAME[entity].table
    existing = state.load(m.conn, entity, [new]).get(new)
    local_id = m.conn.execute(select(table.c.id).where(table.c.uid == old)).scalar()
    if existing is not None and existing.deleted and local_id is not None \
            and m.children_of(BY_NAME[entity], local_id):
        # The survivor was deleted here, but records were made on this one that the deletion
        # did not know (the ministry, which merged the two, holds them on the survivor): as
        # when a deletion meets such records, the record stays until the ministry decides,
        # and its own state stands for the survivor's (the decision, either way, comes on
        # top of it).
        m.conn.execute(state.ExchangeRow.__table__.delete().where(
            state.ExchangeRow.__table__.c.id == existing.id))
        existing = None
        m.s.held.append(Message(DELETE_WAITS_MSG, entity=entity, uid=str(new)))
    m.conn.execute(update(table).where(table.c.uid == old).values(uid=new))
    # In the audit trail, so that 'check --deep' follows the record's events to its new uid.
    audit_event(m.session, REKEY, entity, new, details={"old": str(old)})
    if existing:
        m.conn.execute(state.ExchangeRow.__table__.delete().where(
            state.ExchangeRow.__table__.c.entity == entity,
            state.ExchangeRow.__table__.c.uid == old))
    else:
        state.rekey(m.conn, entity, old, new)
    m.forget(entity, old)
    m.forget(entity, new)
    m.session.expire_all()
    if existing is not None and existing.deleted:
        # The survivor was deleted here: a uid never comes back once deleted, so the record
        # goes with it (a restore made at the ministry brings it back everywhere).
        obj = m.session.execute(select(_model(entity)).where(table.c.uid == new)).scalar_one()
        if not m.drop(BY_NAME[entity], obj):
            m.s.refused.append(Message(N_("{entity} {uid}: deleted elsewhere, but still "
                                          "referred to by other records here"),
                                       entity=entity, uid=str(new)))


def apply_aliases(m: Merger, aliases: list) -> None:
    """Identity merges decided by the ministry: the loser's records join the survivor."""
    for raw in aliases:
        try:
            loser, survivor = uuid.UUID(raw["uid"]), uuid.UUID(raw["survivor"])
            entity = BY_NAME[raw["entity"]]
        except (KeyError, ValueError, TypeError):
            m.s.refused.append(Message(UNREADABLE_MSG, detail="identity merge"))
            continue
        if m.sender_role != "ministry":
            continue
        survivor = m.alias(survivor)
        if loser == survivor:
            continue
        ids = m.ids(entity.name, [loser, survivor])
        if ids[loser] is not None and ids[survivor] is None:
            rekey(m, entity.name, loser, survivor)
        elif ids[loser] is not None:
            _fold(m, entity, ids[loser], ids[survivor], loser)
        record_alias(m, entity.name, loser, survivor)
        m.s.merged.append(Message(N_("{entity} {loser} merged into {survivor} by the ministry"),
                                  entity=entity.name, loser=str(loser), survivor=str(survivor)))


def _fold(m: Merger, entity: Entity, loser_id: int, survivor_id: int, loser: uuid.UUID) -> None:
    """Move what refers to the loser onto the survivor, then remove the loser."""
    for child in ENTITIES:
        for col, target in child.refs.items():
            if target == entity.name:
                m.conn.execute(update(child.table).where(child.table.c[col] == loser_id)
                               .values({col: survivor_id}))
    m.session.expire_all()
    obj = m.session.get(_model(entity.name), loser_id)
    if obj is not None:
        m.session.delete(obj)
        m.session.flush()
    st = state.load(m.conn, entity.name, [loser]).get(loser)
    st = st or RowState(entity.name, loser, m.seq, m.fresh_clock())
    st.deleted, st.seq, st.via = True, m.seq, m.sender
    state.save(m.conn, [st])
    m.forget(entity.name, loser)
    if entity.name == "serviceman":
        documents.elect_current_many(m.session, [survivor_id])

