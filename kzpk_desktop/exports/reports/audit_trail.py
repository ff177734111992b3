"""The audit trail, filtered, as a workbook (``kzpk audit``, the Audit area's export).

Times are real date-and-time cells (UTC, as stored); actions and record kinds are
words of the report's language; the record and its changes are in words
(``services.audit_words``: the forms' labels, names, no derived columns), said
by the Audit area's own ``say`` when it exports, else from the compiled
translations. For an auditor, the record's uid and the changes by the database's
field names and values follow in columns of their own (derived data left out).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from ...progress import READING_AUDIT
from ...services.anchors import chain_head
from ...services.audit import EventFilter, count_events, describe_changes, iter_events
from ...services.audit_catalogue import translated
from ...services.audit_words import (
    Code,
    Text,
    describe_stream,
    is_derived,
    record_line,
    summary,
)
from ..files import Progress
from ..workbook import Column
from ..labels import labels
from .table import export_table

# The words of this one report, beside it.
WORDS = {
    "en": {"title": "Audit trail", "no": "No.", "when": "When (UTC)", "user": "User",
           "action": "Action", "record": "Record", "uid": "Record uid", "changes": "Changes",
           "stored": "Changes, database field names",
           "period": "Events from {since} to {until} inclusive (UTC)",
           "since": "Events from {since} (UTC)", "until": "Events up to {until} inclusive (UTC)",
           "all": "All events", "user_line": "User: {user}",
           "actions": {"create": "created", "update": "changed", "delete": "deleted",
                       "login": "signed in", "logout": "signed out", "login_failed": "sign-in refused",
                       "import": "import", "export": "export", "override": "rule overridden",
                       "demo": "demo data", "restore": "restored"},
           "entities": {"serviceman": "serviceman", "document": "document",
                        "document_scan": "document scan", "assignment": "assignment",
                        "unit": "unit", "rotation": "rotation", "roster_entry": "roster entry",
                        "decision": "Parliament decision", "decision_ceiling": "mission ceiling",
                        "mission": "mission", "rank": "rank", "unit_kind": "unit kind",
                        "document_kind": "document kind",
                        "personnel_category": "personnel category",
                        "user_account": "user account", "setting": "setting",
                        "recycle_item": "recycle bin item"}},
    "ru": {"title": "Журнал аудита", "no": "№", "when": "Когда (UTC)", "user": "Пользователь",
           "action": "Действие", "record": "Запись", "uid": "UID записи", "changes": "Изменения",
           "stored": "Изменения (поля базы данных)",
           "period": "События с {since} по {until} включительно (UTC)",
           "since": "События с {since} (UTC)", "until": "События по {until} включительно (UTC)",
           "all": "Все события", "user_line": "Пользователь: {user}",
           "actions": {"create": "создание", "update": "изменение", "delete": "удаление",
                       "login": "вход", "logout": "выход", "login_failed": "вход отклонён", "import": "импорт",
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
                        "user_account": "учётная запись", "setting": "настройка",
                        "recycle_item": "запись корзины"}},
    "kk": {"title": "Аудит журналы", "no": "№", "when": "Уақыты (UTC)", "user": "Пайдаланушы",
           "action": "Әрекет", "record": "Жазба", "uid": "Жазбаның UID", "changes": "Өзгерістер",
           "stored": "Өзгерістер (дерекқор өрістері)",
           "period": "{since} бастап {until} қоса алғандағы оқиғалар (UTC)",
           "since": "{since} бастап оқиғалар (UTC)",
           "until": "{until} қоса алғандағы оқиғалар (UTC)",
           "all": "Барлық оқиғалар", "user_line": "Пайдаланушы: {user}",
           "actions": {"create": "құру", "update": "өзгерту", "delete": "жою", "login": "кіру", "logout": "шығу",
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
                        "user_account": "есептік жазба", "setting": "баптау",
                        "recycle_item": "себеттегі жазба"}},
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


def stored(event):
    """The event's changes by the database's field names, less the derived data (sort keys,
    flags the application keeps), which tells an auditor nothing."""
    if event.entity == "setting":
        return event
    return dataclasses.replace(event, changes={k: v for k, v in event.changes.items()
                                               if not is_derived(k)})


def sayer(lang: str):
    """How a face without Qt says the audit words in ``lang``: templates from the compiled
    translations, statuses and the sex in the reports' words, other codes as stored."""
    words = labels(lang)
    prefixes = {"serviceman_status": "status_", "roster_status": "roster_", "sex": "sex_"}

    def say(text: Text | None) -> str:
        if text is None:
            return ""
        if isinstance(text, Code):
            key = prefixes.get(text.kind, "\0") + text.code
            return words.get(key, text.code.replace("_", " "))
        return translated(text, lang)
    return say


def export_audit(session: Session, path: str | os.PathLike, flt: EventFilter = EventFilter(), *,
                 lang: str = "ru", user: str, marking: str | None = None,
                 progress: Progress | None = None, now: dt.datetime | None = None,
                 say=None, action_word=None, entity_word=None) -> Path:
    """Every event matching ``flt``, oldest first, one row each.

    ``say`` turns the audit words into text, ``action_word`` and ``entity_word`` name an
    action and a record kind (the GUI passes its own, so the file reads as the Audit area
    does); by default they are said in ``lang``.
    """
    w = WORDS.get(lang, WORDS["en"])
    say = say or sayer(lang)
    actions, entities = w["actions"], w["entities"]
    action_word = action_word or (lambda a: actions.get(a, a))
    entity_word = entity_word or (lambda e: entities.get(e, e))
    columns = [Column(w["no"], 8, "int"), Column(w["when"], 20, "datetime"),
               Column(w["user"], 16), Column(w["action"], 14), Column(w["record"], 36),
               Column(w["changes"], 90), Column(w["uid"], 38), Column(w["stored"], 60)]
    lines = [period_line(flt, w)]
    if flt.username:
        lines.append(w["user_line"].format(user=flt.username))
    rows = ((d.event.id, d.event.at.replace(microsecond=0), d.event.username,
             action_word(d.event.action),
             record_line(d, say, entity_word(d.event.entity) if d.event.entity else None)
             or None,
             summary(d, say) or None,
             str(d.event.entity_uid) if d.event.entity_uid else None,
             describe_changes(stored(d.event)) or None)
            for d in describe_stream(session, iter_events(session, flt), lang))
    return export_table(path, columns, rows, title=w["title"], lines=lines, lang=lang, user=user,
                        marking=marking, total=count_events(session, flt), progress=progress,
                        now=now, anchor=chain_head(session), reading=READING_AUDIT)
