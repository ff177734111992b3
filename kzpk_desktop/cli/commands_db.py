"""Database-wide commands: init, check."""
from __future__ import annotations

import sys

from ..db import migrate
from ..services import backup, maintenance


def register(sub) -> None:
    p = sub.add_parser("init", help="create the database or bring it to the current schema")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("backup", help="make a verified copy of the database while it is in use")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the copy "
                   "(default: a dated file in the 'backups' folder beside the database)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("check", help="integrity check, schema version and record counts")
    p.set_defaults(func=cmd_check)


def cmd_init(args, ctx) -> int:
    upgraded = migrate.upgrade_database(ctx.engine)
    state = "created or upgraded" if upgraded is not None else "already up to date"
    print(f"database {state}: {ctx.url} (schema {migrate.head_revision()})")
    if upgraded is not None and upgraded.backup is not None:
        print(f"copy made before upgrading from schema {upgraded.from_revision}: "
              f"{upgraded.backup}")
    return 0


def cmd_backup(args, ctx) -> int:
    ctx.sessions  # refuse a foreign or newer database before copying it
    path = backup.backup(ctx.engine, args.output)
    print(f"backup written: {path} ({path.stat().st_size // 1024} KiB, integrity ok)")
    return 0


def cmd_check(args, ctx) -> int:
    report = maintenance.check(ctx.engine)
    for line in report.lines():
        print(line)
    for problem in report.problems:
        print(f"error: {problem}", file=sys.stderr)
    return 0 if report.ok else 1
