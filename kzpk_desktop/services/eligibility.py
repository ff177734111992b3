"""Who may go on a rotation: the deployment rules of design.md, each failure named.

Everything is read with six statements per call whatever the number of people
(people, their current documents and their other rotations, set-based; three
small lookups), never a query per person, so the roster view can re-check live.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, exists, literal, select
from sqlalchemy.orm import Session, aliased

from ..db.models import (
    Document,
    DocumentKind,
    Mission,
    PersonnelCategory,
    Rank,
    RosterEntry,
    Rotation,
    Serviceman,
)
from ..messages import Names
from .dates import add_months, fmt
from .errors import N_, NotFound, Problem
from .identity import age_on
from .roster_status import roster_status_word
from .rotations import get_rotation
from .servicemen import PASSPORT_KINDS

#: Rules a supervisor may override with a written reason (documents can be late).
DOCUMENT_RULES = ("passport", "medical", "training", "screening")
#: Rules nobody may override.
HARD_RULES = ("overlap", "status", "age", "rank")
RULES = DOCUMENT_RULES + HARD_RULES

RULE_NAMES = {
    "passport": N_("passport"),
    "medical": N_("medical fitness"),
    "training": N_("pre-deployment training"),
    "screening": N_("human-rights screening"),
    "overlap": N_("overlapping rotation"),
    "status": N_("service status"),
    "age": N_("age"),
    "rank": N_("rank"),
}

#: Roster statuses in which a person holds (or is planned for) a place.
ACTIVE_STATUSES = ("nominated", "approved", "deployed")
#: Categories that travel as individual officers (ministry order, 2020).
OFFICER_CATEGORIES = ("staff-officer", "expert")
MIN_AGE, MAX_AGE = 25, 55
RANK_RANGE = ("captain", "colonel")
PASSPORT_MONTHS = 6

# rule -> (document kind, missing, expires before start, dated after start)
_CERTIFICATES = {
    "medical": ("medical_fitness",
                N_("No medical fitness certificate on file."),
                N_("Medical fitness certificate {number} expires on {expires}, before the "
                   "rotation starts on {start}."),
                N_("Medical fitness certificate {number} is dated {issued}, after the rotation "
                   "starts on {start}.")),
    "training": ("predeployment_training",
                 N_("No pre-deployment training certificate on file."),
                 N_("Pre-deployment training certificate {number} expires on {expires}, before "
                    "the rotation starts on {start}."),
                 N_("Pre-deployment training certificate {number} is dated {issued}, after the "
                    "rotation starts on {start}.")),
    "screening": ("human_rights_screening",
                  N_("No human-rights screening certificate on file."),
                  N_("Human-rights screening certificate {number} expires on {expires}, before "
                     "the rotation starts on {start}."),
                  N_("Human-rights screening certificate {number} is dated {issued}, after the "
                     "rotation starts on {start}.")),
}


@dataclass(frozen=True)
class RuleFailure:
    """One rule a person does not meet for one rotation."""

    rule: str  # one of RULES
    template: str
    args: dict = field(default_factory=dict)
    #: When the document that fails the rule expires (None: missing, undated or no document).
    expires: dt.date | None = field(default=None, compare=False)

    @property
    def text(self) -> str:
        return self.template.format(**self.args)

    @property
    def overridable(self) -> bool:
        return self.rule in DOCUMENT_RULES

    def problem(self) -> Problem:
        return Problem("", self.template, self.args)

    def __str__(self) -> str:
        return self.text


def passport_deadline(planned_end: dt.date) -> dt.date:
    """Last day the passport must still be valid: 6 calendar months after the planned end."""
    return add_months(planned_end, PASSPORT_MONTHS)


def eligibility_for_rotation(session: Session, rotation_id: int) -> dict[int, list[RuleFailure]]:
    """Roster entry id -> failed rules, for the entries that hold or seek a place.

    Entries withdrawn, repatriated or completed are not evaluated (absent).
    """
    rotation = get_rotation(session, rotation_id)
    subjects = (select(RosterEntry.id.label("key"), RosterEntry.serviceman_id.label("person"),
                       PersonnelCategory.code.label("category"))
                .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
                .where(RosterEntry.rotation_id == rotation_id,
                       RosterEntry.status.in_(ACTIVE_STATUSES)))
    return _evaluate(session, rotation, subjects)


def eligibility_for_entry(session: Session, entry_id: int) -> list[RuleFailure]:
    """Failed rules of one roster entry, whatever its status."""
    entry = session.get(RosterEntry, entry_id)
    if entry is None:
        raise NotFound(N_("The roster entry no longer exists."))
    subjects = (select(RosterEntry.id.label("key"), RosterEntry.serviceman_id.label("person"),
                       PersonnelCategory.code.label("category"))
                .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
                .where(RosterEntry.id == entry_id))
    return _evaluate(session, get_rotation(session, entry.rotation_id), subjects).get(entry_id, [])


def eligibility_for_candidates(session: Session, rotation_id: int, serviceman_ids: Iterable[int],
                               category: str) -> dict[int, list[RuleFailure]]:
    """Serviceman id -> failed rules, as if nominated to the rotation in ``category``."""
    ids = sorted(set(serviceman_ids))
    if not ids:
        return {}
    subjects = select(Serviceman.id.label("key"), Serviceman.id.label("person"),
                      literal(category).label("category")).where(Serviceman.id.in_(ids))
    return _evaluate(session, get_rotation(session, rotation_id), subjects)


def _evaluate(session: Session, rotation: Rotation, subjects: Select
              ) -> dict[int, list[RuleFailure]]:
    subj = subjects.subquery("subj")
    persons = select(subj.c.person)
    start, end = rotation.planned_start, rotation.planned_end

    deployed_entry = aliased(RosterEntry)
    people = session.execute(
        select(subj.c.key, subj.c.person, subj.c.category, Serviceman.birth_date,
               Serviceman.status, Rank.sort_order, Rank.name_en, Rank.name_ru, Rank.name_kk,
               exists().where(deployed_entry.serviceman_id == Serviceman.id,
                              deployed_entry.status == "deployed").label("on_record"))
        .join(Serviceman, Serviceman.id == subj.c.person)
        .outerjoin(Rank, Rank.id == Serviceman.rank_id)
    ).all()
    if not people:
        return {}

    kinds = dict(session.execute(select(DocumentKind.id, DocumentKind.code).where(
        DocumentKind.code.in_(PASSPORT_KINDS + tuple(c[0] for c in _CERTIFICATES.values())))).all())
    documents: dict[int, dict[str, list]] = {}
    for doc in session.execute(
        select(Document.serviceman_id, Document.kind_id, Document.number, Document.issued_on,
               Document.expires_on)
        .where(Document.serviceman_id.in_(persons), Document.kind_id.in_(list(kinds)),
               Document.is_current.is_(True))
    ):
        documents.setdefault(doc.serviceman_id, {}).setdefault(kinds[doc.kind_id], []).append(doc)

    other = aliased(Rotation)
    overlaps: dict[int, list] = {}
    for row in session.execute(
        select(RosterEntry.serviceman_id, Mission.acronym, other.number, other.planned_start,
               other.planned_end, RosterEntry.status)
        .join(other, other.id == RosterEntry.rotation_id)
        .join(Mission, Mission.id == other.mission_id)
        .where(RosterEntry.serviceman_id.in_(persons), RosterEntry.rotation_id != rotation.id,
               RosterEntry.status.in_(ACTIVE_STATUSES),
               and_(other.planned_start <= end, other.planned_end >= start))
        .order_by(other.planned_start)
    ):
        overlaps.setdefault(row.serviceman_id, []).append(row)

    bounds = dict(session.execute(
        select(Rank.code, Rank.sort_order).where(Rank.code.in_(RANK_RANGE))).all())
    low, high = bounds.get(RANK_RANGE[0]), bounds.get(RANK_RANGE[1])

    deadline = passport_deadline(end)
    result: dict[int, list[RuleFailure]] = {}
    for p in people:
        docs = documents.get(p.person, {})
        failures = _passport(docs, deadline, end)
        for rule, (kind, missing, expired, early) in _CERTIFICATES.items():
            failures += _certificate(rule, docs.get(kind, []), start, missing, expired, early)
        for o in overlaps.get(p.person, []):
            failures.append(RuleFailure("overlap", N_(
                "Also on the roster of {mission} rotation {number} ({start} - {end}, {status}), "
                "which overlaps this rotation's dates."),
                {"mission": o.acronym, "number": o.number, "start": fmt(o.planned_start),
                 "end": fmt(o.planned_end),
                 "status": roster_status_word(o.status)}))
        if p.status == "discharged":
            failures.append(RuleFailure("status", N_("Discharged from service; cannot be "
                                                     "deployed.")))
        elif p.status == "deployed" and not p.on_record:
            failures.append(RuleFailure("status", N_(
                "Recorded as deployed, but on no rotation in this database; check where the "
                "serviceman is serving.")))
        if p.category in OFFICER_CATEGORIES:
            age = age_on(p.birth_date, start) if p.birth_date <= start else -1
            if not MIN_AGE <= age <= MAX_AGE:
                failures.append(RuleFailure("age", N_(
                    "Aged {age} on the rotation's start ({start}); staff officers and experts "
                    "on mission must be 25 to 55."), {"age": age, "start": fmt(start)}))
            if p.sort_order is None:
                failures.append(RuleFailure("rank", N_(
                    "No rank on file; staff officers and experts on mission must be captain to "
                    "colonel.")))
            elif low is None or high is None or not low <= p.sort_order <= high:
                failures.append(RuleFailure("rank", N_(
                    "Rank {rank} is outside captain to colonel, required for staff officers "
                    "and experts on mission."), {"rank": Names(p.name_en, ru=p.name_ru, kk=p.name_kk)}))
        result[p.key] = failures
    return result


def _passport(docs: dict[str, list], deadline: dt.date, end: dt.date) -> list[RuleFailure]:
    passports = docs.get(PASSPORT_KINDS[0], []) + docs.get(PASSPORT_KINDS[1], [])
    if not passports:
        return [RuleFailure("passport", N_("No current passport (national or service) on file."))]
    if any(d.expires_on is not None and d.expires_on >= deadline for d in passports):
        return []
    dated = [d for d in passports if d.expires_on is not None]
    if not dated:
        return [RuleFailure("passport", N_(
            "Passport {number} has no expiry date on file; it must be valid until at least "
            "{deadline}."), {"number": passports[0].number, "deadline": fmt(deadline)})]
    best = max(dated, key=lambda d: d.expires_on)
    return [RuleFailure("passport", N_(
        "Passport {number} expires on {expires}; it must be valid until at least {deadline}, "
        "6 months after the rotation's planned end ({end})."),
        {"number": best.number, "expires": fmt(best.expires_on), "deadline": fmt(deadline),
         "end": fmt(end)}, best.expires_on)]


def _certificate(rule: str, docs: list, start: dt.date, missing: str, expired: str, early: str
                 ) -> list[RuleFailure]:
    if not docs:
        return [RuleFailure(rule, missing)]
    if any((d.issued_on is None or d.issued_on <= start)
           and (d.expires_on is None or d.expires_on >= start) for d in docs):
        return []
    doc = docs[0]
    if doc.issued_on is not None and doc.issued_on > start:
        return [RuleFailure(rule, early, {"number": doc.number, "issued": fmt(doc.issued_on),
                                          "start": fmt(start)})]
    return [RuleFailure(rule, expired, {"number": doc.number, "expires": fmt(doc.expires_on),
                                        "start": fmt(start)}, doc.expires_on)]
