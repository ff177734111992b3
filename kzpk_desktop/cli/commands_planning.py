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
from ..db.models import ROSTER_STATUSES, ROTATION_STATUSES, Decision, Serviceman
from ..services.dates import fmt
from ..services.decisions import DecisionData, create_decision, list_decisions, supersede
from ..services.eligibility import ACTIVE_STATUSES
from ..services.errors import N_, NotFound
from ..services.roster_list import roster_rows
from ..services.rosters import add_to_roster, find_entry, set_status
from ..services.missions import mission_by_acronym
from ..services.rotations import (
    RotationData,
    create_rotation,
    get_rotation,
    list_rotations,
    rotation_label,
)
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
    q = actions.add_parser("add", help="record a Parliament decision and its ceilings "
                                       "(administrators)")
    q.add_argument("--number", required=True, help="the decision's number, e.g. 182-VI")
    q.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="day of adoption")
    q.add_argument("--title", required=True, metavar="TEXT")
    q.add_argument("--ceiling", type=int, required=True, metavar="N",
                   help="overall ceiling on numbers")
    q.add_argument("--mission", action="append", default=[], metavar="ACRONYM=N",
                   help="a mission and its ceiling (repeat for each mission)")
    q.add_argument("--from", dest="period_from", metavar="YYYY-MM-DD",
                   help="start of the period the decision covers")
    q.add_argument("--to", dest="period_to", metavar="YYYY-MM-DD",
                   help="end of the period the decision covers")
    q.add_argument("--supersedes", metavar="NUMBER",
                   help="the earlier decision this one replaces")
    q.add_argument("--notes", metavar="TEXT")
    q.add_argument("--json", action="store_true", help="print the new decision as JSON")
    q.set_defaults(func=cmd_decision_add)

    p = sub.add_parser("rotation", help="rotations of the missions")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    q = actions.add_parser("list", help="list the rotations")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")
    q.set_defaults(func=cmd_rotation_list)
    q = actions.add_parser("add", help="plan a rotation of a mission on a decision")
    q.add_argument("--mission", required=True, metavar="ACRONYM")
    q.add_argument("--number", type=int, required=True, metavar="N")
    q.add_argument("--decision", required=True, metavar="NUMBER",
                   help="number of the Parliament decision it rests on")
    q.add_argument("--start", required=True, metavar="YYYY-MM-DD", help="planned start")
    q.add_argument("--end", required=True, metavar="YYYY-MM-DD", help="planned end")
    q.add_argument("--name", metavar="TEXT", help="default: 'ACRONYM rotation N'")
    q.add_argument("--status", choices=ROTATION_STATUSES, default="planning")
    q.add_argument("--actual-start", metavar="YYYY-MM-DD")
    q.add_argument("--actual-end", metavar="YYYY-MM-DD")
    q.add_argument("--json", action="store_true", help="print the new rotation as JSON")
    q.set_defaults(func=cmd_rotation_add)

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
    q.add_argument("--iin", required=True, action="append",
                   help="repeat to nominate several people at once (one transaction)")
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
    q.add_argument("--iin", required=True, action="append",
                   help="repeat to change several entries at once (all or nothing)")
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
                "missions": r.missions} for r in rows])  # the contract's fields only
        return 0
    for r in rows:
        missions = ", ".join(f"{a} {c}" for a, c in r.missions.items())
        note = f"  (superseded by {r.superseded_by})" if r.superseded_by else ""
        print(f"{r.id}\t{r.number}\t{fmt(r.date)}\tceiling {r.ceiling}\t{missions}{note}")
    return 0


def _decision_json(r) -> dict:
    return {"id": r.id, "number": r.number, "date": _iso(r.date), "title": r.title,
            "ceiling": r.ceiling, "period_from": _iso(r.period_from),
            "period_to": _iso(r.period_to), "superseded_by": r.superseded_by,
            "missions": r.missions}


def _ceilings(session, pairs: list[str]) -> dict[int, int]:
    out: dict[int, int] = {}
    for pair in pairs:
        acronym, sep, number = pair.partition("=")
        try:
            ceiling = int(number)
        except ValueError:
            ceiling = None
        if not sep or ceiling is None:
            raise CliError(f"--mission: '{pair}' is not ACRONYM=N (e.g. UNIFIL=140)")
        out[mission_by_acronym(session, acronym).id] = ceiling
    return out


def _decision_by_number(session, number: str) -> Decision:
    found = session.execute(select(Decision).where(Decision.number == number.strip())).scalar()
    if found is None:
        raise NotFound(N_("No Parliament decision numbered {number}."), number=number.strip())
    return found


