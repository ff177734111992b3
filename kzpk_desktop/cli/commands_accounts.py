"""Accounts, the audit trail, restoring, encryption: user, audit, restore, encrypt, decrypt.

Secrets never come from the command line (it shows in process lists and shell
history): passwords from KZPK_PASSWORD or standard input, one line each, in the
order asked (the signing-in user's first when --user has no KZPK_PASSWORD,
then the new account's); passphrases from KZPK_PASSPHRASE or standard input.
"""
from __future__ import annotations

import datetime as dt
import os
import sys

from sqlalchemy.exc import DBAPIError

from ..db import migrate
from ..db.engine import make_engine, make_session_factory, write_session
from ..exports.audited import export_and_audit
from ..exports.reports.audit_trail import export_audit
from ..services import accounts, anchors, backup, encryption, recovery
from ..services.audit import EventFilter, record
from ..services.auth import BOOTSTRAP, bind_actor, require_role
from ..services.errors import ServiceError
from ..services.reports.signing import author_name
from .commands_export import add_marking, marking
from .context import PASSPHRASE_ENV, CliError, env_text, print_json


def register(sub) -> None:
    p = sub.add_parser("user", help="user accounts: add, list, disable")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    q = actions.add_parser("add", help="add an account (its password from standard input)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", required=True, choices=accounts.ROLES)
    q.add_argument("--full-name", metavar="TEXT", default="")
    q.set_defaults(func=cmd_user_add)
    q = actions.add_parser("list", help="list the accounts")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")
    q.set_defaults(func=cmd_user_list)
    q = actions.add_parser("set-name", help="set an account's full name (printed on the "
                                            "reports as who generated them)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--full-name", metavar="TEXT", required=True)
    q.set_defaults(func=cmd_user_set_name)
    q = actions.add_parser("disable", help="disable an account (it can no longer sign in)")
    q.add_argument("name", metavar="NAME")
    q.set_defaults(func=cmd_user_disable)

    p = sub.add_parser("audit", help="export the audit trail to a workbook; 'audit anchor': "
                                     "write the chain's head to a file for 'check --anchor'")
    p.add_argument("action", nargs="?", choices=("anchor",),
                   help="anchor: write the head (sequence and hash) of the audit chain to -o "
                        "FILE (JSON; standard output without -o)")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="from this day (UTC)")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="up to this day, inclusive")
    p.add_argument("--user", dest="audit_user", metavar="NAME", help="only this user's events")
    p.add_argument("--lang", choices=("ru", "kk", "en"), default="ru")
    p.add_argument("-o", "--output", metavar="OUT.xlsx|OUT.csv")
    add_marking(p)
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("restore", help="put a backup in place of the database (the current "
                                       "file is kept aside)")
    p.add_argument("backup_file", metavar="FILE")
    p.add_argument("--force", action="store_true",
                   help="restore even a backup whose audit trail is broken (recorded)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("encrypt", help="encrypt the database file with a passphrase "
                                       f"(from ${PASSPHRASE_ENV} or standard input)")
    p.set_defaults(func=cmd_encrypt)
    p = sub.add_parser("decrypt", help="turn an encrypted database file back into a plain one")
    p.set_defaults(func=cmd_decrypt)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(text) from None


_date.__name__ = "date"  # argparse names the type in its usage error


# --- user ------------------------------------------------------------------------------------

def cmd_user_add(args, ctx) -> int:
    factory = ctx.sessions  # sign in first: its password comes first on standard input
    password = ctx.read_secret("Password for the new account: ", "the new account's password")
    if sys.stdin is not None and sys.stdin.isatty():
        if ctx.read_secret("Repeat the password: ", "the password again") != password:
            raise CliError("the two passwords differ; nothing was saved")
    with write_session(factory) as s:
        user = accounts.create_user(s, args.name, password, args.role, args.full_name)
    print(f"user added: {user.username} ({user.role})")
    return 0


def cmd_user_list(args, ctx) -> int:
    with ctx.sessions() as s:
        rows = accounts.list_users(s)
    if args.json:
        print_json([{"username": r.username, "full_name": r.full_name, "role": r.role,
                     "active": r.is_active} for r in rows])
        return 0
    for r in rows:
        state = "active" if r.is_active else "disabled"
        print(f"{r.username}\t{r.role}\t{state}\t{r.full_name}".rstrip())
    return 0


def cmd_user_set_name(args, ctx) -> int:
    with write_session(ctx.sessions) as s:
        user = accounts.set_full_name(s, args.name, args.full_name)
    print(f"full name of {user.username}: {user.full_name or '(none)'}")
    return 0


def cmd_user_disable(args, ctx) -> int:
    with write_session(ctx.sessions) as s:
        user = accounts.disable_user(s, args.name)
    print(f"user disabled: {user.username}")
    return 0


# --- audit -----------------------------------------------------------------------------------

