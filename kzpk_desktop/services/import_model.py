"""What a preview holds: the rows, what a commit would do with each, and why rows are refused.

Shared by the importer's reading, matching and writing halves; the public
names are re-exported by ``services.importer``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..progress import Cancelled, Progress
from ..progress import tick as _tick
from .errors import N_, ServiceError
from .servicemen import ServicemanData

CREATE, UPDATE, UNCHANGED, REFUSED = "create", "update", "unchanged", "refused"
ACTIONS = (CREATE, UPDATE, UNCHANGED, REFUSED)


class ImportRefused(ServiceError):
    """The file, or its rows, cannot be imported; nothing was written."""


class ImportCancelled(Cancelled, ServiceError):
    """The user cancelled; the caller's transaction must roll back."""

    TEMPLATE = N_("Import cancelled; nothing was saved.")


def tick(progress: Progress | None, done: int, total: int) -> None:
    _tick(progress, done, total, ImportCancelled)


@dataclass(frozen=True)
class ImportColumn:
    index: int  # 0-based position in the sheet
    letter: str  # as Excel names it: A, B, ... AA
    header: str  # as written in the file
    field: str | None  # what it holds (import_columns.COLUMNS); None for an extra column


@dataclass(frozen=True)
class RowProblem:
    """One reason a row is refused, located as the clerk sees the file."""

    sheet: str
    row: int  # Excel's row number
    column: str  # the header as written in the file; "" when no one column is at fault
    field: str  # the import field (import_columns) or ""
    template: str  # English template with {named} fields, for translation
    args: dict
    column_index: int | None = None  # 0-based index of that column in the sheet

    @property
    def text(self) -> str:
        return self.template.format(**self.args)

    def location(self) -> str:
        where = f"sheet '{self.sheet}', row {self.row}"
        return f"{where}, column '{self.column}'" if self.column else where

    def __str__(self) -> str:
        return f"{self.location()}: {self.text}"


@dataclass(frozen=True)
class PlannedAssignment:
    unit_id: int
    position: str | None
    date_from: dt.date
    order_number: str | None = None
    order_date: dt.date | None = None


@dataclass
class PreviewRow:
    row: int  # Excel's row number
    cells: tuple  # the cells as read (what the error report repeats)
    action: str  # create, update, unchanged or refused
    #: The values to save (merged over the record for an update); date of birth and
    #: sex are filled from the IIN.
    data: ServicemanData
    problems: list[RowProblem] = field(default_factory=list)
    serviceman_id: int | None = None  # the record updated or left unchanged
    version: int | None = None  # its version when previewed (a later change is refused)
    #: Import fields an update changes (import_columns field names: "phone", "unit", ...).
    changes: tuple[str, ...] = ()
    #: The assignment the row opens, if any (created rows, or a changed unit or position).
    assignment: PlannedAssignment | None = None

    @property
    def refused(self) -> bool:
        return self.action == REFUSED


@dataclass
class ImportPreview:
    path: str
    sheet: str
    sheets: list[str]  # every sheet of the workbook, for a sheet picker
    header_row: int  # Excel's number of the header row
    columns: list[ImportColumn]  # every non-empty header cell, in sheet order
    rows: list[PreviewRow]
    update_existing: bool
    rotation_id: int | None = None
    rotation: str | None = None  # the rotation's label, for messages

    @property
    def extra_columns(self) -> list[ImportColumn]:
        """Columns the importer does not read (shown so the clerk sees what is ignored)."""
        return [c for c in self.columns if c.field is None]

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(ACTIONS, 0)
        for r in self.rows:
            counts[r.action] += 1
        return counts


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    refused: int  # rows left out (only with skip_invalid)
    nominated: int = 0  # newly put on the rotation's roster
    #: serviceman ids of the rows that went in (created, updated, unchanged), in file order
    serviceman_ids: tuple[int, ...] = ()
