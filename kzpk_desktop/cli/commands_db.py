"""Database-wide commands: init, check."""
from __future__ import annotations

import sys

from ..db import migrate
from ..services import backup, maintenance
from ..services.audit import record
from .context import CliError


def register(sub) -> None:
    p = sub.add_parser("init", help="create the database or bring it to the current schema")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("backup", help="make a verified copy of the database while it is in use")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the copy "
                   "(default: a dated file in the 'backups' folder beside the database)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("check", help="integrity check, schema version, record counts and the "
                                     "audit trail")
    p.add_argument("--deep", action="store_true", help="also replay the audit trail against "
                   "accounts, roster statuses and servicemen's protected fields")
    p.set_defaults(func=cmd_check)


def cmd_init(args, ctx) -> int:
    changed = migrate.upgrade(ctx.engine)
    state = "created or upgraded" if changed else "already up to date"
    print(f"database {state}: {ctx.url} (schema {migrate.head_revision()})")
    return 0


def cmd_backup(args, ctx) -> int:
    # An administrator's act (design.md): a backup is the whole database, password hashes
    # included. Signing in also refuses a foreign or newer database before copying it.
    ctx.require("admin")
    path = backup.backup(ctx.engine, args.output)
    record(ctx.sessions, "backup", details={"file": str(path)})
    print(f"backup written: {path} ({path.stat().st_size // 1024} KiB, integrity ok)")
    return 0


def cmd_check(args, ctx) -> int:
    if ctx.file is not None and not ctx.file.is_file():
        # Only reads: opening a missing file would create it (and its folder).
        raise CliError(f"there is no database file at {ctx.file}")
    report = maintenance.check(ctx.engine, deep=args.deep)
    for line in report.lines():
        print(line)
    for problem in report.problems:
        print(f"error: {problem}", file=sys.stderr)
    return 0 if report.ok else 1
