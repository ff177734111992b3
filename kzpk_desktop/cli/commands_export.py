"""Paperwork from the shell: ``kzpk export REPORT ... -o OUT.xlsx`` (design.md's contract).

Each export reads in a session of its own (writers are not held up), writes
the file atomically, then records an ``export`` audit event naming the report,
its parameters and the file.
"""
from __future__ import annotations

import argparse
import datetime as dt

from ..exports import reports
from ..exports.labels import LANGUAGES
from ..services.audit import record
from ..services.auth import require_role
from .context import CliError, parse_date, record_id


def register(sub) -> None:
    p = sub.add_parser("export", help="write a print-ready report workbook")
    kinds = p.add_subparsers(dest="report", metavar="REPORT")
    kinds.required = True

    q = kinds.add_parser("nominal-roll", help="UN nominal roll of a rotation, or of a mission "
                                              "(people deployed there today)")
    scope = q.add_mutually_exclusive_group(required=True)
    scope.add_argument("--rotation", type=record_id, metavar="ID")
    scope.add_argument("--mission", metavar="ACRONYM")
    q.add_argument("--lang", choices=LANGUAGES, default="en")
    _output(q, cmd_nominal_roll)

    q = kinds.add_parser("parliament-report", help="ceilings, approved and deployed per "
                                                   "Parliament decision, as of a date")
    q.add_argument("--as-of", metavar="YYYY-MM-DD", help="default: today")
    q.add_argument("--lang", choices=LANGUAGES, default="ru")
    _output(q, cmd_parliament)

    q = kinds.add_parser("contributions", help="UN-style contributions: mission x category x "
                                               "male/female, share of women vs the target")
    q.add_argument("--as-of", metavar="YYYY-MM-DD", help="default: today")
    _output(q, cmd_contributions)

    q = kinds.add_parser("personnel-card", help="everything on file about one serviceman")
    q.add_argument("--iin", required=True)
    _output(q, cmd_personnel_card)

    q = kinds.add_parser("expiring", help="documents expired or expiring within DAYS")
    q.add_argument("--within", type=_days, required=True, metavar="DAYS")
    _output(q, cmd_expiring)


#: A hundred years ahead: far past any document's expiry, well inside the calendar.
MAX_DAYS = 36_500


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of days, got {text!r}") \
            from None
    if value > MAX_DAYS:  # a negative number is the service's refusal (exit 1)
        raise argparse.ArgumentTypeError(f"at most {MAX_DAYS:,} days, got {value}")
    return value


_days.__name__ = "days"


def _output(parser, func) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    parser.set_defaults(func=func)


def _run(ctx, name: str, build, details: dict) -> int:
    """Build the report as the signed-in user, audit it, say where it went."""
    with ctx.sessions() as session:
        actor = require_role(session, "viewer")
        path = build(session, actor.username)
    record(ctx.sessions, "export", details={"report": name, "file": path.name, **details})
    print(f"{name} written: {path}")
    return 0


def cmd_nominal_roll(args, ctx) -> int:
    return _run(ctx, "nominal-roll", lambda s, user: reports.export_nominal_roll(
        s, args.output, rotation_id=args.rotation, mission=args.mission, lang=args.lang,
        user=user), {"rotation": args.rotation, "mission": args.mission, "lang": args.lang})


def cmd_parliament(args, ctx) -> int:
    as_of = parse_date(args.as_of, "--as-of") or dt.date.today()
    return _run(ctx, "parliament-report", lambda s, user: reports.export_parliament_report(
        s, args.output, as_of=as_of, lang=args.lang, user=user),
        {"as_of": as_of, "lang": args.lang})


def cmd_contributions(args, ctx) -> int:
    as_of = parse_date(args.as_of, "--as-of") or dt.date.today()
    return _run(ctx, "contributions", lambda s, user: reports.export_contributions(
        s, args.output, as_of=as_of, user=user), {"as_of": as_of})


def cmd_personnel_card(args, ctx) -> int:
    return _run(ctx, "personnel-card", lambda s, user: reports.export_personnel_card(
        s, args.output, iin=args.iin, user=user), {"iin": args.iin})


def cmd_expiring(args, ctx) -> int:
    return _run(ctx, "expiring", lambda s, user: reports.export_expiring(
        s, args.output, within_days=args.within, user=user), {"within": args.within})