def cmd_audit(args, ctx) -> int:
    if args.action == "anchor":
        return cmd_audit_anchor(args, ctx)
    if not args.output:
        raise CliError("the workbook to write is needed: -o OUT.xlsx")
    if args.since and args.until and args.until < args.since:
        raise CliError("--until is before --since")
    flt = EventFilter(
        since=dt.datetime.combine(args.since, dt.time()) if args.since else None,
        # The last day of the calendar has no next day: no upper bound then.
        until=dt.datetime.combine(args.until + dt.timedelta(days=1), dt.time())
        if args.until and args.until < dt.date.max else None,
        username=accounts.normalize_username(args.audit_user) if args.audit_user else None)
    path = export_and_audit(
        ctx.sessions, "audit",
        lambda s, actor: export_audit(s, args.output, flt, lang=args.lang,
                                      user=author_name(s, actor), marking=marking(args, s)),
        {"since": args.since, "until": args.until, "user": flt.username}, role="supervisor")
    print(f"audit trail written: {path}")
    return 0


def cmd_audit_anchor(args, ctx) -> int:
    if args.since or args.until or args.audit_user:
        raise CliError("an anchor is the head of the whole chain: --since, --until and --user "
                       "do not apply")
    with ctx.sessions() as s:
        require_role(s, "viewer")
        head = anchors.chain_head(s)
    if head is None:
        raise CliError("the audit trail is empty: there is no head to anchor yet")
    database = ctx.display_url
    if args.output:
        path = anchors.write_anchor_file(args.output, head, database=database)
        print(f"audit anchor written: {path} ({head.short()})")
    else:
        print_json(anchors.to_json(head, database=database))
    return 0


# --- restore ---------------------------------------------------------------------------------

def cmd_restore(args, ctx) -> int:
    """An administrator's act, whatever state the current file is in; the backup's own trail is
    checked first (``--force`` restores a broken one anyway, and says so in the trail)."""
    url = ctx.engine.url
    if ctx.file is not None and not ctx.file.exists():
        actor = BOOTSTRAP  # no database yet: nothing to protect, the backup becomes it
    elif recovery.quick_check(ctx.engine):
        # Damaged, foreign or of a newer version: signed in by reading only.
        actor = ctx.require_admin_without_writing()
    else:
        actor = ctx.require_admin()
    ctx.close()
    outcome = recovery.restore_checked(url, args.backup_file, force=args.force)
    print(f"restored from {args.backup_file}")
    if outcome.aside is not None:
        print(f"the previous database file was kept as {outcome.aside}")
    for problem in outcome.trail_problems:
        print(f"warning: restored although {problem}", file=sys.stderr)
    _record(ctx, url, actor, "restore", {
        "backup": os.path.basename(args.backup_file),
        "kept_aside": outcome.aside.name if outcome.aside else None,
        "forced": bool(outcome.trail_problems),
        "trail_problems": len(outcome.trail_problems)})
    return 0


def _record(ctx, url, actor, action: str, details: dict) -> None:
    """The event of a file-level act, written into the database as it is afterwards."""
    engine = make_engine(url)
    try:
        backup.upgrade_schema(engine)  # a restored older backup is brought to this version
        factory = make_session_factory(engine)
        bind_actor(factory, actor)
        record(factory, action, details=details, username=actor.username)
    except (ServiceError, migrate.SchemaError, DBAPIError) as exc:
        print(f"warning: the {action} could not be written to the audit trail: {exc}",
              file=sys.stderr)
    finally:
        engine.dispose()


# --- encryption ------------------------------------------------------------------------------

def _passphrase(ctx, confirm: bool) -> str:
    passphrase = env_text(PASSPHRASE_ENV)
    if passphrase is None:
        passphrase = ctx.read_secret("Passphrase: ", "the passphrase")
        if confirm and sys.stdin is not None and sys.stdin.isatty():
            if ctx.read_secret("Repeat the passphrase: ", "the passphrase again") != passphrase:
                raise CliError("the two passphrases differ; nothing was changed")
    return passphrase


def _file(ctx):
    if ctx.file is None:
        raise CliError("only a SQLite database file can be encrypted; protect a PostgreSQL "
                       "server's data with the server's own means")
    return ctx.file


def cmd_encrypt(args, ctx) -> int:
    path = _file(ctx)
    actor = ctx.require_admin()  # signed in on the plain file, before the passphrase is read
    passphrase = _passphrase(ctx, confirm=True)
    ctx.close()
    encryption.encrypt_database(path, passphrase)
    print(f"database encrypted: {path}")
    print(f"open it with its passphrase (the command line reads ${PASSPHRASE_ENV})")
    _record(ctx, encryption.encrypted_url(path, passphrase), actor, "encrypt",
            {"file": path.name})
    backups = path.parent / "backups"
    if backups.is_dir() and any(not encryption.is_encrypted_file(p)
                                for p in backups.glob(f"{path.stem}-*.sqlite")):
        print(f"warning: backups made before now in {backups} are not encrypted; move them "
              "somewhere safe or delete them", file=sys.stderr)
    return 0


def cmd_decrypt(args, ctx) -> int:
    path = _file(ctx)
    # The passphrase first (standard input's first line without $KZPK_PASSPHRASE): the
    # encrypted file must be opened to sign in to it.
    passphrase = ctx.passphrase = _passphrase(ctx, confirm=False)
    actor = ctx.require_admin()
    ctx.close()
    encryption.decrypt_database(path, passphrase)
    print(f"database decrypted: {path}")
    _record(ctx, f"sqlite:///{path}", actor, "decrypt", {"file": path.name})
    return 0
