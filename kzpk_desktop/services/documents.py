"""A serviceman's documents: validation, history of each kind, attached scans.

One current document per kind: among a person's documents of one kind the
current one is the one valid longest (latest expiry; for kinds that do not
expire, latest issue; then the one entered last). Every add, edit or removal
re-elects it, so adding a renewed passport moves the old one to history, and
removing the current one promotes the newest remaining one. History is kept.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import Connection, case, func, select, update
from sqlalchemy.orm import Session, defer

from ..db.models import Document, DocumentKind, DocumentScan, Serviceman
from . import recycle_bin, settings
from .errors import N_, NotFound, Problem, ValidationError
from .text import clean, clean_lines
from .versioning import expect_version, flush_checked

NATIONAL_PASSPORT, SERVICE_PASSPORT = "national_passport", "service_passport"
#: Passport numbers are unique across servicemen over both kinds together.
PASSPORT_KINDS = (NATIONAL_PASSPORT, SERVICE_PASSPORT)
_PASSPORT_NUMBER_RE = re.compile(r"[A-Z0-9]{5,20}")
PASSPORT_NUMBER_MSG = N_("Passport number may hold only Latin letters and digits.")
_NUMBER_MAX, _ISSUER_MAX = 40, 200

MB = 1024 * 1024
#: media type -> (magic bytes at the start of the file, file name endings)
SCAN_TYPES = {
    "application/pdf": (b"%PDF-", (".pdf",)),
    "image/png": (b"\x89PNG\r\n\x1a\n", (".png",)),
    "image/jpeg": (b"\xff\xd8\xff", (".jpg", ".jpeg")),
}
_TYPE_NAMES = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}


@dataclass
class DocumentData:
    """What the document dialog says (plain values); ``kind`` is a code or an id."""

    kind: str | int | None = None
    number: str = ""
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None
    issuer: str | None = None
    notes: str | None = None
    #: The version read with the record; a save over a newer version is refused.
    version: int | None = None


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind_id: int
    kind_code: str
    kind_name: str
    number: str
    issued_on: dt.date | None
    expires_on: dt.date | None
    issuer: str | None
    notes: str | None
    is_current: bool
    version: int
    scan_filename: str | None
    scan_media_type: str | None
    scan_size: int | None


@dataclass(frozen=True)
class KindChoice:
    id: int
    code: str
    name: str
    expires: bool


@dataclass(frozen=True)
class ScanFile:
    filename: str
    media_type: str
    data: bytes


# --- validation -------------------------------------------------------------------------

def passport_number(text: str | None) -> str:
    """A passport number as it is stored and compared: upper case, without spaces.

    The one rule for both passport kinds, the record form and the import.
    """
    return "".join(clean(text).upper().split())


def is_passport_number(number: str) -> bool:
    """``number`` (as ``passport_number`` leaves it) is 5-20 Latin letters and digits."""
    return _PASSPORT_NUMBER_RE.fullmatch(number) is not None


def _clean(data: DocumentData, passport: bool) -> DocumentData:
    number = clean(data.number)
    if passport:
        number = passport_number(number)
    return dataclasses.replace(data, number=number, issuer=clean(data.issuer) or None,
                               notes=clean_lines(data.notes) or None)


def _resolve_kind(session: Session, kind: str | int | None) -> DocumentKind | None:
    if kind is None or kind == "":
        return None
    if isinstance(kind, int):
        return session.get(DocumentKind, kind)
    return session.execute(select(DocumentKind).where(DocumentKind.code == kind)).scalar()


def passport_holder(session: Session, number: str, *, exclude_serviceman_id: int | None = None
                    ) -> tuple[int, str] | None:
    """(id, "Surname Given") of another serviceman holding this passport number.

    National and service passports count together.
    """
    stmt = (select(Serviceman.id, Serviceman.surname, Serviceman.given_name)
            .join(Document, Document.serviceman_id == Serviceman.id)
            .join(DocumentKind, DocumentKind.id == Document.kind_id)
            .where(DocumentKind.code.in_(PASSPORT_KINDS), Document.number == number))
    if exclude_serviceman_id is not None:
        stmt = stmt.where(Serviceman.id != exclude_serviceman_id)
    row = session.execute(stmt.limit(1)).first()
    return None if row is None else (row.id, f"{row.surname} {row.given_name}")


def validate_document(session: Session, serviceman_id: int, data: DocumentData, *,
                      existing_id: int | None = None, today: dt.date | None = None
                      ) -> tuple[DocumentData, DocumentKind | None, list[Problem]]:
    """Check every rule at once; return the cleaned data, the kind and all problems."""
    today = today or dt.date.today()
    problems: list[Problem] = []

    def bad(field: str, template: str, **args) -> None:
        problems.append(Problem(field, template, args))

    kind = _resolve_kind(session, data.kind)
    if data.kind is None or data.kind == "":
        bad("kind", N_("Choose the kind of document."))
    elif kind is None:
        bad("kind", N_("Unknown document kind '{kind}'."), kind=data.kind)
    passport = kind is not None and kind.code in PASSPORT_KINDS
    d = _clean(data, passport)

    if not d.number:
        bad("number", N_("Enter the document number."))
    elif len(d.number) > _NUMBER_MAX:
        bad("number", N_("The number is too long (at most {max} characters)."), max=_NUMBER_MAX)
    elif passport and not is_passport_number(d.number):
        bad("number", PASSPORT_NUMBER_MSG)
    if d.issuer and len(d.issuer) > _ISSUER_MAX:
        bad("issuer", N_("The issuer is too long (at most {max} characters)."), max=_ISSUER_MAX)
    if d.issued_on and d.issued_on > today:
        bad("issued_on", N_("The issue date cannot be in the future."))
    if d.issued_on and d.expires_on and d.expires_on <= d.issued_on:
        bad("expires_on", N_("The document must expire after the date it was issued."))
    if kind is not None and kind.expires and d.expires_on is None:
        bad("expires_on", N_("Enter the expiry date: this kind of document expires."))

    if kind is not None and d.number and len(d.number) <= _NUMBER_MAX:
        problems += _uniqueness_problems(session, serviceman_id, kind, d.number, existing_id)
    return d, kind, problems


def _uniqueness_problems(session: Session, serviceman_id: int, kind: DocumentKind, number: str,
                         existing_id: int | None) -> list[Problem]:
    same = session.execute(
        select(Document.id, Document.serviceman_id, Serviceman.surname, Serviceman.given_name)
        .join(Serviceman, Serviceman.id == Document.serviceman_id)
        .where(Document.kind_id == kind.id, Document.number == number)
    ).first()
    if same is not None and same.id != existing_id:
        if same.serviceman_id == serviceman_id:
            return [Problem("number", N_("This serviceman already has a document of this kind "
                                         "with number {number}."), {"number": number})]
        if kind.code not in PASSPORT_KINDS:
            return [Problem("number", N_("Number {number} is already recorded for {who}."),
                            {"number": number, "who": f"{same.surname} {same.given_name}"})]
    if kind.code in PASSPORT_KINDS:
        holder = passport_holder(session, number, exclude_serviceman_id=serviceman_id)
        if holder is not None:
            return [Problem("number", N_("Passport {value} is already recorded for {who}."),
                            {"value": number, "who": holder[1]})]
    return []


# --- add / update / remove ---------------------------------------------------------------

def add_document(session: Session, serviceman_id: int, data: DocumentData, *,
                 today: dt.date | None = None) -> Document:
    _person(session, serviceman_id)
    d, kind, problems = validate_document(session, serviceman_id, data, today=today)
    if problems:
        raise ValidationError(problems)
    doc = Document(serviceman_id=serviceman_id, kind_id=kind.id, number=d.number,
                   issued_on=d.issued_on, expires_on=d.expires_on, issuer=d.issuer,
                   notes=d.notes, is_current=True)
    session.add(doc)
    session.flush()
    elect_current(session, serviceman_id, kind.id)
    return doc


def update_document(session: Session, document_id: int, data: DocumentData, *,
                    today: dt.date | None = None) -> Document:
    doc = _document(session, document_id)
    expect_version(doc, data.version, _label(doc))
    d, kind, problems = validate_document(session, doc.serviceman_id, data,
                                          existing_id=doc.id, today=today)
    if problems:
        raise ValidationError(problems)
    old_kind_id = doc.kind_id
    doc.kind_id, doc.number = kind.id, d.number
    doc.issued_on, doc.expires_on, doc.issuer, doc.notes = \
        d.issued_on, d.expires_on, d.issuer, d.notes
    flush_checked(session, _label(doc))
    elect_current(session, doc.serviceman_id, doc.kind_id)
    if old_kind_id != doc.kind_id:
        elect_current(session, doc.serviceman_id, old_kind_id)
    return doc


def remove_document(session: Session, document_id: int, *, version: int | None = None) -> int:
    """Delete a document (and its scan); the newest remaining one of its kind becomes current.
    Return the recycle bin item that can bring it back (services/recycle.py)."""
    doc = _document(session, document_id)
    expect_version(doc, version, _label(doc))
    serviceman_id, kind_id = doc.serviceman_id, doc.kind_id
    person = _person(session, serviceman_id)
    item = recycle_bin.keep(session, "document", doc.id,
                            what=f"{doc.number} — {person.surname} {person.given_name}",
                            serviceman_uid=person.uid)
    session.delete(doc)
    session.flush()
    elect_current(session, serviceman_id, kind_id)
    return item


def keep_current(session: Session, serviceman_id: int, kind_code: str, number: str,
                 issued_on: dt.date | None, expires_on: dt.date | None) -> Document:
    """Record a document typed on the record form (its passport fields).

    The caller has validated the values. A number already on file for the
    person updates that document's dates; a new number is added as a new
    document, so the previous one stays as history.
    """
    kind_id = session.execute(
        select(DocumentKind.id).where(DocumentKind.code == kind_code)).scalar_one()
    doc = session.execute(
        select(Document).where(Document.serviceman_id == serviceman_id,
                               Document.kind_id == kind_id, Document.number == number)
    ).scalar()
    if doc is None:
        doc = Document(serviceman_id=serviceman_id, kind_id=kind_id, number=number,
                       is_current=True)
        session.add(doc)
    doc.issued_on, doc.expires_on = issued_on, expires_on
    session.flush()
    elect_current(session, serviceman_id, kind_id)
    return doc


def elect_current(session: Session, serviceman_id: int, kind_id: int) -> Document | None:
    """Mark the person's newest document of the kind current and the others history."""
    docs = session.execute(
        select(Document).where(Document.serviceman_id == serviceman_id,
                               Document.kind_id == kind_id)
    ).scalars().all()
    if not docs:
        return None
    newest = max(docs, key=_newness)
    for d in docs:
        if d.is_current != (d is newest):
            d.is_current = d is newest
    session.flush()
    return newest


