""""Export what I see": any list on screen, as filtered and sorted, to .xlsx or .csv.

The GUI passes its columns and a row iterator (typically streamed from the
database with the list's own filter and order); rows are written as they
come, so 100,000 rows need little memory. A path ending in .csv gives CSV in
UTF-8 with a byte-order mark (so Excel shows Cyrillic), separated by
semicolons (the list separator of Excel under Kazakh and Russian regional
settings); anything else gives a workbook.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable, Sequence
from itertools import chain, islice
from pathlib import Path

from ...progress import READING_LIST, SAVING, WRITING_ROWS
from ...services.anchors import Anchor
from ..files import LIST_SUFFIXES, Progress, atomic_path, check_progress, check_target
from ..workbook import (
    FIT_SAMPLE_ROWS,
    FORMULA_STARTS,
    PROGRESS_EVERY,
    Column,
    ReportBook,
    fit_columns,
)

CSV_DELIMITER = ";"


def export_table(path: str | os.PathLike, columns: Sequence[Column], rows: Iterable[Sequence],
                 *, title: str, lines: Sequence[str] = (), lang: str = "ru", user: str,
                 marking: str | None = None, total: int = 0,
                 progress: Progress | None = None, landscape: bool = True, wrap: bool = True,
                 now: dt.datetime | None = None, anchor: Anchor | None = None,
                 reading: str = READING_LIST) -> Path:
    """Write ``rows`` (sequences in ``columns`` order) under a title block.

    ``total`` (the row count, if known) only feeds ``progress``. The columns'
    widths follow their content (``fit_columns`` over the first rows; the widths
    given are ignored), a text wider than its column wraps and its row is made
    as high as it needs, so no cell is cut off in print (``wrap=False``: every row
    one line, a long text spilling over or cut at the next cell). ``anchor`` is the
    audit chain's head when the rows were read (``services.anchors.chain_head``), kept
    in the workbook. ``reading`` names the step that reads the first rows (to size the
    columns) in ``progress``.
    """
    path = check_target(path, LIST_SUFFIXES)
    check_progress(progress, 0, total, reading)
    if path.suffix.lower() == ".csv":
        return write_csv(path, columns, rows, total=total, progress=progress)
    with ReportBook(target=path, lang=lang, user=user, marking=marking, now=now,
                    anchor=anchor) as book:
        rows = iter(rows)
        sample = read_sample(rows, total, progress)
        fitted = fit_columns(columns, sample, book.font_size)
        sheet = book.sheet(title, title, lines, fitted, landscape=landscape, wrap=wrap)
        sheet.rows(chain(sample, rows), total=total, progress=progress)
        sheet.finish()
        return book.save(path, progress)


def read_sample(rows: Iterable[Sequence], total: int, progress: Progress | None) -> list:
    """The first ``FIT_SAMPLE_ROWS`` rows (to size the columns), read with a check for a
    cancel every few hundred."""
    rows = iter(rows)
    sample: list = []
    while len(sample) < FIT_SAMPLE_ROWS:
        part = list(islice(rows, PROGRESS_EVERY))
        sample += part
        check_progress(progress, 0, total)
        if len(part) < PROGRESS_EVERY:
            break
    return sample


def csv_value(value) -> str:
    """A cell as CSV text: dates DD.MM.YYYY; a formula-looking text gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, str):
        # A spreadsheet opening the CSV would run "=..." (and "+", "-", "@") as a formula.
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return str(value)


def write_csv(path: Path, columns: Sequence[Column], rows: Iterable[Sequence], *, total: int,
         progress: Progress | None) -> Path:
    with atomic_path(path) as temp, open(temp, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=CSV_DELIMITER)
        out.writerow([csv_value(c.header) for c in columns])
        done = 0
        check_progress(progress, done, total, WRITING_ROWS)
        for row in rows:
            out.writerow([csv_value(v) for v in row])
            done += 1
            if done % PROGRESS_EVERY == 0:
                check_progress(progress, done, total)
        check_progress(progress, done, max(total, done), SAVING)
    return path