def cmd_decision_add(args, ctx) -> int:
    data = DecisionData(number=args.number, date=parse_date(args.date, "--date"),
                        title=args.title, ceiling=args.ceiling,
                        period_from=parse_date(args.period_from, "--from"),
                        period_to=parse_date(args.period_to, "--to"), notes=args.notes)
    with write_session(ctx.sessions) as s:
        data.ceilings = _ceilings(s, args.mission)
        decision = create_decision(s, data, origin="CLI")
        if args.supersedes:
            supersede(s, _decision_by_number(s, args.supersedes).id, decision.id)
        [row] = [r for r in list_decisions(s) if r.id == decision.id]
    if args.json:
        print_json(_decision_json(row))
    else:
        missions = ", ".join(f"{a} {c}" for a, c in row.missions.items())
        print(f"decision added: {row.id}\t{row.number}\t{fmt(row.date)}\tceiling {row.ceiling}"
              f"\t{missions}")
    return 0


def _rotation_json(r) -> dict:
    return {"id": r.id, "mission": r.mission, "number": r.number, "decision": r.decision,
            "planned_start": _iso(r.planned_start), "planned_end": _iso(r.planned_end),
            "status": r.status}


def cmd_rotation_add(args, ctx) -> int:
    with write_session(ctx.sessions) as s:
        mission = mission_by_acronym(s, args.mission)
        decision = _decision_by_number(s, args.decision)
        rotation = create_rotation(s, RotationData(
            mission_id=mission.id, number=args.number,
            name=args.name or f"{mission.acronym} rotation {args.number}",
            decision_id=decision.id, planned_start=parse_date(args.start, "--start"),
            planned_end=parse_date(args.end, "--end"),
            actual_start=parse_date(args.actual_start, "--actual-start"),
            actual_end=parse_date(args.actual_end, "--actual-end"), status=args.status),
            origin="CLI")
        [row] = [r for r in list_rotations(s, mission_id=mission.id) if r.id == rotation.id]
    if args.json:
        print_json({**_rotation_json(row), "name": row.name,
                    "actual_start": _iso(row.actual_start), "actual_end": _iso(row.actual_end)})
    else:
        print(f"rotation added: {row.id}\t{row.mission}-{row.number}\t{row.name}\t"
              f"{fmt(row.planned_start)} - {fmt(row.planned_end)}\t{row.status}\t"
              f"decision {row.decision}")
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
        people = [_person(s, iin) for iin in args.iin]
        result = add_to_roster(s, args.rotation, [p.id for p in people], category=args.category,
                               appointment=args.appointment,
                               appointment_en=args.appointment_en, origin="CLI", on=on)
        label = rotation_label(get_rotation(s, args.rotation))
        created = [{**_entry_json(e, e.history[-1]),
                    "problems": [f.text for f in result.failures.get(e.serviceman_id, [])]}
                   for e in result.entries]
    if args.json:
        print_json(created)
    for person in people:
        if not args.json:
            print(f"nominated: {person.surname} {person.given_name} ({person.iin}) to {label} "
                  f"as {args.category}")
        for failure in result.failures.get(person.id, []):
            print(f"warning: {failure.text}", file=sys.stderr)
    return 0


def cmd_roster_set_status(args, ctx) -> int:
    on = parse_date(args.on, "--on")
    if on is None and args.status == "repatriated":
        on = dt.date.today()
    done, lines = [], []
    with write_session(ctx.sessions) as s:
        label = None
        for iin in args.iin:
            entry = find_entry(s, args.rotation, iin)
            change = set_status(
                s, entry.id, args.status,
                override_reason=args.reason if args.status == "approved" else None,
                repatriation_reason=args.reason if args.status == "repatriated" else None,
                reason=args.reason if args.status not in ("approved", "repatriated") else None,
                on=on)
            person, label = entry.serviceman, label or rotation_label(entry.rotation)
            done.append({**_entry_json(entry, change.change),
                         "overridden": [f.text for f in change.overridden]})
            lines.append(f"{label}: {person.surname} {person.given_name} ({person.iin}): "
                         f"{change.old} -> {change.new}")
            if change.overridden:
                lines.append(f"override recorded ({entry.override_by}): {entry.override_reason}")
                lines += [f"overridden: {failure.text}" for failure in change.overridden]
    if args.json:
        print_json(done)
    else:
        print("\n".join(lines))
    return 0