def _newness(doc) -> tuple:
    return (doc.expires_on or dt.date.min, doc.issued_on or dt.date.min, doc.id)


class CurrentAmongNew:
    """:func:`elect_current` for documents written in bulk into a table that held none of
    their people's documents (a first package): ``add`` marks each batch's rows, before they
    are inserted, as ``_newness`` ranks them among all rows added so far, and keeps in
    ``demoted`` the ids of rows of earlier batches that a newer one displaced (to be set not
    current)."""

    def __init__(self) -> None:
        self.best: dict[tuple[int, int], tuple] = {}
        self.demoted: list[int] = []
        #: the ids did not come as ``add`` was told: the rest are elected the usual way
        self.off = False

    def wrong_ids(self, rows: Sequence[dict], first_id: int) -> None:
        """The rows last added did not take the ids from ``first_id`` on: forget what was
        chosen among them (their people must be elected with ``elect_current_many``)."""
        last = first_id + len(rows) - 1
        for r in rows:
            key = (r["serviceman_id"], r["kind_id"])
            found = self.best.get(key)
            if found is not None and first_id <= found[2] <= last:
                del self.best[key]
        self.off = True

    def add(self, rows: Sequence[dict], first_id: int) -> None:
        """``rows`` (with ``serviceman_id``, ``kind_id``, ``issued_on``, ``expires_on``) will
        take the ids from ``first_id`` on, in their order; each gets ``is_current``."""
        never = dt.date.min
        best = self.best
        for i, r in enumerate(rows):
            key = (r["serviceman_id"], r["kind_id"])
            rank = (r["expires_on"] or never, r["issued_on"] or never, first_id + i)
            found = best.get(key)
            if found is None or rank > found:
                if found is not None:
                    if found[2] >= first_id:
                        rows[found[2] - first_id]["is_current"] = False
                    else:
                        self.demoted.append(found[2])
                r["is_current"] = True
                best[key] = rank
            else:
                r["is_current"] = False


