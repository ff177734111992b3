"""Columns of the Exchange area's tables: the peers, and the open conflicts side by side."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.exchange.conflict_words import FIELD_WORDS, Reading
from ...services.exchange.conflicts import Conflict, Subject
from ..audit.labels import entity_label, shown_time
from ..i18n import message_text, service_text
from ..widgets.table import CENTER, WARNING_COLOR, Column

CONTEXT = "ExchangeColumns"

translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A marked text (QT_TRANSLATE_NOOP in this context) in the clerk's language."""
    return QCoreApplication.translate(CONTEXT, text)


ROLES = {"ministry": QT_TRANSLATE_NOOP("ExchangeColumns", "ministry"),
         "field": QT_TRANSLATE_NOOP("ExchangeColumns", "field office")}


def role_label(role: str) -> str:
    return tr(ROLES[role]) if role in ROLES else role


def when(value: str | dt.datetime | None) -> str:
    """A stored UTC moment (ISO text or a datetime) on this computer's clock; "never" if none."""
    if not value:
        return translate("ExchangeColumns", "never")
    at = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return shown_time(at)


@dataclass(frozen=True)
class PeerRow:
    id: str  # office code
    name: str
    role: str
    fingerprint: str
    sent: int
    sent_at: str | None
    received: int
    received_at: str | None
    acknowledged: int
    acknowledged_at: str | None
    waiting: bool


def _package(number: int, at: str | None) -> str:
    if not number:
        return translate("ExchangeColumns", "none yet")
    return translate("ExchangeColumns", "No. %1, %2").replace("%1", str(number)) \
        .replace("%2", when(at))


PEER_COLUMNS: tuple[Column[PeerRow], ...] = (
    Column("code", QT_TRANSLATE_NOOP("ExchangeColumns", "Office"), lambda r: r.id, width=110),
    Column("name", QT_TRANSLATE_NOOP("ExchangeColumns", "Name"), lambda r: r.name, width=180),
    Column("role", QT_TRANSLATE_NOOP("ExchangeColumns", "Role"),
           lambda r: role_label(r.role), width=100),
    Column("fingerprint", QT_TRANSLATE_NOOP("ExchangeColumns", "Fingerprint"),
           lambda r: r.fingerprint, width=190),
    Column("sent", QT_TRANSLATE_NOOP("ExchangeColumns", "Last package sent"),
           lambda r: _package(r.sent, r.sent_at), width=190),
    Column("received", QT_TRANSLATE_NOOP("ExchangeColumns", "Last package received"),
           lambda r: _package(r.received, r.received_at), width=190),
    Column("acknowledged", QT_TRANSLATE_NOOP("ExchangeColumns", "Acknowledged by it"),
           lambda r: _package(r.acknowledged, r.acknowledged_at), width=190),
    Column("waiting", QT_TRANSLATE_NOOP("ExchangeColumns", "To send"),
           lambda r: translate("ExchangeColumns", "changes waiting") if r.waiting
           else translate("ExchangeColumns", "nothing"), align=CENTER,
           width=120, color=lambda r: WARNING_COLOR if r.waiting else None),
)


@dataclass(frozen=True)
class ConflictRow:
    conflict: Conflict
    subject: Subject
    reading: Reading

    @property
    def id(self) -> int:
        return self.conflict.id


def field_label(name: str) -> str:
    return service_text(FIELD_WORDS[name]) if name in FIELD_WORDS else name


#: What kind of conflict it is, by its case (services.exchange.conflict_words).
KINDS = {"field": QT_TRANSLATE_NOOP("ExchangeColumns", "both changed"),
         "status": QT_TRANSLATE_NOOP("ExchangeColumns", "two status moves"),
         "deleted_here": QT_TRANSLATE_NOOP("ExchangeColumns", "edited and deleted"),
         "deleted_there": QT_TRANSLATE_NOOP("ExchangeColumns", "edited and deleted"),
         "new_child": QT_TRANSLATE_NOOP("ExchangeColumns", "added for a deleted person"),
         "deletion_waits": QT_TRANSLATE_NOOP("ExchangeColumns", "deleted, but in use here"),
         "identity": QT_TRANSLATE_NOOP("ExchangeColumns", "same person?")}


def value_text(value: Any) -> str:
    if value is None or value == "":
        return translate("ExchangeColumns", "(empty)")
    if isinstance(value, bool):
        return translate("ExchangeColumns", "yes") if value else translate("ExchangeColumns", "no")
    if isinstance(value, str):
        try:
            return f"{dt.date.fromisoformat(value):%d.%m.%Y}" if len(value) == 10 else value
        except ValueError:
            return value
    return json.dumps(value, ensure_ascii=False)


def side_text(row: ConflictRow, mine: bool) -> str:
    r = row.reading
    if r.case == "field":
        return value_text(row.conflict.local if mine else row.conflict.incoming)
    side = r.local_side if mine else r.incoming_side
    return message_text(side) if side is not None else ""


def _by(office: str | None, at: dt.datetime | None) -> str:
    if not office and at is None:
        return ""
    return translate("ExchangeColumns", "%1, %2").replace("%1", office or "?") \
        .replace("%2", when(at))


def _record(row: ConflictRow) -> str:
    """Whose record first (the part a clerk looks for), then what kind of record it is."""
    return " — ".join(p for p in (row.subject.record, entity_label(row.conflict.entity)) if p)


CONFLICT_COLUMNS: tuple[Column[ConflictRow], ...] = (
    Column("record", QT_TRANSLATE_NOOP("ExchangeColumns", "Record"), _record, width=260,
           tooltip=lambda r: f"{_record(r)}\n{r.conflict.uid}"),
    Column("kind", QT_TRANSLATE_NOOP("ExchangeColumns", "Conflict"),
           lambda r: tr(KINDS.get(r.reading.case, r.conflict.kind)), width=140,
           tooltip=lambda r: message_text(r.reading.what)),
    Column("field", QT_TRANSLATE_NOOP("ExchangeColumns", "Field"),
           lambda r: field_label(r.conflict.field) if r.conflict.kind == "field" else "",
           width=90),
    Column("mine", QT_TRANSLATE_NOOP("ExchangeColumns", "Mine"),
           lambda r: side_text(r, True), width=160, tooltip=lambda r: side_text(r, True)),
    Column("mine_by", QT_TRANSLATE_NOOP("ExchangeColumns", "Mine: by, when"),
           lambda r: _by(_author(r.conflict.local_clock), r.conflict.local_when), width=170),
    Column("theirs", QT_TRANSLATE_NOOP("ExchangeColumns", "Theirs"),
           lambda r: side_text(r, False), width=160, tooltip=lambda r: side_text(r, False)),
    Column("theirs_by", QT_TRANSLATE_NOOP("ExchangeColumns", "Theirs: by, when"),
           lambda r: _by(r.conflict.office, r.conflict.incoming_when or r.conflict.opened_at),
           width=170),
)


def _author(clock: str | None) -> str | None:
    from ...services.exchange.clock import author

    return author(clock)
