"""Documents expired or expiring within N days, soonest first (landscape)."""
from __future__ import annotations

import datetime as dt
import os
from itertools import chain
from pathlib import Path

from sqlalchemy.orm import Session

from ...progress import READING_DOCUMENTS
from ...services.anchors import chain_head
from ...services.errors import N_, ServiceError
from ...services.expiry import EXPIRED, count_expiring, expiring_documents
from ..files import CSV, LIST_SUFFIXES, Progress, check_progress, check_target
from ..workbook import Column, ReportBook, fit_columns
from .table import read_sample, write_csv


def export_expiring(session: Session, path: str | os.PathLike, *, within_days: int,
                    today: dt.date | None = None, lang: str = "ru", user: str,
                    marking: str | None = None, progress: Progress | None = None,
                    now: dt.datetime | None = None) -> Path:
    """Current documents of servicemen (discharged ones left out) that have expired or
    expire within ``within_days`` of ``today`` (``services.expiry``), soonest first."""
    if within_days < 0:
        raise ServiceError(N_("The number of days cannot be negative."))
    path = check_target(path, LIST_SUFFIXES)
    today = today or dt.date.today()
    check_progress(progress, 0, 0, READING_DOCUMENTS)
    total = count_expiring(session, within_days, today)
    rows = expiring_documents(session, within_days=within_days, today=today, lang=lang)
    with ReportBook(target=path, lang=lang, user=user, marking=marking, now=now,
                    anchor=chain_head(session)) as book:
        w = book.words
        columns = [Column(w["col_serial"], 7, "int"), Column(w["col_doc_expires"], 14, "date"),
                   Column(w["col_days_left"], 10, "int"), Column(w["col_exp_state"], 12),
                   Column(w["col_doc_kind"], 30), Column(w["col_doc_number"], 17, "id"),
                   Column(w["col_rank"], 20), Column(w["col_name"], 36),
                   Column(w["col_iin"], 14, "id"), Column(w["col_unit"], 36)]
        cells = ((i, r.expires_on, r.days_left,
                  w["exp_expired"] if r.status == EXPIRED else w["exp_expiring"], r.kind,
                  r.number, r.rank, " ".join(p for p in (r.surname, r.given_name, r.patronymic)
                                             if p),
                  r.iin, r.unit) for i, r in enumerate(rows, 1))
        if path.suffix.lower() == CSV:
            book.discard()
            return write_csv(path, columns, cells, total=total, progress=progress)
        # Columns as wide as their content (units' paths are long): no doubled rows.
        sample = read_sample(cells, total, progress)
        sheet = book.sheet(w["exp_sheet"], w["exp_title"].format(days=within_days),
                           [w["as_of"].format(date=f"{today:%d.%m.%Y}")],
                           fit_columns(columns, sample, book.font_size))
        sheet.rows(chain(sample, cells), total=total, progress=progress)
        sheet.finish()
        return book.save(path, progress)
