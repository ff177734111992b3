"""Paperwork from the shell: ``kzpk export REPORT ... -o OUT.xlsx`` (design.md's contract).

Each export reads in a session of its own (writers are not held up), writes
the file atomically, then records an ``export`` audit event naming the report,
its parameters and the file.
"""
from __future__ import annotations

import argparse
import datetime as dt

from ..exports import reports
from ..exports.audited import export_and_audit
from ..exports.labels import LANGUAGES
from ..services import settings
from ..services.reports.signing import author_name, signature
from .context import parse_date, record_id


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
    q.add_argument("--lang", choices=LANGUAGES, default="en")
    _output(q, cmd_contributions)

    q = kinds.add_parser("personnel-card", help="everything on file about one serviceman")
    q.add_argument("--iin", required=True)
    q.add_argument("--lang", choices=LANGUAGES, default="ru")
    _output(q, cmd_personnel_card)

    q = kinds.add_parser("expiring", help="documents expired or expiring within DAYS")
    q.add_argument("--within", type=_days, required=True, metavar="DAYS")
    q.add_argument("--lang", choices=LANGUAGES, default="ru")
    _output(q, cmd_expiring, "OUT.xlsx|OUT.csv")


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


def _output(parser, func, metavar: str = "OUT.xlsx") -> None:
    parser.add_argument("-o", "--output", required=True, metavar=metavar)
    add_marking(parser)
    parser.set_defaults(func=func)


def add_marking(parser) -> None:
    parser.add_argument("--marking", metavar="TEXT",
                        help="handling marking printed on every page ('' for none; default: "
                             "the setting for the report's language)")


def marking(args, session) -> str:
    """The --marking given, else the setting of the report's language."""
    if args.marking is not None:
        return args.marking
    return settings.report_marking(session, args.lang)


def common(args, session, actor, *, signed: bool = False) -> dict:
    """What every report builder takes from the command line and the settings."""
    out = {"user": author_name(session, actor), "marking": marking(args, session),
           "lang": args.lang}
    if signed:
        out["signature"] = signature(session, args.lang)
    return out


def _run(ctx, args, name: str, build, details: dict, *, signed: bool = False) -> int:
    """Build the report as the signed-in user, audit it, say where it went."""
    path = export_and_audit(
        ctx.sessions, name,
        lambda session, actor: build(session, **common(args, session, actor, signed=signed)),
        {"lang": args.lang, **details})
    print(f"{name} written: {path}")
    return 0


def cmd_nominal_roll(args, ctx) -> int:
    return _run(ctx, args, "nominal-roll", lambda s, **kw: reports.export_nominal_roll(
        s, args.output, rotation_id=args.rotation, mission=args.mission, **kw),
        {"rotation": args.rotation, "mission": args.mission}, signed=True)


def cmd_parliament(args, ctx) -> int:
    as_of = parse_date(args.as_of, "--as-of") or dt.date.today()
    return _run(ctx, args, "parliament-report", lambda s, **kw: reports.export_parliament_report(
        s, args.output, as_of=as_of, **kw), {"as_of": as_of}, signed=True)


def cmd_contributions(args, ctx) -> int:
    as_of = parse_date(args.as_of, "--as-of") or dt.date.today()
    return _run(ctx, args, "contributions", lambda s, **kw: reports.export_contributions(
        s, args.output, as_of=as_of, **kw), {"as_of": as_of}, signed=True)


def cmd_personnel_card(args, ctx) -> int:
    return _run(ctx, args, "personnel-card", lambda s, **kw: reports.export_personnel_card(
        s, args.output, iin=args.iin, **kw), {"iin": args.iin})


def cmd_expiring(args, ctx) -> int:
    return _run(ctx, args, "expiring", lambda s, **kw: reports.export_expiring(
        s, args.output, within_days=args.within, **kw), {"within": args.within})
