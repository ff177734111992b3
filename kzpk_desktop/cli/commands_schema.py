"""Schema changes on purpose and server roles: migrate, grant (``init`` on a server too).

``kzpk migrate`` shows what will change (each revision), asks (or takes
``--yes``), then upgrades under the schema lock and records a ``migrate`` audit
event. On a server it tells the administrator to take a ``pg_dump`` first, or
takes it (``--pg-dump PATH``); ``--sql`` prints the upgrade's SQL for a DBA
who applies scripts himself and changes nothing. Workstations never migrate a
server by themselves (``migrate.require_current``).
"""
from __future__ import annotations

import sys

from ..db import migrate
from ..services import migration
from .context import CliError


def register(sub) -> None:
    p = sub.add_parser("migrate", help="upgrade the database's schema to this version's (shows "
                                       "the changes and asks first)")
    add_migrate_options(p)
    p.add_argument("--sql", action="store_true", help="print the upgrade's SQL for review and "
                   "change nothing")
    p.set_defaults(func=cmd_migrate)
    p = sub.add_parser("grant", help="PostgreSQL: give ROLE a workstation's rights (records, "
                                     "no DDL, audit trail append-only); run as the owner")
    p.add_argument("role", metavar="ROLE")
    p.set_defaults(func=cmd_grant)


def add_migrate_options(p) -> None:
    p.add_argument("--yes", action="store_true", help="apply without asking")
    p.add_argument("--pg-dump", metavar="PATH", help="PostgreSQL: copy the database with "
                   "pg_dump to PATH first (custom format)")


def cmd_migrate(args, ctx) -> int:
    engine = ctx.engine
    plan = migrate.plan(engine)
    if args.sql:
        if not plan.needed:
            print(f"-- the database is at schema {plan.head} already: nothing to apply")
            return 0
        sys.stdout.write(migrate.offline_sql(engine, plan.current))
        return 0
    return run_migration(args, ctx, plan)


def run_migration(args, ctx, plan: migrate.Plan) -> int:
    """Show ``plan``, have it confirmed, copy first, apply; shared with ``init``."""
    engine = ctx.engine
    print(f"database: {ctx.display_url}")
    if not plan.needed:
        print(f"schema: {plan.head} (already up to date; nothing to do)")
        return 0
    print(f"schema: {plan.current or 'none'} -> {plan.head}; this will apply:")
    for step in plan.steps:
        print(f"  {step.revision}" + (f"  {step.title}" if step.title else ""))
    server = migration.is_server(engine)
    if server and not args.pg_dump:
        print("Take a copy of the database first, for example:\n  "
              + migration.pg_dump_command(engine)
              + "\n(or give --pg-dump PATH and this command runs it)")
    elif not server and plan.current is not None:
        print("A copy of the file is made in its 'backups' folder first.")
    if not args.yes:
        _confirm(ctx)
    if args.pg_dump:
        path = migration.pg_dump(engine, args.pg_dump)
        print(f"pg_dump written: {path} ({path.stat().st_size // 1024} KiB)")
    changed = migration.apply(engine)
    if changed:
        print(f"database upgraded: schema {plan.current or 'none'} -> {plan.head}"
              " (recorded in the audit trail)" if plan.current or server else
              f"database created: schema {plan.head}")
    else:
        print(f"schema: {plan.head} (another run upgraded it meanwhile; nothing to do)")
    if server and changed:
        print("Run 'kzpk grant ROLE' again for each workstation role: new tables have no "
              "rights yet.")
    return 0


def _confirm(ctx) -> None:
    if sys.stdin is None or not sys.stdin.isatty():
        raise CliError("nothing was changed: confirm with --yes (or run at a terminal to be "
                       "asked)")
    answer = input("Apply these changes? [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise CliError("nothing was changed")


def cmd_grant(args, ctx) -> int:
    statements = migration.grant_workstation(ctx.engine, args.role)
    print(f"role {args.role} may now work as a workstation on {ctx.display_url}:")
    for sql in statements:
        print(f"  {sql};")
    return 0
