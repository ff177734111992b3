"""Parliament decisions: the legal ceiling on numbers, overall and per mission.

A change in numbers needs a new decision (Law 320-V), so a decision is never
rewritten into another one: the new decision *supersedes* the old, which stays
as history, and rotations keep the decision they were planned on.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Decision, DecisionCeiling, Mission, Rotation
from .dates import fmt
from .errors import N_, NotFound, Problem, ServiceError, ValidationError
from .text import clean
from .versioning import expect_version, flush_checked


@dataclass
class DecisionData:
    number: str = ""
    date: dt.date | None = None
    title: str = ""
    ceiling: int | None = None
    #: The title in Kazakh and English, for the reports in those languages (optional).
    title_kk: str | None = None
    title_en: str | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    notes: str | None = None
    #: mission id -> ceiling for that mission
    ceilings: dict[int, int] = field(default_factory=dict)
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class DecisionRow:
    id: int
    number: str
    date: dt.date
    title: str
    ceiling: int
    period_from: dt.date | None
    period_to: dt.date | None
    superseded_by: str | None  # number of the decision that replaced this one
    missions: dict[str, int]  # acronym -> ceiling, alphabetical
    version: int


def validate_decision(session: Session, data: DecisionData, existing_id: int | None = None
                      ) -> tuple[DecisionData, list[Problem]]:
    d = replace(data)  # a copy: the caller's data stays as typed
    d.number = clean(d.number)
    d.title = clean(d.title)
    d.title_kk = clean(d.title_kk) or None
    d.title_en = clean(d.title_en) or None
    d.notes = (d.notes or "").strip() or None
    problems: list[Problem] = []

    def bad(field_: str, template: str, **args) -> None:
        problems.append(Problem(field_, template, args))

    if not d.number:
        bad("number", N_("Decision number is required."))
    else:
        other = session.execute(select(Decision.id).where(Decision.number == d.number)).scalar()
        if other is not None and other != existing_id:
            bad("number", N_("Decision {number} already exists."), number=d.number)
    if d.date is None:
        bad("date", N_("Date of the decision is required."))
    if not d.title:
        bad("title", N_("Title is required."))
    if d.ceiling is None:
        bad("ceiling", N_("The overall ceiling is required."))
    elif d.ceiling < 0:
        bad("ceiling", N_("The overall ceiling cannot be negative."))
    if d.period_from and d.period_to and d.period_to < d.period_from:
        bad("period_to", N_("The period cannot end ({end}) before it starts ({start})."),
            end=fmt(d.period_to), start=fmt(d.period_from))
    if not d.ceilings:
        bad("ceilings", N_("Name at least one mission with its ceiling."))
    acronyms = dict(session.execute(
        select(Mission.id, Mission.acronym).where(Mission.id.in_(list(d.ceilings)))).all())
    for mission_id, ceiling in sorted(d.ceilings.items(),
                                      key=lambda kv: (acronyms.get(kv[0], ""), kv[0])):
        acronym = acronyms.get(mission_id)
        if acronym is None:
            bad("ceilings", N_("Unknown mission (id {id})."), id=mission_id)
        elif ceiling is None or ceiling < 0:
            bad("ceilings", N_("The ceiling for {mission} must be zero or more."), mission=acronym)
        elif d.ceiling is not None and d.ceiling >= 0 and ceiling > d.ceiling:
            bad("ceilings", N_("The ceiling for {mission} ({value}) exceeds the overall "
                               "ceiling ({overall})."),
                mission=acronym, value=ceiling, overall=d.ceiling)
    return d, problems


_FIELDS = ("number", "date", "title", "title_kk", "title_en", "ceiling", "period_from",
           "period_to", "notes")


def create_decision(session: Session, data: DecisionData, *, origin: str = "HQ") -> Decision:
    d, problems = validate_decision(session, data)
    if problems:
        raise ValidationError(problems)
    decision = Decision(**{f: getattr(d, f) for f in _FIELDS}, origin=origin)
    decision.ceilings = [DecisionCeiling(mission_id=m, ceiling=c, origin=origin)
                         for m, c in sorted(d.ceilings.items())]
    session.add(decision)
    session.flush()
    return decision


def update_decision(session: Session, decision_id: int, data: DecisionData) -> Decision:
    """Correct a decision as recorded; a mission with rotations on it cannot be dropped."""
    decision = get_decision(session, decision_id)
    label = N_("Decision {number}").format(number=decision.number)
    expect_version(decision, data.version, label)
    d, problems = validate_decision(session, data, existing_id=decision_id)
    dropped = {c.mission_id for c in decision.ceilings} - set(d.ceilings)
    if dropped:
        for acronym, number in session.execute(
            select(Mission.acronym, Rotation.number)
            .join(Mission, Mission.id == Rotation.mission_id)
            .where(Rotation.decision_id == decision_id, Rotation.mission_id.in_(dropped))
            .order_by(Mission.acronym, Rotation.number)
        ):
            problems.append(Problem("ceilings", N_("{mission} rotation {rotation} rests on this "
                                                   "decision; its mission cannot be removed."),
                                    {"mission": acronym, "rotation": number}))
    if problems:
        raise ValidationError(problems)
    for f in _FIELDS:
        setattr(decision, f, getattr(d, f))
    existing = {c.mission_id: c for c in decision.ceilings}
    for mission_id, ceiling in d.ceilings.items():
        if mission_id in existing:
            existing[mission_id].ceiling = ceiling
        else:
            decision.ceilings.append(DecisionCeiling(mission_id=mission_id, ceiling=ceiling,
                                                     origin=decision.origin))
    for mission_id in dropped:
        decision.ceilings.remove(existing[mission_id])
    flush_checked(session, label)
    return decision


def supersede(session: Session, old_id: int, new_id: int) -> Decision:
    """Record that decision ``new_id`` replaces ``old_id``; both stay on file.

    From then on the newer decision's ceilings govern everyone on rotations
    resting on either (see ``decision_family``).
    """
    old, new = get_decision(session, old_id), get_decision(session, new_id)
    if old.id == new.id:
        raise ServiceError(N_("A decision cannot supersede itself."))
    if old.superseded_by_id is not None:
        raise ServiceError(N_("Decision {old} was already superseded by decision {by}."),
                           old=old.number, by=get_decision(session, old.superseded_by_id).number)
    if new.superseded_by_id is not None:
        raise ServiceError(N_("Decision {new} was itself superseded by decision {by}; "
                              "use the latest decision."),
                           new=new.number, by=get_decision(session, new.superseded_by_id).number)
    if new.date < old.date:
        raise ServiceError(N_("Decision {new} ({new_date}) is older than decision {old} "
                              "({old_date}); only a later decision can supersede."),
                           new=new.number, new_date=fmt(new.date), old=old.number,
                           old_date=fmt(old.date))
    old.superseded_by_id = new.id
    flush_checked(session, N_("Decision {number}").format(number=old.number))
    return old


def decision_family(session: Session, decision_id: int) -> tuple[int, set[int]]:
    """(governing decision, every decision it replaced directly or not, itself included).

    Rotations planned on a superseded decision still count against the
    ceiling of the decision that replaced it; otherwise each new decision
    would add its whole ceiling on top of the people already deployed.
    """
    links = dict(session.execute(select(Decision.id, Decision.superseded_by_id)).all())
    if decision_id not in links:
        raise NotFound(N_("The Parliament decision no longer exists."))
    governing, seen = decision_id, {decision_id}
    while links[governing] is not None and links[governing] not in seen:
        governing = links[governing]
        seen.add(governing)

    def root(d: int) -> int:
        hops = set()
        while links[d] is not None and d not in hops:
            hops.add(d)
            d = links[d]
        return d

    return governing, {d for d in links if root(d) == governing}


def get_decision(session: Session, decision_id: int) -> Decision:
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFound(N_("The Parliament decision no longer exists."))
    return decision


def decision_data(decision: Decision) -> DecisionData:
    return DecisionData(**{f: getattr(decision, f) for f in _FIELDS},
                        ceilings={c.mission_id: c.ceiling for c in decision.ceilings},
                        id=decision.id, version=decision.version)


def decision_titles(session: Session, lang: str) -> dict[int, str]:
    """Each decision's title in ``lang`` where it is on file, else as adopted."""
    column = {"kk": Decision.title_kk, "en": Decision.title_en}.get(lang)
    rows = session.execute(select(Decision.id, Decision.title,
                                  column if column is not None else Decision.title))
    return {i: other or title for i, title, other in rows}


def list_decisions(session: Session) -> list[DecisionRow]:
    """Every decision, newest first, with its per-mission ceilings (two queries)."""
    decisions = session.execute(select(Decision).order_by(Decision.date.desc(), Decision.id.desc())
                                ).scalars().all()
    numbers = {d.id: d.number for d in decisions}
    missions: dict[int, dict[str, int]] = {d.id: {} for d in decisions}
    for decision_id, acronym, ceiling in session.execute(
        select(DecisionCeiling.decision_id, Mission.acronym, DecisionCeiling.ceiling)
        .join(Mission, Mission.id == DecisionCeiling.mission_id).order_by(Mission.acronym)
    ):
        missions[decision_id][acronym] = ceiling
    return [DecisionRow(d.id, d.number, d.date, d.title, d.ceiling, d.period_from, d.period_to,
                        numbers.get(d.superseded_by_id), missions[d.id], d.version)
            for d in decisions]
