"""The audit trail, filtered, as a workbook (``kzpk audit``, the Audit area's export)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from ...services.anchors import chain_head
from ...services.audit import EventFilter, count_events, describe_changes, iter_events
from ..files import Progress
from ..workbook import DEFAULT_MARKING, Column
from .table import export_table

# The column words of this one report, beside it until they move into labels.py.
WORDS = {
    "en": {"title": "Audit trail", "no": "No.", "when": "When (UTC)", "user": "User",
           "action": "Action", "record": "Record", "uid": "Record uid", "changes": "Changes",
           "period": "Events from {since} to {until}", "user_line": "User: {user}",
           "any": "any"},
    "ru": {"title": "Журнал аудита", "no": "№", "when": "Когда (UTC)", "user": "Пользователь",
           "action": "Действие", "record": "Запись", "uid": "UID записи", "changes": "Изменения",
           "period": "События с {since} по {until}", "user_line": "Пользователь: {user}",
           "any": "все"},
    "kk": {"title": "Аудит журналы", "no": "№", "when": "Уақыты (UTC)", "user": "Пайдаланушы",
           "action": "Әрекет", "record": "Жазба", "uid": "Жазбаның UID", "changes": "Өзгерістер",
           "period": "{since} бастап {until} дейінгі оқиғалар",
           "user_line": "Пайдаланушы: {user}", "any": "барлығы"},
}


def export_audit(session: Session, path: str | os.PathLike, flt: EventFilter = EventFilter(), *,
                 lang: str = "ru", user: str, marking: str | None = DEFAULT_MARKING,
                 progress: Progress | None = None, now: dt.datetime | None = None) -> Path:
    """Every event matching ``flt``, oldest first, one row each."""
    w = WORDS.get(lang, WORDS["en"])
    columns = [Column(w["no"], 8, "int"), Column(w["when"], 20), Column(w["user"], 16),
               Column(w["action"], 14), Column(w["record"], 18), Column(w["uid"], 38),
               Column(w["changes"], 90)]
    since = f"{flt.since:%d.%m.%Y}" if flt.since else w["any"]
    until = f"{flt.until:%d.%m.%Y}" if flt.until else w["any"]
    lines = [w["period"].format(since=since, until=until)]
    if flt.username:
        lines.append(w["user_line"].format(user=flt.username))
    rows = ((e.id, f"{e.at:%Y-%m-%d %H:%M:%S}", e.username, e.action, e.entity,
             str(e.entity_uid) if e.entity_uid else None, describe_changes(e))
            for e in iter_events(session, flt))
    return export_table(path, columns, rows, title=w["title"], lines=lines, lang=lang, user=user,
                        marking=marking, total=count_events(session, flt), progress=progress,
                        now=now, anchor=chain_head(session))
