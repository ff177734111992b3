"""``kzpk import roster FILE.xlsx`` and ``kzpk import template`` (design.md's contract).

The file is previewed and committed in one writing transaction, so nothing
changes between the check and the write, and a refused row, an error or a
kill leaves the database as it was. Each refused cell is one stderr line:
``FILE: sheet 'X', row 12, column 'ИИН': reason``. Exit 1 when any row was
refused (without --skip-invalid nothing is written), 0 otherwise; the last
stdout line sums up created / updated / unchanged / refused.
"""
from __future__ import annotations

import getpass
import sys

from ..db.engine import write_session
from ..exports import import_files
from ..exports.files import check_target
from ..services import importer
from ..services.import_columns import LANGS
from .commands_planning import CATEGORIES
from .context import record_id


def register(sub) -> None:
    p = sub.add_parser("import", help="import servicemen from a spreadsheet; the import template")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    q = actions.add_parser(
        "roster", help="import servicemen from an .xlsx list (all or nothing, unless "
                       "--skip-invalid); exit 1 when any row was refused")
    q.add_argument("file", metavar="FILE.xlsx")
    q.add_argument("--dry-run", action="store_true",
                   help="check the file and report what would happen; save nothing")
    q.add_argument("--skip-invalid", action="store_true",
                   help="import the valid rows and report the others")
    q.add_argument("--errors", metavar="OUT.xlsx",
                   help="save the refused rows, with the reasons, as a workbook to correct "
                        "(written only when rows were refused)")
    q.add_argument("--update-existing", action="store_true",
                   help="a row whose IIN is already recorded updates that serviceman")
    q.add_argument("--rotation", type=record_id, metavar="ID",
                   help="also nominate everyone imported to this rotation's roster")
    q.add_argument("--category", choices=CATEGORIES, default="troops",
                   help="UN personnel category of the nominations (default: troops)")
    q.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first "
                                                   "sheet with data)")
    q.set_defaults(func=cmd_import_roster)
    q = actions.add_parser("template", help="save an empty import workbook with the headers")
    q.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    q.add_argument("--lang", choices=LANGS, default="ru", help="language of the headers")
    q.set_defaults(func=cmd_import_template)


def cmd_import_roster(args, ctx) -> int:
    if args.errors:
        check_target(args.errors)  # refuse an unwritable report path before the work
    options = dict(sheet=args.sheet, update_existing=args.update_existing,
                   rotation_id=args.rotation)
    result = None
    if args.dry_run:
        with ctx.sessions() as s:
            preview = importer.preview(s, args.file, **options)
    else:
        with write_session(ctx.sessions) as s:
            preview = importer.preview(s, args.file, **options)
            if args.skip_invalid or not preview.counts()[importer.REFUSED]:
                result = importer.commit(s, preview, skip_invalid=args.skip_invalid,
                                         category=args.category)
    counts = preview.counts()
    for problem in preview.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    if preview.extra_columns:
        extra = ", ".join(f"{c.header} ({c.letter})" for c in preview.extra_columns)
        print(f"{args.file}: sheet '{preview.sheet}': columns not imported: {extra}")
    if args.errors and counts[importer.REFUSED]:
        written = import_files.write_error_report(preview, args.errors, user=_user())
        print(f"error report: {args.errors} ({written} rows)")
    print(_summary(args, preview, counts, result))
    return 1 if counts[importer.REFUSED] else 0


def _summary(args, preview, counts: dict[str, int], result) -> str:
    c, u, n, r = (counts[importer.CREATE], counts[importer.UPDATE], counts[importer.UNCHANGED],
                  counts[importer.REFUSED])
    if args.dry_run:
        return (f"{args.file} (dry run, nothing saved): {c} to create, {u} to update, "
                f"{n} unchanged, {r} refused")
    if result is None:
        return (f"{args.file}: nothing imported, {r} of {len(preview.rows)} rows refused "
                f"(use --skip-invalid to import the other {c + u + n})")
    line = f"{args.file}: {c} created, {u} updated, {n} unchanged, {r} refused"
    if preview.rotation is not None:
        line += f"; {result.nominated} nominated to {preview.rotation}"
    return line


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers and services)
        return "kzpk"


def cmd_import_template(args, ctx) -> int:
    import_files.write_template(args.output, args.lang)
    print(f"import template ({args.lang}) written: {args.output}")
    return 0
