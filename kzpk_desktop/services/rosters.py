"""A rotation's roster: nominations, the status workflow, and the checks that guard it.

Nominating is open (the reasons a person is not eligible come back with the
entry); approving needs every rule met or a supervisor's written override of
the document rules; approving and deploying never break Parliament's ceiling.
Callers run each change in ``write_session`` so the ceiling is re-counted
under the write lock.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from ..db.models import (
    ROSTER_STATUSES,
    Assignment,
    PersonnelCategory,
    RosterEntry,
    RosterStatusChange,
    Serviceman,
    Unit,
)
from . import roster_history
from .auth import require_role
from .ceilings import ceiling_problems
from .dates import fmt
from .eligibility import RULE_NAMES, RuleFailure, eligibility_for_candidates, eligibility_for_entry
from .errors import N_, NotFound, PermissionDenied, Problem, ServiceError, ValidationError
from .roster_status import FIELD_REFUSED, refuse_at_field_office, roster_status_word
from .rotations import get_rotation, rotation_label
from .text import clean, has_cyrillic
from .units import subtree_cte
from .versioning import expect_version, flush_checked

#: Allowed moves of the workflow; anything else is refused.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "nominated": ("approved", "withdrawn"),
    "approved": ("deployed", "withdrawn"),
    "deployed": ("completed", "repatriated"),
}
#: Roles that may approve over failed document rules (with a written reason).
OVERRIDE_ROLES = ("supervisor", "admin")


class ApprovalRefused(ValidationError):
    """Approval refused: the failed rules (``failures``) and/or ceiling problems, all at once."""

    def __init__(self, problems: list[Problem], failures: list[RuleFailure]) -> None:
        super().__init__(problems)
        self.failures = failures


@dataclass(frozen=True)
class AddResult:
    entries: list[RosterEntry]
    #: serviceman id -> rules not met (nominated anyway; approval will need them)
    failures: dict[int, list[RuleFailure]]
    #: serviceman ids left out because they were already on the roster (skip_existing)
    skipped: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class StatusChange:
    entry: RosterEntry
    old: str
    new: str
    #: document rules approved over by a supervisor (recorded with the reason)
    overridden: list[RuleFailure] = field(default_factory=list)
    #: the row added to the entry's status history
    change: RosterStatusChange | None = None


@dataclass
class EntryData:
    """The editable details of a roster entry (the status has its own workflow)."""

    category: str = "troops"
    appointment: str | None = None
    sub_unit: str | None = None
    arrival_date: dt.date | None = None
    departure_date: dt.date | None = None
    un_index: str | None = None
    version: int | None = None
    #: The appointment as the English (UN) nominal roll prints it; Latin letters only.
    appointment_en: str | None = None


def _english(value: str | None) -> str | None:
    """An English text, refused when it holds Cyrillic (the UN roll must be all Latin)."""
    value = _text(value)
    if value and has_cyrillic(value):
        raise ValidationError([Problem("appointment_en", N_(
            "Write the English appointment in Latin letters (it is printed on the UN roll)."),
            {})])
    return value


def _text(value: str | None) -> str | None:
    return clean(value) or None


def _category_id(session: Session, code: str) -> int:
    category_id = session.execute(
        select(PersonnelCategory.id).where(PersonnelCategory.code == code)).scalar()
    if category_id is None:
        raise ValidationError([Problem("category", N_("Unknown personnel category '{code}'."),
                                       {"code": code})])
    return category_id


def add_to_roster(session: Session, rotation_id: int, serviceman_ids: Iterable[int], *,
                  category: str = "troops", appointment: str | None = None,
                  sub_unit: str | None = None, skip_existing: bool = False,
                  origin: str = "HQ", on: dt.date | None = None,
                  appointment_en: str | None = None) -> AddResult:
    """Nominate servicemen to the rotation, even ineligible ones (their failures come back).

    Someone already on this rotation's roster is refused by name, unless
    ``skip_existing`` leaves them out (reported in ``skipped``). ``on`` is the
    day of the nomination in the status history (default today; not later).
    """
    ids = list(dict.fromkeys(serviceman_ids))
    return _nominate(session, rotation_id, {i: sub_unit for i in ids}, category=category,
                     appointment=appointment, skip_existing=skip_existing, origin=origin, on=on,
                     appointment_en=appointment_en)


def add_unit_to_roster(session: Session, rotation_id: int, unit_id: int, *,
                       include_subunits: bool = True, category: str = "troops",
                       appointment: str | None = None, skip_existing: bool = False,
                       lang: str = "en", origin: str = "HQ", on: dt.date | None = None
                       ) -> AddResult:
    """Nominate a unit's current members; each one's sub-unit is the unit they serve in."""
    if session.get(Unit, unit_id) is None:
        raise NotFound(N_("The unit no longer exists."))
    units = select(subtree_cte(unit_id).c.id) if include_subunits else select(literal(unit_id))
    name = getattr(Unit, f"name_{lang}", Unit.name_en)
    members: dict[int, str | None] = {}
    for person, unit_name in session.execute(
        select(Assignment.serviceman_id, name).join(Unit, Unit.id == Assignment.unit_id)
        .where(Assignment.unit_id.in_(units), Assignment.date_to.is_(None))
        .order_by(Assignment.serviceman_id)
    ):
        members.setdefault(person, unit_name)
    if not members:
        raise ServiceError(N_("The unit has no current members to nominate."))
    return _nominate(session, rotation_id, members, category=category, appointment=appointment,
                     skip_existing=skip_existing, origin=origin, on=on)


def _nominate(session: Session, rotation_id: int, people: dict[int, str | None], *,
              category: str, appointment: str | None, skip_existing: bool, origin: str,
              on: dt.date | None, appointment_en: str | None = None) -> AddResult:
    actor = require_role(session, "clerk")
    refuse_at_field_office(session, FIELD_REFUSED["nominated"])
    on = on or dt.date.today()
    roster_history.check_day(on, today=dt.date.today())
    rotation = get_rotation(session, rotation_id)
    if rotation.status == "completed":
        raise ServiceError(N_("Rotation {rotation} is completed; its roster is closed."),
                           rotation=rotation_label(rotation))
    category_id = _category_id(session, category)
    found = {row.id: row for row in session.execute(
        select(Serviceman.id, Serviceman.surname, Serviceman.given_name, Serviceman.iin)
        .where(Serviceman.id.in_(list(people))))}
    missing = [i for i in people if i not in found]
    if missing:
        raise NotFound(N_("{count} of the chosen servicemen no longer exist (deleted by someone "
                          "else?)."), count=len(missing))
    existing = dict(session.execute(
        select(RosterEntry.serviceman_id, RosterEntry.status)
        .where(RosterEntry.rotation_id == rotation_id,
               RosterEntry.serviceman_id.in_(list(people)))).all())
    if existing and not skip_existing:
        raise ValidationError([
            Problem("", N_("{who} (IIN {iin}) is already on the roster of {rotation} "
                           "(status: {status})."),
                    {"who": f"{found[i].surname} {found[i].given_name}", "iin": found[i].iin,
                     "rotation": rotation_label(rotation),
                     "status": roster_status_word(status)})
            for i, status in sorted(existing.items(), key=lambda kv: found[kv[0]].surname)])
    new = [i for i in people if i not in existing]
    appointment, appointment_en = _text(appointment), _english(appointment_en)
    entries = [RosterEntry(rotation_id=rotation_id, serviceman_id=i, category_id=category_id,
                           appointment=appointment, appointment_en=appointment_en,
                           sub_unit=_text(people[i]),
                           status="nominated", origin=origin) for i in new]
    session.add_all(entries)
    for entry in entries:
        roster_history.record(session, entry, None, "nominated", on, by=actor.username)
    session.flush()
    failures = eligibility_for_candidates(session, rotation_id, new, category)
    return AddResult(entries, {i: f for i, f in failures.items() if f}, sorted(existing))


def set_status(session: Session, entry_id: int, status: str, *,
               override_reason: str | None = None, repatriation_reason: str | None = None,
               reason: str | None = None, on: dt.date | None = None,
               version: int | None = None, today: dt.date | None = None) -> StatusChange:
    """Move a roster entry along the workflow (see ``TRANSITIONS``) as the session's user.

    ``on`` is the day the change takes effect (default: the arrival date for
    deployed, the departure date for completed, else today); it may not lie in
    the future. The change is written to
    the entry's status history (``roster_history``) with who made it and why.

    - approved: every rule met, or ``override_reason`` from a supervisor/admin
      when only document rules fail; room under the ceiling; not before the
      rotation's decision was adopted.
    - deployed: still within the ceiling; ``on`` is the arrival date.
    - completed: ``on`` is the departure date.
    - repatriated: ``repatriation_reason`` and ``on`` (the date) are required.
    - ``reason``: a note for the history of any other move (e.g. why withdrawn).
    """
    actor = require_role(session, "clerk")
    today = today or dt.date.today()
    entry = _entry(session, entry_id)
    label = _label(entry)
    expect_version(entry, version, label)
    old = entry.status
    if status not in ROSTER_STATUSES:
        raise ServiceError(N_("Unknown roster status '{status}'."), status=status)
    if status in FIELD_REFUSED:
        refuse_at_field_office(session, FIELD_REFUSED[status])
    if status not in TRANSITIONS.get(old, ()):
        raise ServiceError(N_("{who}: the status cannot change from {old} to {new}."),
                           who=label, old=roster_status_word(old),
                           new=roster_status_word(status))
    given = on
    if on is None:
        on = {"deployed": entry.arrival_date,
              "completed": entry.departure_date}.get(status) or (None if status == "repatriated"
                                                                 else today)
    if on is not None:
        roster_history.check_day(on, today=today,
                                 field="repatriation_date" if status == "repatriated" else "on")
    overridden: list[RuleFailure] = []
    note = _text(reason)
    if status == "approved":
        _check_decision_adopted(entry, on)
        overridden = _approve_checks(session, entry, actor.username, actor.role, override_reason)
        if overridden:
            entry.override_reason, entry.override_by = override_reason.strip(), actor.username
            note = entry.override_reason
    elif status == "deployed":
        problems = ceiling_problems(session, entry.rotation_id, adding=0)
        if problems:
            raise ApprovalRefused(problems, [])
        entry.serviceman.status = "deployed"
        if given is not None and entry.arrival_date is None:
            entry.arrival_date = given
    elif status == "completed":
        _check_after_arrival(entry, on, "departure_date")
        if given is not None:
            entry.departure_date = given
        _returned(session, entry)
    elif status == "repatriated":
        problems = []
        if not _text(repatriation_reason):
            problems.append(Problem("repatriation_reason",
                                    N_("Give the reason for the early repatriation."), {}))
        if on is None:
            problems.append(Problem("repatriation_date",
                                    N_("Give the date of the early repatriation."), {}))
        if problems:
            raise ValidationError(problems)
        _check_after_arrival(entry, on, "repatriation_date")
        entry.repatriation_reason, entry.repatriation_date = repatriation_reason.strip(), on
        entry.departure_date = entry.departure_date or on
        note = entry.repatriation_reason
        _returned(session, entry)
    entry.status = status
    change = roster_history.record(session, entry, old, status, on, by=actor.username,
                                   reason=note)
    flush_checked(session, label)
    return StatusChange(entry, old, status, overridden, change)


def _check_decision_adopted(entry: RosterEntry, day: dt.date) -> None:
    decision = entry.rotation.decision
    if day < decision.date:
        raise ValidationError([Problem("on", N_(
            "Decision {decision} was adopted on {adopted}; nobody can be approved under it "
            "before that day ({day})."),
            {"decision": decision.number, "adopted": fmt(decision.date), "day": fmt(day)})])


def _approve_checks(session: Session, entry: RosterEntry, actor: str, role: str,
                    override_reason: str | None) -> list[RuleFailure]:
    """Refuse an approval that breaks a rule or the ceiling; return what was overridden."""
    failures = eligibility_for_entry(session, entry.id)
    hard = [f for f in failures if not f.overridable]
    soft = [f for f in failures if f.overridable]
    ceiling = ceiling_problems(session, entry.rotation_id, adding=1)
    if override_reason is not None and failures:
        # Say first what no role could override, so nobody asks a supervisor in vain.
        if hard:
            raise ApprovalRefused(
                [Problem("", N_("{text} The {rule} rule cannot be overridden."),
                         {"text": f.text, "rule": RULE_NAMES[f.rule]}) for f in hard] + ceiling,
                hard)
        if role not in OVERRIDE_ROLES:
            raise PermissionDenied(N_("Only a supervisor may approve over failed document rules; "
                                      "{actor} is signed in as {role}."), actor=actor, role=role)
        if not _text(override_reason):
            raise ValidationError([Problem("override_reason", N_(
                "Write the reason for approving despite the failed rules."), {})])
        if ceiling:
            raise ApprovalRefused(ceiling, [])
        return soft
    if not failures and not ceiling:
        return []
    problems = [f.problem() for f in failures]
    if soft:
        problems.append(Problem("", N_("A supervisor may approve despite the document rules "
                                       "({rules}) with a written reason."),
                                {"rules": ", ".join(RULE_NAMES[f.rule] for f in soft)}))
    if hard:
        problems.append(Problem("", N_("Nobody may override: {rules}."),
                                {"rules": ", ".join(dict.fromkeys(RULE_NAMES[f.rule]
                                                                  for f in hard))}))
    raise ApprovalRefused(problems + ceiling, failures)


def _check_after_arrival(entry: RosterEntry, day: dt.date, field_name: str) -> None:
    if entry.arrival_date is not None and day < entry.arrival_date:
        raise ValidationError([Problem(field_name, N_("The date {day} is before the arrival "
                                                      "on {arrival}."),
                                       {"day": fmt(day), "arrival": fmt(entry.arrival_date)})])


def _returned(session: Session, entry: RosterEntry) -> None:
    """Back home: the serviceman is 'returned' unless deployed on another rotation too."""
    person = entry.serviceman
    if person.status != "deployed":
        return
    elsewhere = session.execute(select(RosterEntry.id).where(
        RosterEntry.serviceman_id == person.id, RosterEntry.id != entry.id,
        RosterEntry.status == "deployed").limit(1)).scalar()
    if elsewhere is None:
        person.status = "returned"


def update_entry(session: Session, entry_id: int, data: EntryData) -> RosterEntry:
    """Save appointment, sub-unit, dates, UN index and (while nominated) the category."""
    entry = _entry(session, entry_id)
    label = _label(entry)
    expect_version(entry, data.version, label)
    problems = []
    category_id = _category_id(session, data.category)
    if category_id != entry.category_id and entry.status != "nominated":
        problems.append(Problem("category", N_("The category can change only while the entry "
                                               "is nominated (it decides which rules apply)."),
                                {}))
    if data.arrival_date and data.departure_date and data.departure_date < data.arrival_date:
        problems.append(Problem("departure_date", N_("Departure ({departure}) is before arrival "
                                                     "({arrival})."),
                                {"departure": fmt(data.departure_date),
                                 "arrival": fmt(data.arrival_date)}))
    un_index = _text(data.un_index)
    if un_index and len(un_index) > 40:
        problems.append(Problem("un_index", N_("The UN index number is too long (40 characters "
                                               "at most)."), {}))
    try:
        appointment_en = _english(data.appointment_en)
    except ValidationError as exc:
        problems += exc.problems
    if problems:
        raise ValidationError(problems)
    entry.category_id = category_id
    entry.appointment, entry.sub_unit = _text(data.appointment), _text(data.sub_unit)
    entry.appointment_en = appointment_en
    entry.arrival_date, entry.departure_date, entry.un_index = (
        data.arrival_date, data.departure_date, un_index)
    flush_checked(session, label)
    return entry


def entry_data(entry: RosterEntry) -> EntryData:
    return EntryData(entry.category.code, entry.appointment, entry.sub_unit, entry.arrival_date,
                     entry.departure_date, entry.un_index, entry.version, entry.appointment_en)


def find_entry(session: Session, rotation_id: int, iin: str) -> RosterEntry:
    """The roster entry of the serviceman with ``iin`` on the rotation."""
    rotation = get_rotation(session, rotation_id)
    entry = session.execute(
        select(RosterEntry).join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)
        .where(RosterEntry.rotation_id == rotation_id, Serviceman.iin == iin.strip())
    ).scalar_one_or_none()
    if entry is None:
        raise NotFound(N_("Nobody with IIN {iin} is on the roster of {rotation}."),
                       iin=iin.strip(), rotation=rotation_label(rotation))
    return entry


def _entry(session: Session, entry_id: int) -> RosterEntry:
    entry = session.get(RosterEntry, entry_id)
    if entry is None:
        raise NotFound(N_("The roster entry no longer exists (removed by someone else?)."))
    return entry


def _label(entry: RosterEntry) -> str:
    person = entry.serviceman
    return f"{person.surname} {person.given_name} ({rotation_label(entry.rotation)})"
