"""Planning from the shell: decisions, rotations and rosters (design.md's contract).

Commands act as the signed-in user (``ctx.actor``: the bootstrap administrator
while the database has no accounts), so ``--reason`` on ``set-status approved``
is an override reason only when that user is a supervisor or an administrator.
"""
from __future__ import annotations

import datetime as dt
import sys

from sqlalchemy import select

from ..db.engine import write_session
from ..db.models import ROSTER_STATUSES, Serviceman
from ..services.dates import fmt
from ..services.decisions import list_decisions
from ..services.eligibility import ACTIVE_STATUSES
from ..services.errors import N_, NotFound
from ..services.roster_list import roster_rows
from ..services.rosters import add_to_roster, find_entry, set_status
from ..services.rotations import get_rotation, list_rotations, rotation_label
from .context import CliError, parse_date, print_json, record_id

#: Personnel categories a roster entry can be nominated under from the shell.
CATEGORIES = ("troops", "staff-officer", "expert")


def register(sub) -> None:
    p = sub.add_parser("decision", help="Parliament decisions and their ceilings")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    q = actions.add_parser("list", help="list the decisions with their ceilings per mission")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")
    q.set_defaults(func=cmd_decision_list)

    p = sub.add_parser("rotation", help="rotations of the missions")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    q = actions.add_parser("list", help="list the rotations")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")
    q.set_defaults(func=cmd_rotation_list)

    p = sub.add_parser("roster", help="a rotation's roster: list, nominate, change status")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    q = actions.add_parser("list", help="the roster with each person's eligibility")
    q.add_argument("--rotation", type=record_id, required=True, metavar="ID")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")
    q.set_defaults(func=cmd_roster_list)
    q = actions.add_parser("add", help="nominate a serviceman (allowed even if not eligible; "
                                       "the reasons are printed)")
    q.add_argument("--rotation", type=record_id, required=True, metavar="ID")
    q.add_argument("--iin", required=True)
    q.add_argument("--category", choices=CATEGORIES, default="troops")
    q.add_argument("--appointment", metavar="TEXT")
    q.add_argument("--appointment-en", metavar="TEXT",
                   help="the appointment as the English (UN) nominal roll prints it")
    q.add_argument("--on", metavar="YYYY-MM-DD",
                   help="the day of the nomination, for history entered after the fact "
                        "(default: today)")
    q.add_argument("--json", action="store_true", help="print the new entry as JSON")
    q.set_defaults(func=cmd_roster_add)
    q = actions.add_parser("set-status", help="move a roster entry along the workflow")
    q.add_argument("--rotation", type=record_id, required=True, metavar="ID")
    q.add_argument("--iin", required=True)
    q.add_argument("--status", required=True, choices=ROSTER_STATUSES)
    q.add_argument("--reason", metavar="TEXT",
                   help="approved: override reason for failed document rules; repatriated: "
                        "reason for the early repatriation; otherwise a note in the history")
    q.add_argument("--on", metavar="YYYY-MM-DD",
                   help="the day the change took effect, for history entered after the fact "
                        "(default: the arrival date for deployed, the departure date for "
                        "completed, else today)")
    q.add_argument("--json", action="store_true", help="print the change as JSON")
    q.set_defaults(func=cmd_roster_set_status)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def cmd_decision_list(args, ctx) -> int:
    with ctx.sessions() as s:
        rows = list_decisions(s)
    if args.json:
        print_json([{"id": r.id, "number": r.number, "date": _iso(r.date), "ceiling": r.ceiling,
                "missions": r.missions} for r in rows])
        return 0
    for r in rows:
        missions = ", ".join(f"{a} {c}" for a, c in r.missions.items())
        note = f"  (superseded by {r.superseded_by})" if r.superseded_by else ""
        print(f"{r.id}\t{r.number}\t{fmt(r.date)}\tceiling {r.ceiling}\t{missions}{note}")
    return 0


