"""The personnel card of one serviceman: every field, documents, assignments, deployments.

A4 portrait, fitted to the page width; long histories run on to further pages.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from ...progress import READING_CARD, WRITING_ROWS
from ...services.anchors import chain_head
from ...services.reports import PersonnelCard, personnel_card
from ..files import Progress, check_progress, check_target
from ..labels import status_word
from ..workbook import HEADER, Column, ReportBook, ReportSheet

#: The card's grid: every section lays itself on these eight columns.
WIDTHS = (24, 15, 13, 15, 16, 13, 12, 13)


def export_personnel_card(session: Session, path: str | os.PathLike, *, iin: str,
                          lang: str = "ru", user: str, marking: str | None = None,
                          progress: Progress | None = None, today: dt.date | None = None,
                          now: dt.datetime | None = None) -> Path:
    """Raises ``NotFound`` for an unknown IIN."""
    path = check_target(path)
    check_progress(progress, 0, 0, READING_CARD)
    card = personnel_card(session, iin, lang=lang)
    today = today or dt.date.today()
    with ReportBook(target=path, lang=lang, user=user, marking=marking, now=now,
                    anchor=chain_head(session)) as book:
        w = book.words
        check_progress(progress, 0, 0, WRITING_ROWS)
        who = " ".join(p for p in (card.rank, card.full_name) if p)
        sheet = book.sheet(w["card_sheet"], w["card_title"],
                           [who, w["as_of"].format(date=f"{today:%d.%m.%Y}")],
                           [Column("", width) for width in WIDTHS], landscape=False,
                           table=False)
        _personal(sheet, card, w)
        _documents(sheet, card, w)
        _assignments(sheet, card, w)
        _deployments(sheet, card, w)
        sheet.finish()
        return book.save(path, progress)


def _personal(sheet: ReportSheet, c: PersonnelCard, w: dict[str, str]) -> None:
    sheet.section(w["card_personal"])
    sex = w.get(f"sex_{c.sex}", c.sex)
    status = status_word(w, f"status_{c.status}", c.sex) if f"status_{c.status}" in w \
        else c.status
    pairs = [
        (("f_surname", c.surname, "text"), ("f_iin", c.iin, "id")),
        (("f_given_name", c.given_name, "text"),
         ("f_service_number", c.service_number, "id")),
        (("f_patronymic", c.patronymic, "text"), ("f_rank", c.rank, "text")),
        (("f_surname_latin", c.surname_latin, "text"), ("f_speciality", c.speciality, "text")),
        (("f_given_latin", c.given_names_latin, "text"), ("f_unit", c.unit, "text")),
        (("f_sex", sex, "text"), ("f_position", c.position, "text")),
        (("f_birth_date", c.birth_date, "date"), ("f_status", status, "text")),
        (("f_blood", c.blood_group, "text"), ("f_english", c.english_level, "text")),
        (("f_phone", c.phone, "id"), ("f_driving", c.driving_licence, "id")),
        (("f_kin_name", c.kin_name, "text"), ("f_kin_relation", c.kin_relation, "text")),
        (("f_kin_phone", c.kin_phone, "id"), ("f_notes", c.notes, "text")),
    ]
    for left, right in pairs:
        cells = []
        for key, value, kind in (left, right):
            cells += [(w[key], HEADER, "text"), (value, None, kind), (None, None, "text"),
                      (None, None, "text")]
        sheet.styled_row(cells, spans=((2, 4), (6, 8)))


def _table(sheet: ReportSheet, title: str, heads: list[str], kinds: list[str],
           rows: list[tuple], w: dict[str, str]) -> None:
    sheet.blank()
    sheet.section(title)
    if not rows:
        sheet.note(w["none_on_file"])
        return
    sheet.header(heads)
    for row in rows:
        sheet.row(row, kinds)


def _documents(sheet: ReportSheet, c: PersonnelCard, w: dict[str, str]) -> None:
    _table(sheet, w["card_documents"],
           [w[k] for k in ("col_doc_kind", "col_doc_number", "col_doc_issued",
                           "col_doc_expires", "col_doc_issuer", "col_doc_current")],
           ["text", "id", "date", "date", "text", "text"],
           [(d.kind_name, d.number, d.issued_on, d.expires_on, d.issuer,
             w["yes"] if d.is_current else w["no"]) for d in c.documents], w)


def _assignments(sheet: ReportSheet, c: PersonnelCard, w: dict[str, str]) -> None:
    _table(sheet, w["card_assignments"],
           [w[k] for k in ("col_unit", "col_position", "col_from", "col_to", "col_order",
                           "col_order_date")],
           ["text", "text", "date", "date", "id", "date"],
           [(a.unit_path or a.unit, a.position, a.date_from, a.date_to, a.order_number,
             a.order_date) for a in c.assignments], w)


def _deployments(sheet: ReportSheet, c: PersonnelCard, w: dict[str, str]) -> None:
    def status(d) -> str:
        key = f"roster_{d.status}"
        text = status_word(w, key, c.sex) if key in w else d.status
        return f"{text}: {d.repatriation_reason}" if d.repatriation_reason else text

    _table(sheet, w["card_deployments"],
           [w[k] for k in ("col_rotation", "col_category", "col_appointment", "col_sub_unit",
                           "col_status", "col_from", "col_to", "col_un_index")],
           ["text", "text", "text", "text", "text", "date", "date", "id"],
           [(f"{d.mission}-{d.rotation}: {d.rotation_name}", d.category, d.appointment,
             d.sub_unit, status(d), d.start, d.end, d.un_index) for d in c.deployments], w)
