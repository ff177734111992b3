"""``kzpk``: the application's use cases from a shell (see design.md's contract).

Each command module exposes ``register(subparsers)`` and sets ``func`` on its
parser; a command takes ``(args, ctx)`` and returns an exit code. Refusals
(``ServiceError``, ``SchemaError``) and database faults (the server unreachable,
a lock or statement timeout, no rights: ``db.faults``) become one line on stderr
and exit 1; usage errors exit 2; a traceback is never shown.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from .. import __version__
from ..db.faults import fault_message
from ..db.migrate import SchemaError
from ..services.errors import ServiceError, ValidationError
from .context import CliContext, CliError, is_text

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

#: Modules of this package that add sub-commands, in the order --help lists them.
COMMAND_MODULES = ("commands_db", "commands_schema", "commands_demo", "commands_planning", "commands_import", "commands_accounts",
                   "commands_export", "commands_exchange", "commands_recycle")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: one line, exit 2
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(prog="kzpk", description="KZPK Desktop from the command line.")
    parser.add_argument("--version", action="version", version=f"kzpk {__version__}")
    parser.add_argument("--db", help="database URL or SQLite file (default: $KZPK_DB, then the "
                        "file in your data folder)")
    parser.add_argument("--user", metavar="NAME", help="act as this user (password from "
                        "$KZPK_PASSWORD or standard input); needed once the database has accounts")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def _undecodable(args: argparse.Namespace) -> str | None:
    """The first argument holding bytes that are not UTF-8 (kept by Python as surrogates)."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, str) and not is_text(item):
                return name
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    bad = _undecodable(args)
    if bad is not None:
        print(f"kzpk: error: argument {bad.replace('_', '-')}: not valid text (UTF-8); "
              "nothing was done", file=sys.stderr)
        return EXIT_USAGE
    try:
        ctx = CliContext(args.db, args.user)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        return args.func(args, ctx) or EXIT_OK
    except ValidationError as exc:
        for problem in exc.problems:
            print(f"error: {problem.field}: {problem.text}" if problem.field
                  else f"error: {problem.text}", file=sys.stderr)
        return EXIT_REFUSED
    except (ServiceError, SchemaError, CliError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("error: interrupted; nothing was saved by the unfinished step", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_REFUSED
    except SQLAlchemyError as exc:  # the one place a database fault becomes the CLI's line
        print(f"error: {fault_message(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        ctx.close()


def run() -> None:
    from ..sheets.isolated import serve_if_asked

    serve_if_asked()  # the desktop bundle starts its own executable to read a spreadsheet
    sys.exit(main())
