"""Offices and the exchange of packages: office init/card/trust/show, exchange export/import/
status/conflicts/resolve."""
from __future__ import annotations

import os
from pathlib import Path

from ..db.engine import write_session
from ..services.exchange import conflict_words
from ..services.exchange import conflicts as conflict_service
from ..services.exchange import office as office_service
from ..services.exchange import transfer
from .context import print_json

_MAX_CARD = office_service.MAX_CARD_BYTES


def register(sub) -> None:
    p = sub.add_parser("office", help="this office's identity and the offices it trusts")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    q = actions.add_parser("init", help="set this database up as an office (once)")
    q.add_argument("--ministry", action="store_true", help="the ministry's database")
    q.add_argument("--code", required=True, metavar="CODE")
    q.add_argument("--name", metavar="NAME", default="")
    q.set_defaults(func=cmd_init)
    q = actions.add_parser("card", help="write this office's public card")
    q.add_argument("-o", "--output", required=True, metavar="FILE")
    q.set_defaults(func=cmd_card)
    q = actions.add_parser("trust", help="trust another office's card")
    q.add_argument("card_file", metavar="FILE")
    q.set_defaults(func=cmd_trust)
    q = actions.add_parser("show", help="code, role, fingerprint and trusted offices")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")
    q.set_defaults(func=cmd_show)

    p = sub.add_parser("exchange", help="packages between the ministry and field offices")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    q = actions.add_parser("export", help="everything the office has not acknowledged yet")
    q.add_argument("--to", required=True, metavar="CODE")
    q.add_argument("-o", "--output", required=True, metavar="FILE")
    q.set_defaults(func=cmd_export)
    q = actions.add_parser("import", help="verify, preview and apply a package")
    q.add_argument("package_file", metavar="FILE")
    q.add_argument("--dry-run", action="store_true", help="preview only; change nothing")
    q.set_defaults(func=cmd_import)
    q = actions.add_parser("status", help="per peer: sent, received, acknowledged")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")
    q.set_defaults(func=cmd_status)
    q = actions.add_parser("conflicts", help="open conflicts")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")
    q.set_defaults(func=cmd_conflicts)
    q = actions.add_parser("resolve", help="decide a conflict")
    q.add_argument("conflict_id", type=int, metavar="ID")
    q.add_argument("--keep", required=True, choices=conflict_service.KEEP)
    q.set_defaults(func=cmd_resolve)


def cmd_init(args, ctx) -> int:
    with write_session(ctx.sessions) as s:
        office = office_service.init_office(s, code=args.code, name=args.name,
                                            ministry=args.ministry)
    print(f"office {office.code} ({office.role}) ready; fingerprint {office.fingerprint}")
    return 0


def cmd_card(args, ctx) -> int:
    with ctx.sessions() as s:
        data = office_service.card(s)
        office = office_service.this_office(s)
    _write_atomically(Path(args.output), data)
    print(f"card of office {office.code} written: {args.output} (fingerprint "
          f"{office.fingerprint})")
    return 0


def cmd_trust(args, ctx) -> int:
    path = Path(args.card_file)
    with open(path, "rb") as f:
        data = f.read(_MAX_CARD + 1)
    with write_session(ctx.sessions) as s:
        office = office_service.trust(s, data)
    print(f"office {office.code} ({office.role}, {office.name}) trusted; fingerprint "
          f"{office.fingerprint}")
    return 0


def cmd_show(args, ctx) -> int:
    with ctx.sessions() as s:
        me = office_service.this_office(s)
        peers = office_service.peers(s)
        row = office_service.self_row(s.connection())
    if me is None:
        if args.json:
            print_json(None)
        else:
            print("this database is not an office yet ('kzpk office init')")
        return 0
    data = {"code": me.code, "name": me.name, "role": me.role, "fingerprint": me.fingerprint,
            "needs_enrolment": bool(row.needs_enrolment),
            "peers": [{"code": p.code, "name": p.name, "role": p.role,
                       "fingerprint": office_service.fingerprint(p.code, p.sign_public,
                                                                 p.box_public)} for p in peers]}
    if args.json:
        print_json(data)
        return 0
    print(f"office {me.code} ({me.role}): {me.name}")
    print(f"fingerprint: {me.fingerprint}")
    if row.needs_enrolment:
        print("this database is a copy or a restored backup: enrol it again "
              "('kzpk office init' with a new code)")
    for p in data["peers"]:
        print(f"trusts {p['code']} ({p['role']}): {p['name']}; fingerprint {p['fingerprint']}")
    return 0