def set_not_current(conn: Connection, document_ids: Sequence[int]) -> None:
    """Mark documents written in bulk as not current (``CurrentAmongNew.demoted``)."""
    table = Document.__table__
    ids = sorted(set(document_ids))
    for start in range(0, len(ids), 500):
        conn.execute(update(table).where(table.c.id.in_(ids[start:start + 500]))
                     .values(is_current=False))


def elect_current_many(session: Session, serviceman_ids: Iterable[int]) -> None:
    """:func:`elect_current` for every kind of many people at once (documents written in bulk),
    in one UPDATE per 500 people: each document is current when no other of the person's
    documents of its kind is newer (``_newness``: expiry, then issue date, then id)."""
    ids = sorted(set(serviceman_ids))
    table = Document.__table__
    other = table.alias("newer")
    never = dt.date.min
    newest = select(other.c.id).where(
        other.c.serviceman_id == table.c.serviceman_id, other.c.kind_id == table.c.kind_id) \
        .order_by(func.coalesce(other.c.expires_on, never).desc(),
                  func.coalesce(other.c.issued_on, never).desc(), other.c.id.desc()) \
        .limit(1).scalar_subquery()
    elected = case((table.c.id == newest, True), else_=False)
    for start in range(0, len(ids), 500):
        session.connection().execute(update(table).where(
            table.c.serviceman_id.in_(ids[start:start + 500]),
            table.c.is_current.is_distinct_from(elected)).values(is_current=elected))


