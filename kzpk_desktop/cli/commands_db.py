"""Database-wide commands: init, backup, check."""
from __future__ import annotations

import os
import sys

from ..db import migrate
from ..services import anchors, backup, maintenance, migration
from ..services.audit import record
from . import commands_schema
from .context import PASSPHRASE_ENV, CliError


def register(sub) -> None:
    p = sub.add_parser("init", help="create the database or bring it to the current schema "
                                    "(on a server: as 'migrate', shown and confirmed first)")
    commands_schema.add_migrate_options(p)
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("backup", help="make a verified copy of the database while it is in use")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the copy "
                   "(default: a dated file in the 'backups' folder beside the database)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("check", help="integrity check, schema version, record counts and the "
                                     "audit trail")
    p.add_argument("--deep", action="store_true", help="also replay the audit trail against "
                   "accounts, roster statuses and servicemen's protected fields")
    p.add_argument("--anchor", metavar="FILE", nargs="+", action="extend", default=[],
                   help="prove the audit trail still holds the head recorded in FILE (an "
                        "anchor from 'kzpk audit anchor', a report workbook or a backup); "
                        "several may be given")
    p.set_defaults(func=cmd_check)


def cmd_init(args, ctx) -> int:
    if migration.is_server(ctx.engine):
        return commands_schema.run_migration(args, ctx, migrate.plan(ctx.engine))
    if args.pg_dump:
        raise CliError("--pg-dump copies a PostgreSQL database; a SQLite file is copied before "
                       "every upgrade")
    upgraded = backup.apply_schema_upgrade(ctx.engine)
    state = "created or upgraded" if upgraded is not None else "already up to date"
    print(f"database {state}: {ctx.display_url} (schema {migrate.head_revision()})")
    if upgraded is not None and upgraded.backup is not None:
        print(f"copy made before upgrading from schema {upgraded.from_revision}: "
              f"{upgraded.backup}")
    return 0


def cmd_backup(args, ctx) -> int:
    # An administrator's act (design.md): a backup is the whole database, password hashes
    # included. Signing in also refuses a foreign or newer database before copying it.
    ctx.require_admin()
    path = backup.backup(ctx.engine, args.output)
    record(ctx.sessions, "backup", details={"file": str(path)})
    head = _backup_head(path)
    print(f"backup written: {path} ({path.stat().st_size // 1024} KiB, integrity ok"
          + (f", audit head {head.text()}" if head else "") + ")")
    return 0


def _backup_head(path):
    try:
        return anchors.read_anchor(path, passphrase=os.environ.get(PASSPHRASE_ENV))
    except anchors.AnchorError:  # a database without events yet
        return None


def cmd_check(args, ctx) -> int:
    if ctx.file is not None and not ctx.file.is_file():
        # Only reads: opening a missing file would create it (and its folder).
        raise CliError(f"there is no database file at {ctx.file}")
    passphrase = os.environ.get(PASSPHRASE_ENV)
    recorded = [(name, anchors.read_anchor(name, passphrase=passphrase)) for name in args.anchor]
    report = maintenance.check(ctx.engine, recorded, deep=args.deep)
    for line in report.lines():
        print(line)
    for problem in report.problems:
        print(f"error: {problem}", file=sys.stderr)
    return 0 if report.ok else 1