def cmd_export(args, ctx) -> int:
    result = transfer.export_to_file(ctx.sessions, args.to, args.output)
    print(f"package {result.seq} for {args.to.upper()} written: {result.path} "
          f"({result.records} records, {result.scans} scans, {result.size // 1024} KiB)")
    if result.deferred_scans:
        print(f"{result.deferred_scans} scan(s) did not fit and follow in the next package")
    return 0


def cmd_import(args, ctx) -> int:
    summary = transfer.import_file(ctx.sessions, args.package_file, dry_run=args.dry_run)
    if summary.status == "already":
        print(f"package {summary.seq} from {summary.office}: already imported; nothing changed")
        return 0
    if summary.status == "superseded":
        print(f"package {summary.seq} from {summary.office} is older than one already imported, "
              "which carried everything in it; nothing changed")
        return 0
    for line in preview_lines(summary):
        print(line)
    print("dry run: nothing was changed" if args.dry_run else
          f"package {summary.seq} from {summary.office} imported")
    return 0


def preview_lines(summary) -> list[str]:
    lines = [f"package {summary.seq} from {summary.office}, made {summary.created} UTC"]
    for label, counter in (("added", summary.added), ("changed", summary.changed),
                           ("deleted", summary.deleted)):
        if counter:
            lines.append(f"{label}: " + ", ".join(f"{n} {e}" for e, n in sorted(counter.items())))
    if summary.scans:
        lines.append(f"scans: {summary.scans}")
    if summary.events:
        lines.append(f"audit events received: {summary.events}")
    lines += [f"merged: {m}" for m in summary.merged]
    lines += [f"conflict: {c}" for c in summary.conflicts]
    lines += [f"refused: {r}" for r in summary.refused]
    lines += [f"held: {h}" for h in summary.held]
    lines += [f"ceiling overrun: {o}" for o in summary.overruns]
    lines += [f"audit: {a}" for a in summary.audit_problems]
    if len(lines) == 1:
        lines.append("nothing new")
    return lines


def cmd_status(args, ctx) -> int:
    with ctx.sessions() as s:
        data = conflict_service.status(s)
        overruns = [str(o) for o in transfer.ceiling_overruns(s)] \
            if data["role"] == "ministry" else []
    data["ceiling_overruns"] = overruns
    if args.json:
        print_json(data)
        return 0
    print(f"office {data['code']} ({data['role']}); open conflicts: {data['conflicts']}; "
          f"held records: {data['held']}")
    for p in data["peers"]:
        print(f"{p['code']} ({p['role']}): sent {p['sent']} ({p['sent_at'] or 'never'}), "
              f"received {p['received']} ({p['received_at'] or 'never'}), acknowledged "
              f"{p['acknowledged']} ({p['acknowledged_at'] or 'never'})"
              + ("; changes waiting" if p["unacknowledged_changes"] else ""))
    for o in overruns:
        print(f"ceiling overrun: {o}")
    return 0


def cmd_conflicts(args, ctx) -> int:
    with ctx.sessions() as s:
        items = conflict_service.open_conflicts(s)
        subjects = conflict_service.subjects(s, items)
    readings = {c.id: conflict_words.reading(c, subjects[c.id]) for c in items}
    if args.json:
        print_json([c.as_json() | {"record": subjects[c.id].record}
                    | readings[c.id].as_json() for c in items])
        return 0
    if not items:
        print("no open conflicts")
    for c in items:
        r = readings[c.id]
        print(f"{c.id}: {r.what}")
        print(f"    --keep local: {r.keep_local}. {r.local_effect}")
        print(f"    --keep incoming: {r.keep_incoming}. {r.incoming_effect}")
        what = " ".join(p for p in (c.kind, c.entity, str(c.uid), c.field) if p)
        values = f": local {c.local!r}, incoming {c.incoming!r}" if c.kind == "field" else ""
        print(f"    ({what}{values}; from {c.office})")
    return 0


def cmd_resolve(args, ctx) -> int:
    with write_session(ctx.sessions) as s:
        c = conflict_service.resolve(s, args.conflict_id, args.keep)
    print(f"conflict {c.id} resolved: kept the {args.keep} value")
    return 0


def _write_atomically(path: Path, data: bytes) -> None:
    temp = path.with_name(f".{path.name}.partial")
    with open(temp, "wb") as f:
        f.write(data)
    os.replace(temp, path)