# --- reading -----------------------------------------------------------------------------

def document_kinds(session: Session, lang: str = "ru") -> list[KindChoice]:
    """Document kinds as forms and filters list them, named in ``lang``."""
    kinds = session.scalars(select(DocumentKind).order_by(DocumentKind.sort_order, DocumentKind.id))
    return [KindChoice(k.id, k.code, k.name(lang), k.expires) for k in kinds]


def current_document(session: Session, serviceman_id: int, kind_code: str) -> Document | None:
    return session.execute(
        select(Document).join(DocumentKind, DocumentKind.id == Document.kind_id)
        .where(Document.serviceman_id == serviceman_id, DocumentKind.code == kind_code,
               Document.is_current.is_(True))
    ).scalar_one_or_none()


def get_document(session: Session, document_id: int) -> DocumentData:
    """The document as the edit dialog loads it (``kind`` is the code)."""
    doc = _document(session, document_id)
    return DocumentData(kind=doc.kind.code, number=doc.number, issued_on=doc.issued_on,
                        expires_on=doc.expires_on, issuer=doc.issuer, notes=doc.notes,
                        version=doc.version)


def list_documents(session: Session, serviceman_id: int, *, lang: str = "ru"
                   ) -> list[DocumentRow]:
    """The person's documents: current ones first (by kind), then history (newest first)."""
    kind_name = getattr(DocumentKind, f"name_{lang}", DocumentKind.name_en)
    stmt = (
        select(Document.id, Document.kind_id, DocumentKind.code.label("kind_code"),
               kind_name.label("kind_name"), Document.number, Document.issued_on,
               Document.expires_on, Document.issuer, Document.notes, Document.is_current,
               Document.version, DocumentScan.filename.label("scan_filename"),
               DocumentScan.media_type.label("scan_media_type"),
               func.length(DocumentScan.data).label("scan_size"))
        .join(DocumentKind, DocumentKind.id == Document.kind_id)
        .outerjoin(DocumentScan, DocumentScan.document_id == Document.id)
        .where(Document.serviceman_id == serviceman_id)
        .order_by(Document.is_current.desc(), DocumentKind.sort_order,
                  Document.expires_on.is_(None), Document.expires_on.desc(), Document.id.desc())
    )
    return [DocumentRow(**row._mapping) for row in session.execute(stmt)]


