"""Audit anchors: the head of the audit chain (sequence and hash) carried out of the database.

The hash chain (``audit.py``) proves that the rows in the database agree with
each other, not that they are the rows that were written: whoever owns the
schema can disable the append-only trigger, rewrite an event and recompute
every later hash. What has left the database cannot be rewritten that way. So
every report workbook (a custom document property), every backup (its own
audit table) and ``kzpk audit anchor`` (a small JSON file) record the chain's
head at the time, and ``kzpk check --anchor FILE`` proves the chain still
contains it: the event with that sequence number must still have that hash,
which it cannot if anything up to it was changed, and the chain must be whole.

One format, used by reports, backups, the CLI and the field-office exchange
(whose acknowledgements carry a head the same way):

* as text: ``"<sequence>:<sha256 hex>"`` (:meth:`Anchor.text`, :func:`parse`);
* as a file: JSON ``{"format": "kzpk-audit-anchor", "version": 1, "sequence": N,
  "hash": "...", "recorded_at": "...", "database": "<URL, password masked>"}``.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from ..db.models import AuditEvent
from .errors import N_, ServiceError

FORMAT, VERSION = "kzpk-audit-anchor", 1
#: Name of the workbook's custom document property holding the head.
WORKBOOK_PROPERTY = "KZPK audit head"
_T = AuditEvent.__table__
_TEXT = re.compile(r"^\s*(\d+):([0-9a-f]{64})\s*$")
_CUSTOM_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class AnchorError(ServiceError):
    pass


@dataclass(frozen=True)
class Anchor:
    """The chain's head: the newest event's sequence number (its id) and hash."""

    sequence: int
    hash: str

    def text(self) -> str:
        return f"{self.sequence}:{self.hash}"

    def short(self) -> str:
        """For people: ``event 123 (hash 1a2b3c4d…)``."""
        return f"event {self.sequence} (hash {self.hash[:12]}…)"


@dataclass(frozen=True)
class AnchorCheck:
    """The outcome of checking one anchor: where it came from and what was found."""

    source: str
    anchor: Anchor
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def parse(text: str) -> Anchor:
    """The anchor written as ``"<sequence>:<hash>"``; AnchorError if it is not one."""
    match = _TEXT.match(text or "")
    if match is None:
        raise AnchorError(N_("'{text}' is not an audit anchor (expected the event number, a "
                             "colon and 64 hexadecimal digits)."), text=(text or "")[:80])
    return Anchor(int(match[1]), match[2])


def chain_head(conn: Session | Connection) -> Anchor | None:
    """The head of the chain now (None while the trail is empty)."""
    row = conn.execute(select(_T.c.id, _T.c.hash).order_by(_T.c.id.desc()).limit(1)).first()
    return None if row is None else Anchor(int(row.id), row.hash)


# --- anchor files ----------------------------------------------------------------------------

def to_json(anchor: Anchor, *, database: str | None = None,
            now: dt.datetime | None = None) -> dict:
    recorded = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    return {"format": FORMAT, "version": VERSION, "sequence": anchor.sequence,
            "hash": anchor.hash, "recorded_at": recorded.isoformat(), "database": database}


def from_json(data: object) -> Anchor:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AnchorError(N_("The file is not a KZPK audit anchor."))
    if data.get("version") != VERSION:
        raise AnchorError(N_("The audit anchor is of version {version}, which this version of "
                             "KZPK Desktop does not read."), version=str(data.get("version")))
    sequence, digest = data.get("sequence"), data.get("hash")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not isinstance(digest, str):
        raise AnchorError(N_("The audit anchor is damaged (no event number or hash)."))
    return parse(f"{sequence}:{digest}")


def write_anchor_file(path: str | os.PathLike, anchor: Anchor, *,
                      database: str | None = None) -> Path:
    """Write the anchor as JSON, atomically (beside the target, then renamed)."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.partial")
    try:
        temp.write_text(json.dumps(to_json(anchor, database=database), indent=2) + "\n",
                        encoding="utf-8")
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise AnchorError(N_("Cannot write {path}: {detail}."), path=str(path),
                          detail=exc.strerror or str(exc)) from None
    return path


def read_anchor(path: str | os.PathLike, *, passphrase: str | None = None) -> Anchor:
    """The head recorded in ``path``: an anchor file, a report workbook or a backup."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            start = fh.read(16)
    except OSError as exc:
        raise AnchorError(N_("Cannot read {path}: {detail}."), path=str(path),
                          detail=exc.strerror or str(exc)) from None
    if start.startswith(b"PK"):
        return _from_workbook(path)
    if start == _SQLITE_MAGIC or (passphrase and not start.lstrip().startswith(b"{")):
        return _from_backup(path, passphrase)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise AnchorError(N_("{path} holds no audit anchor: it is not an anchor file, a KZPK "
                             "report or a backup (an encrypted backup needs its passphrase)."),
                          path=str(path)) from None
    return from_json(data)


def _from_workbook(path: Path) -> Anchor:
    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("docProps/custom.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError):
        root = None
    if root is not None:
        for prop in root.iter(f"{_CUSTOM_NS}property"):
            if prop.get("name") == WORKBOOK_PROPERTY:
                return parse("".join(prop.itertext()))
    raise AnchorError(N_("{path} records no audit head (a workbook that KZPK Desktop did not "
                         "write, or one written before reports carried it)."), path=str(path))


def _from_backup(path: Path, passphrase: str | None) -> Anchor:
    from .encryption import connect_file, database_errors

    try:
        conn = connect_file(path, passphrase, readonly=True)
        try:
            row = conn.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
                               ).fetchone()
        finally:
            conn.close()
    except (database_errors() + (sqlite3.Error,)):
        raise AnchorError(N_("{path} is not a readable KZPK backup (an encrypted backup needs "
                             "its passphrase)."), path=str(path)) from None
    if row is None:
        raise AnchorError(N_("The backup {path} holds no audit events."), path=str(path))
    return parse(f"{row[0]}:{row[1]}")


# --- checking --------------------------------------------------------------------------------

def check_anchor(conn: Session | Connection, anchor: Anchor, source: str = "") -> AnchorCheck:
    """Does the chain still hold ``anchor``'s event with ``anchor``'s hash?

    Only the anchored event is read; that the chain up to it is whole (each
    hash follows from the one before) is :func:`audit.verify_audit_chain`'s
    part, so together they prove nothing up to the anchor was changed.
    """
    stored = conn.execute(select(_T.c.hash).where(_T.c.id == anchor.sequence)).scalar()
    if stored is None:
        newest = chain_head(conn)
        problem = (f"audit trail: event {anchor.sequence} recorded in {source or 'the anchor'} "
                   f"is no longer in the database (the newest is "
                   f"{newest.sequence if newest else 'none'}): the trail was cut short or "
                   f"replaced")
    elif stored != anchor.hash:
        problem = (f"audit trail: event {anchor.sequence} no longer has the hash recorded in "
                   f"{source or 'the anchor'}: history up to it was rewritten")
    else:
        problem = None
    return AnchorCheck(source, anchor, problem)


def check_anchors(conn: Session | Connection,
                  anchors: list[tuple[str, Anchor]]) -> list[AnchorCheck]:
    return [check_anchor(conn, anchor, source) for source, anchor in anchors]
