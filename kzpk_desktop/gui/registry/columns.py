"""The registry table's columns, declared once: header, value, alignment, SQL sort key,
export kind (``widgets.table.Column``, as every list declares its columns)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.registry import RegistryRow
from ..labels import status_label
from ..widgets.table import RIGHT, Column, date_column

#: The translation context of the headers.
CONTEXT = "RegistryColumns"


def title(column: Column) -> str:
    """A column's header in the clerk's language."""
    return QCoreApplication.translate(CONTEXT, column.header)


def _latin(row: RegistryRow) -> str:
    return " ".join(p for p in (row.surname_latin, row.given_names_latin) if p)


COLUMNS: tuple[Column[RegistryRow], ...] = (
    Column("rank", QT_TRANSLATE_NOOP("RegistryColumns", "Rank"), lambda r: r.rank or "",
           sort="rank", width=150),
    Column("surname", QT_TRANSLATE_NOOP("RegistryColumns", "Surname"), lambda r: r.surname,
           sort="surname", width=130),
    Column("given_name", QT_TRANSLATE_NOOP("RegistryColumns", "Given name"),
           lambda r: r.given_name, width=110),
    Column("patronymic", QT_TRANSLATE_NOOP("RegistryColumns", "Patronymic"),
           lambda r: r.patronymic or "", width=130),
    Column("latin", QT_TRANSLATE_NOOP("RegistryColumns", "Name in Latin"), _latin,
           sort="latin", width=170),
    Column("iin", QT_TRANSLATE_NOOP("RegistryColumns", "IIN"), lambda r: r.iin,
           align=RIGHT, sort="iin", width=110, kind="id"),
    Column("service_number", QT_TRANSLATE_NOOP("RegistryColumns", "Service number"),
           lambda r: r.service_number, sort="service_number", width=110, kind="id"),
    Column("unit", QT_TRANSLATE_NOOP("RegistryColumns", "Unit"), lambda r: r.unit or "",
           sort="unit", width=160),
    Column("status", QT_TRANSLATE_NOOP("RegistryColumns", "Status"),
           lambda r: status_label(r.status), sort="status", width=100),
    date_column("passport_expires", QT_TRANSLATE_NOOP("RegistryColumns", "Passport expires"),
                lambda r: r.passport_expires, sort="passport_expires", width=120),
    # The badge is not a column of the row: the model reads it per page (see BADGE_COLUMN).
    Column("documents", QT_TRANSLATE_NOOP("RegistryColumns", "Documents"), lambda r: "",
           width=105),
)

DEFAULT_SORT_COLUMN = 1  # surname: alphabetical, as clerks look people up
#: The expiry badge: the worst status of the person's current documents.
BADGE_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "documents")