# --- scans -------------------------------------------------------------------------------

def sniff_media_type(data: bytes) -> str | None:
    """The media type the file's first bytes show (PDF, PNG or JPEG), else None."""
    for media_type, (magic, _endings) in SCAN_TYPES.items():
        if data.startswith(magic):
            return media_type
    return None


def attach_scan(session: Session, document_id: int, filename: str, data: bytes,
                media_type: str | None = None) -> ScanFile:
    """Attach (or replace) the document's scan; refused unless a PDF, PNG or JPEG within the limit.

    The type is judged by the file's content; a name or a declared type that
    says otherwise is refused too, so the file opens with the right program.
    """
    doc = _document(session, document_id)
    name = PurePath(filename.replace("\\", "/")).name.strip() if filename else ""
    problems: list[Problem] = []
    limit_mb = settings.scan_size_limit_mb(session)
    if not data:
        problems.append(Problem("scan", N_("The file {filename} is empty."), {"filename": name}))
    elif len(data) > limit_mb * MB:
        problems.append(Problem("scan", N_("The file is {size} MB; the limit is {limit} MB."),
                                {"size": f"{math.ceil(len(data) * 10 / MB) / 10:.1f}",
                                 "limit": f"{limit_mb:g}"}))
    actual = sniff_media_type(data) if data else None
    named = next((t for t, (_m, endings) in SCAN_TYPES.items()
                  if name.lower().endswith(endings)), None)
    if data and actual is None:
        problems.append(Problem("scan", N_("{filename} is not a PDF, PNG or JPEG file; only "
                                           "these can be attached."), {"filename": name}))
    elif actual is not None:
        claimed = named if named is not None else media_type
        if named is None and media_type is None:
            problems.append(Problem("scan", N_("Give the file a name ending in .pdf, .png, .jpg "
                                               "or .jpeg.")))
        elif claimed != actual:
            problems.append(Problem("scan", N_("{filename} is named as {claimed} but its content "
                                               "is {actual}."),
                                    {"filename": name,
                                     "claimed": _TYPE_NAMES.get(claimed, claimed),
                                     "actual": _TYPE_NAMES[actual]}))
    if problems:
        raise ValidationError(problems)
    old = _scan_row(session, doc.id)
    if old is None:
        session.add(DocumentScan(document_id=doc.id, filename=name, media_type=actual, data=data))
    else:  # replaced in place (and audited as a change), the old bytes never loaded
        old.filename, old.media_type, old.data = name, actual, data
    session.flush()
    session.expire(doc, ["scan"])
    return ScanFile(name, actual, data)


def read_scan(session: Session, document_id: int) -> ScanFile | None:
    row = session.execute(
        select(DocumentScan.filename, DocumentScan.media_type, DocumentScan.data)
        .where(DocumentScan.document_id == document_id)
    ).first()
    return None if row is None else ScanFile(row.filename, row.media_type, row.data)


def remove_scan(session: Session, document_id: int) -> None:
    doc = _document(session, document_id)
    old = _scan_row(session, doc.id)
    if old is not None:
        session.delete(old)
        session.flush()
        session.expire(doc, ["scan"])


def _scan_row(session: Session, document_id: int) -> DocumentScan | None:
    return session.get(DocumentScan, document_id, options=[defer(DocumentScan.data)])


# --- helpers -----------------------------------------------------------------------------

def _person(session: Session, serviceman_id: int) -> Serviceman:
    person = session.get(Serviceman, serviceman_id)
    if person is None:
        raise NotFound(N_("The serviceman no longer exists (deleted by someone else?)."))
    return person


def _document(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(N_("The document no longer exists (deleted by someone else?)."))
    return doc


def _label(doc: Document) -> str:
    return doc.number