def cmd_rotation_list(args, ctx) -> int:
    with ctx.sessions() as s:
        rows = list_rotations(s)
    if args.json:
        print_json([{"id": r.id, "mission": r.mission, "number": r.number, "decision": r.decision,
                "planned_start": _iso(r.planned_start), "planned_end": _iso(r.planned_end),
                "status": r.status} for r in rows])
        return 0
    for r in rows:
        people = ", ".join(f"{n} {status}" for status, n in sorted(r.counts.items()))
        print(f"{r.id}\t{r.mission}-{r.number}\t{r.name}\t{fmt(r.planned_start)} - "
              f"{fmt(r.planned_end)}\t{r.status}\tdecision {r.decision}\t{people}")
    return 0


def cmd_roster_list(args, ctx) -> int:
    with ctx.sessions() as s:
        rows = roster_rows(s, args.rotation)
    if args.json:
        print_json([{"iin": r.iin, "category": r.category, "status": r.status,
                "eligible": r.eligible, "problems": [f.text for f in r.failures]} for r in rows])
        return 0
    for r in rows:
        if r.status not in ACTIVE_STATUSES:
            verdict = "-"  # closed entries are not checked
        elif r.eligible:
            verdict = "eligible"
        else:
            verdict = "NOT eligible: " + "; ".join(f.text for f in r.failures)
        print(f"{r.iin}\t{r.surname} {r.given_name}\t{r.category}\t{r.status}\t{verdict}")
    return 0


def _person(session, iin: str) -> Serviceman:
    person = session.execute(select(Serviceman).where(Serviceman.iin == iin.strip())).scalar()
    if person is None:
        raise NotFound(N_("No serviceman with IIN {iin}."), iin=iin.strip())
    return person


def _entry_json(entry, change) -> dict:
    return {"rotation": entry.rotation_id, "iin": entry.serviceman.iin,
            "category": entry.category.code, "status": entry.status,
            "from": change.from_status, "on": _iso(change.effective_on),
            "recorded_at": change.recorded_at.isoformat(timespec="seconds"),
            "by": change.recorded_by, "reason": change.reason}


def cmd_roster_add(args, ctx) -> int:
    on = parse_date(args.on, "--on")
    with write_session(ctx.sessions) as s:
        person = _person(s, args.iin)
        result = add_to_roster(s, args.rotation, [person.id], category=args.category,
                               appointment=args.appointment,
                               appointment_en=args.appointment_en, origin="CLI", on=on)
        label = rotation_label(get_rotation(s, args.rotation))
        [entry] = result.entries
        created = {**_entry_json(entry, entry.history[-1]),
                   "problems": [f.text for f in result.failures.get(person.id, [])]}
    if args.json:
        print_json(created)
    else:
        print(f"nominated: {person.surname} {person.given_name} ({person.iin}) to {label} "
              f"as {args.category}")
    for failure in result.failures.get(person.id, []):
        print(f"warning: {failure.text}", file=sys.stderr)
    return 0


def cmd_roster_set_status(args, ctx) -> int:
    on = parse_date(args.on, "--on")
    with write_session(ctx.sessions) as s:
        entry = find_entry(s, args.rotation, args.iin)
        change = set_status(
            s, entry.id, args.status,
            override_reason=args.reason if args.status == "approved" else None,
            repatriation_reason=args.reason if args.status == "repatriated" else None,
            reason=args.reason if args.status not in ("approved", "repatriated") else None,
            on=on if on is not None or args.status != "repatriated" else dt.date.today())
        person, label = entry.serviceman, rotation_label(entry.rotation)
        done = {**_entry_json(entry, change.change),
                "overridden": [f.text for f in change.overridden]}
    if args.json:
        print_json(done)
        return 0
    print(f"{label}: {person.surname} {person.given_name} ({person.iin}): "
          f"{change.old} -> {change.new}")
    if change.overridden:
        print(f"override recorded ({entry.override_by}): {entry.override_reason}")
        for failure in change.overridden:
            print(f"overridden: {failure.text}")
    return 0
