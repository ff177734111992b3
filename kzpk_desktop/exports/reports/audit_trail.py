"""The audit trail, filtered, as a workbook (``kzpk audit``, the Audit area's export).

Times are real date-and-time cells (UTC, as stored); actions and record kinds are
words of the report's language; the changes are listed as stored (field names are
the database's, values as they were).
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from ...services.anchors import chain_head
from ...services.audit import EventFilter, count_events, describe_changes, iter_events
from ..files import Progress
from ..workbook import Column
from .table import export_table

# The words of this one report, beside it.
WORDS = {
    "en": {"title": "Audit trail", "no": "No.", "when": "When (UTC)", "user": "User",
           "action": "Action", "record": "Record", "uid": "Record uid", "changes": "Changes",
           "period": "Events from {since} to {until} inclusive (UTC)",
           "since": "Events from {since} (UTC)", "until": "Events up to {until} inclusive (UTC)",
           "all": "All events", "user_line": "User: {user}",
           "actions": {"create": "created", "update": "changed", "delete": "deleted",
                       "login": "signed in", "login_failed": "sign-in refused",
                       "import": "import", "export": "export", "override": "rule overridden",
                       "demo": "demo data", "restore": "restored"},
           "entities": {"serviceman": "serviceman", "document": "document",
                        "document_scan": "document scan", "assignment": "assignment",
                        "unit": "unit", "rotation": "rotation", "roster_entry": "roster entry",
                        "decision": "Parliament decision", "decision_ceiling": "mission ceiling",
                        "mission": "mission", "rank": "rank", "unit_kind": "unit kind",
                        "document_kind": "document kind",
                        "personnel_category": "personnel category",
                        "user_account": "user account", "setting": "setting"}},
    "ru": {"title": "Журнал аудита", "no": "№", "when": "Когда (UTC)", "user": "Пользователь",
           "action": "Действие", "record": "Запись", "uid": "UID записи", "changes": "Изменения",
           "period": "События с {since} по {until} включительно (UTC)",
           "since": "События с {since} (UTC)", "until": "События по {until} включительно (UTC)",
           "all": "Все события", "user_line": "Пользователь: {user}",
           "actions": {"create": "создание", "update": "изменение", "delete": "удаление",
                       "login": "вход", "login_failed": "вход отклонён", "import": "импорт",
                       "export": "экспорт", "override": "отступление от правила",
                       "demo": "демонстрационные данные",
                       "restore": "восстановление"},
           "entities": {"serviceman": "военнослужащий", "document": "документ",
                        "document_scan": "скан документа", "assignment": "назначение",
                        "unit": "подразделение", "rotation": "ротация",
                        "roster_entry": "запись списка ротации",
                        "decision": "решение Парламента",
                        "decision_ceiling": "предельная численность миссии",
                        "mission": "миссия", "rank": "воинское звание",
                        "unit_kind": "вид подразделения", "document_kind": "вид документа",
                        "personnel_category": "категория персонала",
                        "user_account": "учётная запись", "setting": "настройка"}},
    "kk": {"title": "Аудит журналы", "no": "№", "when": "Уақыты (UTC)", "user": "Пайдаланушы",
           "action": "Әрекет", "record": "Жазба", "uid": "Жазбаның UID", "changes": "Өзгерістер",
           "period": "{since} бастап {until} қоса алғандағы оқиғалар (UTC)",
           "since": "{since} бастап оқиғалар (UTC)",
           "until": "{until} қоса алғандағы оқиғалар (UTC)",
           "all": "Барлық оқиғалар", "user_line": "Пайдаланушы: {user}",
           "actions": {"create": "құру", "update": "өзгерту", "delete": "жою", "login": "кіру",
                       "login_failed": "кіру қабылданбады", "import": "импорт",
                       "export": "экспорт", "override": "ережеден ауытқу",
                       "demo": "демонстрациялық деректер",
                       "restore": "қалпына келтіру"},
           "entities": {"serviceman": "әскери қызметші", "document": "құжат",
                        "document_scan": "құжат сканы", "assignment": "тағайындау",
                        "unit": "бөлімше", "rotation": "ротация",
                        "roster_entry": "ротация тізіміндегі жазба",
                        "decision": "Парламент шешімі",
                        "decision_ceiling": "миссияның шекті саны", "mission": "миссия",
                        "rank": "әскери атақ", "unit_kind": "бөлімше түрі",
                        "document_kind": "құжат түрі",
                        "personnel_category": "персонал санаты",
                        "user_account": "есептік жазба", "setting": "баптау"}},
}


def period_line(flt: EventFilter, w: dict) -> str:
    """The filter's period in words; ``until`` is exclusive, so a midnight is the day before."""
    since = f"{flt.since:%d.%m.%Y}" if flt.since else None
    until = None
    if flt.until:
        last = flt.until - dt.timedelta(days=1) if flt.until.time() == dt.time() else flt.until
        until = f"{last:%d.%m.%Y}"
    if since and until:
        return w["period"].format(since=since, until=until)
    if since:
        return w["since"].format(since=since)
    if until:
        return w["until"].format(until=until)
    return w["all"]


def export_audit(session: Session, path: str | os.PathLike, flt: EventFilter = EventFilter(), *,
                 lang: str = "ru", user: str, marking: str | None = None,
                 progress: Progress | None = None, now: dt.datetime | None = None) -> Path:
    """Every event matching ``flt``, oldest first, one row each."""
    w = WORDS.get(lang, WORDS["en"])
    columns = [Column(w["no"], 8, "int"), Column(w["when"], 20, "datetime"),
               Column(w["user"], 16), Column(w["action"], 14), Column(w["record"], 18),
               Column(w["uid"], 38), Column(w["changes"], 90)]
    lines = [period_line(flt, w)]
    if flt.username:
        lines.append(w["user_line"].format(user=flt.username))
    actions, entities = w["actions"], w["entities"]
    rows = ((e.id, e.at.replace(microsecond=0), e.username, actions.get(e.action, e.action),
             entities.get(e.entity, e.entity) if e.entity else None,
             str(e.entity_uid) if e.entity_uid else None, describe_changes(e))
            for e in iter_events(session, flt))
    return export_table(path, columns, rows, title=w["title"], lines=lines, lang=lang, user=user,
                        marking=marking, total=count_events(session, flt), progress=progress,
                        now=now, anchor=chain_head(session))
