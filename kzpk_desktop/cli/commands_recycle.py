"""The recycle bin from the shell: what was deleted, and putting it back (services/recycle.py).

``recycle list [--json]`` gives objects with ``id``, ``entity`` (serviceman,
document, assignment), ``uid``, ``what``, ``deleted_by``, ``deleted_at`` (ISO,
UTC) and ``rows`` (the record and what went with it); ``recycle restore ID``
puts item ID back; ``recycle purge ID`` deletes it for good (the personal data
it keeps with it). An administrator's commands (a supervisor may restore what
he deleted himself); a refusal is one line on stderr, exit 1.
"""
from __future__ import annotations

from ..db.engine import write_session
from ..services import recycle
from ..services.dates import fmt
from .context import print_json, record_id


def register(sub) -> None:
    p = sub.add_parser("recycle", help="the recycle bin: deleted servicemen, documents and "
                                       "assignments")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    q = actions.add_parser("list", help="list what was deleted, newest first (administrators)")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")
    q.set_defaults(func=cmd_recycle_list)
    q = actions.add_parser("restore", help="put a deleted item back as it was, with what went "
                                           "with it")
    q.add_argument("id", type=record_id, metavar="ID", help="the item's id from 'recycle list'")
    q.set_defaults(func=cmd_recycle_restore)
    q = actions.add_parser("purge", help="delete an item for good, with the personal data it "
                                         "keeps (administrators)")
    q.add_argument("id", type=record_id, metavar="ID", help="the item's id from 'recycle list'")
    q.set_defaults(func=cmd_recycle_purge)


def cmd_recycle_list(args, ctx) -> int:
    with ctx.sessions() as s:
        items = recycle.list_items(s)
    if args.json:
        print_json([{"id": i.id, "entity": i.entity, "uid": str(i.entity_uid), "what": i.what,
                     "deleted_by": i.deleted_by, "deleted_at": i.deleted_at.isoformat(),
                     "rows": i.rows} for i in items])
        return 0
    for i in items:
        print(f"{i.id}\t{i.entity}\t{i.what}\tdeleted by {i.deleted_by} on "
              f"{fmt(i.deleted_at.date())} {i.deleted_at:%H:%M} UTC\t{i.rows} row(s)")
    return 0


def cmd_recycle_restore(args, ctx) -> int:
    with write_session(ctx.sessions) as s:
        done = recycle.restore(s, args.id)
    print(f"restored {done.entity} {done.what} ({done.entity_uid})")
    return 0


def cmd_recycle_purge(args, ctx) -> int:
    with write_session(ctx.sessions) as s:
        what = recycle.purge(s, args.id)
    print(f"deleted for good: {what}")
    return 0
